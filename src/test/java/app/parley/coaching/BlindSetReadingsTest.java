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
 * What blind78 and blind79 said that no reading knew (round 69), on whole calls: a favour asked that
 * frames no options, plans counted once however heard, anger at the trade and at the agent's tone,
 * the agent's blame and threats in other words, a lawyer named after the name, a cancellation told with
 * when, someone's wife by the name, leaving in anger, and what is left to give away once all is agreed.
 */
class BlindSetReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "two hundred and sixty dollars";
    private static final LocalDate AUGUST_FIFTH = LocalDate.of(2026, 8, 5);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, AUGUST_FIFTH, turns);
    }

    private static List<String> breaches(Object... turns) {
        return Said.breaches(EN, AUGUST_FIFTH, turns);
    }

    private static int options(String said) {
        return Options.count(Arrays.asList(said.split(" ")), "en");
    }

    // --- a favour asked frames no options ------------------------------------------------------

    @Test
    void aMessageLeftWithTheDaughterFramesNoOptions() {
        List<String> raised = rules(A, "may i speak with lois ortega",
                C, "shes not here this is her daughter",
                A, "okay could you let her know cornerstone recovery called were a debt collector and its about "
                        + "or dental bill its about three hundred dollars past due",
                C, "oh wait thats her car",
                C, "hello this is lois",
                A, "hi lois this is andre with cornerstone recovery a debt collector and this is an attempt to collect "
                        + "a debt its about your dental bill three hundred and twelve dollars",
                C, "yeah okay look i cant pay that right now i got laid off in december");
        assertTrue(raised.contains("options/cannot-pay-no-options"), raised.toString());
    }

    // --- a plan heard as a planet ------------------------------------------------------------------

    @Test
    void sixPlansWithTwoHeardAsPlanetsAreTooMany() {
        assertEquals(List.of("options/too-many-options"), rules(A, DISCLOSED,
                A, "okay so heres everything weve got you could settle for eight hundred if its paid by friday you "
                        + "could do two payments of five forty five the first by friday theres a six months planet "
                        + "about one eighty two or twelve months planets around ninety one first by friday theres a "
                        + "hardship program that pauses it for sixty days or you pay three hundred today"));
    }

    // --- anger at the trade, and at how the agent spoke --------------------------------------------

    @ParameterizedTest(name = "angry: ''{0}''")
    @ValueSource(strings = {
        "this is exactly why everybody hates you people",
        "i hate you guys i really do",
    })
    void angerAtTheTrade(String said) {
        assertEquals(List.of("empathy/client-angry"), rules(A, DISCLOSED, C, said), said);
    }

    /** An objection to the agent's tone is anger, and shows the agent's slip even where the slip was misheard. */
    @ParameterizedTest(name = "objects: ''{0}''")
    @ValueSource(strings = {
        "whoa you dont have to get nasty about it",
        "you didnt have to be so rude",
    })
    void objectionToTheTone(String said) {
        assertEquals(List.of("emotional-control/client-objects-to-agent", "empathy/client-angry"),
                rules(A, DISCLOSED, C, said), said);
    }

    @ParameterizedTest(name = "not angry: ''{0}''")
    @ValueSource(strings = {
        "oh you dont have to be sorry its not your fault",
        "i dont hate you guys i know youre just doing your job",
        "you dont have to get personal details from my husband he knows",
    })
    void neitherAngerNorReproach(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    // --- a cancellation told with when ---------------------------------------------------------------

    @ParameterizedTest(name = "dispute: ''{0}''")
    @ValueSource(strings = {
        "man thats not my i cancel that gym and like january",
        "i cancelled it two months ago",
        "we canceled that membership back in march",
        "i cancelled the service last year",
    })
    void aCancellationToldWithWhenDisputesTheDebt(String said) {
        assertEquals(List.of("dispute/client-says-paid"), rules(A, DISCLOSED, C, said), said);
    }

    @ParameterizedTest(name = "no dispute: ''{0}''")
    @ValueSource(strings = {
        "if i cancel it in january do i still owe the fee",
        "i cancelled that card last year but i know i still owe on it",
        "ill cancel it next month",
        "and i cancel the autopay in march",
    })
    void otherCancellationsDisputeNothing(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said).stream().filter(r -> r.startsWith("dispute")).toList(),
                said);
    }

    // --- the one who answered, named as someone's by the name ---------------------------------------

    @Test
    void theDebtorsWifeTakingThePhoneIsSomeoneElse() {
        assertEquals(List.of("debt-told-to-third-party"), breaches(A, "hello is this dale",
                C, "yeah this is dale",
                A, DISCLOSED + " on your motorcycle loan",
                C, "hang on my wifes grabbing the phone",
                C, "hi this is dales wife tina i do all the bills in this house what exactly is he behind on",
                A, "oh hi tina hes two payments behind on the motorcycle loan five hundred and eighty dollars"));
    }

    @ParameterizedTest(name = "no one else: ''{0}''")
    @ValueSource(strings = {
        "this is kids stuff honestly",
        "this is always wife stuff she handles it",
        "its my moms old address",
    })
    void namedThingsAreNoOneElse(String said) {
        assertEquals(List.of(), breaches(A, "hello is this dale", C, "yeah this is dale",
                A, DISCLOSED, C, said, A, "okay so the balance is five hundred and eighty dollars"), said);
    }

    @Test
    void aPlanNamedByItsTermAndItsRateIsOnePlan() {
        assertEquals(3, options("you could settle it for three thousand if its paid by monday or you could do a twelve "
                + "month plan at about three hundred and sixty a month starting friday or a twenty four month plan at "
                + "one hundred and eighty a month also starting this friday"));
        assertEquals(3, options("a six month plan or fifty a month or a twelve month plan"));
        assertEquals(4, options("you could do a six month plan or a twelve month plan or pay in full or settle for eight "
                + "hundred"));
    }

    @ParameterizedTest(name = "favour, no options: ''{0}''")
    @ValueSource(strings = {
        "okay could you let her know cornerstone recovery called its about or dental bill about three hundred dollars",
        "can you tell him its about the two hundred dollars or so on his card",
    })
    void aFavourAskedLaysOutNothing(String said) {
        assertEquals(0, options(said), said);
    }

    @Test
    void aChoiceOfferedInAQuestionIsStillAChoice() {
        assertEquals(2, options("could you let me know if you prefer the full payment or the plan of two hundred a month"));
    }

    // --- the agent's blame, threats and posing in other words ---------------------------------------

    @ParameterizedTest(name = "hostile: ''{0}''")
    @ValueSource(strings = {
        "honestly if you cant handle a loan payment maybe you shouldnt have taken out a loan",
        "you shouldnt have bought a truck you couldnt afford",
    })
    void theDebtHeldAgainstThem(String said) {
        assertEquals(List.of("emotional-control/agent-hostile-words"), rules(A, DISCLOSED, A, said), said);
    }

    @ParameterizedTest(name = "calm: ''{0}''")
    @ValueSource(strings = {
        "you shouldnt have been charged that fee ill take it off",
        "maybe you shouldnt have to pay the late fee let me check",
    })
    void whatTheClientShouldNotHaveHadToDo(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, A, said), said);
    }

    @Test
    void theCarTakenOffTheLotIsAThreatWhoeverTheRecogniserMadeTheSubject() {
        assertEquals(List.of("unlawful-threat"), breaches(A, DISCLOSED, A, "is that money isnt in by friday we send a "
                + "trot out to your job site and takes a car right off the lot and everybody you work with gets to watch"));
    }

    @ParameterizedTest(name = "posing: ''{0}''")
    @ValueSource(strings = {
        "this is mitchell hale attorney with the litigation desk at carver and associates",
        "im calling from the litigation desk at carver",
        "your loan has been sent to me for court action and a judge will be assigned unless it is resolved this week",
    })
    void aLawyerOrACourtPassedOff(String said) {
        assertEquals(List.of("unlawful-threat"), breaches(A, DISCLOSED, A, said), said);
    }

    @ParameterizedTest(name = "no posing: ''{0}''")
    @ValueSource(strings = {
        "this is your attorneys letter we sent",
        "this is not attorney work",
        "let me check with our litigation team",
        "no no dog is suing you and we are not gonna garnish your wages",
        // a surname (or "Sawyer" misheard), from a clean call of blind72
        "good morning may i speak with mister walter haynes this is karen lawyer with tidewater accounts solutions",
    })
    void noLawyerNoCourt(String said) {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, said), said);
    }

    // --- the client: hardship, anger, leaving ------------------------------------------------------

    @ParameterizedTest(name = "hardship: ''{0}''")
    @ValueSource(strings = {
        "nobody told me anything about a notice period and look im barely making rent as it is",
        "were living paycheck to paycheck right now",
    })
    void theBareNecessitiesHardlyMet(String said) {
        assertEquals(List.of("empathy/client-hardship"), rules(A, DISCLOSED, C, said), said);
    }

    @Test
    void applicationsEveryDayAreNoAnger() {
        assertEquals(List.of("empathy/client-hardship"), rules(A, DISCLOSED, C, "court wait what i graduated last year "
                + "and ive been out of work since march im sending out applications every single day"));
    }

    @Test
    void callsEveryDayAreStillAnger() {
        assertEquals(List.of("empathy/client-angry"), rules(A, DISCLOSED, C, "you people call every single day"));
    }

    @Test
    void walkingOffInAngerLeavesNothingAgreed() {
        List<String> raised = rules(A, DISCLOSED, C, "are you kidding me", A, "im just telling you how it works sir",
                C, "no you know what im done ill call the bank myself dont call me again");
        assertTrue(raised.contains("next-step/client-leaving-without-agreement"), raised.toString());
    }

    @ParameterizedTest(name = "not leaving: ''{0}''")
    @ValueSource(strings = {
        "please dont call me at work call my cell",
        "im done with my shift at five so call after that",
    })
    void notWalkingOff(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said).stream().filter(r -> r.startsWith("next-step")).toList(),
                said);
    }

    // --- checking the money on the line; nothing left to give away ----------------------------------

    @Test
    void lookingAtTheSavingsWhileTheAgentWaitsPutsNothingOff() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "no okay let me look at my savings hold on a sec",
                A, "take your time ill stay on the line"));
    }

    @Test
    void reassuranceAfterEverythingIsAgreedGivesNothingAway() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "fifty a month i can do starting friday by card",
                A, "fifty dollars this friday on your card",
                C, "okay sorry i yelled", A, "dont worry about it take care"));
    }

    @Test
    void noRushBeforeAnythingIsAgreedStillGivesItAway() {
        assertEquals(List.of("firmness/soft-ask"), rules(A, DISCLOSED, C, "sorry i cant do much right now",
                A, "dont worry about it no rush").stream().filter(r -> r.startsWith("firmness")).toList());
    }

    // --- round 70, from blind80's first run ---------------------------------------------------------

    @Test
    void lookingItUpAndPayingRightNowPutsNothingOff() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "oh hold on let me look at my account okay yeah i got it lets just "
                + "do it right now"));
    }

    @Test
    void notRightNowIsNoDay() {
        assertEquals(List.of("urgency/client-defers"), rules(A, DISCLOSED, C, "i cant pay it right now let me think about "
                + "it").stream().filter(r -> r.startsWith("urgency")).toList());
    }

    @ParameterizedTest(name = "let go: ''{0}''")
    @ValueSource(strings = {
        "look i gotta be honest with you the plant let me go about three weeks back",
        "they laid us off in may",
    })
    void workLostToldByWhoDidIt(String said) {
        assertEquals(List.of("empathy/client-hardship"), rules(A, DISCLOSED, C, said, A, "okay so the balance"), said);
    }

    @ParameterizedTest(name = "not let go: ''{0}''")
    @ValueSource(strings = {
        "okay let me go get my card",
        "they let me go ahead and pay online last time",
    })
    void goingAheadIsNoWorkLost(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    @Test
    void aSumBroughtDownIsAnOffer() {
        assertEquals(List.of("urgency/offer-without-deadline"), rules(A, DISCLOSED, A, "on our side i can bring the two "
                + "forty down to one hundred and sixty to close it out"));
        assertEquals(List.of(), rules(A, DISCLOSED, A, "i can bring the two forty down to one sixty if its paid by friday"));
    }

    @Test
    void someoneElseSayingItIsNotTheirsDisputesNothing() {
        assertEquals(List.of(), rules(A, "hi im looking for alisha noble", C, "alisha doesnt live here anymore this is "
                + "her sister", A, "this is brian with westgate recovery can you pass a message along to her",
                C, "wow okay thats really her business not mine").stream().filter(r -> r.startsWith("dispute")).toList());
    }

    @ParameterizedTest(name = "dispute: ''{0}''")
    @ValueSource(strings = {
        "no sir i settled that with the bank two years ago",
        "its paid i have a letter that says paid in full",
    })
    void settledBeforeOrOnPaper(String said) {
        assertEquals(List.of("dispute/client-says-paid"), rules(A, DISCLOSED, C, said), said);
    }

    @ParameterizedTest(name = "no dispute: ''{0}''")
    @ValueSource(strings = {
        "if i settled it with you today would the fee go away",
        "i settled on the six month plan",
    })
    void settlingNowIsNoDispute(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said).stream().filter(r -> r.startsWith("dispute")).toList(), said);
    }

    @ParameterizedTest(name = "soft: ''{0}''")
    @ValueSource(strings = {
        "oh sure i get it januarys fine honestly whenever you get to it after the new year",
        "theres no pressure here whenever it suits you",
    })
    void theDayLeftToTheClient(String said) {
        assertEquals(List.of("firmness/soft-ask"), rules(A, DISCLOSED, A, said), said);
    }

    // --- round 71, from blind81's first run ---------------------------------------------------------

    @Test
    void theHospitalThatBillsIsNoIllness() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "is there like a convenience fee or something the hospital tacked "
                + "one on last time"));
        assertEquals(List.of("empathy/client-hardship"), rules(A, DISCLOSED, C, "my wife was in the hospital for a month"));
    }

    @ParameterizedTest(name = "not a put-off: ''{0}''")
    @ValueSource(strings = {
        "five forty and that said they wont come back after me for the rest later on",
        "yes i figured this was coming sooner or later",
    })
    void othersLaterOrAnExpectationIsNoPutOff(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    @ParameterizedTest(name = "put off: ''{0}''")
    @ValueSource(strings = {
        "they said i could pay it later",
        "ill pay it sooner or later",
    })
    void theClientsLaterIsStillAPutOff(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, DISCLOSED, C, said), said);
    }

    @Test
    void wellSeeAsAFillerPutsNothingOff() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "yeah well see they laid me off at the plant two weeks back")
                .stream().filter(r -> r.startsWith("urgency")).toList());
        assertEquals(List.of("urgency/client-defers"), rules(A, DISCLOSED, C, "i dont know well see how it goes"));
    }

    @Test
    void paidAlreadyIsPaid() {
        assertEquals(List.of("dispute/client-says-paid"), rules(A, DISCLOSED, C, "no no that one i paid already in august "
                + "i did it right at the counter at city hall"));
        assertEquals(List.of(), rules(A, DISCLOSED, C, "i paid already for the first month but not the rest").stream()
                .filter(r -> r.startsWith("dispute")).toList());
    }

    @Test
    void aLawyerWithAThreeWordName() {
        assertEquals(List.of("unlawful-threat"), breaches(A, "this is douglas fellow way attorney at law with stonegate "
                + "recovery were a debt collector and this is an attempt to collect a debt"));
    }

    @Test
    void aNameHeardAsCashIsNoWayToPay() {
        List<String> raised = rules(A, "is this brianna cash deal", C, "yeah", A, DISCLOSED,
                C, "wait thats not mine i sold that car in june", C, "okay i can dig for it this weekend",
                A, "alright sounds good ill let you go then have a good one");
        assertTrue(raised.contains("next-step/closing-without-agreement"), raised.toString());
    }

    @Test
    void aTitleTransferIsNoWayToPay() {
        List<String> raised = rules(A, DISCLOSED, C, "wait thats not mine i sold that car in june",
                A, "the tolls i have are from july through september do you have a bill of sale or the title transfer",
                C, "okay i can dig for it this weekend", A, "alright sounds good ill let you go then have a good one");
        assertTrue(raised.contains("next-step/closing-without-agreement"), raised.toString());
    }
}
