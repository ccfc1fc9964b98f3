package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind35 said that no reading knew (round 100): the disclosure as the recogniser heard it ("a
 * deadly election agency", "my job is collecting that", "anything you tell me … for the that"); the debt ending
 * up "in front of people's employers"; an office "directly under the district attorney" and a file that "goes
 * over to the prosecutor"; the home that "can be sold to cover the balance"; a sister named, then called "to
 * fill her in"; "it's in collection now" told to a wrong number; a paycheck "going to start getting garnished";
 * and a roommate's "she's at the hospital till late", a shift, and "is this a hospital?", who is calling.
 */
class ComplianceBlind35ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final String DISCLOSED = "im a debt collector calling to collect a debt the balance is five hundred "
            + "and twelve dollars";

    @Test
    void theDisclosureAsTheRecogniserHeardItComesBeforeTheDebt() {
        for (String disclosure : List.of(
                "im with a deadly election agency this call is to collect to that and anything you tell me as you for the that",
                "before anything else my job is collecting that and love you tell me today get fuel for the that",
                "im with a debt collection agency")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, disclosure, C, "okay",
                    A, "the balance is three hundred and eighty dollars"), disclosure);
        }
        assertEquals(List.of("debt-before-disclosure"), Said.breaches(EN, DAY, A, "this is dana from northwind collections",
                C, "okay", A, "the balance is three hundred and eighty dollars"));
    }

    @Test
    void theLawAndTheHomeHeldOutAreThreats() {
        for (String said : List.of(
                "accounts like this one have a funny way of ending up in front of peoples employers",
                "our office works directly under the district attorney so if it isnt made good the file goes over to "
                        + "the prosecutor",
                "if we cant work something out a lien goes on the property and it can be sold to cover the balance",
                "your sister tanya is down as a reference so ill be calling her this afternoon to fill her in on what "
                        + "her little brother has been up to",
                "if nothing gets set up this week your paycheck is going to start getting garnished")) {
            assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "yeah", A, said), said);
        }
        for (String said : List.of("this wont end up with your employer",
                "nobody is going to refer this to the prosecutor",
                "after the truck was sold at auction to cover part of the loan twenty one forty was left")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "yeah", A, said), said);
        }
    }

    @Test
    void aDebtInCollectionTellsTheDebt() {
        assertEquals(List.of("debt-told-to-third-party"), Said.breaches(EN, DAY, A, "hello is this dana pruitt",
                C, "no wrong number theres no dana here", A, "well tell her crossroads recovery called its in collection now"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, "hi this is dana i work in collections is this mike", C, "yes"));
    }

    @Test
    void aShiftAtTheHospitalIsNoIllness() {
        assertEquals(List.of(), Said.ofKind("empathy", EN, DAY, A, "hi is nadia there",
                C, "no shes got a double today shes at the hospital till late this is her roommate"));
        assertEquals(List.of(), Said.ofKind("empathy", EN, DAY, A, "hi is nadia there",
                C, "wait whats that about is she okay is this a hospital"));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED,
                C, "im at the hospital with my dad all week"));
    }
}
