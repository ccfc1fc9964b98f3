package app.parley.testing;

import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Each party's loudness over a stored call, as a store keeps it (0.25 s steps): about -24 dBFS
 * while they speak, the line's hiss (about -62) otherwise, and -9 in the turns {@code shouted}
 * picks (the speaker and the index of their turn). Levels vary as {@code random} draws them.
 */
public final class ScriptedLoudness {
    public static final double STEP_S = 0.25;

    private ScriptedLoudness() {
    }

    public static List<LoudnessTrack> of(CallRecord record, Random random, BiPredicate<Speaker, Integer> shouted) {
        int steps = (int) Math.ceil(record.call().durationS() / STEP_S);
        List<LoudnessTrack> tracks = new ArrayList<>();
        for (Speaker speaker : Speaker.values()) {
            float[] levels = new float[steps];
            Arrays.fill(levels, Float.NaN);
            int turn = 0;
            for (Utterance u : record.utterances()) {
                if (u.speaker() != speaker) {
                    continue;
                }
                boolean loud = shouted.test(speaker, turn++);
                for (int i = (int) (u.start() / STEP_S); i < Math.min(steps, Math.ceil(u.end() / STEP_S)); i++) {
                    levels[i] = (float) ((loud ? -9 : -24) + random.nextGaussian() * 3);
                }
            }
            for (int i = 0; i < steps; i++) {
                if (Float.isNaN(levels[i])) {
                    levels[i] = (float) (-62 + random.nextGaussian() * 1.5);
                }
            }
            tracks.add(new LoudnessTrack(speaker, 0, STEP_S, levels));
        }
        return tracks;
    }
}
