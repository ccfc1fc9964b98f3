package app.parley.effectiveness;

import app.parley.call.CallRecord;
import app.parley.coaching.RuleBook;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import app.parley.store.CallSummary;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the calls a search finds (newest first, at most {@link #MAX_CALLS}) with their loudness
 * and counts them ({@link Effectiveness}). Blocks on the store: call it from a worker.
 */
public final class StoredCallsEffectiveness {
    private static final Logger LOG = LoggerFactory.getLogger(StoredCallsEffectiveness.class);
    /** The most calls one report reads: the newest that match. */
    public static final int MAX_CALLS = 10_000;

    private final CallStore store;
    private final ZoneId zone;

    /** {@code zone}: where a call's date and week are read, as the live path reads dates. */
    public StoredCallsEffectiveness(CallStore store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /**
     * The report on the calls {@code query} finds; a call deleted meanwhile is left out, one that
     * cannot be read is skipped and named, and the rest are counted.
     */
    public EffectivenessReport report(CallQuery query, RuleBook book, Function<String, Set<String>> teamsOf,
            String onlyTeam) {
        Effectiveness effectiveness = new Effectiveness(book, zone, teamsOf, onlyTeam);
        int read = 0;
        boolean more = false;
        List<EffectivenessReport.Skipped> skipped = new ArrayList<>();
        CallQuery.Cursor after = null;
        pages:
        while (true) {
            CallSummary.Page page = store.search(new CallQuery(query.words(), query.phrases(), query.agent(),
                    query.account(), query.phone(), query.promptKind(), query.from(), query.to(), query.minDurationS(),
                    query.maxDurationS(), CallQuery.MAX_LIMIT, after, query.visibleAgents(), query.unassignedVisible()));
            for (CallSummary call : page.calls()) {
                if (read == MAX_CALLS) {
                    more = true;
                    break pages;
                }
                read++;
                String id = call.call().id();
                try {
                    Optional<CallRecord> record = store.find(id);
                    record.ifPresent(r -> effectiveness.add(r, store.loudness(id)));
                } catch (RuntimeException e) {
                    LOG.warn("effectiveness: call {} skipped: {}", id, e.getMessage());
                    skipped.add(new EffectivenessReport.Skipped(id, String.valueOf(e.getMessage())));
                }
            }
            if (page.next() == null) {
                break;
            }
            after = CallQuery.Cursor.parse(page.next());
        }
        return effectiveness.result().read(more, skipped);
    }
}
