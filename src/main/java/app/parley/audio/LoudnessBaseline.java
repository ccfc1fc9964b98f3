package app.parley.audio;

/**
 * A speaker's running loudness baseline: percentiles of the levels of their voiced windows so
 * far, kept in a histogram of {@link #BIN_DB} dB bins, so a call of any length costs the same
 * memory and a percentile costs one pass over 400 bins. The median, which coaching asks for at
 * each 50 ms window of a party's voice, is followed as windows are added instead: its bin moves
 * by a few bins at most. Pure, not thread-safe.
 */
public final class LoudnessBaseline {
    public static final double BIN_DB = 0.25;
    private static final int BINS = (int) Math.round(-Loudness.FLOOR_DBFS / BIN_DB);

    private final long[] counts = new long[BINS];
    private long total;
    /** The median's bin once a window is in, and how many windows lie in the bins below it. */
    private int medianBin;
    private long belowMedian;

    /** Adds one voiced window's level. */
    public void add(double dbfs) {
        int bin = Math.max(0, Math.min(BINS - 1, (int) Math.floor((dbfs - Loudness.FLOOR_DBFS) / BIN_DB)));
        counts[bin]++;
        total++;
        if (bin < medianBin) {
            belowMedian++;
        }
        // The bin percentile(0.5) finds: the first whose windows, with those below, reach the median's rank.
        long rank = rank(0.5);
        while (belowMedian + counts[medianBin] < rank) {
            belowMedian += counts[medianBin];
            medianBin++;
        }
        while (medianBin > 0 && belowMedian >= rank) {
            medianBin--;
            belowMedian -= counts[medianBin];
        }
    }

    private long rank(double fraction) {
        return Math.max(1, (long) Math.ceil(fraction * total));
    }

    public long count() {
        return total;
    }

    /** The level below which {@code fraction} of the windows lie (0.5: the median); NaN when empty. */
    public double percentile(double fraction) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = rank(fraction);
        long seen = 0;
        for (int bin = 0; bin < BINS; bin++) {
            seen += counts[bin];
            if (seen >= rank) {
                return Loudness.FLOOR_DBFS + (bin + 0.5) * BIN_DB;
            }
        }
        return 0.0;
    }

    /** {@code percentile(0.5)}. */
    public double median() {
        if (total == 0) {
            return Double.NaN;
        }
        return Loudness.FLOOR_DBFS + (medianBin + 0.5) * BIN_DB;
    }
}
