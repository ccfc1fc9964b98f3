package app.parley.audio;

/**
 * Streaming band-limited sample-rate converter: a polyphase windowed-sinc (Kaiser) low-pass
 * filter applied between upsampling by L and downsampling by M. Chunks may have any size; state
 * carries over between them, so a stream resampled in 20 ms frames equals the same stream
 * resampled at once. Not thread-safe: one per stream.
 */
public final class Resampler {
    /** Filter taps per polyphase branch; 32 keeps the transition band narrow at telephone rates. */
    private static final int TAPS_PER_PHASE = 32;
    /** Pass band edge as a fraction of the lower Nyquist frequency. */
    private static final double ROLLOFF = 0.92;
    private static final double KAISER_BETA = 8.0;

    private final int inputRate;
    private final int outputRate;
    private final int up;
    private final int down;
    /** phases[p][j] = L * h[p + j * L]. */
    private final float[][] phases;

    private float[] history = new float[1024];
    /** Stream index of history[0]. */
    private long historyStart;
    private int historyLength;
    private long nextOutput;

    public Resampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + inputRate + " -> " + outputRate);
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        int gcd = gcd(inputRate, outputRate);
        this.up = outputRate / gcd;
        this.down = inputRate / gcd;
        this.phases = design(up, down);
    }

    public int inputRate() {
        return inputRate;
    }

    public int outputRate() {
        return outputRate;
    }

    /** Resamples the next chunk of the stream; returns the output samples it completes. */
    public short[] process(short[] input) {
        if (up == 1 && down == 1) {
            return input.clone();
        }
        appendToHistory(input);
        long lastInput = historyStart + historyLength - 1;
        long firstPending = nextOutput * down / up;
        int count = firstPending > lastInput ? 0 : (int) ((((lastInput + 1) * up) - 1) / down - nextOutput + 1);
        short[] output = new short[Math.max(count, 0)];
        for (int k = 0; k < output.length; k++) {
            long position = nextOutput * down;
            long newest = position / up;
            float[] taps = phases[(int) (position % up)];
            double sum = 0;
            for (int j = 0; j < taps.length; j++) {
                long index = newest - j;
                if (index < historyStart) {
                    break;
                }
                sum += taps[j] * history[(int) (index - historyStart)];
            }
            output[k] = clip(sum);
            nextOutput++;
        }
        dropHistoryBefore(nextOutput * down / up - (TAPS_PER_PHASE - 1));
        return output;
    }

    private void appendToHistory(short[] input) {
        if (historyLength + input.length > history.length) {
            float[] grown = new float[Math.max(history.length * 2, historyLength + input.length)];
            System.arraycopy(history, 0, grown, 0, historyLength);
            history = grown;
        }
        for (short sample : input) {
            history[historyLength++] = sample;
        }
    }

    private void dropHistoryBefore(long index) {
        int drop = (int) Math.min(Math.max(index - historyStart, 0), historyLength);
        if (drop > 0) {
            System.arraycopy(history, drop, history, 0, historyLength - drop);
            historyLength -= drop;
            historyStart += drop;
        }
    }

    private static short clip(double value) {
        long rounded = Math.round(value);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }

    private static float[][] design(int up, int down) {
        int length = TAPS_PER_PHASE * up;
        // Cut-off relative to the upsampled rate's Nyquist: below both the input and output Nyquist.
        double cutoff = ROLLOFF / Math.max(up, down);
        double centre = (length - 1) / 2.0;
        double[] h = new double[length];
        double besselBeta = besselI0(KAISER_BETA);
        for (int i = 0; i < length; i++) {
            double t = i - centre;
            double sinc = t == 0 ? 1.0 : Math.sin(Math.PI * cutoff * t) / (Math.PI * cutoff * t);
            double ratio = 2.0 * i / (length - 1) - 1.0;
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / besselBeta;
            h[i] = cutoff * sinc * window;
        }
        float[][] phases = new float[up][TAPS_PER_PHASE];
        for (int p = 0; p < up; p++) {
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                phases[p][j] = (float) (up * h[p + j * up]);
            }
        }
        return phases;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
