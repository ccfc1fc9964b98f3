package app.parley.call;

import java.util.List;

/** What one party said in one breath, as the recogniser finalised it. */
public record Utterance(Speaker speaker, double start, double end, String text, List<Word> words) {
    public Utterance {
        words = List.copyOf(words);
    }
}
