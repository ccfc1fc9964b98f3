package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind110 said that no reading knew (round 99): the agent thanking the client for the whole
 * sum ("thank you, Samuel, that's great"), which says the client's "I can't pay the whole thing
 * today" was the recogniser's "I can"; and "zero income" told.
 */
class Blind110ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final String DISCLOSED = "im a debt collector calling about a debt the past due balance is one "
            + "hundred and eighty seven dollars";

    @Test
    void thanksForTheWholeSumTakeItUpAsAPayment() {
        for (String answer : List.of("thank you samuel thats great so one hundred and eighty seven dollars today",
                "and you samuel thats great so one hundred and eighty seven dollars today", "thats great lets do it")) {
            assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                    C, "no its right its mine i cant pay the whole thing today", A, answer), answer);
        }
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "no its right its mine i cant pay the whole thing today", A, "okay thats a lot i know"));
    }

    @Test
    void zeroIncomeIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED,
                C, "someone rear ended me on september the twenty second and i had zero income that whole time"));
    }
}
