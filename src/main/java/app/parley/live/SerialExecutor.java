package app.parley.live;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: each party stream gets one,
 * so its audio is decoded in order while different streams decode in parallel.
 */
final class SerialExecutor implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor pool;
    private Runnable active;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                scheduleNext();
            }
        });
        if (active == null) {
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        active = tasks.poll();
        if (active != null) {
            try {
                pool.execute(active);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The pool is shutting down with Parley: what was still queued is dropped with it.
                tasks.clear();
                active = null;
            }
        }
    }
}
