package app.parley.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the calls that started longer ago than the site keeps them, with their recordings,
 * and logs what it deleted. Each batch of deleted calls' ids is also told to a listener: in a
 * cluster, the other nodes, which delete their own files of those calls. Blocks on the store:
 * run it on a worker.
 */
public final class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    /** Calls deleted per transaction, so a first run over years of calls does not hold one huge one. */
    private static final int BATCH = 500;

    private final CallStore store;
    /** Where the calls' audio is kept: the recordings, and what a stop left to transcribe. */
    private final List<Recordings> folders;
    private final Duration keep;
    private final Clock clock;
    private final Consumer<List<String>> deleted;

    /** {@code keep}: how long calls are kept; zero keeps them forever. */
    public Retention(CallStore store, Recordings recordings, Duration keep, Clock clock) {
        this(store, recordings, keep, clock, ids -> { });
    }

    /**
     * {@code deleted} is told the ids of each batch of calls deleted from the store, once this
     * node's recordings of them are deleted, on the thread that runs {@link #run}.
     */
    public Retention(CallStore store, Recordings recordings, Duration keep, Clock clock,
            Consumer<List<String>> deleted) {
        this(store, List.of(recordings), keep, clock, deleted);
    }

    /** As above, the calls' audio deleted from each of {@code folders}. */
    public Retention(CallStore store, List<Recordings> folders, Duration keep, Clock clock,
            Consumer<List<String>> deleted) {
        this.store = store;
        this.folders = List.copyOf(folders);
        this.keep = keep;
        this.clock = clock;
        this.deleted = deleted;
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
        int count = 0;
        int recorded = 0;
        List<String> batch;
        do {
            batch = store.deleteCallsStartedBefore(cutoff, BATCH);
            for (String id : batch) {
                boolean had = false;
                for (Recordings folder : folders) {
                    try {
                        had |= folder.delete(id);
                    } catch (RuntimeException e) {
                        // The others are still told; the sweep after this run tries these files again.
                        LOG.error("retention: the audio of call {} in {} was not deleted: {}", id, folder.dir(),
                                e.getMessage());
                    }
                }
                recorded += had ? 1 : 0;
            }
            count += batch.size();
            if (!batch.isEmpty()) {
                LOG.info("retention: deleted {} calls that started before {} (kept {}): {}", batch.size(), cutoff, keep,
                        some(batch));
                deleted.accept(batch);
            }
        } while (batch.size() == BATCH);
        if (count > 0) {
            LOG.info("retention: {} calls and {} calls' recordings deleted in all", count, recorded);
        }
        return count;
    }

    /** Call ids for a log line: all of up to 20, else the first and the last. */
    static String some(List<String> ids) {
        return ids.size() <= 20 ? String.join(", ", ids) : ids.get(0) + " ... " + ids.get(ids.size() - 1);
    }
}
