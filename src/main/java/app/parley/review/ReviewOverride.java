package app.parley.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A reviewer's verdict on one row of a call's scorecard, with why, who and when. The computed
 * verdict stays beside it; the newest override of an element is the one shown. (Not named
 * {@code Override}: that would hide {@code java.lang.Override} wherever it is imported.)
 */
@JsonPropertyOrder({"element", "verdict", "comment", "reviewer", "at"})
public record ReviewOverride(Element element, Verdict verdict, String comment, String reviewer, Instant at) {
    /** What the store keeps of a comment and of a reviewer's name (scorecard_overrides). */
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_REVIEWER = 128;

    /** @throws InvalidOverrideException naming the field at fault */
    public ReviewOverride {
        if (element == null) {
            throw new InvalidOverrideException("element", "name the element overridden");
        }
        if (verdict == null) {
            throw new InvalidOverrideException("verdict", "give a verdict: met, missed or not-applicable");
        }
        comment = required("comment", comment, MAX_COMMENT, "say why the verdict is what it is");
        reviewer = required("reviewer", reviewer, MAX_REVIEWER, "say who reviewed");
        if (at == null) {
            throw new InvalidOverrideException("at", "say when the override was given");
        }
    }

    /** From the ids a request carries ({@code "urgency"}, {@code "met"}). */
    public static ReviewOverride of(String element, String verdict, String comment, String reviewer, Instant at) {
        return new ReviewOverride(element == null ? null : Element.of(element),
                verdict == null ? null : Verdict.of(verdict), comment, reviewer, at);
    }

    private static String required(String field, String value, int max, String hint) {
        if (value == null || value.isBlank()) {
            throw new InvalidOverrideException(field, "must not be blank: " + hint);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidOverrideException(field, "at most " + max + " characters, got " + text.length());
        }
        return text;
    }
}
