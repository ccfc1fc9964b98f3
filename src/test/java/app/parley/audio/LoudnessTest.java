package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LoudnessTest {
    @ParameterizedTest
    @ValueSource(doubles = {-3.01, -10, -20, -35.5, -60})
    void sineReadsItsRmsLevel(double dbfs) {
        short[] tone = Signals.sine(8000, 1.0, 1000, dbfs);
        assertEquals(dbfs, Loudness.dbfs(tone, 0, tone.length), 0.05);
    }

    @Test
    void fullScaleSquareIsZeroAndFullScaleSineMinusThree() {
        short[] square = new short[800];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 4) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        assertEquals(0.0, Loudness.dbfs(square, 0, square.length), 0.01);
        short[] sine = new short[8000];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (short) Math.round(32767 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        assertEquals(-3.01, Loudness.dbfs(sine, 0, sine.length), 0.01);
    }

    @Test
    void halfTheAmplitudeIsSixDecibelsLess() {
        short[] loud = Signals.sine(16000, 0.5, 440, -12);
        short[] half = new short[loud.length];
        for (int i = 0; i < loud.length; i++) {
            half[i] = (short) (loud[i] / 2);
        }
        assertEquals(-6.02, Loudness.dbfs(half, 0, half.length) - Loudness.dbfs(loud, 0, loud.length), 0.02);
    }

    @Test
    void silenceAndEmptyReadTheFloor() {
        assertEquals(Loudness.FLOOR_DBFS, Loudness.dbfs(new short[400], 0, 400));
        assertEquals(Loudness.FLOOR_DBFS, Loudness.dbfs(new short[400], 10, 10));
    }

    @Test
    void whiteNoiseReadsItsLevel() {
        short[] noise = Signals.noise(8000, 2.0, -40, 7);
        assertEquals(-40, Loudness.dbfs(noise, 0, noise.length), 0.1);
    }
}
