package app.parley.speech;

import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import java.util.List;

/**
 * What one chunk of audio changed: segments the recogniser finalised (each non-empty one
 * becomes an utterance; an empty one withdraws the partial words shown), and the words of the
 * segment still in progress (partial, may still change; null when unchanged). Times are
 * seconds of call audio.
 */
public record TranscriptUpdate(List<Segment> finals, Segment partial) {
    public static final TranscriptUpdate NONE = new TranscriptUpdate(List.of(), null);

    public record Segment(String text, List<Word> words) {
        public double start() {
            return words.isEmpty() ? 0 : words.get(0).start();
        }

        /** This segment as what {@code speaker} said; the text falls back to the words joined. */
        public Utterance said(Speaker speaker) {
            String said = text.isEmpty() ? String.join(" ", words.stream().map(Word::word).toList()) : text;
            return new Utterance(speaker, start(), end(), said, words);
        }

        public boolean isEmpty() {
            return words.isEmpty();
        }

        public double end() {
            return words.isEmpty() ? 0 : words.get(words.size() - 1).end();
        }
    }
}
