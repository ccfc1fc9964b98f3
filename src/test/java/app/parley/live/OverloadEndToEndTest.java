package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.speech.SpeechModel;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overload is shown, never silent, and loses nothing. Real synthesized calls through real
 * AudioSocket connections: streamed faster than real time, decoding falls behind the audio,
 * so the screens hear "coaching delayed" until it has caught up; and a call beyond
 * {@code calls.max_live} is stored with the same words as a live one, recognised after it ended.
 */
class OverloadEndToEndTest {
    private static final String[] CALL = {
        "agent: Good morning. I am calling about your account with our company.",
        "caller: I lost my job last month and I cannot pay all of it right now.",
        "agent: Can you make a payment of one hundred dollars by Friday?",
    };

    @TempDir
    Path dir;

    @Test
    void decodingBehindTheAudioShowsCoachingDelayedUntilItHasCaughtUp() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"), CALL);
        try (RunningParley parley = new RunningParley(dir.resolve("data"), Map.of("PARLEY_SPEECH_MAX_LAG", "1 second"))) {
            List<JsonObject> feed = new CopyOnWriteArrayList<>();
            parley.service().vertx().eventBus().<JsonObject>localConsumer(LiveView.EVENTS, m -> feed.add(m.body()));
            String callId = "behind";
            try (RunningParley.OpenCall open = parley.openCall(callId, null, "agent-1", call, 0.04)) {
                // All of both legs at once: the recognisers are soon seconds of audio behind.
                CompletableFuture<Void> sent = CompletableFuture.runAsync(open::finish);
                JsonNode live = awaitDelayedOnSnapshot(parley, callId);
                assertEquals(callId, live.get("call").get("id").asText());
                sent.join();
            }
            parley.awaitEndedCall(callId, Duration.ofSeconds(120));
            List<String> types = feed.stream().filter(e -> callId.equals(e.getString("call_id")))
                    .map(e -> e.getString("type")).filter(t -> t.startsWith("coaching-") || t.equals("call-ended"))
                    .toList();
            assertEquals(List.of("coaching-delayed", "coaching-caught-up", "call-ended"), types,
                    "shown once, cleared once caught up, before the call ends");
            JsonObject delayed = feed.stream().filter(e -> "coaching-delayed".equals(e.getString("type"))).findFirst()
                    .orElseThrow();
            assertTrue(delayed.getDouble("lag_s") > 1.0, delayed.encode());
            assertEquals("agent-1", delayed.getString("agent"), "to the screens of the call's agent");
            assertEquals(1.0, metric(parley, "parley_coaching_delayed_total"));
        }
    }

    @Test
    void aCallBeyondTheLiveLimitIsStoredWithItsWordsTranscribedAfterItEnded() throws Exception {
        // Without the recogniser's dither: the same audio gives the same words here and in analyze.
        Path model = TestAudio.modelWithoutDither(dir.resolve("model"));
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"), CALL);
        try (RunningParley parley = new RunningParley(dir.resolve("data"), Map.of("PARLEY_CALLS_MAX_LIVE", "1",
                "PARLEY_SPEECH_MODEL", model.toString(), "PARLEY_RECORDINGS_ENABLED", "true"))) {
            List<JsonObject> feed = new CopyOnWriteArrayList<>();
            parley.service().vertx().eventBus().<JsonObject>localConsumer(LiveView.EVENTS, m -> feed.add(m.body()));
            JsonNode after;
            try (RunningParley.OpenCall first = parley.openCall("live-one", null, "agent-1", call, 0.04)) {
                // One call is transcribed live: the next is recorded and stored, its words recognised once it ended.
                parley.streamCallAtOnce("after-one", null, "agent-2", call);
                after = parley.awaitEndedCall("after-one", Duration.ofSeconds(120));
                first.finish();
            }
            JsonNode live = parley.awaitEndedCall("live-one", Duration.ofSeconds(120));

            JsonObject started = feed.stream().filter(e -> "after-one".equals(e.getString("call_id"))
                    && "call-started".equals(e.getString("type"))).findFirst().orElseThrow();
            assertTrue(started.getJsonObject("call").getBoolean("transcribed_after_call", false), started.encode());
            assertTrue(feed.stream().noneMatch(e -> "after-one".equals(e.getString("call_id"))
                    && "coaching-delayed".equals(e.getString("type"))), "no delay is shown for it");
            assertTrue(after.get("call").path("transcribed_after_call").asBoolean(), after.get("call").toString());
            assertFalse(live.get("call").has("transcribed_after_call"), live.get("call").toString());
            try (SpeechModel speech = SpeechModel.load(model, 2)) {
                CallAnalyzer analyzer = new CallAnalyzer(speech);
                for (Speaker speaker : Speaker.values()) {
                    Path leg = speaker == Speaker.CALLER ? call.caller() : call.agent();
                    String expected = String.join(" ", analyzer.transcribe(WavFile.read(leg), speaker).stream()
                            .map(Utterance::text).toList());
                    assertFalse(expected.isBlank(), speaker + " said something");
                    assertEquals(expected, LiveTranscriptionEndToEndTestSupport.said(after, speaker), speaker.id());
                    assertEquals(200, parley.get("/api/calls/after-one/recordings/" + speaker.id()).statusCode(),
                            "recorded: " + speaker.id());
                }
            }
            double lastWord = call.turns().get(call.turns().size() - 1).end();
            assertTrue(after.get("call").get("duration_s").asDouble() >= lastWord, after.get("call").toString());
            assertEquals(1.0, metric(parley, "parley_calls_deferred_total"));
        }
    }

    /** Polls the live snapshot until the call shows as delayed. */
    private static JsonNode awaitDelayedOnSnapshot(RunningParley parley, String callId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode live : parley.getJson("/api/live")) {
                if (live.get("call").get("id").asText().equals(callId) && live.path("coaching_delayed").asBoolean()) {
                    return live;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("call " + callId + " never showed as delayed");
    }

    private static double metric(RunningParley parley, String series) throws Exception {
        String text = parley.get("/metrics").body();
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        throw new AssertionError("no " + series + " in /metrics");
    }
}
