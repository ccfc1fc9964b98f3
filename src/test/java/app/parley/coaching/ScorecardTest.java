package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static Prompt prompt(String kind, double at) {
        return new Prompt(kind, "r", at, "m", "e", Speaker.CALLER, Prompt.Severity.WARN);
    }

    @Test
    void aPromptMatchesALabelOfItsKindWithinTheSpanOnlyOnce() {
        Scorecard card = new Scorecard();
        Scorecard.CallResult result = card.add("call", List.of(
                        new Scorecard.Expected("urgency", 10, 20),
                        new Scorecard.Expected("urgency", 30, 40),
                        new Scorecard.Expected("options", 10, 20)),
                List.of(prompt("urgency", 12), prompt("urgency", 15), prompt("options", 25)));
        assertEquals(List.of(new Scorecard.Expected("options", 10, 20), new Scorecard.Expected("urgency", 30, 40)),
                result.missed());
        assertEquals(List.of(prompt("urgency", 15), prompt("options", 25)), result.unexpected());
        List<Scorecard.KindFigures> figures = card.byKind(List.of("urgency", "options", "empathy"));
        assertEquals(new Scorecard.KindFigures("urgency", 2, 2, 1), figures.get(0));
        assertEquals(0.5, figures.get(0).recall());
        assertEquals(0.5, figures.get(0).precision());
        assertEquals(new Scorecard.KindFigures("options", 1, 1, 0), figures.get(1));
        assertEquals(new Scorecard.KindFigures("empathy", 0, 0, 0), figures.get(2));
        assertEquals(1.0, figures.get(2).recall());
        assertEquals(1.0, figures.get(2).precision());
    }

    @Test
    void anyPromptOnACleanCallIsAFalseAlarm() {
        Scorecard card = new Scorecard();
        card.add("clean", List.of(), List.of(prompt("dispute", 3)));
        card.add("also-clean", List.of(), List.of());
        assertEquals(2, card.cleanCalls());
        assertEquals(1, card.promptsOnCleanCalls());
        List<Scorecard.KindFigures> figures = card.byKind(List.of("urgency"));
        assertEquals(new Scorecard.KindFigures("dispute", 0, 1, 0), figures.get(1), "kinds seen are listed too");
        assertEquals(0.0, figures.get(1).precision());
    }
}
