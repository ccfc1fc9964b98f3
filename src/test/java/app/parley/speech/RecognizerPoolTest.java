package app.parley.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.live.CallAnalyzer;
import app.parley.testing.TestAudio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecognizerPoolTest {
    @TempDir
    Path dir;

    /** Regression: Vosk's reset() keeps its clock running, so a reused recogniser's word times drifted by the previous stream's length. */
    @Test
    void thePoolCountsTheRecognizersStreamsHoldAndThoseWaiting() throws Exception {
        try (SpeechModel speech = SpeechModel.load(TestAudio.model(), 1)) {
            speech.prewarm(1);
            StreamTranscriber first = speech.open(0);
            StreamTranscriber second = speech.open(0);
            assertEquals(2, speech.inUseCount(), "one warm, one made for the second stream");
            assertEquals(0, speech.idleCount());
            first.close();
            second.finish();
            assertEquals(0, speech.inUseCount());
            assertEquals(1, speech.idleCount(), "the pool keeps one warm, the other is closed");
        }
    }

    @Test
    void aReusedRecognizerTimesWordsFromTheStartOfItsNewStream() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir, "# pause: 1.5", "caller: I can pay one hundred dollars on Friday.");
        try (SpeechModel speech = SpeechModel.load(TestAudio.model(), 1)) {
            CallAnalyzer analyzer = new CallAnalyzer(speech);
            var audio = WavFile.read(call.caller());
            List<Utterance> first = analyzer.transcribe(audio, Speaker.CALLER);
            assertEquals(1, speech.idleCount(), "the recogniser went back to the pool");
            List<Utterance> second = analyzer.transcribe(audio, Speaker.CALLER);
            assertFalse(first.isEmpty());
            assertEquals(call.turns().get(0).start(), first.get(0).start(), 0.3);
            assertEquals(first.get(0).start(), second.get(0).start(), 0.05);
            assertEquals(first.get(0).text(), second.get(0).text());
        }
    }
}
