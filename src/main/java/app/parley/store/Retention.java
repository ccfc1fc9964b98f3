package app.parley.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the calls that started longer ago than the site keeps them, with their recordings,
 * and logs what it deleted. Blocks on the store: run it on a worker.
 */
public final class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    /** Calls deleted per transaction, so a first run over years of calls does not hold one huge one. */
    private static final int BATCH = 500;

    private final CallStore store;
    private final Recordings recordings;
    private final Duration keep;
    private final Clock clock;

    /** {@code keep}: how long calls are kept; zero keeps them forever. */
    public Retention(CallStore store, Recordings recordings, Duration keep, Clock clock) {
        this.store = store;
        this.recordings = recordings;
        this.keep = keep;
        this.clock = clock;
    }

    public boolean enabled() {
        return !keep.isZero();
    }

    /** Deletes every call that started before now minus the retention period; returns how many. */
    public int run() {
        if (!enabled()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(keep);
        int deleted = 0;
        int recorded = 0;
        List<String> batch;
        do {
            batch = store.deleteCallsStartedBefore(cutoff, BATCH);
            for (String id : batch) {
                if (recordings.delete(id)) {
                    recorded++;
                }
            }
            deleted += batch.size();
            if (!batch.isEmpty()) {
                LOG.info("retention: deleted {} calls that started before {} (kept {}): {}", batch.size(), cutoff, keep,
                        batch.size() <= 20 ? String.join(", ", batch) : batch.get(0) + " ... " + batch.get(batch.size() - 1));
            }
        } while (batch.size() == BATCH);
        if (deleted > 0) {
            LOG.info("retention: {} calls and {} calls' recordings deleted in all", deleted, recorded);
        }
        return deleted;
    }
}
