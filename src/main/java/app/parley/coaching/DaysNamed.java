package app.parley.coaching;

import app.parley.call.Word;
import app.parley.meaning.DateMention;
import app.parley.meaning.Dates;
import app.parley.meaning.Negation;
import app.parley.meaning.SpokenNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The dates a party named as days to pay, with the call times of their words: what the rules and the scorecard judge. */
final class DaysNamed {
    private DaysNamed() {
    }

    /** The dates in one result of one party, its numbers already read; a date in a negated clause is none. */
    static List<Timed<DateMention>> in(List<Word> words, Text.Tokens tokens, List<SpokenNumbers.Item> numbers,
            String language, LocalDate callDate) {
        List<Timed<DateMention>> out = new ArrayList<>();
        for (DateMention d : Dates.inNumbersRead(numbers, language, callDate)) {
            if (Negation.governs(tokens.tokens(), d.from(), language) && !boundedBefore(tokens.tokens(), d.from())) {
                continue; // "there's nothing left at the end of the month" names no day to pay
            }
            out.add(new Timed<>(d, words.get(tokens.wordOf().get(d.from())).start(),
                    words.get(tokens.wordOf().get(d.to() - 1)).end()));
        }
        return out;
    }

    /** {@link #in} on words not yet read. */
    static List<Timed<DateMention>> in(List<Word> words, String language, LocalDate callDate) {
        Text.Tokens tokens = Text.tokens(words);
        return in(words, tokens, SpokenNumbers.read(tokens.tokens(), language), language, callDate);
    }

    /**
     * The triggering words name the one day {@code proposed} named ("Friday the twenty ninth of
     * May", then "yes, the twenty ninth"). A span proposed ("next month is fine") is not a day:
     * a day in it chosen by the client is theirs.
     */
    static boolean takenUp(DateMention proposed, DateMention named) {
        if (proposed.kind() != DateMention.Kind.DATE || named.kind() != DateMention.Kind.DATE
                || proposed.earliest() == null || !proposed.earliest().equals(proposed.latest())
                || named.earliest() == null) {
            return false;
        }
        LocalDate day = proposed.earliest();
        if (named.earliest().equals(named.latest()) && named.earliest().getDayOfMonth() == day.getDayOfMonth()
                && !named.earliest().isAfter(day) && named.earliest().plusMonths(3).isAfter(day)) {
            // "the twenty ninth" (read as this month's) after "Friday the twenty ninth of May": that day
            return true;
        }
        return !day.isBefore(named.earliest()) && (named.latest() == null || !day.isAfter(named.latest()));
    }

    /** "not before the twenty first", "not until Friday": a negated bound is still a day. */
    private static boolean boundedBefore(List<String> tokens, int from) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (DATE_BOUNDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DATE_BOUNDS = Set.of("before", "until", "till", "than", "antes", "hasta");
}
