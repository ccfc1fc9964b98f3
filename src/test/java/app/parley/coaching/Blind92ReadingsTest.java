package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind92 said that no reading knew (round 82): "eight hundred, when was that needed again by?"
 * asks for the deadline; its last word is no goodbye heard "by". Round 83: "there's no way I'm coming up
 * with eleven hundred right now" cannot pay the sum; coming up with an answer is no money.
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

    @Test
    void noWayImComingUpWithTheSumCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "yeah the movers listen theres no way im coming up with eleven hundred right now i just put first "
                        + "and last month down on the new place")));
    }

    @Test
    void cantComeUpWithThatKindOfMoneyCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "i cant come up with that kind of money right now")));
    }

    @Test
    void comingUpWithAnAnswerIsNoMoney() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED,
                C, "honestly i cant come up with an answer for that i need to ask my wife")));
    }
}
