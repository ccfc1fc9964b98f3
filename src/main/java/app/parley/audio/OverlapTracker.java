package app.parley.audio;

import app.parley.call.Speaker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Talk-over from both parties' voice activity. Each party is "talking" while voiced or within
 * {@link #HANGOVER_SECONDS} of their last voiced window (the gaps between words do not end a
 * turn). Windows of the two parties are paired by their time; a run of windows where both talk
 * is an overlap, and the party whose talk spurt began later is the one who talked over the
 * other. Frames may arrive in any interleaving; a party that falls more than
 * {@link #MAX_LAG_SECONDS} behind (or never joined) counts as silent for those windows.
 * Pure, not thread-safe.
 */
public final class OverlapTracker {
    public static final double HANGOVER_SECONDS = 0.3;
    public static final double MAX_LAG_SECONDS = 2.0;

    /** An overlap run so far: both talking from {@code start} to {@code end}. */
    public record Overlap(double start, double end, Speaker interrupter) {
        public double seconds() {
            return end - start;
        }
    }

    private final double window;
    private final int hangoverWindows;
    private final int maxLagWindows;
    private final Map<Speaker, Deque<long[]>> pending = new EnumMap<>(Speaker.class);
    private final Map<Speaker, Long> lastVoiced = new EnumMap<>(Speaker.class);
    private final Map<Speaker, Long> spurtStart = new EnumMap<>(Speaker.class);
    private final Map<Speaker, Boolean> talking = new EnumMap<>(Speaker.class);
    private long next = -1;
    private long runStart = -1;
    private Speaker runInterrupter;
    private long overlapWindows;

    public OverlapTracker(double windowSeconds) {
        this.window = windowSeconds;
        this.hangoverWindows = (int) Math.round(HANGOVER_SECONDS / windowSeconds);
        this.maxLagWindows = (int) Math.round(MAX_LAG_SECONDS / windowSeconds);
        for (Speaker speaker : Speaker.values()) {
            pending.put(speaker, new ArrayDeque<>());
            talking.put(speaker, false);
        }
    }

    /** One party's next window; returns the state of the overlap run after each window it completes. */
    public List<Overlap> accept(Speaker speaker, AcousticFrame frame) {
        long index = Math.round(frame.start() / window);
        pending.get(speaker).addLast(new long[] {index, frame.voiced() ? 1 : 0});
        if (next < 0) {
            next = index;
        }
        List<Overlap> out = new ArrayList<>();
        while (true) {
            boolean ready = true;
            boolean anyAhead = false;
            for (Speaker party : Speaker.values()) {
                Deque<long[]> queue = pending.get(party);
                dropBefore(queue, next);
                if (queue.isEmpty()) {
                    ready = false;
                } else if (queue.peekLast()[0] - next > maxLagWindows) {
                    anyAhead = true;
                }
            }
            if (!ready && !anyAhead) {
                break;
            }
            Map<Speaker, Boolean> voiced = new EnumMap<>(Speaker.class);
            for (Speaker party : Speaker.values()) {
                Deque<long[]> queue = pending.get(party);
                boolean v = false;
                if (!queue.isEmpty() && queue.peekFirst()[0] == next) {
                    v = queue.pollFirst()[1] == 1;
                }
                voiced.put(party, v);
            }
            Overlap step = step(next, voiced);
            if (step != null) {
                out.add(step);
            }
            next++;
        }
        return out;
    }

    /** Seconds of overlap so far. */
    public double totalSeconds() {
        return overlapWindows * window;
    }

    private Overlap step(long index, Map<Speaker, Boolean> voiced) {
        for (Speaker party : Speaker.values()) {
            if (voiced.get(party)) {
                lastVoiced.put(party, index);
            }
            Long last = lastVoiced.get(party);
            boolean now = last != null && index - last <= hangoverWindows;
            if (now && !talking.get(party)) {
                spurtStart.put(party, index);
            }
            talking.put(party, now);
        }
        if (!(talking.get(Speaker.AGENT) && talking.get(Speaker.CALLER))) {
            runStart = -1;
            return null;
        }
        overlapWindows++;
        if (runStart < 0) {
            runStart = index;
            long agent = spurtStart.get(Speaker.AGENT);
            long caller = spurtStart.get(Speaker.CALLER);
            runInterrupter = agent > caller ? Speaker.AGENT : caller > agent ? Speaker.CALLER : null;
        }
        return new Overlap(round(runStart * window), round((index + 1) * window), runInterrupter);
    }

    private static void dropBefore(Deque<long[]> queue, long index) {
        while (!queue.isEmpty() && queue.peekFirst()[0] < index) {
            queue.pollFirst();
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10_000) / 10_000.0;
    }
}
