package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.CapturedLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live path's writer: order, depth, what a full queue does to each kind of caller, latency.
 * A write held on a latch stands for a database that does not answer; nothing here depends on
 * how long anything takes.
 */
class StoreWriterTest {
    private final List<Integer> done = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private StoreWriter writer;

    @AfterEach
    void closeWriter() throws InterruptedException {
        release.countDown();
        if (writer != null) {
            writer.close(Duration.ofMinutes(1));
        }
    }

    /** A first write that waits for {@link #release}, so that those after it queue up; returns once it runs. */
    private void holdTheWriter() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        writer.execute(() -> {
            running.countDown();
            await(release);
        });
        assertTrue(running.await(1, TimeUnit.MINUTES), "the writer took the held write");
    }

    private Runnable write(int n) {
        return () -> done.add(n);
    }

    /** Returns once every write queued so far is done (it may not be counted in {@link StoreWriter#latency} yet). */
    private void drained() throws Exception {
        CompletableFuture<Void> all = new CompletableFuture<>();
        writer.execute(() -> all.complete(null));
        all.get(1, TimeUnit.MINUTES);
    }

    @Test
    void writesRunOneAtATimeInTheOrderGiven() throws Exception {
        writer = StoreWriter.start(100, () -> false);
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            int n = i;
            writer.execute(() -> {
                threads.add(Thread.currentThread().getName());
                done.add(n);
            });
        }
        drained();
        assertEquals(IntStream.range(0, 50).boxed().toList(), done);
        assertEquals(List.of("parley-store-writer"), threads.stream().distinct().toList());
    }

    @Test
    void depthIsTheWritesWaitingBehindTheOneRunning() throws Exception {
        writer = StoreWriter.start(100, () -> false);
        assertEquals(0, writer.depth());
        assertEquals(100, writer.capacity());
        holdTheWriter();
        for (int i = 0; i < 5; i++) {
            writer.execute(write(i));
        }
        assertEquals(5, writer.depth());
        release.countDown();
        assertTrue(writer.close(Duration.ofMinutes(1)));
        assertEquals(0, writer.depth());
        assertEquals(List.of(0, 1, 2, 3, 4), done);
        assertEquals(6, writer.latency().writes(), "the held write and five");
    }

    /**
     * An event loop must not wait: its writes go on queueing beyond the capacity, in order, none
     * dropped; the queue being full is logged once, and its coming back under half once.
     */
    @Test
    void aFullQueueNeitherBlocksAnEventLoopNorDropsAWrite() throws Exception {
        writer = StoreWriter.start(4, () -> false);
        try (CapturedLog log = new CapturedLog()) {
            holdTheWriter();
            // On a thread of its own, so that a writer that wrongly waited would fail this test, not hang it.
            CompletableFuture<Void> queued = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 7; i++) {
                    writer.execute(write(i));
                }
            });
            queued.get(1, TimeUnit.MINUTES);
            assertEquals(7, writer.depth(), "beyond the capacity of 4");
            assertEquals(1, log.linesContaining("store writer queue full: 4 writes waiting (store.write_queue: 4)").size(),
                    String.join("\n", log.lines()));
            release.countDown();
            assertTrue(writer.close(Duration.ofMinutes(1)));
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), done);
            assertEquals(1, log.linesContaining("store writer queue full").size(), String.join("\n", log.lines()));
            assertEquals(1, log.linesContaining("store writer queue back under half full: 2 writes waiting, 7 at the "
                    + "deepest").size(), String.join("\n", log.lines()));
        }
    }

    @Test
    void aQueueEverDeeperIsLoggedAgainAtEachDoubling() throws Exception {
        writer = StoreWriter.start(4, () -> false);
        try (CapturedLog log = new CapturedLog()) {
            holdTheWriter();
            for (int i = 0; i < 20; i++) {
                writer.execute(write(i));
            }
            assertEquals(List.of(4, 8, 16), log.linesContaining("store writer queue full").stream()
                    .map(line -> Integer.parseInt(line.replaceAll(".*queue full: (\\d+) writes.*", "$1"))).toList());
        }
    }

    /** A thread that may wait does, until the writer takes a write off the full queue; its write is queued then. */
    @Test
    void aFullQueueMakesACallerThatMayWaitWaitForRoom() throws Exception {
        writer = StoreWriter.start(2, () -> true);
        holdTheWriter();
        writer.execute(write(0));
        writer.execute(write(1));
        Thread producer = new Thread(() -> writer.execute(write(2)), "a worker");
        producer.start();
        while (producer.getState() != Thread.State.WAITING) {
            assertTrue(producer.isAlive(), "the worker queued its write without waiting");
            Thread.onSpinWait();
        }
        assertEquals(2, writer.depth(), "the waiting write is not queued yet");
        release.countDown();
        producer.join(TimeUnit.MINUTES.toMillis(1));
        drained();
        assertEquals(List.of(0, 1, 2), done);
    }

    /** The writer's own thread never waits for room (it is the one that makes room). */
    @Test
    void aWriteThatQueuesAnotherIntoAFullQueueDoesNotWaitForItself() throws Exception {
        writer = StoreWriter.start(1, () -> true);
        CountDownLatch queuedFromWithin = new CountDownLatch(1);
        writer.execute(() -> {
            writer.execute(write(1));
            writer.execute(write(2));
            queuedFromWithin.countDown();
        });
        assertTrue(queuedFromWithin.await(1, TimeUnit.MINUTES), "the writer waited for itself");
        drained();
        assertEquals(List.of(1, 2), done);
    }

    @Test
    void latencyCountsTheTimeAWriteWaitedInTheQueue() throws Exception {
        writer = StoreWriter.start(100, () -> false);
        holdTheWriter();
        writer.execute(write(1));
        long queued = System.nanoTime();
        Thread.sleep(20); // only so that the wait is more than the clock's grain; nothing is compared with it
        long released = System.nanoTime();
        release.countDown();
        assertTrue(writer.close(Duration.ofMinutes(1)));
        StoreWriter.Latency latency = writer.latency();
        assertEquals(2, latency.writes());
        assertTrue(latency.recentMax().toNanos() >= released - queued,
                "the write queued behind the held one waited at least until it was let go: " + latency);
        assertTrue(latency.total().compareTo(latency.recentMax()) >= 0, latency.toString());
    }

    @Test
    void aFailedWriteIsLoggedAndTheNextStillRuns() throws Exception {
        writer = StoreWriter.start(100, () -> false);
        try (CapturedLog log = new CapturedLog()) {
            writer.execute(() -> {
                throw new StoreException("cannot save utterance 3 of call c: boom", null);
            });
            writer.execute(write(1));
            drained();
            assertEquals(List.of(1), done);
            assertEquals(1, log.linesContaining("store write failed: cannot save utterance 3 of call c: boom").size());
        }
    }

    @Test
    void closingRunsWhatWasQueuedThenRefusesMore() throws Exception {
        writer = StoreWriter.start(100, () -> false);
        holdTheWriter();
        for (int i = 0; i < 3; i++) {
            writer.execute(write(i));
        }
        release.countDown();
        assertTrue(writer.close(Duration.ofMinutes(1)));
        assertEquals(List.of(0, 1, 2), done);
        assertThrows(RejectedExecutionException.class, () -> writer.execute(write(3)));
    }

    /** A worker waiting for room when the writer closes is refused, loudly, rather than queued for a writer that is gone. */
    @Test
    void aCallerWaitingForRoomWhenTheWriterClosesIsRefused() throws Exception {
        ThreadLocal<Boolean> mayWait = ThreadLocal.withInitial(() -> true);
        writer = StoreWriter.start(1, mayWait::get);
        mayWait.set(false); // this thread stands for an event loop: it never waits
        holdTheWriter();
        writer.execute(write(0));
        CompletableFuture<RejectedExecutionException> refused = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                writer.execute(write(1));
                refused.complete(null);
            } catch (RejectedExecutionException e) {
                refused.complete(e);
            }
        }, "a worker");
        worker.start();
        while (worker.getState() != Thread.State.WAITING) {
            assertTrue(worker.isAlive(), "the worker queued its write without waiting");
            Thread.onSpinWait();
        }
        CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> {
            try {
                return writer.close(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // Until the writer is closed this thread's writes queue on; then they are refused.
        while (true) {
            try {
                writer.execute(() -> { });
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        release.countDown();
        assertTrue(closed.get(1, TimeUnit.MINUTES));
        assertTrue(refused.get(1, TimeUnit.MINUTES) != null, "the waiting worker's write was taken after the close");
        assertEquals(List.of(0), done, "what was queued before the close ran");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
