package app.parley.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a transcript as the search index keeps them: lower case, accents kept, anything
 * but letters and digits a separator, apostrophes dropped ("don't" is "dont"). The recogniser
 * writes lower-case words already; typed queries go through the same normalisation.
 */
public final class SearchTerms {
    /** Longer "words" are noise, not something anyone searches for. */
    static final int MAX_TERM = 64;

    private SearchTerms() {
    }

    /** The words of {@code text}, normalised, in order, repeats kept. */
    public static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("'", "").replace("\u2019", "");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        words.removeIf(w -> w.length() > MAX_TERM);
        return words;
    }

    /** The distinct words of {@code text}, normalised. */
    public static Set<String> distinct(String text) {
        return new LinkedHashSet<>(words(text));
    }

    /** {@code text}'s words joined by single spaces, with a space at each end: what a phrase is matched in. */
    public static String padded(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }
}
