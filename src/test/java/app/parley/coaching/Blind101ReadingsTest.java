package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind101 said that no reading knew (round 90, begun): "that was all settled when I closed
 * it" disputes; "today? nothing, I can['t] pay anything right now" cannot pay; "you just told my
 * roommate all about it? that's my business" is anger at the debt told.
 */
class Blind101ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate JUNE_TWENTY_THIRD = LocalDate.of(2026, 6, 23);
    private static final String INTERNET = "im a debt collector and this is an attempt to collect a debt there is a final "
            + "balance of two hundred and eighteen dollars on your skyway internet account";

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, JUNE_TWENTY_THIRD, turns);
    }

    @Test
    void settledWhenTheAccountClosedDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, INTERNET,
                // as heard: "I cancelled that in March", "the modem", "I don't owe them anything" all garbled
                C, "no no i cancelled that didnt know i took the moved back to the story on elm street myself and they "
                        + "gave me a little slip for it i dont all the im anything that was all settled when i closed it")));
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, INTERNET,
                C, "okay so it will be settled when i pay the two eighteen")));
    }

    @Test
    void anythingAfterCanWithTheTimeAfterItCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, INTERNET,
                C, "today nothing i can pay anything right now honestly unemployment barely covers the rent")));
        assertEquals(List.of(), Said.ofKind("options", rules(A, INTERNET,
                C, "i can pay anything you want by friday")));
    }

    @Test
    void theDebtToldToTheRoommateAngers() {
        assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", rules(A, INTERNET,
                C, "yeah and you just told my roommate all about it what is that thats my business")));
    }
}
