package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.testing.CapturedLog;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parley stopped while its speech workers are far behind a call (overload; here a stop that waits
 * for no call, calls.stop_within 0, right after the first words show): the call is not dropped.
 * Its recordings are closed whole, what was decoded is stored, and it is stored as transcribed up
 * to where decoding got, with no speech thread throwing into the closed event loop. A second Parley
 * on the same data transcribes the rest from the recordings, with the real recogniser, and the
 * call's last words are then in the store, none twice.
 */
class GracefulStopUnderOverloadTest {
    @TempDir
    Path dir;

    /** {@code recorded}: the site keeps recordings; if not, the stop keeps only the audio it did not decode. */
    @ParameterizedTest(name = "recordings kept: {0}")
    @ValueSource(booleans = {true, false})
    void aCallStillBeingDecodedAtAStopIsFinishedFromItsAudioAtTheNextStart(boolean recorded) throws Exception {
        Path model = TestAudio.modelWithoutDither(dir.resolve("model"));
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: Good morning, this is Dana from Northwind Collections.",
                "caller: Yes, this is John Miller.",
                "agent: There is a balance of four hundred and twenty dollars on your account.",
                "caller: I can pay two hundred on Friday and the rest next week.",
                "agent: Thank you, I will note the payment plan for Friday.");
        Map<String, String> env = Map.of("PARLEY_SPEECH_MODEL", model.toString(), "PARLEY_RECORDINGS_ENABLED", String.valueOf(recorded),
                "PARLEY_CALLS_STOP_WITHIN", "0 s", "PARLEY_SPEECH_WORKERS", "1");
        Path data = dir.resolve("data");
        List<String> rejected;
        try (CapturedLog log = new CapturedLog()) {
            RunningParley first = new RunningParley(data, env);
            try (RunningParley.OpenCall stillOn = first.openCall("cut-call", null, "agent-1", call, 0.04)) {
                stillOn.sendRestWithoutHangingUp();
                // All the audio has arrived; the one speech worker is seconds behind it.
                awaitLiveWords(first, "cut-call");
                first.close();
            }
            rejected = log.linesContaining("RejectedExecution");
        }
        assertEquals(List.of(), rejected, "no speech thread threw into the closed event loop");

        ParleyConfig config = new ConfigLoader().load(null, Map.of("PARLEY_DATA", data.toString()));
        Recordings recordings = new Recordings(recorded ? config.recordingsDir() : data.resolve("untranscribed"));
        for (Speaker speaker : Speaker.values()) {
            PcmAudio kept = WavFile.read(recordings.find("cut-call", speaker).orElseThrow());
            PcmAudio sent = WavFile.read(speaker == Speaker.CALLER ? call.caller() : call.agent());
            // At call time: after the moment its stream joined (within the first half second).
            assertTrue(kept.seconds() > sent.seconds() - 0.05 && kept.seconds() < sent.seconds() + 0.5, "the "
                    + speaker.id() + " audio that arrived is kept to its end, its header closed: " + kept.seconds()
                    + " s of " + sent.seconds());
        }
        if (!recorded) {
            assertTrue(new Recordings(config.recordingsDir()).find("cut-call", Speaker.CALLER).isEmpty(),
                    "no recording where the site keeps none");
        }
        double upTo;
        int storedAtStop;
        try (CallStore store = CallStore.openEmbedded(data)) {
            Map<String, Double> marked = store.transcribedInPart();
            assertTrue(marked.containsKey("cut-call"), "stored as transcribed in part: " + marked);
            upTo = marked.get("cut-call");
            storedAtStop = store.find("cut-call").orElseThrow().utterances().size();
            assertTrue(storedAtStop > 0, "the words decoded before the stop are stored");
        }

        // What the recogniser makes of each whole leg, with nothing stopped.
        List<Utterance> expectedCaller;
        List<Utterance> expectedAgent;
        try (SpeechModel speech = SpeechModel.load(model, 2)) {
            CallAnalyzer analyzer = new CallAnalyzer(speech);
            expectedCaller = analyzer.transcribe(WavFile.read(call.caller()), Speaker.CALLER);
            expectedAgent = analyzer.transcribe(WavFile.read(call.agent()), Speaker.AGENT);
        }
        try (RunningParley second = new RunningParley(data, env)) {
            JsonNode record = awaitTranscribedWhole(second, "cut-call");
            assertTrue(record.get("utterances").size() > storedAtStop, "the rest after " + upTo + "s was added");
            for (String speaker : List.of("caller", "agent")) {
                List<Utterance> expected = speaker.equals("caller") ? expectedCaller : expectedAgent;
                String stored = stored(record, speaker);
                // Recorded whole, the rest is decoded from the call's start as it was live: the same
                // words. Kept only from the cut, it is decoded from silence there, and the
                // recogniser, adapting to what it has heard, may hear some words otherwise ("this is
                // dana" as "dana", "a balance of" as "a talent"): a tenth of them. That no word is
                // stored twice is checked by time below, not by this count.
                int leeway = recorded ? 0 : Math.max(2, text(expected).split(" ").length / 10);
                String lastWords = lastWords(text(expected), 4);
                assertEquals(lastWords, lastWords(stored, 4), speaker + ": '" + stored + "' ends as the call did");
                assertEquals(text(expected).split(" ").length, stored.split(" ").length, leeway,
                        speaker + " said each word once: '" + stored + "' against '" + text(expected) + "'");
                assertInTimeOrderOnce(record, speaker);
            }
            assertTrue(stored(record, "caller").contains("friday"), stored(record, "caller"));
        }
        try (CallStore store = CallStore.openEmbedded(data)) {
            assertEquals(Map.of(), store.transcribedInPart(), "the mark is cleared");
        }
        assertEquals(recorded, recordings.find("cut-call", Speaker.CALLER).isPresent(),
                "recordings stay; audio kept only to be transcribed goes once it is");
    }

    private static void awaitLiveWords(RunningParley parley, String callId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode live : parley.getJson("/api/live")) {
                if (live.get("call").get("id").asText().equals(callId) && live.get("utterances").size() > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no word of " + callId + " showed live");
    }

    private static JsonNode awaitTranscribedWhole(RunningParley parley, String callId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode record = parley.getJson("/api/calls/" + callId);
            if (!record.get("call").has("transcribed_up_to")) {
                return record;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(callId + " was not transcribed whole within 180 s");
    }

    /** No word of a party is stored twice: each starts after the one before it has ended. */
    private static void assertInTimeOrderOnce(JsonNode record, String speaker) {
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (JsonNode u : record.get("utterances")) {
            if (!u.path("speaker").asText().equals(speaker)) {
                continue;
            }
            for (JsonNode word : u.get("words")) {
                double middle = (word.get("start").asDouble() + word.get("end").asDouble()) / 2;
                assertTrue(middle > previousEnd, speaker + ": '" + word + "' overlaps the word before it");
                previousEnd = word.get("end").asDouble();
            }
        }
    }

    private static String lastWords(String text, int count) {
        String[] words = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - count), words.length));
    }

    private static String text(List<Utterance> utterances) {
        return GracefulStopTest.text(utterances);
    }

    private static String stored(JsonNode record, String speaker) {
        return GracefulStopTest.stored(record, speaker);
    }
}
