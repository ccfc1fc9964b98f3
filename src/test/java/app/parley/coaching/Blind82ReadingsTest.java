package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What blind81 and blind82 said that no reading knew (round 72): neither sum nor day asked for
 * ("just send in something when you can"); not being heard, which is the client upset and no sign
 * of the agent's temper; "paid off" heard as "laid off"; a hospital that bills; another account
 * the agent sees paid; a payment told with where, then when; the client's word dismissed as
 * everyone's; and a bill named by its month.
 */
class Blind82ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "a balance of one hundred and forty five dollars";
    private static final LocalDate MAY_FIFTEENTH = LocalDate.of(2026, 5, 15);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, MAY_FIFTEENTH, turns);
    }

    // --- neither the sum nor the day ----------------------------------------------------------------

    @ParameterizedTest(name = "soft ask: ''{0}''")
    @ValueSource(strings = {
        "no worries just send in something when you can even fifty bucks",
        // as the small model heard it
        "no worries alert just send in something when you can't even fifty bucks",
        "sure whenever just send something when you get a chance",
        "okay well pay something when you can then",
    })
    void somethingWhenYouCanGivesBothAway(String said) {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED, C, "yeah i know", A, said)),
                said);
    }

    @Test
    void aSumAndADayAskedForGiveNothingAway() {
        assertEquals(List.of(), Said.ofKind("firmness", rules(A, DISCLOSED, C, "yeah i know",
                A, "can you send something in by friday say fifty dollars")));
    }

    // --- not heard: the client upset, no sign of the agent's temper ----------------------------------

    @ParameterizedTest(name = "not heard: ''{0}''")
    @ValueSource(strings = {
        "are you even listening to me i just told you i dont have a job",
        "did you even hear what i just said i have no job",
        "youre not even listening to me",
    })
    void notBeingHeardIsAngerAndNoObjectionToTheAgentsTone(String said) {
        List<String> raised = rules(A, DISCLOSED, C, "i got laid off three weeks ago i cant pay that",
                A, "okay the balance is nine hundred and seventy dollars and its been past due since may", C, said);
        assertTrue(raised.contains("empathy/client-angry"), raised.toString());
        assertEquals(List.of(), Said.ofKind("emotional-control", raised), said);
    }

    @Test
    void anObjectionToTheToneStillShowsTheAgentsSlip() {
        assertTrue(rules(A, DISCLOSED, C, "dont you talk to me like that").contains(
                "emotional-control/client-objects-to-agent"));
    }

    // --- "paid off" heard as "laid off" ---------------------------------------------------------------

    @ParameterizedTest(name = "hardship: ''{0}''")
    @ValueSource(strings = {
        "i got laid off three weeks ago",
        "yeah just got laid off in june",
        "were both laid off right now",
        "ever since being laid off its been hard",
        "my husband was laid off in march",
    })
    void aLayOffToldIsAHardship(String said) {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void gettingItLaidOffIsPayingItOff() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "the six fifty id honestly rather just get laid off this week and stop thinking about it")));
    }

    // --- a hospital that bills ------------------------------------------------------------------------

    @Test
    void theHospitalTaggingAFeeOnIsNoIllness() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "is there like a convenience fee or something the hospital tag one on last time")));
    }

    // --- another account, seen paid -------------------------------------------------------------------

    @Test
    void anotherLoanTheAgentSeesPaidIsNoDispute() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED + " on your private student loan",
                C, "okay there were two of those the first one i already paid off i got the letter in april which one "
                        + "is this",
                A, "thats right the first one shows paid in full this is the second loan from your senior year")));
    }

    @Test
    void aPaymentTheAgentDoesNotSeeIsDisputed() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "i already paid that off in april",
                A, "i dont see anything from april on this account")));
    }

    // --- paid: where, then when -----------------------------------------------------------------------

    @ParameterizedTest(name = "paid: ''{0}''")
    @ValueSource(strings = {
        "i pay that i pay that the friend yesterday",
        "i pay that at the front desk yesterday",
        "i pay that to them already",
    })
    void aPaymentToldWithWhereThenWhenDisputes(String said) {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED, C, said)), said);
    }

    @ParameterizedTest(name = "not paid: ''{0}''")
    @ValueSource(strings = {
        "i pay that every month and last week they called me again",
        "i pay that on time last year and the year before",
        "can i pay that at the front desk tomorrow",
    })
    void habitsAndPlansDisputeNothing(String said) {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, said)), said);
    }

    // --- the client's word dismissed as everyone's ----------------------------------------------------

    @Test
    void everybodySaysThatIsContempt() {
        List<String> raised = rules(A, DISCLOSED, C, "i paid that i paid that at the front desk",
                A, "right everybody says that");
        assertTrue(raised.contains("emotional-control/agent-hostile-words"), raised.toString());
    }

    @Test
    void everybodySaysThatWaitsForTheWordsAfterIt() {
        List<app.parley.meaning.Intent.Span> soFar = app.parley.meaning.Intent.CONTEMPT.find(
                List.of("right", "everybody", "says", "that"), "en");
        assertEquals(1, soFar.size());
        assertFalse(soFar.get(0).settled(), "the next words may be 'at first, it's normal'");
        assertEquals(List.of(), app.parley.meaning.Intent.CONTEMPT.find(
                List.of("everybody", "says", "that", "at", "first"), "en"));
    }

    @ParameterizedTest(name = "reassurance: ''{0}''")
    @ValueSource(strings = {
        "everybody says that at first its normal",
        "everybody says that the plan helps",
    })
    void everybodySaysThatToReassureIsNot(String said) {
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(A, DISCLOSED, C, "i feel so stupid about this", A, said)),
                said);
    }

    // --- a bill named by its month --------------------------------------------------------------------

    @Test
    void nextMonthsBillForTheNewPlacePutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED + " i can take it on your card today",
                C, "just so you know next months bill for the new place ill be paying straight to the gas company right")));
    }

    @Test
    void nextMonthStillPutsItOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED
                + " can you pay it by friday", C, "i can pay it next month")));
    }
}
