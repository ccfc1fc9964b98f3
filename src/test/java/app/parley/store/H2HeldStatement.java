package app.parley.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Java function H2 calls from SQL ({@code CREATE ALIAS ... FOR}) that waits until released:
 * a statement kept running inside the embedded database for as long as a test needs. One at a
 * time (tests in one JVM run one after another).
 */
public final class H2HeldStatement {
    private static volatile CountDownLatch running = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);

    private H2HeldStatement() {
    }

    static void arm() {
        running = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Called by H2 for each row; the first call waits for {@link #release}. */
    public static boolean held() throws InterruptedException {
        running.countDown();
        return released.await(5, TimeUnit.MINUTES);
    }

    static boolean awaitRunning() throws InterruptedException {
        return running.await(60, TimeUnit.SECONDS);
    }

    static void release() {
        released.countDown();
    }
}
