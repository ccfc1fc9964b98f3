package app.parley.audio;

/**
 * A speaker's running loudness baseline: percentiles of the levels of their voiced windows so
 * far, kept in a histogram of {@link #BIN_DB} dB bins, so a call of any length costs the same
 * memory and a percentile costs one pass over 400 bins. Pure, not thread-safe.
 */
public final class LoudnessBaseline {
    public static final double BIN_DB = 0.25;
    private static final int BINS = (int) Math.round(-Loudness.FLOOR_DBFS / BIN_DB);

    private final long[] counts = new long[BINS];
    private long total;

    /** Adds one voiced window's level. */
    public void add(double dbfs) {
        int bin = (int) Math.floor((dbfs - Loudness.FLOOR_DBFS) / BIN_DB);
        counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        total++;
    }

    public long count() {
        return total;
    }

    /** The level below which {@code fraction} of the windows lie (0.5: the median); NaN when empty. */
    public double percentile(double fraction) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int bin = 0; bin < BINS; bin++) {
            seen += counts[bin];
            if (seen >= rank) {
                return Loudness.FLOOR_DBFS + (bin + 0.5) * BIN_DB;
            }
        }
        return 0.0;
    }

    public double median() {
        return percentile(0.5);
    }
}
