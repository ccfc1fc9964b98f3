package app.parley.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * One party's audio in, {@link AcousticFrame}s out: the RMS level of each
 * {@link #WINDOW_SECONDS} window and its voice-activity decision. Frames of any size and rate
 * go in (a tap's 20 ms frames, a recording at once); the windows come out the same. Pure and
 * not thread-safe: one per stream.
 */
public final class AcousticMeter {
    public static final double WINDOW_SECONDS = 0.05;

    private final VoiceActivity voice = new VoiceActivity(WINDOW_SECONDS);
    private int sampleRate;
    private short[] window;
    private int filled;
    /** Call time of the start of the window being filled. */
    private double windowStart;

    /** {@code offsetSeconds}: the stream's start in call time. */
    public AcousticMeter(double offsetSeconds) {
        this.windowStart = offsetSeconds;
    }

    /** The next samples of the stream at {@code rate}; returns the windows they complete. */
    public List<AcousticFrame> push(int rate, short[] pcm) {
        if (rate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + rate);
        }
        if (rate != sampleRate) {
            // A stream that changes rate starts a new window at the new rate; what was gathered
            // of the last one is dropped (shorter than a window).
            if (window != null) {
                windowStart += filled / (double) sampleRate;
            }
            sampleRate = rate;
            window = new short[Math.max(1, (int) Math.round(rate * WINDOW_SECONDS))];
            filled = 0;
        }
        List<AcousticFrame> frames = null;
        int from = 0;
        while (from < pcm.length) {
            int count = Math.min(window.length - filled, pcm.length - from);
            System.arraycopy(pcm, from, window, filled, count);
            filled += count;
            from += count;
            if (filled == window.length) {
                double level = Loudness.dbfs(window, 0, window.length);
                double end = windowStart + window.length / (double) sampleRate;
                if (frames == null) {
                    // Most tap frames (20 ms) complete no window: allocate only when one does.
                    frames = new ArrayList<>(2);
                }
                frames.add(new AcousticFrame(round(windowStart), round(end), level, voice.accept(level)));
                windowStart = end;
                filled = 0;
            }
        }
        return frames == null ? List.of() : frames;
    }

    /** A whole leg at once, from call time {@code offsetSeconds}. */
    public static List<AcousticFrame> measure(PcmAudio audio, double offsetSeconds) {
        return new AcousticMeter(offsetSeconds).push(audio.sampleRate(), audio.samples());
    }


    private static double round(double seconds) {
        return Math.round(seconds * 10_000) / 10_000.0;
    }
}
