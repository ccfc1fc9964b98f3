package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind97 said that no reading knew (round 87): "I pay already, January" disputes; "I cannot,
 * is too much this week" and "all at once I can not right now, not with the roofer" cannot pay;
 * "what can they even do here?" asks for options; "the animal hospital" and "is it the hospital's?"
 * name the bill; "you can kiss that Silverado goodbye" bids no one goodbye; "we'll go after his
 * paycheck", told to his mother, threatens; "you stay cool out there" winds the call up; "I'll get
 * to the old one" promises with no day.
 */
class Blind97ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate JULY_TWENTIETH = LocalDate.of(2026, 7, 20);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the one hundred forty three dollars on your phone account";

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, JULY_TWENTIETH, turns);
    }

    @Test
    void iPayAlreadyDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "no i know this one i pay already january i go to the store myself i pay cash")));
    }

    @Test
    void iPayAlreadyTooMuchIsNoDispute() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, "i pay already too much for this phone")));
    }

    @Test
    void cannotIsTooMuchCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "okay but one forty three right now i cannot is too much this week the rent is due")));
    }

    @Test
    void tooMuchInterestIsNoInability() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED, C, "that is too much interest if you ask me")));
    }

    @Test
    void aBareCantWithItsReasonAfterTheSumCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "well ninety all at once i can not right now not with the roofer")));
        assertEquals(List.of(), Said.ofKind("options", rules(A, "is now a good time to talk", C, "no i cant right now")));
    }

    @Test
    void whatCanTheyEvenDoAsksForOptions() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "we had the baby in march and its been one thing after another what can they even do here")));
    }

    @Test
    void theAnimalHospitalNamesTheBill() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, "this is simone im a debt collector am i speaking with kayla",
                C, "yeah is this about pepper at the animal hospital")));
    }

    @Test
    void isItTheHospitalsAsksWhichBill() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED, C, "oh is it the hospitals from the procedure")));
    }

    @Test
    void kissItGoodbyeEndsNoCall() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED,
                A, "if i dont see six sixty by friday theres a tow truck in your driveway and you can kiss that silverado "
                        + "goodbye")));
    }

    @Test
    void goingAfterHisPaycheckThreatens() {
        // (compliance rules are the scorecard's here: the same reading raises the hostile-words prompt)
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", rules(
                C, "lord that boy always something with him",
                A, "you might let him know if he keeps dodging us we all go after his paycheck")));
    }

    @Test
    void stayCoolOutThereEndsTheCall() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "a hundred and thirty hmm yeah i guess thats doable",
                A, "alright then ill make a note on the account you stay cool out there miss simms")));
    }

    @Test
    void illGetToTheOldOnePromisesWithNoDay() {
        assertEquals(List.of("urgency/client-promises-without-a-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "with the air running day and night that bills eating me alive ill get to the old one")));
    }
}
