package app.parley.coaching;

import app.parley.call.Word;
import java.util.Comparator;
import java.util.List;

/**
 * Words per minute from word timings, over speaking time: the words' own durations plus the
 * gaps between them up to {@link #MAX_GAP_SECONDS} (a longer silence is a pause, not slow
 * speech).
 */
public final class SpeechRate {
    public static final double MAX_GAP_SECONDS = 0.5;
    /** Below this much speaking time there is no rate to speak of. */
    public static final double MIN_SPEAKING_SECONDS = 2.0;

    private SpeechRate() {
    }

    /** The rate of the words that end within [from, to]; NaN with less than 2 s of speech. */
    public static double wordsPerMinute(List<Word> words, double from, double to) {
        List<Word> within = words.stream().filter(w -> w.end() >= from && w.end() <= to)
                .sorted(Comparator.comparingDouble(Word::start)).toList();
        double speaking = 0;
        for (int i = 0; i < within.size(); i++) {
            Word word = within.get(i);
            speaking += Math.max(0, word.end() - word.start());
            if (i > 0) {
                double gap = word.start() - within.get(i - 1).end();
                if (gap > 0 && gap <= MAX_GAP_SECONDS) {
                    speaking += gap;
                }
            }
        }
        return speaking < MIN_SPEAKING_SECONDS ? Double.NaN : within.size() * 60 / speaking;
    }
}
