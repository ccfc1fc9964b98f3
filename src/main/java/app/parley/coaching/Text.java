package app.parley.coaching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

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

    /**
     * Whether two normalised words are the same word: equal, a plural, British and American
     * spellings of one word ("neighbour", "neighbor"; "cancelled", "canceled"), or with the same
     * stem in {@code language} ("calling" and "call", "threatening" and "threaten", "pagos" and
     * "pago"; Snowball's stemmers, from Lucene). Never merely a letter apart: the recogniser only
     * says words of its vocabulary, so a word one letter off is another word ("policy" is not
     * "police", "cancel" not "cancer").
     */
    static boolean similar(String a, String b, String language) {
        if (a.equals(b) || plural(a, b) || plural(b, a)) {
            return true;
        }
        if (a.length() >= 3 && b.length() >= 3 && stem(a, language).equals(stem(b, language))) {
            return true;
        }
        return "en".equals(language) && a.length() >= 5 && american(a).equals(american(b));
    }

    private static final Pattern BRITISH_OUR = Pattern.compile("our(s|ed|ing|hood|able)?$");
    private static final Pattern BRITISH_ISE = Pattern.compile("(?<=[a-z]{3})is(e|es|ed|ing|ation)$");
    private static final Pattern BRITISH_LL = Pattern.compile("(?<=[aeiou])ll(ed|ing|er)$");
    private static final Pattern BRITISH_RE = Pattern.compile("(?<=[a-z]{2}[^aeiou])re$");

    /** A word as Americans spell it: "neighbour" "neighbor", "apologise" "apologize", "cancelled" "canceled", "centre" "center". */
    private static String american(String word) {
        String w = BRITISH_OUR.matcher(word).replaceFirst("or$1");
        w = BRITISH_ISE.matcher(w).replaceFirst("iz$1");
        w = BRITISH_LL.matcher(w).replaceFirst("l$1");
        return BRITISH_RE.matcher(w).replaceFirst("er");
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
}
