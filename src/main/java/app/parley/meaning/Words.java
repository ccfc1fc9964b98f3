package app.parley.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the grammars of this package share about the recogniser's words. */
public final class Words {
    private Words() {
    }

    /** Phrases written as text ("no later than"), as lists of words. */
    public static List<List<String>> phrases(String... phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(List.of(p.split(" ")));
        }
        return List.copyOf(out);
    }

    /**
     * The token ranges [from, to) a grammar reads, left to right, none overlapping: {@code endAt}
     * gives where what starts at a token ends, or that token itself when nothing starts there.
     */
    static List<int[]> scan(List<String> tokens, IntUnaryOperator endAt) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = endAt.applyAsInt(i);
            if (end > i) {
                out.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Token ranges from several readings, in order and none overlapping: sorted by start, a range
     * that overlaps the one kept before it is dropped.
     */
    static List<int[]> apart(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt((int[] span) -> span[0]));
        List<int[]> apart = new ArrayList<>();
        for (int[] span : sorted) {
            if (apart.isEmpty() || apart.get(apart.size() - 1)[1] <= span[0]) {
                apart.add(span);
            }
        }
        return apart;
    }

    /** Whether any of {@code phrases} stands anywhere in {@code tokens}. */
    public static boolean containsAny(List<String> tokens, List<List<String>> phrases) {
        for (int at = 0; at < tokens.size(); at++) {
            for (List<String> phrase : phrases) {
                if (startsAt(tokens, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where {@code pattern} matches the words from token {@code at} on (read as one line, within {@code reach}
     * tokens): the token it ends at, or {@code at} when it does not match there.
     */
    static int endOfMatchAt(List<String> tokens, int at, java.util.regex.Pattern pattern, int reach) {
        java.util.regex.Matcher m = pattern.matcher(String.join(" ", tokens.subList(at, Math.min(tokens.size(), at + reach))));
        return m.lookingAt() && !m.group().isEmpty() ? at + m.group().trim().split(" ").length : at;
    }

    /** Whether {@code words} stand in {@code tokens} from token {@code at}. */
    static boolean startsAt(List<String> tokens, int at, List<String> words) {
        return at >= 0 && at + words.size() <= tokens.size() && tokens.subList(at, at + words.size()).equals(words);
    }

    /** Two words of the same length that differ in one letter ("tall" and "call", "varnish" and "garnish"). */
    static boolean oneLetterOff(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int diff = 0;
        for (int k = 0; k < a.length() && diff < 2; k++) {
            diff += a.charAt(k) == b.charAt(k) ? 0 : 1;
        }
        return diff == 1;
    }

    /**
     * A grammar matching any of {@code alternatives}, found as they are joined into one pattern
     * ({@link Grammar}). When each starts at a word boundary, the joined pattern tests the boundary
     * once before them all ({@code \b(?:a|b)}, the same matches as {@code \ba|\bb}).
     */
    static Grammar anyOf(String... alternatives) {
        boolean bounded = java.util.Arrays.stream(alternatives)
                .allMatch(a -> a.startsWith("\\b") && !Grammar.hasTopLevelBar(a));
        Pattern joined = bounded
                ? Pattern.compile("\\b(?:" + String.join("|", java.util.Arrays.stream(alternatives)
                        .map(a -> a.substring(2)).toList()) + ")")
                : Pattern.compile(String.join("|", alternatives));
        return Grammar.of(joined, List.of(alternatives));
    }

    /**
     * A grammar of one pattern, found as the pattern is: its alternatives ("{@code \bfoo|\bbar}")
     * each tried only at the words it may start with.
     */
    static Grammar grammar(String regex) {
        return Grammar.of(Pattern.compile(regex), Grammar.topLevelAlternatives(regex));
    }

    /**
     * The token ranges [from, to) where a grammar over the words (joined by single spaces) is
     * found, left to right, none overlapping; a match ending inside a word takes the whole word.
     */
    static List<int[]> matches(List<String> tokens, Grammar grammar) {
        String text = String.join(" ", tokens);
        int[] tokenAt = tokenAt(tokens, text);
        List<int[]> out = new ArrayList<>();
        for (int[] match : grammar.find(text)) {
            out.add(new int[] {tokenAt[match[0]], tokenAt[match[1] - 1] + 1});
        }
        return out;
    }

    /** For each character of the joined words (and one past the end), the token it is in or after. */
    private static int[] tokenAt(List<String> tokens, String text) {
        int[] tokenAt = new int[text.length() + 1];
        for (int t = 0, c = 0; t < tokens.size(); t++) {
            for (int k = 0; k <= tokens.get(t).length() && c < tokenAt.length; k++) {
                tokenAt[c++] = t;
            }
        }
        return tokenAt;
    }

}
