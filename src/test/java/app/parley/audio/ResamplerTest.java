package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

    private static short[] tone(int rate, double frequency, double seconds, double amplitude) {
        short[] samples = new short[(int) (rate * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * frequency * i / rate));
        }
        return samples;
    }

    /** Amplitude of one frequency in the middle of the signal (Goertzel), edges skipped. */
    private static double amplitudeAt(short[] samples, int rate, double frequency) {
        int from = samples.length / 4;
        int to = samples.length * 3 / 4;
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / rate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = samples[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.sqrt(power) / (to - from);
    }

    @ParameterizedTest
    @CsvSource({"8000,16000,440", "8000,16000,3000", "16000,8000,1000", "48000,16000,2500", "44100,16000,700", "12000,16000,1500"})
    void keepsToneInPassBand(int from, int to, double frequency) {
        short[] out = new Resampler(from, to).process(tone(from, frequency, 1.0, 10000));
        assertEquals(to, out.length, 2.0 * to / from + 32, "one second in, about one second out");
        double amplitude = amplitudeAt(out, to, frequency);
        assertEquals(10000, amplitude, 300, "amplitude of " + frequency + " Hz after " + from + " -> " + to);
    }

    @Test
    void removesWhatTheLowerRateCannotCarry() {
        // 6 kHz cannot exist at 8 kHz: sample doubling or dropping would fold it to 2 kHz.
        short[] out = new Resampler(16000, 8000).process(tone(16000, 6000, 1.0, 10000));
        assertTrue(amplitudeAt(out, 8000, 2000) < 100, "alias at 2 kHz: " + amplitudeAt(out, 8000, 2000));
    }

    @Test
    void upsamplingAddsNoImageAboveTheOldNyquist() {
        // Zero-stuffing 8 -> 16 kHz mirrors a 1 kHz tone to 7 kHz; the filter must remove it.
        short[] out = new Resampler(8000, 16000).process(tone(8000, 1000, 1.0, 10000));
        assertTrue(amplitudeAt(out, 16000, 7000) < 50, "image at 7 kHz: " + amplitudeAt(out, 16000, 7000));
    }

    @Test
    void chunkedEqualsWhole() {
        short[] input = tone(8000, 1234, 0.5, 8000);
        short[] whole = new Resampler(8000, 16000).process(input);
        Resampler streaming = new Resampler(8000, 16000);
        short[] chunked = new short[0];
        for (int from = 0, size = 1; from < input.length; from += size, size = size % 173 + 7) {
            short[] part = streaming.process(java.util.Arrays.copyOfRange(input, from, Math.min(input.length, from + size)));
            short[] grown = java.util.Arrays.copyOf(chunked, chunked.length + part.length);
            System.arraycopy(part, 0, grown, chunked.length, part.length);
            chunked = grown;
        }
        assertArrayEquals(whole, chunked);
    }

    @Test
    void clipsInsteadOfWrappingAround() {
        short[] square = new short[2000];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 200) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        short[] out = new Resampler(8000, 16000).process(square);
        // Ringing overshoots full scale next to each edge: clipped, it stays on the plateau's side;
        // wrapped around, it would flip sign. The filter delays by 31.5 output samples.
        int checked = 0;
        for (int i = 64; i < out.length; i++) {
            double input = (i - 31.5) / 2;
            double intoPlateau = input % 200;
            if (Math.min(intoPlateau, 200 - intoPlateau) > 4) {
                int plateau = ((int) input / 200) % 2 == 0 ? 1 : -1;
                assertEquals(plateau, Integer.signum(out[i]), "sample " + i);
                checked++;
            }
        }
        assertTrue(checked > 3000);
    }
}
