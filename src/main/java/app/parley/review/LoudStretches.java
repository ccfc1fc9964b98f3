package app.parley.review;

import app.parley.audio.LoudnessBaseline;
import app.parley.audio.VoiceActivity;
import app.parley.call.LoudnessTrack;
import app.parley.coaching.RuleBook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A party's raised voice over a whole call, judged after it as the live rule judges it as it
 * goes, but against the median of all the party's voiced steps rather than a running one: the
 * median voiced level of the last {@link RuleBook.RaisedVoice#SMOOTHING_S} seconds stays
 * {@code overDb} above that median for {@code seconds} without a pause. Steps are voiced as
 * the live meter decides ({@link VoiceActivity}); a track with less voice than the rules'
 * warm-up is not judged.
 */
final class LoudStretches {
    /** A loud stretch: from, to (call seconds), and its median voiced level over the party's median. */
    record Stretch(double start, double end, double overDb) {
    }

    private LoudStretches() {
    }

    /** The loud stretches of the track; empty when it holds less voice than the warm-up, too little to judge. */
    static Optional<List<Stretch>> find(LoudnessTrack track, RuleBook.RaisedVoice voice) {
        int n = track.size();
        double step = track.stepS();
        VoiceActivity activity = new VoiceActivity(step);
        LoudnessBaseline baseline = new LoudnessBaseline();
        boolean[] voiced = new boolean[n];
        for (int i = 0; i < n; i++) {
            voiced[i] = activity.accept(track.level(i));
            if (voiced[i]) {
                baseline.add(track.level(i));
            }
        }
        if (baseline.count() * step < voice.warmUpS() - 1e-9) {
            return Optional.empty();
        }
        List<Stretch> stretches = new ArrayList<>();
        double median = baseline.median();
        int window = Math.max(1, (int) Math.round(RuleBook.RaisedVoice.SMOOTHING_S / step));
        int runStart = -1;
        for (int i = 0; i <= n; i++) {
            boolean loud = i < n && smoothed(track, voiced, i, window) - median >= voice.overDb();
            if (loud && runStart < 0) {
                runStart = i;
            } else if (!loud && runStart >= 0) {
                // The smoothed level crosses about half a window after the voice rose.
                double start = Math.max(track.startS(), track.startOf(runStart) + step
                        - RuleBook.RaisedVoice.SMOOTHING_S / 2);
                double end = track.startOf(i);
                if (end - start >= voice.seconds() - 1e-6) {
                    stretches.add(new Stretch(start, end, median(track, voiced, runStart, i) - median));
                }
                runStart = -1;
            }
        }
        return Optional.of(stretches);
    }

    /** The median voiced level of the {@code window} steps ending with step {@code i}; NaN when none is voiced. */
    private static double smoothed(LoudnessTrack track, boolean[] voiced, int i, int window) {
        return median(track, voiced, Math.max(0, i - window + 1), i + 1);
    }

    private static double median(LoudnessTrack track, boolean[] voiced, int from, int to) {
        double[] levels = new double[to - from];
        int count = 0;
        for (int j = from; j < to; j++) {
            if (voiced[j]) {
                levels[count++] = track.level(j);
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(levels, 0, count);
        return levels[count / 2];
    }
}
