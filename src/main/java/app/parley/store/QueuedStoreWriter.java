package app.parley.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link StoreWriter}: one queue under one lock, drained by one daemon thread. */
final class QueuedStoreWriter implements StoreWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    /** Writes {@link Latency#recentMax} looks back over. */
    static final int RECENT = 100;

    private record Queued(Runnable write, long queuedAt) {
    }

    private final int capacity;
    private final BooleanSupplier callerMayWait;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    /** Guarded by {@link #lock}, like the fields after it. */
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private boolean closed;
    /** The depth at which the next "queue full" warning is logged: the capacity, then each doubling. */
    private int warnAt;
    /** The deepest the queue was since it was last full; 0 when it is not. */
    private int deepest;

    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong totalNanos = new AtomicLong();
    private final AtomicLongArray recentNanos = new AtomicLongArray(RECENT);
    private volatile java.util.function.LongConsumer measured = nanos -> {
    };

    QueuedStoreWriter(int capacity, BooleanSupplier callerMayWait) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a store writer needs room for a write, got capacity " + capacity);
        }
        this.capacity = capacity;
        this.callerMayWait = callerMayWait;
        this.warnAt = capacity;
        this.thread = new Thread(this::drain, "parley-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void execute(Runnable write) {
        Objects.requireNonNull(write, "write");
        lock.lock();
        try {
            if (queue.size() >= capacity && Thread.currentThread() != thread && callerMayWait.getAsBoolean()) {
                waitForRoom();
            }
            // Also after waiting: the writer's thread may have finished, and a write queued then would never run.
            if (closed) {
                throw new RejectedExecutionException("the store writer is closed");
            }
            queue.addLast(new Queued(write, System.nanoTime()));
            if (queue.size() >= warnAt) {
                LOG.warn("store writer queue full: {} writes waiting (store.write_queue: {}): the database is not "
                        + "keeping up; the live path's writes queue on in memory, none dropped", queue.size(), capacity);
                warnAt = queue.size() * 2;
            }
            if (queue.size() >= capacity) {
                deepest = Math.max(deepest, queue.size());
            }
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Interrupted, the caller stops waiting and its write is queued anyway: a write is never dropped. */
    private void waitForRoom() {
        try {
            while (queue.size() >= capacity && !closed) {
                notFull.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        while (true) {
            Queued next;
            lock.lock();
            try {
                while (queue.isEmpty()) {
                    if (closed) {
                        return;
                    }
                    notEmpty.awaitUninterruptibly();
                }
                next = queue.pollFirst();
                notFull.signal();
                if (deepest > 0 && queue.size() <= capacity / 2) {
                    LOG.info("store writer queue back under half full: {} writes waiting, {} at the deepest",
                            queue.size(), deepest);
                    deepest = 0;
                    warnAt = capacity;
                }
            } finally {
                lock.unlock();
            }
            run(next);
        }
    }

    private void run(Queued queued) {
        try {
            queued.write().run();
        } catch (RuntimeException | Error e) {
            // The writes behind it are other rows, other calls: they still run.
            LOG.error("store write failed: {}", e.getMessage() == null ? e.toString() : e.getMessage());
        }
        long nanos = System.nanoTime() - queued.queuedAt();
        recentNanos.set((int) (writes.getAndIncrement() % RECENT), nanos);
        totalNanos.addAndGet(nanos);
        measured.accept(nanos);
    }

    @Override
    public void measureWith(java.util.function.LongConsumer nanosQueuedToDone) {
        measured = nanosQueuedToDone;
    }

    @Override
    public int depth() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public Latency latency() {
        long done = writes.get();
        long max = 0;
        for (int i = 0; i < Math.min(done, RECENT); i++) {
            max = Math.max(max, recentNanos.get(i));
        }
        return new Latency(done, Duration.ofNanos(totalNanos.get()), Duration.ofNanos(max));
    }

    @Override
    public boolean close(Duration wait) throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
        thread.join(Math.max(1, wait.toMillis()));
        if (thread.isAlive()) {
            LOG.warn("store writer closed with {} writes not done after {} s", depth(), wait.toSeconds());
            return false;
        }
        return true;
    }
}
