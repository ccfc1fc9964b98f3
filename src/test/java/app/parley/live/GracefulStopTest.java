package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.speech.SpeechModel;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parley stopped in the middle of a call (a deploy, a SIGTERM): every word of the audio that
 * had arrived is recognised to the end and stored, each stream's last words as a final result,
 * and the call is closed in the store. Checked by a second Parley on the same data.
 */
class GracefulStopTest {
    @TempDir
    Path dir;

    @Test
    void aStopMidCallStoresEveryWordThatHadArrived() throws Exception {
        Path model = TestAudio.modelWithoutDither(dir.resolve("model"));
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: Good morning, this is Dana from Northwind Collections.",
                "caller: Yes, this is John Miller.",
                "agent: There is a balance of four hundred and twenty dollars on your account.",
                "caller: I can pay two hundred on Friday and the rest next week.");
        Map<String, String> env = Map.of("PARLEY_SPEECH_MODEL", model.toString());
        RunningParley first = new RunningParley(dir.resolve("data"), env);
        try (RunningParley.OpenCall stillOn = first.openCall("mid-call", null, "agent-1", call, 0.04)) {
            stillOn.sendRestWithoutHangingUp();
            // The caller's last turn has reached Parley (its first words show live); nobody hung up.
            awaitLiveWord(first, "mid-call", "friday");
            first.close();
        }
        // What the recogniser makes of the same audio, start to end, with nothing stopped.
        List<Utterance> expectedCaller;
        List<Utterance> expectedAgent;
        try (SpeechModel speech = SpeechModel.load(model, 2)) {
            CallAnalyzer analyzer = new CallAnalyzer(speech);
            expectedCaller = analyzer.transcribe(WavFile.read(call.caller()), Speaker.CALLER);
            expectedAgent = analyzer.transcribe(WavFile.read(call.agent()), Speaker.AGENT);
        }
        try (RunningParley second = new RunningParley(dir.resolve("data"), env)) {
            JsonNode record = second.getJson("/api/calls/mid-call");
            assertTrue(record.get("call").hasNonNull("ended_at") || record.get("call").hasNonNull("duration_s"),
                    "the call was closed: " + record.get("call"));
            assertEquals(text(expectedCaller), stored(record, "caller"), "the caller's words");
            assertEquals(text(expectedAgent), stored(record, "agent"), "the agent's words");
            assertTrue(stored(record, "caller").contains("friday"), stored(record, "caller"));
        }
    }

    private static void awaitLiveWord(RunningParley parley, String callId, String word) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode live : parley.getJson("/api/live")) {
                if (live.get("call").get("id").asText().equals(callId)) {
                    for (JsonNode u : live.get("utterances")) {
                        if (u.path("text").asText().contains(word)) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("'" + word + "' never showed live");
    }

    static String text(List<Utterance> utterances) {
        return String.join(" ", utterances.stream().map(Utterance::text).toList());
    }

    /** The stored final utterances of one party, in order. */
    static String stored(JsonNode record, String speaker) {
        List<String> said = new ArrayList<>();
        for (JsonNode u : record.get("utterances")) {
            if (u.path("speaker").asText().equals(speaker) && u.path("final").asBoolean(true)) {
                said.add(u.path("text").asText());
            }
        }
        return String.join(" ", said);
    }
}
