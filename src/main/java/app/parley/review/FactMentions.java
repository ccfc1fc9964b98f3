package app.parley.review;

import app.parley.call.Word;
import app.parley.coaching.Text;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import app.parley.meaning.SpokenNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which of the caller's account facts (the call record's facts JSON, docs/ledger.md) a party
 * named: an amount (its whole units, "eight hundred ten" for 810.40; amounts under 10 are
 * ignored, too easily said for another reason), a date (month and day, "March
 * fifteenth", "el 15 de marzo"), or an invoice number ("invoice b i one" for BI-1).
 */
final class FactMentions {
    /** One fact: how a reviewer reads it, and what saying it sounds like. */
    record Fact(String label, long whole, MonthDay day, String compactId) {
    }

    /** Where facts were named: call seconds, the words, and the facts they match. */
    record Mention(double start, double end, String said, List<String> facts) {
    }

    static final long MIN_AMOUNT = 10;

    private static final Map<String, Integer> MONTHS = months(
            "january february march april may june july august september october november december",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
    private static final Set<String> DATE_FILLERS = Set.of("the", "of", "on", "de", "del", "el");

    private FactMentions() {
    }

    /** The amounts, dates and invoice numbers of a facts JSON; none for null. */
    static List<Fact> of(JsonNode facts) {
        List<Fact> out = new ArrayList<>();
        if (facts == null || !facts.isObject()) {
            return out;
        }
        amount(out, "balance", facts.path("balance"));
        amount(out, "past due", facts.path("past_due"));
        amount(out, "last payment", facts.path("last_payment").path("amount"));
        date(out, "last payment", facts.path("last_payment").path("date"));
        for (JsonNode invoice : facts.path("invoices")) {
            String id = invoice.path("id").asText("");
            String name = "invoice " + id;
            String compact = String.join("", Text.tokens(id));
            if (compact.chars().anyMatch(Character::isDigit)) {
                out.add(new Fact(name, -1, null, compact));
            }
            amount(out, name + " amount", invoice.path("amount"));
            amount(out, name + " open", invoice.path("open"));
            date(out, name + " due", invoice.path("due_on"));
        }
        for (JsonNode offer : facts.path("offers")) {
            String name = "offer " + offer.path("kind").asText("");
            amount(out, name + " total", offer.path("total"));
            amount(out, name + " discount", offer.path("discount"));
            for (JsonNode instalment : offer.path("instalments")) {
                amount(out, name + " instalment", instalment.path("amount"));
                date(out, name + " due", instalment.path("due_on"));
            }
        }
        for (JsonNode promise : facts.path("promises").path("items")) {
            String name = "promise " + promise.path("id").asText("");
            amount(out, name + " amount", promise.path("amount"));
            date(out, name + " due", promise.path("due_on"));
        }
        return out;
    }

    /** The facts named in one utterance's words, in order. */
    static List<Mention> find(List<Fact> facts, List<Word> words, String language) {
        Text.Tokens split = Text.tokens(words);
        List<String> tokens = split.tokens();
        List<Integer> wordOf = split.wordOf();
        List<SpokenNumbers.Item> items = SpokenNumbers.read(tokens, language);
        List<Mention> mentions = new ArrayList<>();
        boolean[] usedAsDay = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Integer month = items.get(i).isNumber() ? null : MONTHS.get(items.get(i).word());
            if (month == null) {
                continue;
            }
            int day = dayNear(items, i);
            if (day < 0 || items.get(day).value() > Month.of(month).maxLength()) {
                continue;
            }
            usedAsDay[day] = true;
            MonthDay said = MonthDay.of(month, (int) items.get(day).value());
            int from = Math.min(i, day);
            int to = Math.max(i, day);
            mention(mentions, facts, f -> said.equals(f.day()), items, from, to, words, wordOf);
        }
        for (int i = 0; i < items.size(); i++) {
            SpokenNumbers.Item item = items.get(i);
            if (item.isNumber() && !item.ordinal() && !usedAsDay[i] && item.value() >= MIN_AMOUNT) {
                mention(mentions, facts, f -> f.whole() == item.value(), items, i, i, words, wordOf);
            }
        }
        int longestId = facts.stream().filter(f -> f.compactId() != null).mapToInt(f -> f.compactId().length())
                .max().orElse(0);
        for (int i = 0; i < items.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < items.size() && run.length() < longestId; j++) {
                String sofar = run.append(items.get(j).compact()).toString();
                if (facts.stream().anyMatch(f -> sofar.equals(f.compactId()))) {
                    mention(mentions, facts, f -> sofar.equals(f.compactId()), items, i, j, words, wordOf);
                    break;
                }
            }
        }
        mentions.sort(Comparator.comparingDouble(Mention::start));
        return mentions;
    }

    /** The item index of a day of the month said next to the month at {@code m}, or -1. */
    private static int dayNear(List<SpokenNumbers.Item> items, int m) {
        for (int direction : new int[] {1, -1}) {
            for (int j = m + direction; j >= 0 && j < items.size() && Math.abs(j - m) <= 2; j += direction) {
                SpokenNumbers.Item item = items.get(j);
                if (item.isNumber()) {
                    if (item.value() >= 1 && item.value() <= 31) {
                        return j;
                    }
                    break;
                }
                if (!DATE_FILLERS.contains(item.word())) {
                    break;
                }
            }
        }
        return -1;
    }

    private static void mention(List<Mention> mentions, List<Fact> facts, Predicate<Fact> named,
            List<SpokenNumbers.Item> items, int fromItem, int toItem, List<Word> words, List<Integer> wordOf) {
        Set<String> labels = new LinkedHashSet<>();
        facts.stream().filter(named).forEach(f -> labels.add(f.label()));
        if (labels.isEmpty()) {
            return;
        }
        int firstWord = wordOf.get(items.get(fromItem).from());
        int lastWord = wordOf.get(items.get(toItem).to() - 1);
        List<Word> span = words.subList(firstWord, lastWord + 1);
        mentions.add(new Mention(span.get(0).start(), span.get(span.size() - 1).end(),
                String.join(" ", span.stream().map(Word::word).toList()), List.copyOf(labels)));
    }

    private static void amount(List<Fact> out, String label, JsonNode node) {
        if (!node.isTextual() && !node.isNumber()) {
            return;
        }
        try {
            BigDecimal amount = new BigDecimal(node.asText());
            long whole = amount.abs().setScale(0, RoundingMode.DOWN).longValueExact();
            if (whole >= MIN_AMOUNT) {
                out.add(new Fact(label + " " + node.asText(), whole, null, null));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not an amount: nothing the agent could have said of it
        }
    }

    private static void date(List<Fact> out, String label, JsonNode node) {
        if (!node.isTextual()) {
            return;
        }
        try {
            LocalDate date = LocalDate.parse(node.asText());
            out.add(new Fact(label + " " + node.asText(), -1, MonthDay.from(date), null));
        } catch (DateTimeParseException e) {
            // not a date
        }
    }

    private static Map<String, Integer> months(String... languages) {
        Map<String, Integer> map = new HashMap<>();
        for (String names : languages) {
            String[] list = names.split(" ");
            for (int i = 0; i < list.length; i++) {
                map.put(list[i].toLowerCase(Locale.ROOT), i + 1);
            }
        }
        map.put("setiembre", 9);
        return Map.copyOf(map);
    }
}
