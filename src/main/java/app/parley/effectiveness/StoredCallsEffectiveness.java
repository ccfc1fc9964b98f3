package app.parley.effectiveness;

import app.parley.call.CallRecord;
import app.parley.coaching.RuleBook;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
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
        CallStore.Matches matches = store.matching(query, MAX_CALLS);
        List<EffectivenessReport.Skipped> skipped = new ArrayList<>();
        for (String id : matches.ids()) {
            try {
                Optional<CallRecord> record = store.find(id);
                record.ifPresent(r -> effectiveness.add(r, store.loudness(id)));
            } catch (RuntimeException e) {
                LOG.warn("effectiveness: call {} skipped: {}", id, e.getMessage());
                skipped.add(new EffectivenessReport.Skipped(id, String.valueOf(e.getMessage())));
            }
        }
        return effectiveness.result().read(matches.more(), skipped);
    }
}
