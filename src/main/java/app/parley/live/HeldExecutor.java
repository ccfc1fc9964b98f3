package app.parley.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Keeps the tasks it is given until {@link #release}, then hands them, and every later one, to
 * its target in the order given: a call beyond the live limit decodes its audio once the stream
 * is over. Its audio waits in memory meanwhile (16 kHz chunks: about 2 MB a minute per party).
 */
final class HeldExecutor implements Executor {
    private final Executor target;
    private List<Runnable> held = new ArrayList<>();

    HeldExecutor(Executor target) {
        this.target = target;
    }

    @Override
    public synchronized void execute(Runnable task) {
        if (held == null) {
            target.execute(task);
        } else {
            held.add(task);
        }
    }

    synchronized void release() {
        if (held != null) {
            held.forEach(target::execute);
            held = null;
        }
    }
}
