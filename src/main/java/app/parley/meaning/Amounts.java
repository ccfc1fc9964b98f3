package app.parley.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Amounts of money and percentages in a party's words: "three hundred and twenty dollars",
 * "two hundred forty dollars and fifty cents", "fifty bucks", "two grand", "five hundred and change",
 * "ten percent", "trescientos pesos", "diez por ciento"; and the whole balance ("the full amount",
 * "in full", "todo el saldo"). Tokens [from, to) of the words read.
 */
public final class Amounts {
    /** What a mention is: money (in cents), a percentage, or the whole balance. */
    public enum Kind {
        MONEY, PERCENT, FULL_BALANCE
    }

    public record Amount(int from, int to, Kind kind, long value) {
    }

    static final Set<String> CURRENCY = Set.of("dollars", "dollar", "bucks", "pesos", "peso", "usd", "pounds",
            "quid", "euros", "euro");
    /** "two grand kids", as the recogniser may split "grandkids". */
    private static final Set<String> GRAND_FAMILY = Set.of("kids", "kid", "children", "child", "daughter", "daughters",
            "son", "sons", "baby", "babies");
    private static final Set<String> CENTS = Set.of("cents", "cent", "centavos");
    private static final List<List<String>> PERCENT = List.of(List.of("percent"), List.of("per", "cent"),
            List.of("por", "ciento"), List.of("porciento"));
    private static final List<List<String>> FULL = List.of(List.of("in", "full"), List.of("the", "full", "amount"),
            List.of("the", "full", "balance"), List.of("the", "whole", "balance"), List.of("the", "whole", "amount"),
            List.of("the", "whole", "thing"), List.of("the", "entire", "balance"), List.of("todo", "el", "saldo"),
            List.of("el", "total"), List.of("de", "contado"), List.of("la", "totalidad"));

    private Amounts() {
    }

    public static List<Amount> find(List<String> tokens, String language) {
        return inNumbersRead(SpokenNumbers.read(tokens, language));
    }

    /** {@link #find} on words whose numbers {@link SpokenNumbers#read} has read already. */
    public static List<Amount> inNumbersRead(List<SpokenNumbers.Item> items) {
        List<Amount> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SpokenNumbers.Item item = items.get(i);
            int full = phrase(items, i, FULL);
            if (full > 0) {
                out.add(new Amount(item.from(), items.get(i + full - 1).to(), Kind.FULL_BALANCE, 0));
                i += full - 1;
                continue;
            }
            if (!item.isNumber() || item.ordinal()) {
                continue;
            }
            int percent = phrase(items, i + 1, PERCENT);
            if (percent > 0) {
                out.add(new Amount(item.from(), items.get(i + percent).to(), Kind.PERCENT, item.value()));
                i += percent;
                continue;
            }
            if (i + 1 < items.size() && CURRENCY.contains(items.get(i + 1).word())) {
                long cents = item.value() * 100;
                int end = i + 2;
                // "... dollars and fifty cents", "... pesos con cincuenta centavos"
                if (end + 2 < items.size() + 0 && (items.get(end).word().equals("and") || items.get(end).word().equals("con"))
                        && items.get(end + 1).isNumber() && end + 2 < items.size()
                        && CENTS.contains(items.get(end + 2).word())) {
                    cents += items.get(end + 1).value();
                    end += 3;
                }
                out.add(new Amount(item.from(), items.get(end - 1).to(), Kind.MONEY, cents));
                i = end - 1;
            } else if (i + 2 < items.size() && items.get(i + 1).word().equals("and")
                    && items.get(i + 2).word().equals("change") && item.value() >= 20) {
                // "it's about five hundred and change": a sum, rounded down as people say it
                out.add(new Amount(item.from(), items.get(i + 2).to(), Kind.MONEY, item.value() * 100));
                i += 2;
            } else if (i + 1 < items.size() && items.get(i + 1).word().equals("grand")
                    && !(i + 2 < items.size() && GRAND_FAMILY.contains(items.get(i + 2).word()))) {
                // "two grand", "five grand" (not "the grand total": no number before it; nor "two grand kids")
                out.add(new Amount(item.from(), items.get(i + 1).to(), Kind.MONEY, item.value() * 100_000));
                i++;
            } else if (i + 1 < items.size() && CENTS.contains(items.get(i + 1).word())) {
                out.add(new Amount(item.from(), items.get(i + 1).to(), Kind.MONEY, item.value()));
                i++;
            }
        }
        return out;
    }

    private static int phrase(List<SpokenNumbers.Item> items, int i, List<List<String>> phrases) {
        int best = 0;
        for (List<String> p : phrases) {
            boolean all = i + p.size() <= items.size();
            for (int k = 0; all && k < p.size(); k++) {
                SpokenNumbers.Item item = items.get(i + k);
                all = item.word().equals(p.get(k));
            }
            if (all) {
                best = Math.max(best, p.size());
            }
        }
        return best;
    }
}
