package app.parley.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a text-only partial result's words are timed (StreamTranscriber.timed). */
class PartialWordTimesTest {
    private static List<String> words(List<Word> timed) {
        return timed.stream().map(w -> w.word() + "@" + w.start() + "-" + w.end()).toList();
    }

    @Test
    void newWordsEndJustBeforeTheAudioThatBroughtThemAndKeptWordsKeepTheirTimes() {
        // First partial heard at 1.4 s of call time: two words, 0.3 s each, ending at 1.2 s.
        List<Word> first = StreamTranscriber.timed(new String[] {"i", "cannot"}, List.of(), 1.4);
        assertEquals(List.of("i@0.6-0.9", "cannot@0.9-1.2"), words(first));
        // Next partial at 2.0 s adds two words: they share 1.2 s .. 1.8 s.
        List<Word> second = StreamTranscriber.timed(new String[] {"i", "cannot", "pay", "all"}, first, 2.0);
        assertEquals(List.of("i@0.6-0.9", "cannot@0.9-1.2", "pay@1.2-1.5", "all@1.5-1.8"), words(second));
    }

    @Test
    void aRevisedWordIsTimedAnewAndWordsNeverGoBackwards() {
        List<Word> first = StreamTranscriber.timed(new String[] {"i", "will", "play"}, List.of(), 2.0);
        // "play" becomes "pay" in a partial that comes only 0.1 s later: it may not end before it starts.
        List<Word> revised = StreamTranscriber.timed(new String[] {"i", "will", "pay"}, first, 2.1);
        assertEquals(first.subList(0, 2), revised.subList(0, 2));
        Word pay = revised.get(2);
        assertEquals(first.get(1).end(), pay.start());
        assertEquals(1.9, pay.end(), 1e-9);
        List<Word> late = StreamTranscriber.timed(new String[] {"i", "will", "pay", "now"}, revised, 1.0);
        assertEquals(late.get(3).start(), late.get(3).end(), "clamped at the last word's end");
    }
}
