package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second reading of rounds 72 and 73: where the new readings over-reach (a prompt a careful coach
 * would not raise) or under-reach (a plain paraphrase of what a reading claims to catch, missed).
 * Every case here fails on 750413e.
 */
class Round73SecondReadingTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "four hundred and ninety dollars";
    private static final LocalDate MAY_SIXTH = LocalDate.of(2026, 5, 6);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, MAY_SIXTH, turns);
    }

    // --- Negation.dismissedAfter / someoneElsesPastAct reach far past lawsuits ------------------------

    @Test
    void aJobLostThenTheLetterThrownOutIsStillAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "i lost my job last month and when your letter came i just threw it out")));
    }

    @Test
    void aJobLostThenThrownOutOfTheApartmentIsStillAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "i lost my job in march and then i got thrown out of my apartment")));
    }

    @Test
    void evictedByTheLandlordIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "the landlord evicted us last month we are staying with my sister")));
    }

    @Test
    void aHusbandOutOfWorkIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "my husband handles the bills and hes unemployed right now")));
    }

    @Test
    void hoursReducedByTheEmployerIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "they reduced my hours at work")));
    }

    @Test
    void aGarnishmentThreatIsAThreatWhateverWasDismissedAfterIt() {
        List<String> raised = rules(A, DISCLOSED, C, "i cant pay",
                A, "we can garnish your wages now because your bankruptcy was dismissed");
        assertTrue(raised.contains("emotional-control/agent-hostile-words"), raised.toString());
    }

    @Test
    void takingTheCarIsAThreatWhateverWasThrownOutAfterIt() {
        List<String> raised = rules(A, DISCLOSED, C, "i cant pay", A, "well take your car your dispute was thrown out");
        assertTrue(raised.contains("emotional-control/agent-hostile-words"), raised.toString());
    }

    @Test
    void aSettlementTheCreditorApprovedIsAnOffer() {
        List<String> raised = rules(A, DISCLOSED, C, "i cant pay all of that",
                A, "the creditor approved a settlement of three hundred dollars");
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", raised), raised.toString());
    }

    @Test
    void aPlanTheyAuthorizedIsAnOffer() {
        List<String> raised = rules(A, DISCLOSED, C, "i cant pay all of that",
                A, "they authorized a payment plan of fifty a month");
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", raised), raised.toString());
    }

    @Test
    void anExWhoUsedTheClientsNameIsADispute() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "my ex husband he used my name to get that card")));
    }

    @Test
    void paidOffAndTheCaseDismissedIsStillSaidPaid() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "i already paid that off thats why the court dismissed the case")));
    }

    @Test
    void angerIsAngerWhateverTheCourtDismissed() {
        List<String> raised = rules(A, DISCLOSED, C, "you people are ridiculous the court dismissed it last year");
        assertTrue(raised.contains("empathy/client-angry"), raised.toString());
    }

    // --- "laid off" no longer a phrase: ordinary ways of saying it, missed ----------------------------

    @Test
    void recentlyLaidOffIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "i was recently laid off")));
    }

    @Test
    void aWholeDepartmentLaidOffIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "my whole department got laid off last month")));
    }

    @Test
    void theCompanyLayingOffEverybodyIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "the company laid off everybody in my department")));
    }

    // --- word-left ends on any "is this … ? yes" ------------------------------------------------------

    @Test
    void wordLeftWithTheHusbandWhoConfirmsHerNumberAgreesNothing() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(
                A, "hi may i speak with brittany yale",
                C, "shes at work this is her husband",
                A, "okay could you ask her to call me back",
                C, "sure",
                A, "is this the best number for her",
                C, "yes",
                A, "great thank you have a good day")));
    }

    // --- cash naming the debt -------------------------------------------------------------------------

    @Test
    void aLenderNamedSpeedyCashIsNoWayToPay() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(
                A, DISCLOSED, A, "its for your loan with speedy cash",
                C, "yeah i know i can do a hundred or so on friday maybe a bit more",
                A, "okay sounds good ill make a note thanks have a good night")));
    }

    // --- contempt ---------------------------------------------------------------------------------------

    @Test
    void everybodySaysThatToReassureAnEmbarrassedClientIsNoContempt() {
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                C, "im so embarrassed i feel so stupid about this", A, "dont worry everybody says that")));
    }

    @Test
    void youreNotAloneEverybodySaysThatIsNoContempt() {
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                C, "i feel like im the only one who ever falls behind", A, "youre not alone everybody says that")));
    }

    @Test
    void theSofaWalkingBackByItselfIsMockery() {
        List<String> raised = rules(A, DISCLOSED, C, "hang on the sofa isnt mine i took it back to the store",
                A, "i suppose the sofa just walked back to the store by itself");
        assertTrue(raised.contains("emotional-control/agent-hostile-words"), raised.toString());
    }

    @Test
    void theCouchGrowingLegsIsMockery() {
        List<String> raised = rules(A, DISCLOSED, C, "hang on the sofa isnt mine i took it back to the store",
                A, "i guess the couch just grew legs and walked back to the store");
        assertTrue(raised.contains("emotional-control/agent-hostile-words"), raised.toString());
    }

    // --- paid: "i pay that … yesterday" ----------------------------------------------------------------

    @Test
    void payingByPhoneLikeLastTimeIsAPlanNotAPaymentMade() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, "okay so i pay it over the phone like last time")));
    }

    @Test
    void paidOnTheWebsiteLastWeekIsSaidPaid() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "i pay that on your website last week")));
    }

    // --- not being heard: still anger ------------------------------------------------------------------

    @Test
    void youArentListeningIsAnger() {
        List<String> raised = rules(A, DISCLOSED, C, "i lost my job", A, "the balance is four ninety",
                C, "you arent listening to me");
        assertTrue(raised.contains("empathy/client-angry"), raised.toString());
    }

    // --- soft ask ---------------------------------------------------------------------------------------

    @Test
    void sendingSomethingInWritingIsNoSoftAsk() {
        assertEquals(List.of(), Said.ofKind("firmness", rules(A, DISCLOSED, C, "i want to see something in writing first",
                A, "sure i can send something in writing when you can give me your mailing address")));
    }

    // --- next month's bill --------------------------------------------------------------------------------

    @Test
    void payingWithNextMonthsBillPutsItOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "can i just pay it with next months bill")));
    }

    // --- fetching ---------------------------------------------------------------------------------------

    @Test
    void runningOutToGetTheKidsFetchesNoCard() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "can you call me back later i gotta run out and get my kids")));
    }

    @Test
    void walkingOutToTheCarForWorkFetchesNoCard() {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED,
                C, "im walking out to my car to go to work i cant do this right now", A, "thats fine whenever you can")));
    }

    // --- call me back -------------------------------------------------------------------------------------

    @Test
    void aCallBackAtATimeTodayPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "im at work right now can you call me back after five")));
    }

    @Test
    void callMeLaterPutsItOff() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "can you call me later")));
    }
}
