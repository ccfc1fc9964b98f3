package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.CallInfo;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.redaction.RedactedSpan;
import app.parley.redaction.RedactionPolicy;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.testing.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call a stop left transcribed up to its start, finished from its recordings with the real
 * model: the card number read in the rest is kept as a redaction and silenced in both parties'
 * recordings, the agent's line carrying a faint echo of it, as live calls silence it.
 */
class CallFinisherTest {
    @TempDir
    Path dir;

    @Test
    void paymentDataInTheRestIsSilencedInEveryPartysRecording() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: How would you like to pay the balance today?",
                "caller: By card. My card number is four one one one, one one one one, one one one one, one one one one.",
                "agent: Thank you, that is all I need.");
        Recordings recordings = new Recordings(dir.resolve("recordings"));
        PcmAudio caller = WavFile.read(call.caller());
        PcmAudio agent = WavFile.read(call.agent());
        short[] echoed = agent.samples().clone();
        for (int i = 0; i < Math.min(echoed.length, caller.samples().length); i++) {
            echoed[i] += (short) (caller.samples()[i] / 20); // too faint to be heard as words, not silence
        }
        Files.createDirectories(recordings.file("cut", Speaker.CALLER).getParent());
        WavFile.write(recordings.file("cut", Speaker.CALLER), caller);
        WavFile.write(recordings.file("cut", Speaker.AGENT), new PcmAudio(agent.sampleRate(), echoed));

        try (CallStore store = CallStore.openEmbedded(dir.resolve("data"));
                SpeechModel speech = SpeechModel.load(TestAudio.model(), 1)) {
            store.startCall(new CallInfo("cut", Instant.parse("2026-12-02T10:00:00Z"), null, "agent-1", null));
            store.transcribedUpTo("cut", 0.0);
            CallFinisher finisher = new CallFinisher(store, recordings, new Recordings(dir.resolve("untranscribed")),
                    speech, RedactionPolicy.DEFAULT, () -> false);

            assertTrue(finisher.finish("cut", 0.0), "finished");

            List<Redaction> card = store.find("cut").orElseThrow().redactions().stream()
                    .filter(r -> r.speaker() == Speaker.CALLER).toList();
            assertFalse(card.isEmpty(), "the card number read in the rest is a redaction of the call");
            assertFalse(store.transcribedInPart().containsKey("cut"), "the mark is cleared");
            for (Speaker speaker : Speaker.values()) {
                PcmAudio kept = WavFile.read(recordings.file("cut", speaker));
                for (Redaction r : card) {
                    int from = (int) Math.round((r.start() - RedactedSpan.SILENCE_PADDING_S / 2) * kept.sampleRate());
                    int to = (int) Math.round((r.end() + RedactedSpan.SILENCE_PADDING_S / 2) * kept.sampleRate());
                    for (int i = Math.max(0, from); i < Math.min(to, kept.samples().length); i++) {
                        assertEquals(0, kept.samples()[i], speaker.id() + "'s recording is silent at " + i);
                    }
                }
            }
        }
    }
}
