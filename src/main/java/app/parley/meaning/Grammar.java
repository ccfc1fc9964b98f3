package app.parley.meaning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grammar written as alternatives over the joined words ({@link Words#anyOf}), found as the
 * alternatives joined into one pattern are found, but without trying every alternative at every
 * word: most alternatives start with a word from a short list ("{@code \b(split|spread|break)
 * …}", "{@code \bpast due\b}"), and at a word that is none of them such an alternative cannot
 * match. A flight recording of a backtest put half the replay in the joined patterns trying
 * alternatives that could not match (docs/backtest.md).
 *
 * <p>The matches are those of {@link #pattern()} found left to right ({@link Matcher#find()}):
 * at each position in order, the alternatives that may match there are tried in their written
 * order, the first that matches is taken, and the search goes on after it. An alternative whose
 * first word this class cannot read off its text is tried everywhere, as in the joined pattern.
 */
final class Grammar {
    private final Pattern joined;
    private final Pattern[] alternatives;
    /** For each first word some alternative may start with: those alternatives, in order. */
    private final Map<String, int[]> byFirstWord;
    /** The alternatives tried at any word, in order. */
    private final int[] everywhere;

    private Grammar(Pattern joined, List<String> regexes) {
        this.joined = joined;
        int n = regexes.size();
        this.alternatives = new Pattern[n];
        List<Set<String>> firstWords = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            alternatives[k] = Pattern.compile(withoutCaptures(regexes.get(k)));
            firstWords.add(firstWords(regexes.get(k)));
        }
        Map<String, TreeSet<Integer>> starts = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (firstWords.get(k) == null) {
                always.add(k);
            } else {
                for (String word : firstWords.get(k)) {
                    starts.computeIfAbsent(word, w -> new TreeSet<>()).add(k);
                }
            }
        }
        this.everywhere = always.stream().mapToInt(Integer::intValue).toArray();
        Map<String, int[]> index = new HashMap<>();
        starts.forEach((word, ks) -> index.put(word, ks.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstWord = Map.copyOf(index);
    }

    /** A grammar of {@code regexes} tried in order, joined as {@code joined} finds them. */
    static Grammar of(Pattern joined, List<String> regexes) {
        return new Grammar(joined, regexes);
    }

    /** The alternatives joined into one pattern: what this grammar finds, found the slow way. */
    Pattern pattern() {
        return joined;
    }

    /**
     * Where the grammar matches in {@code text} (the words joined by single spaces): [start, end)
     * character ranges, left to right, none overlapping, as {@code pattern().matcher(text).find()}
     * gives them, empty matches left out.
     */
    List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int length = text.length();
        Matcher[] matchers = new Matcher[alternatives.length];
        // where each alternative tried everywhere next matches, found by its own search, and where that match ends
        int[] next = new int[everywhere.length];
        int[] nextEnd = new int[everywhere.length];
        for (int e = 0; e < everywhere.length; e++) {
            seek(text, matchers, e, 0, next, nextEnd);
        }
        int p = 0;
        while (p <= length) {
            int soonest = Integer.MAX_VALUE;
            for (int at : next) {
                soonest = Math.min(soonest, at);
            }
            // the first word from p that some alternative may start with, unless one tried everywhere matches sooner
            int q = p;
            int[] starting = null;
            while (q < soonest && q < length) {
                if (wordStart(text, q)) {
                    int end = wordEnd(text, q);
                    starting = byFirstWord.get(text.substring(q, end));
                    if (starting != null) {
                        break;
                    }
                    q = end;
                } else {
                    q++;
                }
            }
            if (starting == null) {
                if (soonest > length) {
                    break;
                }
                q = soonest;
                starting = wordStart(text, q) ? byFirstWord.get(text.substring(q, wordEnd(text, q))) : null;
            }
            int matchedEnd = firstMatchAt(text, q, starting, matchers, next, nextEnd);
            if (matchedEnd > q) {
                out.add(new int[] {q, matchedEnd});
                p = matchedEnd;
            } else {
                // no match here, or an empty one (left out, as the joined pattern's find() steps past it)
                p = q + 1;
            }
            for (int e = 0; e < everywhere.length; e++) {
                if (next[e] < p) {
                    seek(text, matchers, e, p, next, nextEnd);
                }
            }
        }
        return out;
    }

    /**
     * Where the first alternative in written order that matches at {@code q} ends, or -1: of
     * {@code starting} (those that may start with the word at q) and those tried everywhere whose
     * next match is at q.
     */
    private int firstMatchAt(String text, int q, int[] starting, Matcher[] matchers, int[] next, int[] nextEnd) {
        int s = 0;
        int e = 0;
        int fromStarting = starting == null ? 0 : starting.length;
        while (s < fromStarting || e < everywhere.length) {
            boolean takeStarting = e >= everywhere.length || s < fromStarting && starting[s] < everywhere[e];
            if (takeStarting) {
                Matcher m = matcher(text, matchers, starting[s++]);
                m.region(q, text.length());
                if (m.lookingAt()) {
                    return m.end();
                }
            } else {
                if (next[e] == q) {
                    return nextEnd[e];
                }
                e++;
            }
        }
        return -1;
    }

    /** Finds where the {@code e}th alternative tried everywhere next matches from {@code from}. */
    private void seek(String text, Matcher[] matchers, int e, int from, int[] next, int[] nextEnd) {
        Matcher m = matcher(text, matchers, everywhere[e]);
        m.region(from, text.length());
        if (m.find()) {
            next[e] = m.start();
            nextEnd[e] = m.end();
        } else {
            next[e] = Integer.MAX_VALUE;
        }
    }

    private Matcher matcher(String text, Matcher[] matchers, int k) {
        if (matchers[k] == null) {
            matchers[k] = alternatives[k].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matchers[k];
    }

    private static boolean wordStart(String text, int p) {
        return p < text.length() && isWord(text.charAt(p)) && (p == 0 || !isWord(text.charAt(p - 1)));
    }

    private static int wordEnd(String text, int p) {
        int end = p;
        while (end < text.length() && isWord(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A letter or digit as {@code \b} counts one. */
    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static final Pattern LITERAL_WORDS = Pattern.compile("[a-z0-9]+( [a-z0-9]+)*");

    /**
     * The words an alternative can start with, or null when it cannot be told from its text: it
     * must open with {@code \b} (lookarounds aside), then a word written out ("past due") or a
     * group of words written out ("(balance|owe|owed)"), each ending where its word ends (a space
     * or a {@code \b} after it, maybe after optional groups that open with a space: "( up)? ").
     */
    static Set<String> firstWords(String regex) {
        int i = 0;
        boolean bounded = false;
        while (true) {
            if (regex.startsWith("\\b", i)) {
                bounded = true;
                i += 2;
            } else if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i) || regex.startsWith("(?!", i)
                    || regex.startsWith("(?=", i)) {
                int close = closing(regex, i);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        if (!bounded || i >= regex.length() || hasTopLevelBar(regex)) {
            return null;
        }
        List<String> branches;
        int after;
        if (regex.charAt(i) == '(') {
            int close = closing(regex, i);
            if (close < 0) {
                return null;
            }
            int open = regex.startsWith("(?:", i) ? i + 3 : i + 1;
            if (regex.charAt(i + 1) == '?' && open == i + 1) {
                return null;
            }
            // "(you )?take care": an optional first group says nothing of the first word
            if (quantified(regex, close + 1)) {
                return null;
            }
            branches = topLevelBranches(regex.substring(open, close));
            after = close + 1;
        } else {
            int end = i;
            while (end < regex.length() && (Character.isLowerCase(regex.charAt(end))
                    || Character.isDigit(regex.charAt(end)) || regex.charAt(end) == ' ')) {
                end++;
            }
            if (end == i) {
                return null;
            }
            // "\bpays?": a quantifier after the run is its last letter's
            if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
                return null;
            }
            branches = List.of(regex.substring(i, end));
            after = end;
        }
        if (branches == null) {
            return null;
        }
        Set<String> words = new TreeSet<>();
        boolean allHaveASpace = true;
        for (String branch : branches) {
            if (!LITERAL_WORDS.matcher(branch.stripTrailing()).matches() || branch.startsWith(" ")) {
                return null;
            }
            int space = branch.indexOf(' ');
            allHaveASpace &= space > 0;
            words.add(space > 0 ? branch.substring(0, space) : branch);
        }
        return allHaveASpace || endsAWord(regex, after) ? Set.copyOf(words) : null;
    }

    /** Whether a quantifier stands at {@code at}: what comes before it may be missing or repeated. */
    private static boolean quantified(String regex, int at) {
        return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
    }

    /**
     * Whether what follows {@code at} ends the word before it: a space or {@code \b}, maybe after
     * optional groups that open with a space ("( up)? (into|over)").
     */
    private static boolean endsAWord(String regex, int at) {
        int i = at;
        while (i < regex.length() && regex.charAt(i) == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == ' ') {
            int close = closing(regex, i);
            if (close < 0 || close + 1 >= regex.length() || regex.charAt(close + 1) != '?') {
                return false;
            }
            // every alternative inside must open with the space: "( is|s)?" may go on the word ("somebodys")
            if (!topLevelAlternatives(regex.substring(i + 1, close)).stream().allMatch(a -> a.startsWith(" "))) {
                return false;
            }
            i = close + 2;
        }
        return i < regex.length() && (regex.charAt(i) == ' ' || regex.startsWith("\\b", i));
    }

    /**
     * For each character of a regular expression, the depth of the groups around it, or -1 where it
     * is no operator (escaped, or inside a character class): what the readings of a regex below share.
     * A parenthesis counts with the group it opens or closes ("(a)" is 1, 1, 1).
     */
    private static int[] depths(String regex) {
        int[] depths = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                depths[i] = -1;
                if (i + 1 < regex.length()) {
                    depths[++i] = -1;
                }
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                depths[i] = -1;
                continue;
            }
            if (c == '[') {
                inClass = true;
                depths[i] = -1;
                continue;
            }
            if (c == '(') {
                depth++;
            }
            depths[i] = depth;
            if (c == ')') {
                depth--;
            }
        }
        return depths;
    }

    /** A regular expression's alternatives, outside any group: "\\bfoo|\\bbar" is "\\bfoo" and "\\bbar". */
    static List<String> topLevelAlternatives(String regex) {
        int[] depths = depths(regex);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (depths[i] == 0 && regex.charAt(i) == '|') {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return List.copyOf(out);
    }

    /** Whether a regular expression is itself alternatives ("\\bfoo|bar": the boundary is only foo's). */
    static boolean hasTopLevelBar(String regex) {
        return topLevelAlternatives(regex).size() > 1;
    }

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?<[a-zA-Z]");

    /**
     * The same pattern with its groups not capturing: nothing reads what they capture, and a
     * matcher clears every group's record each time it is moved, which was a tenth of the replay.
     */
    static String withoutCaptures(String regex) {
        if (BACK_REFERENCE.matcher(regex).find()) {
            return regex;
        }
        int[] depths = depths(regex);
        StringBuilder out = new StringBuilder(regex.length() + 16);
        for (int i = 0; i < regex.length(); i++) {
            out.append(regex.charAt(i));
            if (depths[i] > 0 && regex.charAt(i) == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int[] depths = depths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (depths[i] == depths[open] && regex.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /** The alternatives of a group's inside, or null when one has a group or class of its own. */
    private static List<String> topLevelBranches(String inside) {
        if (inside.indexOf('(') >= 0 || inside.indexOf('[') >= 0 || inside.indexOf('\\') >= 0) {
            return null;
        }
        return topLevelAlternatives(inside);
    }
}
