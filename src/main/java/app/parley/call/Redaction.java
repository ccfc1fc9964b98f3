package app.parley.call;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A stretch of a party's speech that was replaced by a placeholder and silenced in the
 * recordings: {@code category} is card, security-code, expiry or ssn; times are seconds of call
 * audio. A fact of the call ("card number redacted at 41.2 s"), never what was said.
 */
@JsonPropertyOrder({"category", "speaker", "start", "end"})
public record Redaction(String category, Speaker speaker, double start, double end) {
    /** What was said, for a reader: "card number" (the nouns of {@code redaction.Category}, which sits above this package). */
    public String noun() {
        return switch (category) {
            case "card" -> "card number";
            case "security-code" -> "security code";
            case "expiry" -> "expiry date";
            case "ssn" -> "social security number";
            default -> category;
        };
    }
}
