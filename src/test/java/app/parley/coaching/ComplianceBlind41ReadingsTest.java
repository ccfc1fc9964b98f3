package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind41 said that no reading knew (round 107): the client's people who "won't hear about it from us"
 * are reassured, not threatened; a condition with its verb left out ("if it isn't, your tax refund can be taken")
 * negates nothing after it; and "I work alongside the county" passes as the county.
 */
class ComplianceBlind41ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "twelve hundred and eighty dollars";

    @Test
    void peopleWhoWontHearAboutItAreReassured() {
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED,
                C, "i live with my parents please dont call them about this",
                A, "we wont discuss your account with anyone but you so your parents wont hear about it from us"));
        // as the recogniser heard it: "so your parents" as "we sold our parents"
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED,
                C, "i live with my parents please dont call them about this",
                A, "we wont discuss your account with anyone bother you we sold our parents wont hear about it from us"));
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill pay when i can",
                A, "small town like yours id hate for your neighbors to find out about this"));
    }

    @Test
    void aConditionWithItsVerbLeftOutNegatesNothingAfterIt() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "i want to handle it",
                A, "then lets make sure its handled because if it isnt your tax refund next spring can be taken to cover it"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "will you take my refund",
                A, "no your tax refund cant be taken for this"));
    }

    @Test
    void whatASecondReaderFoundTheseReadingsTooEagerFor() {
        // a government creditor named after "of"; a filler, no wink; a missed call, no missed month
        for (String said : List.of("hi this is mike im calling from the city of springfield water department " + DISCLOSED,
                DISCLOSED + " we can time it with your paycheck you know what im saying",
                "sorry i missed may i ask whos speaking")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, said), said);
        }
        // the hearing left open: a promise withheld is no reassurance
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill pay when i can",
                A, "i cant promise your boss wont hear about this"));
    }

    @Test
    void workingAlongsideTheCountyPassesAsTheCounty() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "next month",
                A, "next month is too late i work alongside the county on files like yours"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "is this the county",
                A, "no i dont work for the county we are a private agency"));
    }
}
