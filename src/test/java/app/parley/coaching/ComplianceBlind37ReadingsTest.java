package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind37 said that no reading knew (round 103): the law sent after the client in other words
 * ("once a judge signs it, they'll come looking for you"); the client's people said to want to know once named
 * ("your sister is the emergency contact, I'm sure she'd want to know what's going on"); and a payment from a
 * checking account, "check" still at the end of a partial result, no pay taken.
 */
class ComplianceBlind37ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String DISCLOSED = "im a debt collector calling to collect a debt the balance is five hundred "
            + "and sixty dollars";

    @Test
    void theLawSentAfterTheClientAndThePeopleWhoWouldWantToKnowAreThreats() {
        for (String said : List.of(
                "theres paperwork with your name on a desk downtown once a judge signs it theyll come looking for you",
                "your sister monica is listed as the emergency contact im sure shed want to know whats going on")) {
            assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "yeah", A, said), said);
        }
    }

    @Test
    void theSameWordsDeniedOrOfTheClientAreNone() {
        for (String said : List.of("nobody is going to come looking for you over a credit card",
                "if you want your sister to help shed want to know the amount so ill send you the letter",
                "two hundred and forty three dollars comes out of your checking this friday")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "yeah", A, said), said);
        }
    }

    @Test
    void aCheckAtTheEndOfAPartialResultWaitsForTheNextWord() {
        List<String> raised = Said.revised(EN, A, "two hundred and forty three dollars comes out of your check",
                "two hundred and forty three dollars comes out of your checking this friday").stream()
                .map(p -> p.kind() + "/" + p.rule()).toList();
        assertEquals(List.of(), raised.stream().filter(r -> r.endsWith("/unlawful-threat")
                || r.endsWith("/agent-hostile-words")).toList(), raised.toString());
    }
}
