package app.parley.audio;

import app.parley.call.LoudnessTrack;
import app.parley.call.Speaker;
import java.util.Arrays;

/**
 * Gathers one party's {@link AcousticFrame}s, from however many streams, into a
 * {@link LoudnessTrack} of {@link #STEP_SECONDS} steps from call time zero: each step's level is
 * the power average of the windows that start in it. Steps no window reached (a lost tap, time
 * before the party joined) stay at {@link Loudness#FLOOR_DBFS}. Pure and not thread-safe.
 */
public final class LoudnessTrackBuilder {
    public static final double STEP_SECONDS = 0.25;
    /** Four hours of steps: a longer call keeps its first four hours. */
    private static final int MAX_STEPS = (int) (4 * 3600 / STEP_SECONDS);

    private final Speaker speaker;
    private double[] power = new double[64];
    private int[] windows = new int[64];
    private int steps;

    public LoudnessTrackBuilder(Speaker speaker) {
        this.speaker = speaker;
    }

    public void add(AcousticFrame frame) {
        int step = (int) Math.floor(frame.start() / STEP_SECONDS + 1e-9);
        if (step < 0 || step >= MAX_STEPS) {
            return;
        }
        if (step >= power.length) {
            int size = Math.min(MAX_STEPS, Math.max(step + 1, power.length * 2));
            power = Arrays.copyOf(power, size);
            windows = Arrays.copyOf(windows, size);
        }
        power[step] += Math.pow(10, frame.dbfs() / 10);
        windows[step]++;
        steps = Math.max(steps, step + 1);
    }

    public boolean isEmpty() {
        return steps == 0;
    }

    public LoudnessTrack build() {
        float[] levels = new float[steps];
        for (int i = 0; i < steps; i++) {
            double level = windows[i] == 0 ? Loudness.FLOOR_DBFS : 10 * Math.log10(power[i] / windows[i]);
            levels[i] = (float) (Math.round(Math.max(Loudness.FLOOR_DBFS, level) * 10) / 10.0);
        }
        return new LoudnessTrack(speaker, 0, STEP_SECONDS, levels);
    }
}
