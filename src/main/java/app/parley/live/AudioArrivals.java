package app.parley.live;

import java.util.OptionalLong;

/**
 * When a stream's audio was received: marks of "audio up to call time t had arrived at wall
 * time n", so that a delay can be measured from the moment a word's audio came in. Keeps the
 * last {@link #CAPACITY} marks (a mark per frame: at 20 ms frames about 80 s of audio, far more
 * than any result lags behind). Pure: the caller passes the times in. Not thread-safe.
 */
final class AudioArrivals {
    static final int CAPACITY = 4096;

    private final double[] ends;
    private final long[] nanos;
    /** Index of the oldest mark kept, and how many are kept. */
    private int first;
    private int size;
    /** How far the marks no longer kept reached (negative: none dropped). */
    private double droppedUpTo = -1;

    AudioArrivals() {
        this(CAPACITY);
    }

    AudioArrivals(int capacity) {
        ends = new double[capacity];
        nanos = new long[capacity];
    }

    /** Audio up to call time {@code audioEnd} (never less than the previous mark's) had arrived at {@code at}. */
    void arrived(double audioEnd, long at) {
        if (size > 0 && audioEnd <= end(size - 1)) {
            return; // nothing new arrived (an empty frame)
        }
        int slot;
        if (size == ends.length) {
            slot = first;
            droppedUpTo = ends[first];
            first = (first + 1) % ends.length;
        } else {
            slot = (first + size++) % ends.length;
        }
        ends[slot] = audioEnd;
        nanos[slot] = at;
    }

    /**
     * When the audio at call time {@code audioTime} had arrived: the first mark that reaches it.
     * Empty when that audio has not arrived yet, or came with a mark no longer kept.
     */
    OptionalLong arrivalOf(double audioTime) {
        // Word times are rounded to the millisecond: a word may end up to half of one past its audio.
        double wanted = audioTime - 0.0005;
        if (size == 0 || end(size - 1) < wanted || droppedUpTo >= wanted) {
            return OptionalLong.empty();
        }
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (end(middle) >= wanted) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return OptionalLong.of(nanos[(first + low) % ends.length]);
    }

    private double end(int index) {
        return ends[(first + index) % ends.length];
    }
}
