package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.AcousticFrame;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.redaction.Crosstalk;
import app.parley.redaction.RedactionPolicy;
import app.parley.speech.SpeechModel;
import app.parley.speech.TranscriptUpdate;
import app.parley.testing.TestAudio;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A party stream whose decoding is held (as on speech workers minutes behind) and then cut short
 * by a stop: every word decoded before the cut comes out, the words in progress as final; every
 * chunk of audio still queued goes to the recording undecoded; and the stream ends through
 * {@code cut} with the call time decoding had reached. Real recogniser, held decoder.
 */
class CutDecodingTest {
    @TempDir
    Path dir;

    @Test
    void aCutStreamKeepsEveryWordDecodedAndRecordsTheRestUndecoded() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "caller: Yes, this is John Miller.",
                "agent: Thank you.",
                "caller: I can pay two hundred on Friday and the rest next week.");
        PcmAudio leg = WavFile.read(call.caller());
        Queue<Runnable> held = new ArrayDeque<>();
        AtomicBoolean cut = new AtomicBoolean();
        Out out = new Out();
        try (SpeechModel speech = SpeechModel.load(TestAudio.model(), 1)) {
            PartyPipeline pipeline = new PartyPipeline(0, held::add, () -> speech.open(0), RedactionPolicy.DEFAULT,
                    new Crosstalk().join(), out, cut::get);
            int frame = leg.sampleRate() / 50;
            for (int from = 0; from < leg.samples().length; from += frame) {
                pipeline.push(leg.sampleRate(), Arrays.copyOfRange(leg.samples(), from,
                        Math.min(leg.samples().length, from + frame)));
            }
            pipeline.end(); // the stop ends the stream: its last words wait behind all its audio
            // The workers get through the first sentence, then the stop cuts decoding short.
            while (out.finals.isEmpty()) {
                held.remove().run();
            }
            cut.set(true);
            while (!held.isEmpty()) {
                held.remove().run();
            }
            double audio = pipeline.seconds();
            assertTrue(out.cutAt > 0 && out.cutAt < audio - 1, "cut at " + out.cutAt + " of " + audio + " s");
            assertFalse(out.ended, "ended through cut, not as a whole stream");
            assertEquals(Math.round(audio * SpeechModel.SAMPLE_RATE), out.recorded,
                    "every sample that had arrived went to the recording");
            String said = String.join(" ", out.finals.stream().map(Utterance::text).toList());
            assertTrue(said.startsWith("yes this is john"), said);
            assertFalse(said.contains("friday"), "nothing after the cut was decoded: " + said);
            for (Utterance utterance : out.finals) {
                assertTrue(utterance.end() <= out.cutAt + 1e-6, utterance + " after the cut at " + out.cutAt);
            }
        }
    }

    private static final class Out implements PartyPipeline.Output {
        final List<Utterance> finals = new ArrayList<>();
        long recorded;
        double cutAt = -1;
        boolean ended;

        @Override
        public void sound(AcousticFrame frame) {
        }

        @Override
        public void chunk(double at, short[] pcm) {
            assertEquals(recorded / (double) SpeechModel.SAMPLE_RATE, at, 1e-6, "recorded in order, without gaps");
            recorded += pcm.length;
        }

        @Override
        public void decoded(TranscriptUpdate update, double reached) {
            collect(update);
        }

        @Override
        public void ended(TranscriptUpdate last, double reached) {
            ended = true;
            collect(last);
        }

        @Override
        public void cut(TranscriptUpdate last, double reached) {
            cutAt = reached;
            collect(last);
        }

        @Override
        public void failed(String what, RuntimeException error) {
            throw error;
        }

        private void collect(TranscriptUpdate update) {
            for (TranscriptUpdate.Segment segment : update.finals()) {
                if (!segment.isEmpty()) {
                    finals.add(segment.said(Speaker.CALLER));
                }
            }
        }
    }
}
