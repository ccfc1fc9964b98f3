package app.parley.meaning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers in normalised words ({@code coaching.Text.tokens}) as the recogniser writes
 * them, in words ("eight hundred and ten", "ochocientos diez", "twenty first") or digits
 * ("810", "21st"): every other token stays a word. Enough for amounts, days and invoice
 * numbers up to 999,999; not a full grammar (no millions, no fractions).
 */
public final class SpokenNumbers {
    /** Tokens [from, to) read as one number ({@code value} ≥ 0, maybe an ordinal) or one word ({@code value} -1). */
    public record Item(int from, int to, String word, long value, boolean ordinal) {
        public boolean isNumber() {
            return value >= 0;
        }

        /** How it reads in an identifier: the word, or the number's digits. */
        public String compact() {
            return isNumber() ? Long.toString(value) : word;
        }
    }

    private enum Kind { UNIT, SMALL, TENS, HUNDRED, HUNDREDS, THOUSAND }

    private record Entry(Kind kind, long value, boolean ordinal) {
    }

    private static final Pattern DIGITS = Pattern.compile("(\\d{1,9})(st|nd|rd|th)?");

    private static final Map<String, Entry> EN = table(
            "zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9",
            "ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 "
                    + "nineteen 19",
            "twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90",
            "hundred 100", "", "thousand 1000",
            "first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9",
            "tenth 10 eleventh 11 twelfth 12 thirteenth 13 fourteenth 14 fifteenth 15 sixteenth 16 seventeenth 17 "
                    + "eighteenth 18 nineteenth 19",
            "twentieth 20 thirtieth 30");

    private static final Map<String, Entry> ES = table(
            "cero 0 uno 1 un 1 una 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9",
            "diez 10 once 11 doce 12 trece 13 catorce 14 quince 15 dieciseis 16 diecisiete 17 dieciocho 18 "
                    + "diecinueve 19 veinte 20 veintiuno 21 veintiun 21 veintiuna 21 veintidos 22 veintitres 23 "
                    + "veinticuatro 24 veinticinco 25 veintiseis 26 veintisiete 27 veintiocho 28 veintinueve 29",
            "treinta 30 cuarenta 40 cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90",
            "", "cien 100 ciento 100 doscientos 200 doscientas 200 trescientos 300 trescientas 300 "
                    + "cuatrocientos 400 cuatrocientas 400 quinientos 500 quinientas 500 seiscientos 600 "
                    + "seiscientas 600 setecientos 700 setecientas 700 ochocientos 800 ochocientas 800 "
                    + "novecientos 900 novecientas 900",
            "mil 1000",
            "primero 1 primer 1", "", "");

    /** Plural units after a tens word, as the recogniser hears an ordinal's ending. */
    private static final Map<String, Long> HEARD_FOR_ORDINALS = Map.of("ones", 1L, "twos", 2L, "threes", 3L,
            "fours", 4L, "fives", 5L, "sixes", 6L, "sevens", 7L, "eights", 8L, "nines", 9L);

    private SpokenNumbers() {
    }

    public static List<Item> read(List<String> tokens, String language) {
        Map<String, Entry> words = language.equals("es") ? ES : EN;
        String join = language.equals("es") ? "y" : "and";
        return new Reader(tokens, words, join, language.equals("en")).read();
    }

    private static Map<String, Entry> table(String units, String small, String tens, String hundred,
            String hundreds, String thousand, String ordinalUnits, String ordinalSmall, String ordinalTens) {
        Map<String, Entry> map = new HashMap<>();
        put(map, units, Kind.UNIT, false);
        put(map, small, Kind.SMALL, false);
        put(map, tens, Kind.TENS, false);
        put(map, hundred, Kind.HUNDRED, false);
        put(map, hundreds, Kind.HUNDREDS, false);
        put(map, thousand, Kind.THOUSAND, false);
        put(map, ordinalUnits, Kind.UNIT, true);
        put(map, ordinalSmall, Kind.SMALL, true);
        put(map, ordinalTens, Kind.TENS, true);
        return Map.copyOf(map);
    }

    private static void put(Map<String, Entry> map, String pairs, Kind kind, boolean ordinal) {
        String[] parts = pairs.isBlank() ? new String[0] : pairs.trim().split("\\s+");
        for (int i = 0; i < parts.length; i += 2) {
            map.put(parts[i], new Entry(kind, Long.parseLong(parts[i + 1]), ordinal));
        }
    }

    /** One left-to-right pass; a number ends at the first token that cannot continue it. */
    private static final class Reader {
        private final List<String> tokens;
        private final Map<String, Entry> words;
        private final String join;
        private final boolean articleOne;
        private final List<Item> items = new ArrayList<>();
        private int from = -1;
        private int to;
        private long total;
        private long current;
        private Kind last;
        private boolean ordinal;

        Reader(List<String> tokens, Map<String, Entry> words, String join, boolean articleOne) {
            this.tokens = tokens;
            this.words = words;
            this.join = join;
            this.articleOne = articleOne;
        }

        List<Item> read() {
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                Matcher digits = DIGITS.matcher(token);
                if (digits.matches()) {
                    flush();
                    items.add(new Item(i, i + 1, token, Long.parseLong(digits.group(1)), digits.group(2) != null));
                    continue;
                }
                Entry entry = words.get(token);
                if (entry == null && articleOne && last == Kind.TENS && current < 100 && HEARD_FOR_ORDINALS.containsKey(token)) {
                    // "the twenty sevens": how the recogniser may hear "the twenty seventh"; never on its own ("the ones")
                    entry = new Entry(Kind.UNIT, HEARD_FOR_ORDINALS.get(token), true);
                }
                if (entry == null && articleOne && token.equals("a") && next(i) != null
                        && (next(i).kind == Kind.HUNDRED || next(i).kind == Kind.THOUSAND)) {
                    entry = new Entry(Kind.UNIT, 1, false); // "a hundred"
                }
                if (entry == null) {
                    if (token.equals(join) && from >= 0 && next(i) != null && next(i).kind != Kind.THOUSAND) {
                        continue; // "five hundred and ten", "treinta y cinco"
                    }
                    flush();
                    items.add(new Item(i, i + 1, token, -1, false));
                    continue;
                }
                if (!fits(entry)) {
                    flush();
                }
                if (from < 0) {
                    from = i;
                }
                add(entry);
                to = i + 1;
                if (entry.ordinal()) {
                    ordinal = true;
                    flush(); // "twenty first" ends there
                }
            }
            flush();
            return items;
        }

        private Entry next(int i) {
            return i + 1 < tokens.size() ? words.get(tokens.get(i + 1)) : null;
        }

        /** Whether the entry continues the number in progress. */
        private boolean fits(Entry e) {
            if (from < 0) {
                return true;
            }
            return switch (e.kind()) {
                case UNIT -> last != Kind.UNIT && last != Kind.SMALL && current % 10 == 0;
                case SMALL, TENS -> last != Kind.UNIT && last != Kind.SMALL && last != Kind.TENS && current % 100 == 0;
                case HUNDRED -> current > 0 && current < 100 && last != Kind.HUNDRED;
                case HUNDREDS -> current == 0;
                case THOUSAND -> total == 0 && last != Kind.THOUSAND;
            };
        }

        private void add(Entry e) {
            switch (e.kind()) {
                case UNIT, SMALL, TENS, HUNDREDS -> current += e.value();
                case HUNDRED -> current = (current == 0 ? 1 : current) * 100;
                case THOUSAND -> {
                    total = (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
            }
            last = e.kind();
        }

        private void flush() {
            if (from >= 0) {
                items.add(new Item(from, to, String.join(" ", tokens.subList(from, to)), total + current, ordinal));
            }
            from = -1;
            total = 0;
            current = 0;
            last = null;
            ordinal = false;
        }
    }
}
