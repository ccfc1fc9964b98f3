package app.parley.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One element of a call's scorecard. {@code verdict} is the one shown: the newest reviewer
 * override's, or the computed one when there is none; {@code computedVerdict} and
 * {@code reason} are what the transcript, prompts and loudness gave; {@code moments} justify
 * it, in call order; {@code overrides} are the reviewers' overrides of the row, oldest first.
 */
@JsonPropertyOrder({"element", "title", "verdict", "computed_verdict", "reason", "moments", "overrides"})
public record Row(Element element, String title, Verdict verdict,
        @JsonProperty("computed_verdict") Verdict computedVerdict, String reason, List<Moment> moments,
        List<ReviewOverride> overrides) {
    public Row {
        moments = List.copyOf(moments);
        overrides = List.copyOf(overrides);
    }

    /** A computed row, not overridden. */
    static Row computed(Element element, Verdict verdict, String reason, List<Moment> moments) {
        return new Row(element, element.title(), verdict, verdict, reason, moments, List.of());
    }

}
