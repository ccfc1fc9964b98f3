package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.call.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechRateTest {
    /** {@code n} words of {@code seconds} each, {@code gap} apart, from {@code start}. */
    private static List<Word> words(int n, double start, double seconds, double gap) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = start + i * (seconds + gap);
            out.add(new Word("w" + i, t, t + seconds, 1));
        }
        return out;
    }

    @Test
    void threeWordsASecondIsOneHundredAndEighty() {
        // 30 words span 29 intervals and one word: 181.5 rather than 180.
        assertEquals(180, SpeechRate.wordsPerMinute(words(30, 0, 0.25, 1 / 3.0 - 0.25), 0, 20), 2);
    }

    @Test
    void pausesBetweenSentencesAreNotSlowSpeech() {
        List<Word> said = new ArrayList<>(words(10, 0, 0.3, 0.033));
        said.addAll(words(10, 8, 0.3, 0.033));
        assertEquals(SpeechRate.wordsPerMinute(said.subList(0, 10), 0, 5), SpeechRate.wordsPerMinute(said, 0, 20), 1);
    }

    @Test
    void tooLittleSpeechHasNoRate() {
        assertTrue(Double.isNaN(SpeechRate.wordsPerMinute(words(4, 0, 0.3, 0.1), 0, 10)));
        assertTrue(Double.isNaN(SpeechRate.wordsPerMinute(words(30, 0, 0.3, 0.1), 50, 60)), "none in the window");
    }

    @Test
    void aRateRuleFiresOnFastSpeechOnly() throws Exception {
        RuleBook book = RuleBook.parse("""
                concepts:
                  unused:
                    phrases: [unused]
                rules:
                  - name: agent-rushing
                    kind: emotional-control
                    speaker: agent
                    rate:
                      over: 200 wpm
                      for: 10 s
                    message: Slow down.
                """, "rate.yaml");
        CoachingSession calm = CoachingEngine.of(book).open(FactsView.NONE, Said.CALL_DATE);
        calm.words(Speaker.AGENT, words(25, 0, 0.3, 0.1), true); // 150 a minute
        assertEquals(List.of(), calm.advanceTo(20));
        CoachingSession rushed = CoachingEngine.of(book).open(FactsView.NONE, Said.CALL_DATE);
        rushed.words(Speaker.AGENT, words(50, 0, 0.2, 0.04), true); // 250 a minute
        var prompts = rushed.advanceTo(20);
        assertEquals(1, prompts.size());
        var m = java.util.regex.Pattern.compile("(\\d+) words a minute over the last 10 s").matcher(prompts.get(0).evidence());
        assertTrue(m.matches(), prompts.get(0).evidence());
        assertEquals(250, Integer.parseInt(m.group(1)), 3);
    }
}
