package app.parley.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.live.LiveMeters;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What each report becomes in the exposition Prometheus reads: the names, labels, buckets and
 * values, read back from the text the registry writes.
 */
class ParleyMetricsTest {

    /** The value of the one series {@code series} (name and labels as written), or a failure naming it. */
    private static double value(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        throw new AssertionError("no series " + series + " in:\n" + exposition);
    }

    @Test
    void theLivePathsReportsBecomeGaugesAndHistogramsInSeconds() {
        try (ParleyMetrics metrics = new ParleyMetrics()) {
            LiveMeters live = metrics.live();
            live.live(2, 3);
            live.decodeLag(0.3);
            live.decodeLag(4.0);
            live.wordToScreen(true, TimeUnit.MILLISECONDS.toNanos(900));
            live.wordToScreen(false, TimeUnit.MILLISECONDS.toNanos(200));
            live.wordToScreen(false, TimeUnit.MILLISECONDS.toNanos(400));
            live.promptLatency(TimeUnit.MILLISECONDS.toNanos(1200));
            live.speechAudio(20.0, 6.5);
            live.speechAudio(10.0, 0.0);
            live.coachingDelayed();
            live.transcribedAfterCall();
            live.transcribedAfterCall();
            String text = metrics.scrape();
            assertEquals(2, value(text, "parley_calls_live"));
            assertEquals(3, value(text, "parley_streams_live"));
            assertEquals(2, value(text, "parley_decode_lag_seconds_count"));
            assertEquals(4.3, value(text, "parley_decode_lag_seconds_sum"), 1e-9);
            assertEquals(1, value(text, "parley_decode_lag_seconds_bucket{le=\"0.5\"}"));
            assertEquals(2, value(text, "parley_decode_lag_seconds_bucket{le=\"5.0\"}"));
            assertEquals(1, value(text, "parley_word_to_screen_seconds_count{result=\"final\"}"));
            assertEquals(0.9, value(text, "parley_word_to_screen_seconds_sum{result=\"final\"}"), 1e-9);
            assertEquals(0, value(text, "parley_word_to_screen_seconds_bucket{result=\"final\",le=\"0.75\"}"));
            assertEquals(1, value(text, "parley_word_to_screen_seconds_bucket{result=\"final\",le=\"1.0\"}"));
            assertEquals(2, value(text, "parley_word_to_screen_seconds_count{result=\"partial\"}"));
            assertEquals(1, value(text, "parley_word_to_screen_seconds_bucket{result=\"partial\",le=\"0.25\"}"));
            assertEquals(1, value(text, "parley_prompt_to_screen_seconds_count"));
            assertEquals(0, value(text, "parley_prompt_to_screen_seconds_bucket{le=\"1.0\"}"));
            assertEquals(1, value(text, "parley_prompt_to_screen_seconds_bucket{le=\"1.5\"}"));
            assertEquals(30.0, value(text, "parley_speech_audio_seconds_total"), 1e-9);
            assertEquals(6.5, value(text, "parley_speech_audio_skipped_seconds_total"), 1e-9);
            assertEquals(1, value(text, "parley_coaching_delayed_total"));
            assertEquals(2, value(text, "parley_calls_deferred_total"));
            assertTrue(text.contains("# HELP parley_word_to_screen_seconds From the moment the audio of an utterance's"),
                    "each metric is described");
            live.live(0, 0);
            assertEquals(0, value(metrics.scrape(), "parley_calls_live"));
        }
    }

    @Test
    void theStoreWriterIsTimedFromHandOverToDoneAndItsQueueRead() throws Exception {
        try (ParleyMetrics metrics = new ParleyMetrics()) {
            // A real writer whose first write holds the thread: the second waits in the queue.
            app.parley.store.StoreWriter writer = app.parley.store.StoreWriter.start(10, () -> true);
            writer.measureWith(metrics.storeWriter(writer::depth));
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            AtomicInteger done = new AtomicInteger();
            writer.execute(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.incrementAndGet();
            });
            writer.execute(() -> {
                throw new IllegalStateException("a failed write is timed too");
            });
            started.await();
            assertEquals(1, value(metrics.scrape(), "parley_store_writer_queue_depth"));
            assertEquals(0, value(metrics.scrape(), "parley_store_write_seconds_count"));
            release.countDown();
            assertTrue(writer.close(java.time.Duration.ofSeconds(30)), "both writes done");
            assertEquals(1, done.get());
            String text = metrics.scrape();
            assertEquals(0, value(text, "parley_store_writer_queue_depth"));
            assertEquals(2, value(text, "parley_store_write_seconds_count"));
            assertTrue(value(text, "parley_store_write_seconds_sum") > 0);
        }
    }

    @Test
    void theRecognizerPoolAndLiveFeedsAreReadWhenScraped() {
        try (ParleyMetrics metrics = new ParleyMetrics()) {
            AtomicInteger inUse = new AtomicInteger(3);
            AtomicInteger feeds = new AtomicInteger(1);
            metrics.speechRecognizers(inUse::get, () -> 2);
            metrics.liveFeedClients(feeds::get);
            String text = metrics.scrape();
            assertEquals(3, value(text, "parley_speech_recognizers{state=\"in_use\"}"));
            assertEquals(2, value(text, "parley_speech_recognizers{state=\"idle\"}"));
            assertEquals(1, value(text, "parley_live_feed_clients"));
            inUse.set(0);
            feeds.set(0);
            text = metrics.scrape();
            assertEquals(0, value(text, "parley_speech_recognizers{state=\"in_use\"}"));
            assertEquals(0, value(text, "parley_live_feed_clients"));
        }
    }

    @Test
    void aClusterNodeSaysWhatItSeesAndWhetherItFollowsThePbx() {
        try (ParleyMetrics metrics = new ParleyMetrics()) {
            AtomicInteger nodes = new AtomicInteger(3);
            java.util.concurrent.atomic.AtomicBoolean follows = new java.util.concurrent.atomic.AtomicBoolean(true);
            metrics.cluster(nodes::get, 2, follows::get);
            String text = metrics.scrape();
            assertEquals(3, value(text, "parley_cluster_nodes"));
            assertEquals(2, value(text, "parley_cluster_quorum"));
            assertEquals(1, value(text, "parley_cluster_follows_pbx"));
            nodes.set(1);
            follows.set(false);
            text = metrics.scrape();
            assertEquals(1, value(text, "parley_cluster_nodes"));
            assertEquals(0, value(text, "parley_cluster_follows_pbx"));
        }
    }

    @Test
    void thePbxLinkIsUpWhileTheScreensAreToldItIsConnected() throws Exception {
        try (ParleyMetrics metrics = new ParleyMetrics()) {
            assertFalse(metrics.scrape().contains("parley_ami_connected"), "no PBX followed, no series");
            Vertx vertx = metrics.newVertx();
            try {
                vertx.runOnContext(v -> metrics.followPbxLink(vertx.eventBus(), "test.live"));
                assertEquals(0, awaitValue(metrics, "parley_ami_connected", 0));
                // As Telephony publishes its status (Telephony.status()).
                vertx.eventBus().publish("test.live", new JsonObject().put("type", "pbx-status").put("status", "connected"));
                assertEquals(1, awaitValue(metrics, "parley_ami_connected", 1));
                vertx.eventBus().publish("test.live", new JsonObject().put("type", "utterance").put("status", "x"));
                vertx.eventBus().publish("test.live", new JsonObject().put("type", "pbx-status").put("status", "unreachable"));
                assertEquals(0, awaitValue(metrics, "parley_ami_connected", 0));
                // Vert.x's own figures and the JVM's go to the same registry.
                String text = metrics.scrape();
                assertTrue(value(text, "jvm_threads_live_threads") > 0, text);
                assertTrue(value(text, "vertx_eventbus_published_total{side=\"local\"}") >= 3, text);
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The gauge's value once it is {@code expected} (the bus delivers on the event loop), or its last value. */
    private static double awaitValue(ParleyMetrics metrics, String series, double expected) throws InterruptedException {
        double last = Double.NaN;
        for (int i = 0; i < 100; i++) {
            String text = metrics.scrape();
            if (text.contains(series + " ")) {
                last = value(text, series);
                if (last == expected) {
                    return last;
                }
            }
            Thread.sleep(50);
        }
        return last;
    }
}
