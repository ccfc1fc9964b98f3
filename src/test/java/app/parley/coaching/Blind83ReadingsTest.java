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
 * What blind83 said that no reading knew (round 73): word left with a roommate goes stale once the
 * one called for comes to the phone; a lender's name is no way to pay ("the Cash Now loan"); the
 * client's account mocked; a lawsuit told of as history; being asked to call back later; the card
 * fetched from the car; and a near day that ends a long turn begun with a far one.
 */
class Blind83ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "four hundred and ninety dollars";
    private static final LocalDate MAY_SIXTH = LocalDate.of(2026, 5, 6);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, MAY_SIXTH, turns);
    }

    // --- word left, then the one called for comes on -----------------------------------------------

    @Test
    void wordLeftGoesStaleOnceTheOneCalledForComesOn() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(
                A, "hi im looking for brittany yale",
                C, "shes in the shower this is her roommate jade",
                A, "okay jade could you ask her to call me back",
                C, "oh wait she just got out brit its for you",
                A, "sure ill wait",
                C, "hi this is brittany",
                A, "hi brittany this is donna with silver line collections " + DISCLOSED,
                C, "yeah i know i can do a hundred or so on friday maybe a bit more",
                A, "okay sounds good ill make a note thanks brittany have a good night")));
    }

    @Test
    void wordLeftWithNobodyElseOnTheLineAgreesNothing() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(
                A, "hi im looking for brittany yale",
                C, "shes in the shower this is her roommate jade",
                A, "okay jade could you ask her to call me back",
                C, "sure ill tell her",
                A, "thanks jade have a good night")));
    }

    // --- a lender's name is no way to pay -------------------------------------------------------------

    @ParameterizedTest(name = "the debt: ''{0}''")
    @ValueSource(strings = {
        "its the cash now loan four hundred and ninety dollars",
        "its your cash advance balance four hundred and ninety dollars",
    })
    void cashNamingTheLenderAgreesNoWayToPay(String named) {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(
                A, DISCLOSED, A, named,
                C, "yeah i know i can do a hundred or so on friday maybe a bit more",
                A, "okay sounds good ill make a note thanks have a good night")));
    }

    @ParameterizedTest(name = "paid in cash: ''{0}''")
    @ValueSource(strings = {
        "i can pay the four ninety on friday in cash at your office",
        "okay i can pay the loan with cash on friday four ninety",
    })
    void cashPaidIsAWayToPay(String said) {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED, C, said, A, "great thanks have a good day")),
                said);
    }

    // --- the client's account mocked ------------------------------------------------------------------

    @ParameterizedTest(name = "mocked: ''{0}''")
    @ValueSource(strings = {
        "sure and i suppose the sofa just wandered back to the store on its own",
        "funny how everybody returned everything",
    })
    void theClientsAccountMockedIsContempt(String said) {
        List<String> raised = rules(A, DISCLOSED, C, "hang on the sofa isnt mine i took it back to the store", A, said);
        assertTrue(raised.contains("emotional-control/agent-hostile-words"), said + ": " + raised);
    }

    @Test
    void aStrayTold() {
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(A, DISCLOSED + " on your vet bill", C, "yes",
                A, "the note says the dog just wandered off on its own one night and got hit")));
    }

    // --- a lawsuit told as history --------------------------------------------------------------------

    @ParameterizedTest(name = "history: ''{0}''")
    @ValueSource(strings = {
        "it is over the college filed a lawsuit back in twenty twenty four and the court dismissed it",
        "the college filed a lawsuit back then",
        "they sued you back in twenty nineteen",
    })
    void aLawsuitToldOfIsNoThreat(String said) {
        List<String> raised = rules(A, DISCLOSED + " on your tuition", C, "is this the lawsuit thing again", A, said);
        assertEquals(List.of(), Said.ofKind("emotional-control", raised), said);
        assertEquals(List.of(), Said.ofKind("compliance", raised), said);
    }

    @ParameterizedTest(name = "threat: ''{0}''")
    @ValueSource(strings = {
        "then we will file a lawsuit against you",
        "then the college will file a lawsuit against you",
    })
    void aLawsuitToComeIsAThreat(String said) {
        assertTrue(rules(A, DISCLOSED, C, "i cant pay", A, said).contains("emotional-control/agent-hostile-words"),
                said);
    }

    // --- call me back later ---------------------------------------------------------------------------

    @Test
    void askedToBeCalledBackLaterPutsItOff() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i cant think about this right now can you call me back after ive been through everything")));
    }

    @Test
    void aNumberToCallBackOnPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "sure you can call me back at this number if we get cut off")));
    }

    // --- the card fetched from the car ----------------------------------------------------------------

    @Test
    void noRushWhileTheCardIsFetchedFromTheCarGivesNothingAway() {
        assertEquals(List.of(), Said.ofKind("firmness", rules(A, DISCLOSED,
                C, "i can pay by card right now oh but my wallets in the car can you give me a second to run out and get it",
                A, "no rush at all take your time ill stay on the line")));
    }

    // --- a near day that ends a long turn ---------------------------------------------------------------

    @Test
    void aNearDayLateInTheSameTurnPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "well i could pay some of it my pension comes in on the first or actually the social security comes "
                        + "on the third which is today isnt it so i could pay the whole thing two seventy on friday if "
                        + "thats all right because i dont want them selling the furniture even if nobody wants it its "
                        + "the principle")));
    }

    @Test
    void aFarDayAfterTheNearOneStillPutsItOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i was going to say friday but honestly with everything going on with the car and the kids it will "
                        + "have to be the end of next month")));
    }
}
