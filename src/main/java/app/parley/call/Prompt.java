package app.parley.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A coaching prompt as the call record and the agent's screen carry it. {@code at} is the
 * second of call audio at which it was raised; {@code evidence} the words or the measurement
 * that triggered it; {@code speaker} the party whose words or voice did.
 */
@JsonPropertyOrder({"kind", "rule", "at", "message", "evidence", "speaker", "severity"})
public record Prompt(String kind, String rule, double at, String message, String evidence, Speaker speaker,
        Severity severity) {

    /** How urgently the agent should look: screens show the most severe first. */
    public enum Severity {
        INFO, WARN, ALERT;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Severity of(String id) {
            for (Severity severity : values()) {
                if (severity.id().equals(id)) {
                    return severity;
                }
            }
            throw new IllegalArgumentException("unknown severity '" + id + "' (expected info, warn or alert)");
        }
    }
}
