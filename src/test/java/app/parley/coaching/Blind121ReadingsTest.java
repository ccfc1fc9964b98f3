package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind121 said that no reading knew (round 114): "well, I was laid off in September" tells the past ("well"
 * before a subject is no "we'll"); "the full amount I cannot do this month" says when it can't be done, no day put
 * off ("I can't pay it this month, maybe next month" still puts it off, by next month).
 */
class Blind121ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "one thousand two hundred dollars";

    @Test
    void wellBeforeASubjectIsNoWeWill() {
        LocalDate november = LocalDate.of(2026, 11, 11);
        assertEquals(List.of(), Said.ofKind("urgency", EN, november, A, DISCLOSED,
                C, "well i was laid off in september so the full amount is out of the question"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, november, A, DISCLOSED,
                C, "well well pay it in september"));
    }

    @Test
    void whenItCantBeDoneIsNoDayPutOff() {
        LocalDate may = LocalDate.of(2026, 5, 9);
        assertEquals(List.of(), Said.ofKind("urgency", EN, may, A, DISCLOSED,
                C, "the full amount i cannot do this month the two payments i can manage"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, may, A, DISCLOSED,
                C, "i cant pay it this month maybe next month"));
    }
}
