package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What blind87 said that no reading knew (round 77): "nothing but time" is no inability, "no way
 * I've got six ninety sitting around" and "no idea what I could do" are; a kiosk is a way to pay; "be done thinking about it" puts nothing off; payments read off the
 * account are no offer; "we're not in any hurry" gives the day away, heard "were not" or not; "people
 * who don't bother reading" belittles; "sick to death of" and "who said you could" are anger.
 */
class Blind87ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the six hundred and ninety dollars on your title loan";
    private static final LocalDate JULY_TWENTY_SEVENTH = LocalDate.of(2026, 7, 27);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, JULY_TWENTY_SEVENTH, turns);
    }

    // --- inability, and what only looks like it ---------------------------------------------------------

    @ParameterizedTest(name = "cannot: ''{0}''")
    @ValueSource(strings = {
        "yeah i know i know but theres no way ive got six ninety sitting around this week",
        "i honestly have no idea where i even stand or what i could do",
        "i dont know what i can do about it",
        "i cant pay anything until i find a job",
    })
    void anInabilityOrALossWhatToDoAsksForOptions(String said) {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED, C, said)), said);
    }

    @ParameterizedTest(name = "no inability: ''{0}''")
    @ValueSource(strings = {
        "well im retired ive got nothing but time whats it about",
        "let me see what i can do",
    })
    void plentyOfTimeOrHelpOfferedIsNoInability(String said) {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED, C, said)), said);
    }

    // --- a kiosk, and a deferral ended -----------------------------------------------------------------

    @Test
    void theKioskIsAWayToPay() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "okay well im at that store every thursday so ill put the ninety eight on at the kiosk this thursday",
                A, "sounds good ninety eight dollars at the kiosk on thursday", C, "thank you have a good one")));
    }

    @Test
    void doneThinkingAboutItPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "id rather do it all at once and be done thinking about it can i pay at the window")));
    }

    @Test
    void stillThinkingAboutItPutsItOff() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "let me keep thinking about it")));
    }

    // --- payments read off the account ------------------------------------------------------------------

    @Test
    void paymentsSeenOnTheAccountAreNoOffer() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED, C, "no i paid that off in october",
                A, "let me pull it up with you i do see your payments of two thousand one hundred and six dollars on october "
                        + "ninth which cleared everything at the time")));
    }

    @Test
    void paymentsHeldOutAreAnOffer() {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", rules(A, DISCLOSED, C, "okay",
                A, "we could split it into three payments of two hundred and thirty dollars")));
    }

    // --- the day given away ------------------------------------------------------------------------------

    @ParameterizedTest(name = "soft: ''{0}''")
    @ValueSource(strings = {
        "sending it back now wont change anything really just send something whenever you get around to it were not in any hurry",
        "were not in any hurry on it",
    })
    void notInAnyHurryGivesTheDayAway(String said) {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED, C, "okay", A, said)), said);
    }

    // --- belittling, and anger ---------------------------------------------------------------------------

    @Test
    void peopleWhoDontBotherReadingBelittles() {
        assertTrue(rules(A, DISCLOSED, C, "three ninety for what", A, "its right there in the contract honestly people who "
                + "dont bother reading what they sign always end up on the phone with me")
                .contains("emotional-control/agent-hostile-words"));
    }

    @ParameterizedTest(name = "angry: ''{0}''")
    @ValueSource(strings = {
        "honestly i am sick to death of that company they jack up the interest and now they hand me off to you people",
        "yeah this is daniel and who said you could go telling my wife my business",
    })
    void angerAtTheCompanyOrAtADebtToldIsAnger(String said) {
        List<String> raised = rules(A, DISCLOSED, C, said);
        assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", raised), said);
        // the debt told to their wife is a compliance breach, not a slip of the agent's temper
        assertEquals(List.of(), Said.ofKind("emotional-control", raised), said);
    }
}
