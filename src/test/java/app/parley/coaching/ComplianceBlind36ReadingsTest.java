package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind36 said that no reading knew (round 102): harms beyond the law, the car and the people read
 * so far, held out by the agent: a bank account frozen, a driver's licence suspended (heard "our driver's license"),
 * pay taken "out of your check", the debtor's family called (said to his ex-wife), a criminal record.
 */
class ComplianceBlind36ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final String DISCLOSED = "im a debt collector calling to collect a debt the balance is five hundred "
            + "and twelve dollars";

    @Test
    void harmsBeyondTheLawTheCarAndThePeopleAreThreats() {
        for (String said : List.of(
                "if we dont have a plan from you today we freeze your checking account and take it out ourselves",
                "unpaid medical accounts get sent over to the dmv and our drivers license get suspended until its paid",
                "if nothing comes in by next week they start taking it out of your check",
                "tell him if he keeps putting us off well start calling his brother his parents everybody in that family",
                "you keep dodging this it turns into a criminal record and that follows you to every job")) {
            assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "yeah", A, said), said);
        }
    }

    @Test
    void theSameWordsOfAPaymentOrADenialAreNone() {
        for (String said : List.of("we can take the payment from your checking account friday",
                "your license cant be suspended over this", "this is a civil matter it is not a criminal matter",
                "nobody is filing criminal charges over a debt", "could you ask him to call me or ill call his cell later",
                "i can mail the receipt to his work address")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "yeah", A, said), said);
        }
    }
}
