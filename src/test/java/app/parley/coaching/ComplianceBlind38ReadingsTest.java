package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind38 said that no reading knew (round 104): someone else on the line asking back ("are you
 * looking for my dad?") or naming whose they are with "this is" lost ("her mother, Brianna's upstairs"); a harm to the
 * client's property closed with a wink ("… sitting in the driveway, if you know what I mean"); a private agency named
 * as the state's ("the State Office of Student Aid Collections"); and an account threatened with freezing, or a
 * letter mailed, no way to pay agreed.
 */
class ComplianceBlind38ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 18);
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt";

    @Test
    void someoneElseAskingBackOrNamingWhoseTheyAreIsNotTheDebtor() {
        assertEquals(List.of("debt-told-to-third-party"), Said.breaches(EN, DAY, A, "hi is this thomas becker",
                C, "wait are you looking for my dad im tom junior",
                A, "well you can let him know fairway has approved a settlement of one thousand four hundred dollars"));
        assertEquals(List.of("collector-told-to-third-party"), Said.breaches(EN, DAY, A, "may i speak with brianna cole",
                C, "her mother brianna is upstairs whos calling",
                A, "this is marcus from ironwood recovery were a debt collection agency and i need to talk to her about a "
                        + "debt she owes"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED + " is this brianna cole",
                C, "yes dave is at work so i handle the bills",
                A, "the balance is nine hundred and sixty dollars"));
    }

    @Test
    void aHarmHintedWithAWinkAndTheStatesNameAreBreaches() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED + " the loan is three months behind",
                C, "ill deal with it after new years",
                A, "accounts that get ignored have a way of ending up attached to whatevers sitting in the driveway if "
                        + "you know what i mean"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED + " the loan is three months behind",
                C, "ill deal with it after new years",
                A, "the late fees have a way of piling up if you know what i mean"));
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, "hi priya this is mister tran calling from "
                + "the state office of student aid collections " + DISCLOSED));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, "hi priya this is mister tran calling from the state "
                + "university bursars office " + DISCLOSED));
    }

    @Test
    void anAccountThreatenedAndALetterMailedAreNoWayToPay() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", EN, DAY,
                A, DISCLOSED + " your timeshare maintenance is three thousand two hundred dollars past due",
                C, "ill pay when i can",
                A, "we know where you bank we can have your checking account frozen by monday",
                C, "are you threatening me",
                A, "and you pay five hundred dollars by friday",
                C, "im not agreeing to anything send me something in writing",
                A, "alright ill mail you a letter today goodbye"));
    }
}
