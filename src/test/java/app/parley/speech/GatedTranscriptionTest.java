package app.parley.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.live.CallAnalyzer;
import app.parley.testing.TestAudio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice gate through the real recogniser: a party who speaks, listens for seconds, and
 * speaks again is heard in the same words at the same call times as with every pause decoded,
 * each turn its own final result, while the pauses were not fed.
 */
class GatedTranscriptionTest {
    @TempDir
    Path dir;

    @Test
    void wordsAfterPausesNotFedKeepTheirCallTimes() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "caller: I can pay two hundred dollars on Friday.",
                "agent: Thank you. Which card would you like to use for that payment?",
                "caller: I will use my debit card.",
                "agent: Good. Two hundred dollars on Friday by debit card, and I will send you a confirmation.",
                "caller: Thank you.");
        PcmAudio caller = WavFile.read(call.caller());
        List<Utterance> everything;
        List<Utterance> gated;
        double skipped;
        // What this checks is the clock: the gate as first built (nothing of a pause fed) at the
        // model's own search. The last "thank you" is at this recogniser's edge: with the default
        // search (beam 8) or a chunk per second of pause fed it was heard "san que" or "sent you"
        // in one run of four, gated or not; the corpus figures for both are in docs/speech.md.
        VoiceGate.Settings gate = new VoiceGate.Settings(true, VoiceGate.Settings.ON.hangover(),
                VoiceGate.Settings.ON.preroll());
        try (SpeechModel ungated = SpeechModel.load(TestAudio.model(), 1, VoiceGate.Settings.OFF, Decoding.MODEL);
                SpeechModel withGate = SpeechModel.load(TestAudio.model(), 1, gate, Decoding.MODEL)) {
            everything = new CallAnalyzer(ungated).transcribe(caller, Speaker.CALLER);
            gated = new CallAnalyzer(withGate).transcribe(caller, Speaker.CALLER);
            try (StreamTranscriber t = withGate.open(0)) {
                short[] samples = new app.parley.audio.Resampler(caller.sampleRate(), SpeechModel.SAMPLE_RATE)
                        .process(caller.samples());
                for (int from = 0; from < samples.length; from += AudioChunker.CHUNK_SAMPLES) {
                    t.accept(java.util.Arrays.copyOfRange(samples, from,
                            Math.min(samples.length, from + AudioChunker.CHUNK_SAMPLES)));
                }
                skipped = t.skippedSeconds();
            }
        }
        // The agent's two turns are pauses for the caller: several seconds not decoded.
        assertTrue(skipped > 3, "seconds not decoded: " + skipped);
        assertEquals(3, gated.size(), "one final result per turn: " + gated);
        assertEquals(words(everything).stream().map(Word::word).toList(), words(gated).stream().map(Word::word).toList());
        List<Word> a = words(everything);
        List<Word> b = words(gated);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).start(), b.get(i).start(), 0.1, "start of '" + a.get(i).word() + "'");
        }
        // The last turn starts after both of the agent's turns: its time is the call's, not the recogniser's.
        double lastTurn = call.turns().get(4).start();
        assertEquals(lastTurn, gated.get(2).start(), 0.6);
    }

    private static List<Word> words(List<Utterance> utterances) {
        return utterances.stream().flatMap(u -> u.words().stream()).toList();
    }
}
