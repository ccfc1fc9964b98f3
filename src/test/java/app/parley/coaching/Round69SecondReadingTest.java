package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.meaning.Options;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A second reader of round 69: what its new readings should and should not do on ordinary words of a
 * collections call. 32 of these 50 cases failed on the first cut (over-reaches such as "hmm, no police are
 * coming" read as a threat, "account counselor" as a lawyer, "when I get home from the hospital" as
 * today; regressions such as "my wife cancelled that years ago"); all are mended, and the rest guard what
 * the round meant to add.
 */
class Round69SecondReadingTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "two hundred and sixty dollars";
    private static final LocalDate AUGUST_FIFTH = LocalDate.of(2026, 8, 5);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, AUGUST_FIFTH, turns);
    }

    private static List<String> only(String kind, List<String> raised) {
        return raised.stream().filter(r -> r.startsWith(kind + "/")).toList();
    }

    private static List<String> breaches(Object... turns) {
        return Said.breaches(EN, AUGUST_FIFTH, turns);
    }

    private static int options(String said) {
        return Options.count(Arrays.asList(said.split(" ")), "en");
    }

    // --- a near day "taken back": "actually" and "you know what" are mostly fillers ------------------

    @ParameterizedTest(name = "near day stands: ''{0}''")
    @ValueSource(strings = {
        "friday actually works better for me the end of the month is when my rent is due",
        "ill pay it on friday you know what i dont want this hanging over me till the end of the month",
    })
    void aNearDayFollowedByAFillerStillStands(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    @Test
    void aNearDayReallyTakenBackIsAPutOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(A, DISCLOSED, C, "monday wait no make it the end of the month"));
    }

    // --- "wait no" / "hmm no" / "actually no" before a negated clause ------------------------------

    @ParameterizedTest(name = "no threat: ''{0}''")
    @ValueSource(strings = {
        "hmm no police are coming to your house",
        "actually no police are coming to your house",
        "wait no one is going to arrest you",
        "no buddy is going to garnish your wages",
    })
    void aDenialAfterAHesitationIsStillADenial(String said) {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, said), said);
    }

    // --- the working day's end --------------------------------------------------------------------

    @ParameterizedTest(name = "still a put-off: ''{0}''")
    @ValueSource(strings = {
        "ill pay once i get off unemployment and start working again",
        "ill pay it when i get home from the hospital",
    })
    void gettingOffOrHomeFromSomethingLongIsNoTimeToday(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), only("urgency", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void afterWorkTodayIsToday() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "ill pay it after work today"));
    }

    // --- a month followed by a past; a vague time after an expectation -----------------------------

    @Test
    void aMonthAheadWithAReasonInThePastIsStillAhead() {
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(A, DISCLOSED, C, "maybe in december i just finished paying off my car"));
    }

    @ParameterizedTest(name = "still a put-off: ''{0}''")
    @ValueSource(strings = {
        "i was gonna say lets just settle it at some point",
        "i thought maybe we settle up eventually",
    })
    void aProposalPrefacedInThePastIsStillAPutOff(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, DISCLOSED, C, said), said);
    }

    @Test
    void whatWasExpectedPutsNothingOff() {
        assertEquals(List.of(), only("urgency", rules(A, DISCLOSED, C, "i figured it would catch up with me at some point")));
    }

    // --- a day that times a talk --------------------------------------------------------------------

    @Test
    void aDayToFetchTheMoneyAndPayIsADay() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "ill ask my mom for the money friday and take care of it then"));
    }

    @Test
    void anOfferToBeDecidedByFridayHasADeadline() {
        assertEquals(List.of(), only("urgency", rules(A, DISCLOSED,
                A, "i can do forty percent off but i need you to think it over and decide by friday")));
    }

    @Test
    void aTalkThenAPaymentDayStillAnswers() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "let me discuss it with my wife and ill pay you friday"));
    }

    // --- options: favours, plans and their rates ---------------------------------------------------

    @Test
    void couldYouTakeASettlementIsAnOffer() {
        assertEquals(2, options("could you take a settlement of six hundred today or would a six month plan work better"));
    }

    @Test
    void twoPlansOneWithItsRateAreTwo() {
        assertEquals(2, options("you could do a six month plan and a twelve month plan at ninety a month"));
    }

    @Test
    void twoPlansEachWithItsRateAreTwo() {
        assertEquals(2, options("you could do a twelve month plan at about three sixty a month or a six month plan at "
                + "seven twenty a month"));
    }

    // --- the agent: "maybe you shouldn't have" --------------------------------------------------------

    @ParameterizedTest(name = "calm: ''{0}''")
    @ValueSource(strings = {
        "if that payment went through maybe you shouldnt have a balance at all let me look",
        "maybe you shouldnt have received that second letter ill check",
    })
    void whatTheClientShouldNotHaveBeenGivenIsNoBlame(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, A, said), said);
    }

    @Test
    void aCardRunUpIsStillBlame() {
        assertEquals(List.of("emotional-control/agent-hostile-words"),
                rules(A, DISCLOSED, A, "you shouldnt have run up a card you couldnt pay"));
    }

    // --- the vehicle, the lawyer, the court ---------------------------------------------------------

    @Test
    void aDealerTakingATradeInOffItsLotIsNoSeizure() {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, "if you trade it in the dealer will take the car off the lot"));
    }

    @Test
    void aVehicleNeverTakenIsNoThreat() {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, "we would never take your car from your job"));
    }

    @Test
    void aVehicleTowedFromTheDrivewayIsAThreat() {
        assertEquals(List.of("unlawful-threat"), breaches(A, DISCLOSED, A, "well tow your truck out of the driveway tonight"));
    }

    @ParameterizedTest(name = "no posing: ''{0}''")
    @ValueSource(strings = {
        "hi this is amy account counselor with cornerstone recovery",
        "the hospital is working with the legal team on your records",
    })
    void aCounselorOrSomeoneElsesLegalTeamIsNoLawyer(String said) {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, said), said);
    }

    @Test
    void aNameThenAttorneyIsPosing() {
        assertEquals(List.of("unlawful-threat"), breaches(A, DISCLOSED, A, "this is dana reed attorney with carver and associates"));
    }

    @ParameterizedTest(name = "no court: ''{0}''")
    @ValueSource(strings = {
        "your account has not been sent for court action",
        "this is not a lawsuit and no judge will be assigned",
    })
    void courtActionDeniedIsNoThreat(String said) {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, said), said);
    }

    // --- the client leaving ---------------------------------------------------------------------------

    @ParameterizedTest(name = "not leaving: ''{0}''")
    @ValueSource(strings = {
        "okay hold on let me write that down okay im done im ready",
        "please dont call me anymore at work just call my cell",
        "and once its paid off you guys never call me again right",
    })
    void doneWritingOrAskingNotToBeCalledAtWorkIsNoLeaving(String said) {
        assertEquals(List.of(), only("next-step", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void doneWithTheDebtOncePaidIsNoLeaving() {
        assertEquals(List.of(), only("next-step", rules(A, DISCLOSED + " can you do the two sixty on friday",
                C, "so if i pay the two sixty on friday im done with this right")));
    }

    @Test
    void loseMyNumberLeaves() {
        assertTrue(rules(A, DISCLOSED, C, "just lose my number").contains("next-step/client-leaving-without-agreement"));
    }

    // --- hardship, anger, reproach ----------------------------------------------------------------------

    @ParameterizedTest(name = "no hardship: ''{0}''")
    @ValueSource(strings = {
        "thankfully im not living paycheck to paycheck anymore so i can just pay it",
        "is this the power bill the one for keeping the lights on at my old shop",
    })
    void theNecessitiesMetOrNamedAreNoHardship(String said) {
        assertEquals(List.of(), only("empathy", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void barelyKeepingTheLightsOnIsHardship() {
        assertEquals(List.of("empathy/client-hardship"), rules(A, DISCLOSED, C, "were barely keeping the lights on over here"));
    }

    @ParameterizedTest(name = "not angry: ''{0}''")
    @ValueSource(strings = {
        "i know everybody hates debt collectors but youve been really nice",
        "my husband hates you guys thats why he hung up but i want to sort it out",
    })
    void othersHatredToldCalmlyIsNoAnger(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    @Test
    void anObjectionToHostilityIsAReproach() {
        assertEquals(List.of("emotional-control/client-objects-to-agent", "empathy/client-angry"),
                rules(A, DISCLOSED, C, "you dont have to be so hostile"));
    }

    // --- a cancellation told with when ----------------------------------------------------------------

    @ParameterizedTest(name = "no dispute: ''{0}''")
    @ValueSource(strings = {
        "i cancelled my car insurance two months ago to save money thats why im behind",
    })
    void aCancellationThatDisputesNothing(String said) {
        assertEquals(List.of(), only("dispute", rules(A, DISCLOSED, C, said)), said);
    }

    @ParameterizedTest(name = "dispute: ''{0}''")
    @ValueSource(strings = {
        "i called them and i cancelled it last year but they kept charging me",
        "my wife cancelled that years ago",
        "i already cancelled that years ago",
    })
    void aCancellationAfterAndOrBySomeoneElseStillDisputes(String said) {
        assertEquals(List.of("dispute/client-says-paid"), only("dispute", rules(A, DISCLOSED, C, said)), said);
    }

    // --- someone's, by the name ----------------------------------------------------------------------

    @Test
    void theDebtorNamingHimselfThenHisDadIsStillTheDebtor() {
        assertEquals(List.of(), breaches(A, "hello is this charles",
                C, "yeah this is charles dad passed away last year so money is tight",
                A, DISCLOSED, A, "okay so the balance is five hundred and eighty dollars"));
    }

    @Test
    void someonesMomIsSomeoneElse() {
        assertEquals(List.of("debt-told-to-third-party"), breaches(A, "may i speak with maria",
                C, "no this is marias mom shes at work", A, "okay its about her two hundred and sixty dollar balance"));
    }

    // --- fetching; a soft word after agreement ---------------------------------------------------------

    @Test
    void checkingTheBankToCallBackIsStillAPutOffGivenTime() {
        assertEquals(List.of("urgency/client-defers", "firmness/time-given-to-a-put-off"),
                rules(A, DISCLOSED, C, "let me check my bank account and ill call you back", A, "sure take your time"));
    }

    @Test
    void aSoftWordAfterTheClientBacksOutGivesItAway() {
        assertEquals(List.of("firmness/soft-ask"), only("firmness", rules(A, DISCLOSED,
                C, "fifty a month i can do starting friday by card", A, "fifty dollars this friday on your card",
                C, "actually i dont think i can do friday anymore maybe whenever i get paid",
                A, "dont worry about it whenever you can")));
    }
}
