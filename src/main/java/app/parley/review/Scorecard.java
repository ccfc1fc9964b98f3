package app.parley.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A call's QA scorecard: one row per {@link Element}, in that order. Computed by
 * {@link ScorecardRules#score}; reviewers' overrides are laid over it by
 * {@link #withOverrides}. Its JSON is what {@code GET /api/calls/{id}/scorecard} serves.
 */
@JsonPropertyOrder({"call_id", "rows"})
public record Scorecard(@JsonProperty("call_id") String callId, List<Row> rows) {
    public Scorecard {
        rows = List.copyOf(rows);
        List<Element> elements = rows.stream().map(Row::element).toList();
        if (!elements.equals(Arrays.asList(Element.values()))) {
            throw new IllegalArgumentException("a scorecard has one row per element in order "
                    + Arrays.toString(Element.values()) + ", got " + elements);
        }
    }

    public Row row(Element element) {
        return rows.get(element.ordinal());
    }

    /**
     * The scorecard with these overrides added to each row's history. A row shows the verdict
     * of its newest override (by {@code at}; of two given at the same instant, the later in the
     * history); its computed verdict and reason stay as they were.
     */
    public Scorecard withOverrides(List<ReviewOverride> overrides) {
        List<Row> shown = new ArrayList<>();
        for (Row row : rows) {
            List<ReviewOverride> history = new ArrayList<>(row.overrides());
            overrides.stream().filter(o -> o.element() == row.element()).forEach(history::add);
            history.sort(Comparator.comparing(ReviewOverride::at)); // stable: ties keep their order
            Verdict verdict = history.isEmpty() ? row.computedVerdict() : history.get(history.size() - 1).verdict();
            shown.add(new Row(row.element(), row.title(), verdict, row.computedVerdict(), row.reason(), row.moments(),
                    history));
        }
        return new Scorecard(callId, shown);
    }
}
