package app.parley.audio;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Energy voice-activity decision for one party, window by window. A window is voiced when its
 * level is at least {@link #MIN_VOICE_DBFS} and {@link #OVER_NOISE_DB} above the line's noise
 * floor, estimated as the quietest window of the last {@link #NOISE_MEMORY_SECONDS} (speech
 * always dips between syllables within that time; a steady hum or hiss does not, so it becomes
 * the floor and is not taken for voice). Not thread-safe: one per stream.
 */
public final class VoiceActivity {
    public static final double MIN_VOICE_DBFS = -50.0;
    public static final double OVER_NOISE_DB = 12.0;
    public static final double NOISE_MEMORY_SECONDS = 5.0;

    private final int memory;
    /** Sliding minimum: (window number, level) with levels increasing from head to tail. */
    private final Deque<double[]> minima = new ArrayDeque<>();
    private long windows;

    public VoiceActivity(double windowSeconds) {
        this.memory = Math.max(1, (int) Math.round(NOISE_MEMORY_SECONDS / windowSeconds));
    }

    /** Takes the next window's level; true when it is voiced. */
    public boolean accept(double dbfs) {
        long n = windows++;
        while (!minima.isEmpty() && minima.peekLast()[1] >= dbfs) {
            minima.pollLast();
        }
        minima.addLast(new double[] {n, dbfs});
        while (minima.peekFirst()[0] <= n - memory) {
            minima.pollFirst();
        }
        return dbfs >= MIN_VOICE_DBFS && dbfs >= noiseFloor() + OVER_NOISE_DB;
    }

    /** The current noise-floor estimate in dBFS. */
    public double noiseFloor() {
        return minima.isEmpty() ? Loudness.FLOOR_DBFS : minima.peekFirst()[1];
    }
}
