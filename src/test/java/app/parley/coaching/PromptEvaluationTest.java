package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptEvaluationTest {
    private static Prompt prompt(String kind, double at) {
        return new Prompt(kind, "r", at, "m", "e", Speaker.CALLER, Prompt.Severity.WARN);
    }

    @Test
    void aPromptMatchesALabelOfItsKindWithinTheSpanOnlyOnce() {
        PromptEvaluation card = new PromptEvaluation();
        PromptEvaluation.CallResult result = card.add("call", List.of(
                        new PromptEvaluation.Expected("urgency", 10, 20),
                        new PromptEvaluation.Expected("urgency", 30, 40),
                        new PromptEvaluation.Expected("options", 10, 20)),
                List.of(prompt("urgency", 12), prompt("urgency", 15), prompt("options", 25)));
        assertEquals(List.of(new PromptEvaluation.Expected("options", 10, 20),
                new PromptEvaluation.Expected("urgency", 30, 40)), result.missed());
        assertEquals(List.of(prompt("urgency", 15), prompt("options", 25)), result.unexpected());
        List<PromptEvaluation.KindFigures> figures = card.byKind(List.of("urgency", "options", "empathy"));
        assertEquals(new PromptEvaluation.KindFigures("urgency", 2, 2, 1), figures.get(0));
        assertEquals(0.5, figures.get(0).recall());
        assertEquals(0.5, figures.get(0).precision());
        assertEquals(new PromptEvaluation.KindFigures("options", 1, 1, 0), figures.get(1));
        assertEquals(new PromptEvaluation.KindFigures("empathy", 0, 0, 0), figures.get(2));
        assertEquals(1.0, figures.get(2).recall());
        assertEquals(1.0, figures.get(2).precision());
    }

    @Test
    void anyPromptOnACleanCallIsAFalseAlarm() {
        PromptEvaluation card = new PromptEvaluation();
        card.add("clean", List.of(), List.of(prompt("dispute", 3)));
        card.add("also-clean", List.of(), List.of());
        assertEquals(2, card.cleanCalls());
        assertEquals(1, card.promptsOnCleanCalls());
        List<PromptEvaluation.KindFigures> figures = card.byKind(List.of("urgency"));
        assertEquals(new PromptEvaluation.KindFigures("dispute", 0, 1, 0), figures.get(1), "kinds seen are listed too");
        assertEquals(0.0, figures.get(1).precision());
    }
}
