package app.parley.backtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a draft would have changed on a set of stored calls: per rule, the prompts the rules in
 * force and the draft raise; each prompt gained or lost, with the words around it. See
 * docs/backtest.md.
 */
@JsonPropertyOrder({"calls", "rules", "changes", "changes_total"})
public record BacktestResult(int calls, List<RuleFigures> rules, List<Change> changes,
        @JsonProperty("changes_total") int changesTotal) {
    public BacktestResult {
        rules = List.copyOf(rules);
        changes = List.copyOf(changes);
    }

    /** One rule's figures; precision is null where no prompt of its side has a label. */
    @JsonPropertyOrder({"rule", "kind", "published", "draft", "gained", "lost", "unchanged", "calls_affected",
            "per_100_published", "per_100_draft", "precision_published", "precision_draft", "labels"})
    public record RuleFigures(String rule, String kind, int published, int draft, int gained, int lost, int unchanged,
            @JsonProperty("calls_affected") int callsAffected,
            @JsonProperty("per_100_published") double per100Published,
            @JsonProperty("per_100_draft") double per100Draft,
            @JsonProperty("precision_published") Double precisionPublished,
            @JsonProperty("precision_draft") Double precisionDraft,
            Labelled labels) {
    }

    /** How many prompts of each side have a label: what each precision rests on. */
    public record Labelled(int published, int draft) {
    }

    /**
     * A prompt one side raises and the other does not. {@code label}: what people said of it
     * (true right, false wrong, null nobody).
     */
    @JsonPropertyOrder({"call_id", "rule", "kind", "at", "change", "message", "evidence", "speaker", "snippet",
            "replay", "label"})
    public record Change(@JsonProperty("call_id") String callId, String rule, String kind, double at, String change,
            String message, String evidence, String speaker, String snippet, String replay, Boolean label) {
        public static final String GAINED = "gained";
        public static final String LOST = "lost";
    }
}
