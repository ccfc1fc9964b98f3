package app.parley.store;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The live path's writes to the store, run one at a time in the order given, on a thread of
 * their own, so that no event loop waits for the database.
 *
 * <p>The queue holds up to {@link #capacity()} writes. When it is full, a caller that may wait
 * (a worker thread) waits for room; a caller that must not (an event loop: every live call would
 * stall) has its write queued beyond the capacity, held in memory, never dropped, and a warning
 * is logged once the queue is full, again each time its depth doubles, and once it is back under
 * half. Past the capacity the database has been falling behind for minutes: the depth, in
 * {@code /api/health} and {@link #depth()}, is what to watch.
 */
public interface StoreWriter extends Executor {

    /**
     * Starts the writer's thread.
     *
     * @param capacity writes queued before the queue counts as full
     * @param callerMayWait whether the calling thread may wait for room in a full queue: false on
     *        an event loop. The writer's own thread never waits.
     */
    static StoreWriter start(int capacity, BooleanSupplier callerMayWait) {
        return new QueuedStoreWriter(capacity, callerMayWait);
    }

    /**
     * Queues {@code write}; it runs after every write queued before it. A failure is logged, and
     * the next write runs.
     *
     * @throws RejectedExecutionException once the writer is closed
     */
    @Override
    void execute(Runnable write);

    /** Writes queued and not yet begun; more than {@link #capacity()} when callers could not wait. */
    int depth();

    int capacity();

    /** How long writes took from being queued to being done. */
    Latency latency();

    /**
     * Tells {@code nanosQueuedToDone} each write's time from being queued to being done (failed
     * ones too), on the writer's thread as the write finishes: for a histogram kept elsewhere.
     */
    void measureWith(java.util.function.LongConsumer nanosQueuedToDone);

    /**
     * {@code writes} done so far (failed ones too) and their {@code total} time from queued to
     * done, for a rate and a mean; {@code recentMax}, the longest of the last 100.
     */
    record Latency(long writes, Duration total, Duration recentMax) {
    }

    /**
     * Takes no more writes and runs those queued, for up to {@code wait}.
     *
     * @return whether every queued write was done
     */
    boolean close(Duration wait) throws InterruptedException;
}
