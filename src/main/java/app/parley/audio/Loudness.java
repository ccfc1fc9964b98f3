package app.parley.audio;

/**
 * Loudness of 16-bit PCM as RMS in dBFS, where 0 dBFS is the RMS of a full-scale square wave
 * (a full-scale sine reads -3.01 dBFS). Silence reads {@link #FLOOR_DBFS} rather than minus
 * infinity, so levels can be averaged and compared.
 */
public final class Loudness {
    /** The level reported for digital silence; below any real line's noise. */
    public static final double FLOOR_DBFS = -100.0;

    private static final double FULL_SCALE = 32768.0;

    private Loudness() {
    }

    /** RMS level of {@code samples[from, to)} in dBFS; {@link #FLOOR_DBFS} when empty or silent. */
    public static double dbfs(short[] samples, int from, int to) {
        if (to <= from) {
            return FLOOR_DBFS;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            double s = samples[i];
            sum += s * s;
        }
        return powerToDbfs(sum / (to - from));
    }

    static double powerToDbfs(double meanSquare) {
        if (meanSquare <= 0) {
            return FLOOR_DBFS;
        }
        return Math.max(FLOOR_DBFS, 10 * Math.log10(meanSquare / (FULL_SCALE * FULL_SCALE)));
    }
}
