package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.LoudnessTrack;
import app.parley.call.Speaker;
import org.junit.jupiter.api.Test;

class LoudnessTrackBuilderTest {
    @Test
    void stepsAveragePowerAndMissingTimeStaysAtTheFloor() {
        LoudnessTrackBuilder builder = new LoudnessTrackBuilder(Speaker.AGENT);
        // Step 0: five windows at -20 dBFS; step 1: none; step 2: -10 and -100 (power average -13.0).
        for (int i = 0; i < 5; i++) {
            builder.add(new AcousticFrame(i * 0.05, i * 0.05 + 0.05, -20, true));
        }
        builder.add(new AcousticFrame(0.50, 0.55, -10, true));
        builder.add(new AcousticFrame(0.55, 0.60, -100, false));
        LoudnessTrack track = builder.build();
        assertEquals(Speaker.AGENT, track.speaker());
        assertEquals(0.25, track.stepS());
        assertArrayEquals(new float[] {-20f, -100f, -13f}, track.levels());
    }

    @Test
    void aRealToneMeasuresAsItsLevel() {
        short[] pcm = new short[16000];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.round(Math.sin(2 * Math.PI * 440 * i / 16000.0) * 32767 * 0.1);
        }
        LoudnessTrackBuilder builder = new LoudnessTrackBuilder(Speaker.CALLER);
        AcousticMeter.measure(new PcmAudio(16000, pcm), 0).forEach(builder::add);
        float[] levels = builder.build().levels();
        assertEquals(4, levels.length);
        for (float level : levels) {
            assertEquals(-23.0, level, 0.15); // a sine at 0.1 of full scale: -20 dB - 3.01 dB
        }
    }
}
