package app.parley.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the digits in a recogniser's words as people say them when they read a number out:
 * one word a digit ("four one one one", "zero"), "oh" for zero beside other digits, "double
 * five", "triple oh", a teen or a ten as two digits ("forty one" 41, "twenty" 20), and numerals.
 * Fillers ("uh", "um", "slash") may sit between digits. Anything else ends a run of digits, so
 * "hundred", "thousand", "dollars" and "and" keep amounts apart ("two hundred and forty"), and
 * a day ("the thirty first") is words.
 *
 * <p>{@code app.parley.meaning.SpokenNumbers} reads the value of a number, which is what coaching
 * needs; a card number needs the digits as said: leading zeros, "oh", "double", and "one twenty"
 * as 1-20, not 120. The small model also writes "four" as "for" and "two" as "to" between
 * digits ("five five five to one to"): there, and only there, they are read as digits.
 */
final class SpokenDigits {
    enum Kind { DIGITS, FILLER, OTHER }

    /** Words [from, to) read as {@code digits} (DIGITS), or one filler or other word. */
    record Token(int from, int to, Kind kind, String digits) {
    }

    /** Tokens [fromToken, toToken) said as one run of digits; words [fromWord, toWord). */
    record Run(int fromToken, int toToken, int fromWord, int toWord, String digits) {
        int length() {
            return digits.length();
        }
    }

    private static final Map<String, String> UNITS = Map.of("zero", "0", "one", "1", "two", "2", "three", "3",
            "four", "4", "five", "5", "six", "6", "seven", "7", "eight", "8", "nine", "9");
    private static final Map<String, String> TEENS = Map.of("ten", "10", "eleven", "11", "twelve", "12",
            "thirteen", "13", "fourteen", "14", "fifteen", "15", "sixteen", "16", "seventeen", "17", "eighteen", "18",
            "nineteen", "19");
    private static final Map<String, String> TENS = Map.of("twenty", "2", "thirty", "3", "forty", "4", "fifty", "5",
            "sixty", "6", "seventy", "7", "eighty", "8", "ninety", "9");
    /** After a ten, a day of the month ("the thirty first"): words, not digits. */
    private static final Set<String> ORDINAL_UNITS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");
    private static final Map<String, Integer> REPEATS = Map.of("double", 2, "triple", 3);
    private static final Set<String> ZEROS = Set.of("oh", "o");
    /** What the small model writes for a digit said between digits. */
    private static final Map<String, String> SOUNDALIKES = Map.of("for", "4", "fore", "4", "to", "2", "too", "2");
    private static final Set<String> FILLERS = Set.of("uh", "um", "er", "erm", "ah", "hmm", "hm", "mm", "uhm",
            "slash", "dash");

    private SpokenDigits() {
    }

    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static List<Token> read(List<String> words) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String word = normal(words.get(i));
            String next = i + 1 < words.size() ? normal(words.get(i + 1)) : "";
            if (isNumeral(word) || UNITS.containsKey(word) || TEENS.containsKey(word)) {
                tokens.add(new Token(i, i + 1, Kind.DIGITS, isNumeral(word) ? word : UNITS.getOrDefault(word,
                        TEENS.get(word))));
                i++;
            } else if (TENS.containsKey(word) && ORDINAL_UNITS.contains(next)) {
                tokens.add(new Token(i, i + 2, Kind.OTHER, null));
                i += 2;
            } else if (TENS.containsKey(word)) {
                boolean withUnit = UNITS.containsKey(next) && !next.equals("zero");
                tokens.add(new Token(i, withUnit ? i + 2 : i + 1, Kind.DIGITS,
                        TENS.get(word) + (withUnit ? UNITS.get(next) : "0")));
                i += withUnit ? 2 : 1;
            } else if (REPEATS.containsKey(word) && (UNITS.containsKey(next) || ZEROS.contains(next))) {
                String digit = ZEROS.contains(next) ? "0" : UNITS.get(next);
                tokens.add(new Token(i, i + 2, Kind.DIGITS, digit.repeat(REPEATS.get(word))));
                i += 2;
            } else if (ZEROS.contains(word) && (afterDigits(tokens) || digitLike(words, i + 1))) {
                tokens.add(new Token(i, i + 1, Kind.DIGITS, "0"));
                i++;
            } else if (SOUNDALIKES.containsKey(word) && afterDigits(tokens) && digitLike(words, i + 1)) {
                tokens.add(new Token(i, i + 1, Kind.DIGITS, SOUNDALIKES.get(word)));
                i++;
            } else {
                tokens.add(new Token(i, i + 1, FILLERS.contains(word) ? Kind.FILLER : Kind.OTHER, null));
                i++;
            }
        }
        return tokens;
    }

    /** The runs of digits, fillers allowed between digits (never at a run's ends). */
    static List<Run> runs(List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).kind() != Kind.DIGITS) {
                i++;
                continue;
            }
            int from = i;
            int last = i;
            StringBuilder digits = new StringBuilder();
            for (int j = i; j < tokens.size() && tokens.get(j).kind() != Kind.OTHER; j++) {
                if (tokens.get(j).kind() == Kind.DIGITS) {
                    digits.append(tokens.get(j).digits());
                    last = j;
                }
            }
            runs.add(new Run(from, last + 1, tokens.get(from).from(), tokens.get(last).to(), digits.toString()));
            i = last + 1;
        }
        return runs;
    }

    /** Whether the first word that is not a filler is (the start of) a digit. */
    static boolean startsWithDigits(List<String> words) {
        for (Token token : read(words)) {
            if (token.kind() != Kind.FILLER) {
                return token.kind() == Kind.DIGITS;
            }
        }
        return false;
    }

    private static boolean isNumeral(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean afterDigits(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).kind() != Kind.FILLER) {
                return tokens.get(i).kind() == Kind.DIGITS;
            }
        }
        return false;
    }

    /** Whether the words from {@code i} on, fillers skipped, begin with something read as a digit. */
    private static boolean digitLike(List<String> words, int i) {
        while (i < words.size() && FILLERS.contains(normal(words.get(i)))) {
            i++;
        }
        if (i >= words.size()) {
            return false;
        }
        String word = normal(words.get(i));
        return isNumeral(word) || UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word)
                || ZEROS.contains(word) || REPEATS.containsKey(word)
                || (SOUNDALIKES.containsKey(word) && digitLike(words, i + 1));
    }
}
