package app.parley.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recogniser's words as {@link SpokenNumbers} read them, with the look-ups every reader of
 * days makes: the word at an item (none for a number), whether it is one of a set, a phrase
 * starting or ending there.
 */
abstract class ItemWords {
    final List<SpokenNumbers.Item> items;

    ItemWords(List<SpokenNumbers.Item> items) {
        this.items = items;
    }

    String word(int i) {
        return i >= 0 && i < items.size() && !items.get(i).isNumber() ? items.get(i).word() : null;
    }

    <T> T get(Map<String, T> map, int i) {
        String w = word(i);
        return w == null ? null : map.get(w);
    }

    boolean is(int i, Set<String> set) {
        String w = word(i);
        return w != null && set.contains(w);
    }

    /** How many items at {@code i} spell {@code phrase} (0 if they don't). */
    int words(int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!phrase.get(k).equals(word(i + k))) {
                return 0;
            }
        }
        return phrase.size();
    }

    int words(int i, Set<String> oneWord) {
        return is(i, oneWord) ? 1 : 0;
    }

    /**
     * Whether the words at {@code i} take back the time just named: "when I get home, whenever that ends
     * up being", "as soon as I get home, lord knows when" (a trucker on the road).
     */
    boolean noKnownTime(int i) {
        return is(i, Set.of("whenever"))
                || is(i, Set.of("god", "lord", "who", "heaven")) && is(i + 1, Set.of("knows")) && is(i + 2, Set.of("when"));
    }

    /** The longest of {@code phrases} ending right before item {@code i}, in items. */
    int leading(int i, List<List<String>> phrases) {
        int best = 0;
        for (List<String> p : phrases) {
            if (i - p.size() >= 0 && words(i - p.size(), p) == p.size()) {
                best = Math.max(best, p.size());
            }
        }
        return best;
    }

    /** The length of the longest of {@code phrases} said from item {@code k}; 0 if none. */
    int longestOf(int k, List<List<String>> phrases) {
        int best = 0;
        for (List<String> phrase : phrases) {
            best = Math.max(best, words(k, phrase));
        }
        return best;
    }

    String text(int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            parts.add(items.get(k).word());
        }
        return String.join(" ", parts);
    }

    Long number(int i) {
        return i >= 0 && i < items.size() && items.get(i).isNumber() ? items.get(i).value() : null;
    }

    Long cardinal(int i) {
        return number(i) != null && !items.get(i).ordinal() ? number(i) : null;
    }

    /** Whether a word of {@code set} stands among the {@code reach} words before item {@code i}. */
    boolean anyBefore(int i, int reach, Set<String> set) {
        for (int k = i - 1; k >= Math.max(0, i - reach); k--) {
            if (is(k, set)) {
                return true;
            }
        }
        return false;
    }
}
