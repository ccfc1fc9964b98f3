package app.parley.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word error rate: word-level edit distance over the reference's length, after normalising case and punctuation. */
public final class Wer {
    private Wer() {
    }

    public static List<String> words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim();
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split("\\s+"));
    }

    public static double of(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("empty reference");
        }
        int[] previous = new int[hyp.size() + 1];
        int[] current = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[hyp.size()] / (double) ref.size();
    }
}
