package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review of round 79 (a QA lead's reading of the floor): the payday the agent asked for, a negative
 * past before "till", the pay channels "on file", and a bill that "fell off the list". Each test
 * asserts what should happen on a real call.
 */
class Round79ReviewTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final RuleBook ES = RuleBook.builtIn("es");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the three hundred and twelve dollars on your cable account";
    private static final String DISCLOSED_ES = "le llamo de un despacho de cobranza por cuenta de cablemax por su adeudo "
            + "de tres mil pesos";
    /** A Tuesday. */
    private static final LocalDate DECEMBER_EIGHTH = LocalDate.of(2026, 12, 8);
    private static final List<String> LATER_DAY = List.of("urgency/client-names-a-later-day");
    private static final List<String> CLOSING = List.of("next-step/closing-without-agreement");

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, DECEMBER_EIGHTH, turns);
    }

    private static List<String> urgency(Object... turns) {
        return Said.ofKind("urgency", rules(turns));
    }

    // --- payday-asked: the agent's question must not cover every deferral in the next 30 s ----------------

    @Test
    void aFarDeferralAfterThePaydayAnswerIsStillPutOff() {
        // The payday is answered, then the client puts the whole thing off to March: the agent did not ask for March.
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "i cant do the whole thing today",
                A, "okay when do you get paid",
                C, "the thirtieth but honestly i cant do anything till march"));
    }

    @Test
    void aPaycheckTurnedDownForALaterMonthIsStillPutOff() {
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "i could do a hundred friday",
                A, "a hundred on friday the eleventh is a good start and the other two hundred and twelve could that come "
                        + "out of your next paycheck",
                C, "no my next paycheck is already gone on rent maybe in february"));
    }

    @Test
    void pushingTheWholeThingToNextMonthAfterAPaydayQuestionIsStillPutOff() {
        // The near payday taken, then a few turns later the client backs out to next month: well inside 30 s.
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "i cant do it right now",
                A, "when do you get paid",
                C, "friday",
                A, "okay so could we set up the three hundred and twelve for this friday the eleventh",
                C, "you know what can we just push it to next month"));
    }

    @Test
    void unaDeudaAplazadaAMarzoTrasLaPreguntaDelDiaDePagaSiAplaza() {
        assertEquals(LATER_DAY, Said.ofKind("urgency", Said.rules(ES, DECEMBER_EIGHTH, A, DISCLOSED_ES,
                C, "no puedo pagar todo hoy", A, "y cuando le pagan",
                C, "el treinta pero la verdad no puedo nada hasta marzo")));
    }

    @Test
    void elDiaDePagaQuePidioElAsesorNoAplazaNada() {
        assertEquals(List.of(), Said.ofKind("urgency", Said.rules(ES, DECEMBER_EIGHTH, A, DISCLOSED_ES,
                C, "no puedo pagar todo hoy", A, "y cuando le pagan", C, "el veinticuatro me pagan el veinticuatro")));
    }

    @Test
    void thePaydayAskedAsWhenThePaycheckComesInPutsNothingOff() {
        // Under-reach: the same question worded as agents often word it is not heard as payday-asked.
        assertEquals(List.of(), urgency(A, DISCLOSED, C, "i get paid friday i could do a hundred friday",
                A, "a hundred on friday the eleventh is a good start and for the other two hundred and twelve when does "
                        + "your paycheck come in",
                C, "we get paid early for christmas the twenty fourth yeah okay the twenty fourth"));
    }

    @Test
    void controlThePaydayTheAgentAskedForPutsNothingOff() {
        assertEquals(List.of(), urgency(A, DISCLOSED, C, "i cant do the whole thing today",
                A, "okay when do you get paid", C, "the twenty fourth we get paid the twenty fourth"));
    }

    @Test
    void controlWithNoPaydayAskedTheSameAnswerIsPutOff() {
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "i cant do the whole thing today",
                A, "okay what can you do", C, "honestly i cant do anything till march"));
    }

    // --- waitedThrough: a negative past before "till" -----------------------------------------------------

    @Test
    void wereNotPayingTillMarchIsADeferral() {
        // "we're" reaches the readings as "were" (apostrophes dropped): "were not" is then read as a past.
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "we're not paying anything till march"));
    }

    @Test
    void aBonusThatDidNotComeThenAWaitTillMarchIsADeferral() {
        // The negative past ("didn't get the bonus") and the deferral are two clauses with no "and"/"so" between.
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "i didnt get the bonus it has to wait till march"));
    }

    @Test
    void unemploymentThatDidNotComeThenNotTillMarchIsADeferral() {
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "the unemployment didnt come through this week honestly not "
                + "till march"));
    }

    @Test
    void aDeferralToldAsWhatTheLastAgentSaidIsStillADeferral() {
        // Reported speech backshifts the tense: the client still puts the payment off to March.
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "the last guy i talked to said i didnt have to pay anything "
                + "till march"));
    }

    @Test
    void controlICantPayTillJanuaryIsStillALaterDay() {
        assertEquals(LATER_DAY, urgency(A, DISCLOSED, C, "i cant pay till january"));
    }

    @Test
    void controlTheHolidayOrdersThatDidNotPayOutTillJanuaryPutNothingOff() {
        assertEquals(List.of(), urgency(A, DISCLOSED, C, "the holiday orders didnt pay out till january thats how i "
                + "got behind"));
    }

    @Test
    void ordersThatNeverPaidOutTillJanuaryPutNothingOff() {
        // Under-reach: "never" alone tells the same past wait as "didn't".
        assertEquals(List.of(), urgency(A, DISCLOSED, C, "the holiday orders never paid out till january thats how i "
                + "got behind"));
    }

    @Test
    void aWaitTheClientHadToSitThroughPutsNothingOff() {
        assertEquals(List.of(), urgency(A, DISCLOSED, C, "i had to wait till january for the holiday orders to pay out "
                + "thats how i got behind"));
    }

    // --- pay channels "on file" ---------------------------------------------------------------------------

    @Test
    void aNoteOnTheAccountOnFileIsNoWayToPay() {
        // Only a call-back is agreed: "the account on file" is the debt's account, not how the client pays.
        assertEquals(CLOSING, Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "i get paid friday let me call you back then",
                A, "okay ill put a note on the account on file that youll call us back on friday",
                C, "okay", A, "alright thank you have a good day")));
    }

    @Test
    void noCardOnFileIsNoWayToPay() {
        assertEquals(CLOSING, Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "i get paid friday ill call you back then",
                A, "okay we dont have a card on file so just call us back on friday with one",
                C, "okay", A, "alright thank you have a good day")));
    }

    @Test
    void controlTheCardOnFileNamedForThePaymentIsAWayToPay() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED, C, "half today half monday",
                A, "yes on the card on file one hundred fifty six today and one hundred fifty six on monday december "
                        + "fourteenth",
                C, "okay do it", A, "you will have an email within the hour thanks have a good day")));
    }

    // --- a bill that fell off, and "off" otherwise --------------------------------------------------------

    @Test
    void hoursThatDroppedOffAfterTheSurgeryAreAHardship() {
        // Over-reach: "dropped off" here is the client's income falling, a hardship still going on.
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh the back surgery yeah the hours dropped off after that")));
    }

    @Test
    void workThatFellOffAfterTheSurgeryIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh the knee surgery yeah work kind of fell off after that")));
    }

    @Test
    void aBillPutOffIsNoHardship() {
        // Under-reach: "putting it off" says the bill waited, no one is off work.
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh biscuits surgery yeah hes fine now i just kept putting it off")));
    }

    @Test
    void controlABillThatSlippedOffTheListIsNoHardship() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh biscuits surgery yeah hes fine now it just slipped off the list")));
    }

    @Test
    void controlOffWorkStillAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh biscuits surgery yeah it fell off the list and im off work since")));
    }
}
