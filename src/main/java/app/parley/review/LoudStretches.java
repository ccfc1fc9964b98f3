package app.parley.review;

import app.parley.audio.LoudnessBaseline;
import app.parley.audio.VoiceActivity;
import app.parley.call.LoudnessTrack;
import app.parley.coaching.RuleBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A party's raised voice over a whole call, judged after it as the live rule judges it as it
 * goes ({@link RuleBook.RaisedVoice}: the median voiced level of each window of {@code seconds},
 * mostly voice, against the baseline, loud for its {@code hold()}), but against the median of all
 * the party's voiced steps rather than a running one. A stretch runs from its first loud window
 * to its last, through pauses ({@link RuleBook.RaisedVoice#PAUSE_S} after the last loud window);
 * a window of voice at a normal level ends it. Steps are
 * voiced as the live meter decides ({@link VoiceActivity}); a track with less voice than the
 * rules' warm-up is not judged.
 */
final class LoudStretches {
    /** A loud stretch: from, to (call seconds), and the median of its loud windows' levels over the party's median. */
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
        int window = Math.max(1, (int) Math.round(voice.seconds() / step));
        double[] levels = new double[window];
        List<Double> overs = new ArrayList<>();
        double lastEnd = Double.NaN;
        double firstEnd = Double.NaN;
        for (int i = window - 1; i <= n; i++) {
            OptionalDouble over = OptionalDouble.empty();
            if (i < n) {
                int count = 0;
                for (int j = i - window + 1; j <= i; j++) {
                    if (voiced[j]) {
                        levels[count++] = track.level(j);
                    }
                }
                over = voice.overBaseline(levels, count, count * step, median);
            }
            double end = i < n ? track.startOf(i) + step : Double.POSITIVE_INFINITY;
            if (voice.loud(over)) {
                firstEnd = overs.isEmpty() ? end : firstEnd;
                lastEnd = end;
                overs.add(over.getAsDouble());
                continue;
            }
            boolean ends = i == n || over.isPresent() || end - lastEnd > voice.seconds() + RuleBook.RaisedVoice.PAUSE_S;
            if (!overs.isEmpty() && ends) {
                if (lastEnd - firstEnd >= voice.hold() - 1e-6) {
                    // A window turns loud once more than half of it is: the voice rose, and fell, half a window earlier.
                    double half = voice.seconds() / 2;
                    overs.sort(Double::compare);
                    stretches.add(new Stretch(Math.max(track.startS(), firstEnd - half), lastEnd - half,
                            overs.get(overs.size() / 2)));
                }
                overs.clear();
            }
        }
        return Optional.of(stretches);
    }
}
