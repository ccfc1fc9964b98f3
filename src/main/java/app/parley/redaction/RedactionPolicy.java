package app.parley.redaction;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a site redacts: the categories (none: redaction off), how many of a card number's last
 * digits its placeholder keeps (0 to 4), and how long a final result ending in digits is held
 * back for the party's next words, in seconds of audio.
 */
public record RedactionPolicy(Set<Category> categories, int cardLastDigits, double holdSeconds) {
    /** Every category, the last four digits kept, 2.5 s held: the defaults. */
    public static final RedactionPolicy DEFAULT = new RedactionPolicy(EnumSet.allOf(Category.class), 4, 2.5);
    /** Nothing redacted and nothing held. */
    public static final RedactionPolicy OFF = new RedactionPolicy(Set.of(), 0, 0);

    public RedactionPolicy {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        if (cardLastDigits < 0 || cardLastDigits > 4) {
            throw new IllegalArgumentException("cardLastDigits must be 0 to 4, got " + cardLastDigits);
        }
        if (holdSeconds < 0) {
            throw new IllegalArgumentException("holdSeconds must not be negative, got " + holdSeconds);
        }
    }

    public boolean enabled() {
        return !categories.isEmpty();
    }

    public boolean redacts(Category category) {
        return categories.contains(category);
    }
}
