package app.parley.call;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A reviewer's word on a prompt of a call, raised live or only in a backtest: the prompt of
 * {@code rule} at {@code at} seconds of call audio was right (the situation was there) or wrong.
 * Kept with the call, and a label for every later backtest.
 */
@JsonPropertyOrder({"rule", "at", "right", "by", "marked_at"})
public record PromptMark(String rule, double at, boolean right, String by, @JsonProperty("marked_at") Instant markedAt) {
    public static final int MAX_RULE = 200;
    public static final int MAX_BY = 128;

    public PromptMark {
        if (rule == null || rule.isBlank() || rule.length() > MAX_RULE) {
            throw new IllegalArgumentException("rule must be a rule's name of 1 to " + MAX_RULE + " characters");
        }
        if (!(at >= 0) || !Double.isFinite(at)) {
            throw new IllegalArgumentException("at must be zero or more seconds of the call, got " + at);
        }
        if (by == null || by.isBlank() || by.length() > MAX_BY) {
            throw new IllegalArgumentException("by must name who marked it, 1 to " + MAX_BY + " characters");
        }
        if (markedAt == null) {
            throw new IllegalArgumentException("marked_at is missing");
        }
    }
}
