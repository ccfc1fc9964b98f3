package app.parley.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that announce a card number, its security code, its expiry date or a social
 * security number ("the security code is", "expires", "the three digits on the back are").
 * A code or a date is too short to be told from ordinary numbers by its digits alone: only a
 * cue before it (or a card number just read, see {@link Judge}) makes it one. "Code" alone is
 * no cue: "area code" and "zip code" are followed by numbers that stay readable; nor is "good
 * until": offers are good until a day.
 */
final class Cues {
    /** A cue whose last word is word {@code end - 1}. */
    record Cue(Category category, int end) {
    }

    private static final Map<Category, List<String>> PHRASES = Map.of(
            Category.CARD, List.of("card", "card number", "credit card", "debit card", "visa", "mastercard",
                    "master card", "amex", "american express", "discover card", "long number"),
            Category.SECURITY_CODE, List.of("security code", "security number", "card code", "cvv", "cvc", "cvv2",
                    "csc", "c v v", "c v c", "verification code", "verification number", "on the back",
                    "three digit code", "four digit code"),
            Category.EXPIRY, List.of("expires", "expire", "expiry", "expiration", "expiring", "expired", "exp",
                    "valid through", "valid thru"),
            Category.SSN, List.of("social security", "social", "ssn", "s s n"));

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private record Phrase(Category category, List<String> words) {
    }

    /** Longest first, so that "card code" is a code's cue and not a card's. */
    private static final List<Phrase> ALL = PHRASES.entrySet().stream()
            .flatMap(entry -> entry.getValue().stream()
                    .map(phrase -> new Phrase(entry.getKey(), Arrays.asList(phrase.split(" ")))))
            .sorted((a, b) -> Integer.compare(b.words().size(), a.words().size()))
            .toList();

    private Cues() {
    }

    static List<Cue> find(List<String> words) {
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Phrase found = null;
            for (Phrase phrase : ALL) {
                if (matches(words, i, phrase.words())) {
                    found = phrase;
                    break;
                }
            }
            if (found == null) {
                i++;
            } else {
                i += found.words().size();
                cues.add(new Cue(found.category(), i));
            }
        }
        return cues;
    }

    private static boolean matches(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!SpokenDigits.normal(words.get(at + k)).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
