package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a call transcribed again from its recordings come after those a stop left stored. */
class RemainderTest {
    @Test
    void onlyWordsAfterTheStoredOnesAreAddedAndAnUtteranceTheStopCutKeepsItsRest() {
        List<Utterance> stored = List.of(said(0.5, "hello", "there"), said(3.0, "i", "can"));
        List<Utterance> again = List.of(said(0.5, "hello", "there"), said(3.0, "i", "can", "pay", "friday"),
                said(8.0, "thank", "you"));
        List<Remainder.Added> added = Remainder.after(stored, again);
        assertEquals(List.of("1 pay friday 3.8-4.5", "2 thank you 8.0-8.7"), added.stream()
                .map(a -> a.seq() + " " + a.utterance().text() + " " + a.utterance().start() + "-" + a.utterance().end())
                .toList());
    }

    @Test
    void whatWasStoredWholeAddsNothingAndTheSameRestIsWorkedOutTheSameAgain() {
        List<Utterance> all = List.of(said(0.5, "hello", "there"), said(3.0, "i", "can", "pay"));
        assertEquals(List.of(), Remainder.after(all, all));
        List<Utterance> stored = List.of(said(0.5, "hello"));
        List<Remainder.Added> first = Remainder.after(stored, all);
        // A second start (the first stopped half-way) numbers the same utterance the same: the write replaces it.
        List<Utterance> afterFirst = new ArrayList<>(stored);
        afterFirst.add(first.get(0).utterance());
        assertEquals(first.subList(1, first.size()), Remainder.after(afterFirst, all));
    }

    @Test
    void aPartyWithNothingStoredGetsItsWholeTranscript() {
        List<Utterance> again = List.of(said(1.0, "yes"), said(2.0, "no"));
        assertEquals(2, Remainder.after(List.of(), again).size());
    }

    /** Words 0.3 s long, 0.4 s apart, from {@code start}. */
    private static Utterance said(double start, String... words) {
        List<Word> list = new ArrayList<>();
        double at = start;
        for (String word : words) {
            list.add(new Word(word, round(at), round(at + 0.3), 1.0));
            at += 0.4;
        }
        return new Utterance(Speaker.CALLER, start, round(at - 0.1), String.join(" ", words), list);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
