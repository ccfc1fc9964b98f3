package app.parley.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Tokens;
import app.parley.testing.PrometheusServer;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} scraped by a real Prometheus (Debian's, started here, reading the scraper's
 * token from the same file as Parley) while a call streams through real AudioSocket connections
 * into a running Parley, then read back through Prometheus' query API as an operator's
 * dashboard would: the call seen live while it lasted and gone after, one word-to-screen
 * observation per final utterance stored, the prompt's delay, decode lag, the recogniser pool,
 * the live feed, the store writer, and Vert.x's and the JVM's own figures.
 */
class PrometheusScrapeEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void prometheusScrapesTheFiguresOfACallStreamedLive() throws Exception {
        // The caller's inability to pay raises the options prompt mid-call (the prompt benchmark's call).
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: I am calling about the balance on your account.",
                "caller: I cannot pay all of it right now.", "# pause: 3.0", "agent: I see.");
        Path tokenFile = dir.resolve("metrics-token");
        Files.writeString(tokenFile, Tokens.newToken() + "\n");
        try (RunningParley parley = new RunningParley(dir.resolve("data"),
                Map.of("PARLEY_METRICS_TOKEN_FILE", tokenFile.toString()));
                PrometheusServer prometheus = PrometheusServer.scraping(dir.resolve("prometheus"), "parley",
                        "127.0.0.1:" + parley.service().httpPort(), "/metrics", tokenFile)) {
            assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(parley.baseUrl() + "/metrics")).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "no token, no session: nothing");
            prometheus.await("up{job=\"parley\"}", v -> v == 1, "scraped with the token", WAIT);

            // A screen follows the live feed, and a call's streams open and stay open until Prometheus has seen them.
            CompletableFuture<HttpResponse<Stream<String>>> feed = parley.client().sendAsync(HttpRequest.newBuilder(
                    URI.create(parley.baseUrl() + "/api/live/events")).build(), HttpResponse.BodyHandlers.ofLines());
            try (RunningParley.OpenCall open = parley.openCall("metrics-call", null, "agent-1", call, 0.5)) {
                prometheus.await("parley_calls_live", v -> v == 1, "one call", WAIT);
                prometheus.await("parley_streams_live", v -> v == 2, "both parties", WAIT);
                prometheus.await("parley_speech_recognizers{state=\"in_use\"}", v -> v == 2, "a recogniser each", WAIT);
                prometheus.await("parley_live_feed_clients", v -> v == 1, "the screen's feed", WAIT);
                open.finish();
            }
            JsonNode record = parley.awaitEndedCall("metrics-call", WAIT);
            feed.get(10, java.util.concurrent.TimeUnit.SECONDS).body().close();
            prometheus.await("parley_live_feed_clients", v -> v == 0, "none once the screen closed its feed", WAIT);

            prometheus.await("parley_calls_live", v -> v == 0, "none once it ended", WAIT);
            prometheus.await("parley_streams_live", v -> v == 0, "none once it ended", WAIT);
            prometheus.await("parley_speech_recognizers{state=\"in_use\"}", v -> v == 0, "all back in the pool", WAIT);
            assertTrue(prometheus.value("parley_speech_recognizers{state=\"idle\"}").orElseThrow() >= 1,
                    "the recognisers are kept warm");

            // Each final utterance stored was published to the screens once, and timed from its last word's audio.
            int finals = record.get("utterances").size();
            assertTrue(finals >= 3, "the call's three turns: " + record.get("utterances"));
            prometheus.await("parley_word_to_screen_seconds_count{result=\"final\"}", v -> v == finals,
                    finals + ", one per final utterance", WAIT);
            assertTrue(prometheus.value("parley_word_to_screen_seconds_sum{result=\"final\"}").orElseThrow() > 0);
            assertTrue(prometheus.value("parley_word_to_screen_seconds_count{result=\"partial\"}").orElseThrow() > 0,
                    "partial results went to the screen too");
            assertEquals(finals, prometheus.value(
                    "parley_word_to_screen_seconds_bucket{result=\"final\",le=\"+Inf\"}").orElseThrow());

            boolean optionsPrompt = false;
            for (JsonNode prompt : record.get("prompts")) {
                optionsPrompt |= prompt.get("kind").asText().equals("options");
            }
            assertTrue(optionsPrompt, "the caller's inability raised the options prompt: " + record.get("prompts"));
            double prompts = prometheus.value("parley_prompt_to_screen_seconds_count").orElseThrow();
            assertTrue(prompts >= 1 && prompts <= record.get("prompts").size(),
                    prompts + " prompts timed of " + record.get("prompts"));

            // Recognition reported progress all along; the audio came in faster than real time, so it fell behind.
            assertTrue(prometheus.value("parley_decode_lag_seconds_count").orElseThrow() > 10);
            assertTrue(prometheus.value("parley_decode_lag_seconds_max").orElseThrow() > 0);

            // The call, its streams, utterances and prompts were written by the store's writer, which is idle again.
            assertTrue(prometheus.value("parley_store_write_seconds_count").orElseThrow() >= finals + 3);
            prometheus.await("parley_store_writer_queue_depth", v -> v == 0, "empty", WAIT);
            assertEquals(1, prometheus.value("absent(parley_ami_connected)").orElseThrow(),
                    "no PBX followed, no PBX series");

            // Vert.x's and the JVM's figures come along.
            // Vert.x writes the chain of routes that served a request (/metrics>/metrics>/metrics).
            assertTrue(prometheus.value("sum(vertx_http_server_requests_total{code=\"200\",route=~\".*/metrics.*\"})")
                    .orElseThrow() >= 1);
            assertTrue(prometheus.value("sum(vertx_eventbus_published_total)").orElseThrow() > finals);
            assertTrue(prometheus.value("sum(jvm_memory_used_bytes{area=\"heap\"})").orElseThrow() > 0);
            assertTrue(prometheus.value("jvm_threads_live_threads").orElseThrow() > 0);
            // Counted at each collection: present from the start, above zero only once one has run.
            assertTrue(prometheus.value("jvm_gc_memory_allocated_bytes_total").isPresent());
            assertTrue(prometheus.value("process_cpu_usage").isPresent());
        }
    }
}
