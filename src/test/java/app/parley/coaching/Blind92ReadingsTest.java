package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind92 said that no reading knew (round 82): "eight hundred, when was that needed again by?"
 * asks for the deadline; its last word is no goodbye heard "by".
 */
class Blind92ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the one thousand and eighty dollars for the surgery at maple street veterinary";
    private static final LocalDate OCTOBER_TWENTY_SIXTH = LocalDate.of(2026, 10, 26);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, OCTOBER_TWENTY_SIXTH, turns);
    }

    @Test
    void whenWasThatNeededByAsksTheDeadline() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED,
                A, "what i can do is take eight hundred as a settlement or you can do four payments of two seventy",
                C, "eight hundred when was that needs again by")));
    }

    @Test
    void callingWhenICanThenByLeaves() {
        assertEquals(List.of("next-step/client-leaving-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                A, "so can we set a date today", C, "no im busy ill call you when i can by")));
    }
}
