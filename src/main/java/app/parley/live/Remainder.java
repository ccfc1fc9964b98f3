package app.parley.live;

import app.parley.call.Utterance;
import app.parley.call.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * What a party said after the words stored of it: a call a stop left half-decoded is transcribed
 * again from its recording, and only what comes after the stored words is added. Each word's
 * time tells: a word of the new transcript is new when its middle lies after the end of the
 * party's last stored utterance. An utterance the stop cut in two (its first words stored, given
 * as final when decoding stopped) so keeps only the words after them. Pure.
 */
final class Remainder {
    /** An utterance to add, numbered by its place in the new transcript (the same each time it is worked out). */
    record Added(int seq, Utterance utterance) {
    }

    private Remainder() {
    }

    /** One party's utterances in {@code transcript} after its {@code stored} ones (both in time order). */
    static List<Added> after(List<Utterance> stored, List<Utterance> transcript) {
        double storedUntil = stored.stream().mapToDouble(Utterance::end).max().orElse(Double.NEGATIVE_INFINITY);
        List<Added> added = new ArrayList<>();
        for (int seq = 0; seq < transcript.size(); seq++) {
            Utterance utterance = transcript.get(seq);
            if (utterance.words().isEmpty()) {
                if (middle(utterance.start(), utterance.end()) > storedUntil) {
                    added.add(new Added(seq, utterance));
                }
                continue;
            }
            List<Word> fresh = utterance.words().stream().filter(word -> middle(word.start(), word.end()) > storedUntil)
                    .toList();
            if (fresh.size() == utterance.words().size()) {
                added.add(new Added(seq, utterance));
            } else if (!fresh.isEmpty()) {
                added.add(new Added(seq, new Utterance(utterance.speaker(), fresh.get(0).start(),
                        fresh.get(fresh.size() - 1).end(), String.join(" ", fresh.stream().map(Word::word).toList()),
                        fresh)));
            }
        }
        return added;
    }

    private static double middle(double start, double end) {
        return (start + end) / 2;
    }
}
