package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcousticMeterTest {
    private static final int RATE = 8000;

    @Test
    void windowsAreFiftyMillisecondsOfCallTimeWithTheirLevels() {
        short[] audio = Signals.concat(Signals.silence(RATE, 1.0), Signals.sine(RATE, 1.0, 300, -20));
        List<AcousticFrame> frames = AcousticMeter.measure(new PcmAudio(RATE, audio), 2.5);
        assertEquals(40, frames.size());
        assertEquals(2.5, frames.get(0).start(), 1e-9);
        assertEquals(2.55, frames.get(0).end(), 1e-9);
        assertEquals(4.5, frames.get(39).end(), 1e-9);
        assertEquals(Loudness.FLOOR_DBFS, frames.get(5).dbfs());
        assertEquals(-20, frames.get(30).dbfs(), 0.1);
    }

    @Test
    void twentyMillisecondFramesGiveTheSameWindowsAsOneBlock() {
        short[] audio = Signals.concat(Signals.noise(RATE, 0.77, -45, 1), Signals.syllables(RATE, 2.13, -18));
        List<AcousticFrame> whole = AcousticMeter.measure(new PcmAudio(RATE, audio), 0);
        AcousticMeter meter = new AcousticMeter(0);
        List<AcousticFrame> framed = new ArrayList<>();
        for (int from = 0; from < audio.length; from += 160) {
            framed.addAll(meter.push(RATE, Arrays.copyOfRange(audio, from, Math.min(audio.length, from + 160))));
        }
        assertEquals(whole, framed);
    }

    @Test
    void silenceIsNeverVoiced() {
        assertTrue(AcousticMeter.measure(new PcmAudio(RATE, Signals.silence(RATE, 3)), 0).stream()
                .noneMatch(AcousticFrame::voiced));
    }

    @Test
    void quietNoiseIsNotVoiceButAToneBurstAfterItIs() {
        short[] audio = Signals.concat(Signals.noise(RATE, 2.0, -60, 3), Signals.sine(RATE, 1.0, 300, -30),
                Signals.noise(RATE, 1.0, -60, 4));
        List<AcousticFrame> frames = AcousticMeter.measure(new PcmAudio(RATE, audio), 0);
        for (AcousticFrame frame : frames) {
            boolean inTone = frame.start() >= 2.0 && frame.end() <= 3.0;
            assertEquals(inTone, frame.voiced(), "frame at " + frame.start());
        }
    }

    @Test
    void steadyLineNoiseBecomesTheFloorAndSpeechOverItIsVoiced() {
        // A hiss loud enough to pass the absolute threshold, then speech-like bursts 20 dB above it.
        short[] hiss = Signals.noise(RATE, 6.0, -35, 5);
        short[] speech = Signals.concat(Signals.silence(RATE, 3.0), Signals.syllables(RATE, 2.0, -15));
        List<AcousticFrame> frames = AcousticMeter.measure(new PcmAudio(RATE, Signals.mix(hiss, speech)), 0);
        assertTrue(frames.stream().filter(f -> f.end() <= 3.0).noneMatch(AcousticFrame::voiced),
                "hiss alone is not voice");
        long voicedInSpeech = frames.stream().filter(f -> f.start() >= 3.0 && f.end() <= 5.0)
                .filter(AcousticFrame::voiced).count();
        assertTrue(voicedInSpeech >= 26, "syllables 70 % on: " + voicedInSpeech + " of 40 windows voiced");
    }

    @Test
    void tooQuietForVoiceEvenOnASilentLine() {
        short[] audio = Signals.concat(Signals.silence(RATE, 1.0), Signals.sine(RATE, 1.0, 300, -55));
        assertFalse(AcousticMeter.measure(new PcmAudio(RATE, audio), 0).stream().anyMatch(AcousticFrame::voiced));
    }

    @Test
    void baselineIsTheMedianOfVoicedLevels() {
        LoudnessBaseline baseline = new LoudnessBaseline();
        assertTrue(Double.isNaN(baseline.median()));
        for (double level : new double[] {-30, -22, -20, -19, -10}) {
            baseline.add(level);
        }
        assertEquals(-20, baseline.median(), LoudnessBaseline.BIN_DB);
        assertEquals(-10, baseline.percentile(1.0), LoudnessBaseline.BIN_DB);
        assertEquals(-30, baseline.percentile(0.1), LoudnessBaseline.BIN_DB);
        assertEquals(5, baseline.count());
    }

    @Test
    void theMedianFollowedWindowByWindowIsThePercentileScanned() {
        java.util.Random random = new java.util.Random(15);
        for (int run = 0; run < 50; run++) {
            LoudnessBaseline baseline = new LoudnessBaseline();
            double centre = -70 + random.nextDouble() * 60;
            for (int n = 0; n < 400; n++) {
                // Levels about one level, loud bursts, and out of range at both ends.
                double level = random.nextInt(20) == 0 ? random.nextDouble() * 140 - 120
                        : centre + random.nextGaussian() * (run % 2 == 0 ? 0.3 : 6);
                baseline.add(level);
                assertEquals(baseline.percentile(0.5), baseline.median(), "window " + n + " of run " + run);
            }
        }
    }

    @Test
    void baselineOfAToneCallFollowsItsLevelAndShrugsOffAShortShout() {
        short[] audio = Signals.concat(Signals.syllables(RATE, 8, -24), Signals.syllables(RATE, 1.5, -12));
        LoudnessBaseline baseline = new LoudnessBaseline();
        AcousticMeter.measure(new PcmAudio(RATE, audio), 0).stream().filter(AcousticFrame::voiced)
                .forEach(f -> baseline.add(f.dbfs()));
        assertEquals(-24, baseline.median(), 1.0);
    }
}
