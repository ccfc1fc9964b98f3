package app.parley.coaching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How words are compared: normalised (lower case, accents and apostrophes dropped, anything
 * but letters and digits a word break: "Can't" and "cant" are the same word, so are "Está"
 * and "esta"), then judged similar when equal or, for words of five letters or more, one edit
 * apart (two for nine letters or more): the recogniser's small slips ("months" for "month",
 * "payed" for "paid") still match, while short words ("can" and "cant", "ten" and "then") must
 * be exact. Public so that code judging words after the call (the QA scorecard) reads them
 * the same way.
 */
public final class Text {
    /** Compiled once: every recogniser update of every party is tokenised (docs/coaching.md). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2019\u02bc`]");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /** Recognised words as tokens, each token with the index of the word it came from. */
    public record Tokens(List<String> tokens, List<Integer> wordOf) {
    }

    /** The tokens of each word in turn ("don't" may give more than one), with where each came from. */
    public static Tokens tokens(List<app.parley.call.Word> words) {
        List<String> tokens = new java.util.ArrayList<>();
        List<Integer> wordOf = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String token : tokens(words.get(i).word())) {
                tokens.add(token);
                wordOf.add(i);
            }
        }
        return new Tokens(tokens, wordOf);
    }

    /** The normalised words of a phrase or a recognised word (which may yield none or several). */
    public static List<String> tokens(String text) {
        String stripped = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String token : SEPARATORS.split(stripped)) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /** Edits allowed between two words: 0 under five letters, 1 from five, 2 from nine. */
    static int allowedWordEdits(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 9 ? 2 : shorter >= 5 ? 1 : 0;
    }

    /**
     * Whether two normalised words are the same word: equal, one edit apart as the class says, or
     * with the same stem in {@code language} ("calling" and "call", "threatening" and "threaten",
     * "pagos" and "pago"; Snowball's stemmers, from Lucene).
     */
    static boolean similar(String a, String b, String language) {
        if (a.equals(b) || plural(a, b) || plural(b, a)) {
            return true;
        }
        if (a.length() >= 3 && b.length() >= 3 && stem(a, language).equals(stem(b, language))) {
            return true;
        }
        int allowed = allowedWordEdits(a, b);
        return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && editDistance(a, b, allowed) <= allowed;
    }

    private static final ThreadLocal<org.tartarus.snowball.SnowballStemmer> ENGLISH =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.EnglishStemmer::new);
    private static final ThreadLocal<org.tartarus.snowball.SnowballStemmer> SPANISH =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.SpanishStemmer::new);

    /** Stems already computed: every recogniser update is compared with every phrase word. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> STEMS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(200_000).build();

    /** A word's stem in a language (Snowball; the stemmers are not thread-safe, so one per thread). */
    static String stem(String word, String language) {
        return STEMS.get(language + ":" + word, key -> {
            org.tartarus.snowball.SnowballStemmer stemmer = ("es".equals(language) ? SPANISH : ENGLISH).get();
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }

    /** "cards" for "card": the recogniser's number slips, on words of three letters or more. */
    private static boolean plural(String word, String other) {
        return word.length() >= 3 && other.length() == word.length() + 1 && other.startsWith(word)
                && other.endsWith("s");
    }

    /** Word errors (missing, extra or different words) a phrase of {@code words} words may contain: one per four. */
    static int allowedPhraseErrors(int words) {
        return words / 4;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
