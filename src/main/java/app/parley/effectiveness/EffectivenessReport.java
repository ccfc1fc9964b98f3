package app.parley.effectiveness;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Prompt effectiveness over the calls read: one row per rule and team ({@link #ALL_TEAMS} for
 * every call, {@link #NO_TEAM} for agents in no team), its figures over the whole period and
 * per ISO week. {@code limited}: more calls matched than one report reads; {@code skipped}:
 * calls that matched but could not be read, and why.
 */
@JsonPropertyOrder({"calls", "limited", "skipped", "teams", "rules"})
public record EffectivenessReport(int calls, boolean limited, List<Skipped> skipped, List<String> teams,
        List<RuleRow> rules) {
    public static final String ALL_TEAMS = "*";
    public static final String NO_TEAM = "";

    public EffectivenessReport {
        skipped = List.copyOf(skipped);
        teams = List.copyOf(teams);
        rules = List.copyOf(rules);
    }

    EffectivenessReport read(boolean more, List<Skipped> left) {
        return new EffectivenessReport(calls, more, left, teams, rules);
    }

    /** The rows of one rule only. */
    public EffectivenessReport ofRule(String rule) {
        return new EffectivenessReport(calls, limited, skipped, teams,
                rules.stream().filter(r -> r.rule().equals(rule)).toList());
    }

    /** A call left out, and why. */
    @JsonPropertyOrder({"call_id", "reason"})
    public record Skipped(@JsonProperty("call_id") String callId, String reason) {
    }

    @JsonPropertyOrder({"rule", "kind", "team", "figures", "weeks"})
    public record RuleRow(String rule, String kind, String team, Figures figures, List<WeekRow> weeks) {
    }

    /** {@code week}: ISO week of the calls' start, {@code 2026-W48}. */
    @JsonPropertyOrder({"week", "figures"})
    public record WeekRow(String week, Figures figures) {
    }

    /**
     * Prompts fired, marked helpful and dismissed by the agent, and followed or not within
     * 30 s; {@code followed} and {@code not_followed} are null (n/a) for a kind where following
     * is not measured. Rates are over fired (helpful, dismissed) or over the prompts judged
     * (followed), null with nothing to divide by.
     */
    @JsonPropertyOrder({"fired", "helpful", "dismissed", "followed", "not_followed", "helpful_rate", "dismissed_rate",
            "followed_rate"})
    public record Figures(Figure fired, Figure helpful, Figure dismissed, Figure followed,
            @JsonProperty("not_followed") Figure notFollowed, @JsonProperty("helpful_rate") Double helpfulRate,
            @JsonProperty("dismissed_rate") Double dismissedRate, @JsonProperty("followed_rate") Double followedRate) {
    }

    /** {@code count} prompts on {@code calls} calls; the first {@link Effectiveness#LISTED} of them listed. */
    @JsonPropertyOrder({"count", "calls", "prompts"})
    public record Figure(int count, int calls, List<PromptAt> prompts) {
    }

    /** A prompt behind a figure: its call and the second it was raised. */
    @JsonPropertyOrder({"call_id", "at"})
    public record PromptAt(@JsonProperty("call_id") String callId, double at) {
    }
}
