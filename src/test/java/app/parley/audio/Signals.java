package app.parley.audio;

import java.util.Random;

/** Synthetic test signals at known levels. */
final class Signals {
    private Signals() {
    }

    /** Amplitude of a sine whose RMS is {@code dbfs} (0 dBFS = RMS of a full-scale square wave). */
    static double sineAmplitude(double dbfs) {
        return 32768.0 * Math.pow(10, dbfs / 20) * Math.sqrt(2);
    }

    static short[] sine(int rate, double seconds, double hz, double dbfs) {
        short[] out = new short[(int) Math.round(rate * seconds)];
        double amplitude = sineAmplitude(dbfs);
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }

    static short[] silence(int rate, double seconds) {
        return new short[(int) Math.round(rate * seconds)];
    }

    /** Gaussian white noise with RMS {@code dbfs}. */
    static short[] noise(int rate, double seconds, double dbfs, long seed) {
        Random random = new Random(seed);
        short[] out = new short[(int) Math.round(rate * seconds)];
        double sigma = 32768.0 * Math.pow(10, dbfs / 20);
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(random.nextGaussian() * sigma);
        }
        return out;
    }

    /** A speech-like burst: a tone switched on and off at a syllable rate (4 Hz, 70 % on). */
    static short[] syllables(int rate, double seconds, double dbfs) {
        short[] out = sine(rate, seconds, 220, dbfs);
        for (int i = 0; i < out.length; i++) {
            double phase = (i / (double) rate * 4) % 1.0;
            if (phase >= 0.7) {
                out[i] = 0;
            }
        }
        return out;
    }

    static short[] concat(short[]... parts) {
        int length = 0;
        for (short[] part : parts) {
            length += part.length;
        }
        short[] out = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** Adds {@code b} onto {@code a} (same rate), sample by sample. */
    static short[] mix(short[] a, short[] b) {
        short[] out = new short[Math.max(a.length, b.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip((i < a.length ? a[i] : 0) + (double) (i < b.length ? b[i] : 0));
        }
        return out;
    }

    private static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
