package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A second reading of round 76 (veiled threats, the threat named by the client, "not in a position to",
 * tax season, short this month, by payday, cancelled in person, "nobody would need to call you", "that
 * same settlement"): where the new readings reach past what was meant, or stop short of the plain
 * paraphrase. Every case below but those marked CONTROL failed on the code as changed (253f4f0). One finding is
 * not kept as a case: "I was not in a position to deal with it when you called last month, but I am now" still
 * reads as putting off (the phrase "not in a position to deal with" cannot see the past tense; docs/coaching.md).
 */
class Round76SecondReadingTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final RuleBook ES = RuleBook.builtIn("es");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the four thousand six hundred dollars left on your boat loan";
    private static final String GYM = "im a debt collector and this is an attempt to collect a debt it is about "
            + "your gym membership which shows ninety four dollars unpaid";
    private static final String ES_DISCLOSED = "soy cobrador de deudas y esta es una llamada para cobrar una deuda";
    private static final LocalDate FEBRUARY_FOURTH = LocalDate.of(2027, 2, 4);
    private static final LocalDate AUGUST_FIFTH = LocalDate.of(2026, 8, 5);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, FEBRUARY_FOURTH, turns);
    }

    private static List<String> breaches(Object... turns) {
        return Said.breaches(EN, FEBRUARY_FOURTH, turns);
    }

    private static List<String> gymRules(Object... turns) {
        return Said.rules(EN, AUGUST_FIFTH, turns);
    }

    // --- regret that is empathy, not a threat (reaches too far) ----------------------------------------

    @ParameterizedTest(name = "empathy: ''{1}''")
    @CsvSource(delimiter = '|', value = {
        // sympathy for a tow that already happened to the client: "towed" alone is read as the harm held out
        "my car got towed this morning thats why i missed your call | oh i hate to hear that your car got towed",
        // "i hate to hear that" is the floor's commonest sympathy; the job loss is the client's own news
        "i lost my job in march and things have been hard | i hate to hear that you lost your job im sorry",
        // the client told of their manager finding out (another agency); the agent commiserates
        "my manager found out about it because another agency called my work | oh i hate to hear that your manager found out that way",
        // "thats a shame" after a repossession told of: told of, in the past, not held out
        "they repossessed my truck last month | oh thats a shame im sorry your truck was repossessed",
        // the client's own bus ride: "bus" anywhere after a regret is not the client's car held out
        "i sold my car so now i take the bus to work | i hate to hear that the bus must add a lot of time to your day",
        // reassurance, in the negative: the wife WON'T hear
        "my wife doesnt know about this and i want to keep it that way | thats a shame but we only ever talk to you your wife wont hear about it from us",
        // the client's husband invited to call in: their choice, no harm
        "i know about it | it would be a shame if you missed this offer so feel free to have your husband call me",
    })
    void regretOverWhatAlreadyHappenedOrAnInvitationThreatensNothing(String client, String agent) {
        Object[] call = {A, DISCLOSED, C, client, A, agent};
        assertEquals(List.of(), breaches(call), agent);
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(call)), agent);
    }

    // --- veiled threats in other words (falls short) ---------------------------------------------------

    @ParameterizedTest(name = "veiled: ''{0}''")
    @ValueSource(strings = {
        // the same threat as "end up on your manager's desk", the people last
        "id hate for this to get back to your employer",
        // bringing the employer in, the plainest veiled form
        "id hate for your employer to have to get involved",
        // the driveway threat with the car "gone" instead of "isnt in your driveway"
        "id hate for you to wake up one morning and find your car gone",
        // "lose your car" with "the house": a seizure held out all the same
        "id hate for you to lose the house over a few thousand dollars",
        // "it would be awful if" with an adverb between "be" and the regret
        "it would be really unfortunate if your employer heard about this",
        // regret said as a warning question: the classic veiled threat
        "you wouldnt want your boss to find out about this would you",
    })
    void aThreatDressedAsRegretInOtherWordsIsUnlawful(String said) {
        Object[] call = {A, DISCLOSED, C, "i know about it i just cant deal with it this week", A, said};
        assertTrue(breaches(call).contains("unlawful-threat"), said);
    }

    @ParameterizedTest(name = "CONTROL veiled: ''{0}''")
    @ValueSource(strings = {"id hate for your boss to find out about this", "itd be a shame if your husband found out from us"})
    void controlAVeiledThreatStillReads(String said) {
        // CONTROL (passes): the reading as meant keeps firing
        Object[] call = {A, DISCLOSED, C, "i know about it i just cant deal with it this week", A, said};
        assertTrue(breaches(call).contains("unlawful-threat"), said);
    }

    // --- the threat named by the client ------------------------------------------------------------------

    @Test
    void aLandlordsThreatToldIsNoEcho() {
        // a third party's letter described as a threat: nobody on this call threatened anyone
        assertEquals(List.of(), breaches(A, DISCLOSED,
                C, "my landlords letter sounds like a threat to evict me so rent comes first"));
    }

    @Test
    void aLandlordsThreatToldInSpanishIsNoEcho() {
        // "my landlord is threatening to put me out": the Spanish twin of someoneElsesThreatToldIsNoEcho
        assertEquals(List.of(), Said.breaches(ES, FEBRUARY_FOURTH, A, ES_DISCLOSED,
                C, "mi casero me esta amenazando con sacarme del apartamento por eso no tengo dinero"));
    }

    @Test
    void theClientsOwnWordsDeclaredNoThreatIsNoEcho() {
        // "I'll talk to a lawyer, and it's not a threat": "no es una amenaza" read as "es una amenaza"
        assertEquals(List.of(), Said.breaches(ES, FEBRUARY_FOURTH, A, ES_DISCLOSED,
                C, "voy a hablar con un abogado y no es una amenaza es lo que voy a hacer"));
    }

    @ParameterizedTest(name = "named: ''{0}''")
    @ValueSource(strings = {
        // "are you threatening me" with "trying to" between
        "are you trying to threaten me",
        // "is that a threat" told, in the past
        "that sounded like a threat to me",
        // the threat named with what was threatened
        "are you threatening to call my boss",
    })
    void aThreatNamedInOtherWordsIsARisk(String said) {
        assertEquals(List.of("client-echoes-a-threat"),
                breaches(A, DISCLOSED, C, "i know", A, "well you know how these things go", C, said), said);
    }

    @Test
    void controlAThreatNamedIsStillARisk() {
        // CONTROL (passes)
        assertEquals(List.of("client-echoes-a-threat"),
                breaches(A, DISCLOSED, C, "i know", A, "well you know how these things go", C, "are you threatening me"));
    }

    // --- not in a position to -------------------------------------------------------------------------

    @ParameterizedTest(name = "cannot: ''{0}''")
    @ValueSource(strings = {
        // a hedge inside the phrase
        "im not really in a position to pay that right now",
        // "the position" for "a position"
        "im not in the position to pay that right now",
    })
    void notInAPositionToPayInOtherWordsCannotPay(String said) {
        assertTrue(rules(A, DISCLOSED, C, said).contains("options/cannot-pay-no-options"), said);
    }

    @Test
    void inNoPositionToDealWithItDefers() {
        // the deferral phrase has "not in a position to deal with" but not its twin "in no position to"
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i know about it im in no position to deal with it right now")));
    }

    @Test
    void controlNotInAPositionToPayStillCannotPay() {
        // CONTROL (passes)
        assertTrue(rules(A, DISCLOSED, C, "im just not in a position to pay that right now")
                .contains("options/cannot-pay-no-options"));
    }

    // --- tax time, short this month, payday --------------------------------------------------------------

    @Test
    void taxTimeToldOfIsNoDayToPay() {
        // why the client fell behind, in the past: no day put off to
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i owed the irs at tax time so thats how i fell behind")));
    }

    @ParameterizedTest(name = "no day: ''{0}''")
    @ValueSource(strings = {
        // "short on cash this month": the same as "short this month"
        "my mother just had surgery so im a little short on cash this month",
        // "struggling financially this month"
        "im really struggling financially this month",
    })
    void shortThisMonthInOtherWordsPutsNothingOff(String said) {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void beforePaydayIsAPaydayNotNamed() {
        // as vague as "by payday"
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "ill get it to you before payday")));
    }

    @Test
    void controlByPaydayStillPutsItOff() {
        // CONTROL (passes)
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "ill have it to you by payday")));
    }

    // --- cancelled --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "no dispute: ''{0}''")
    @ValueSource(strings = {
        // a debit card cancelled: why a payment bounced ("my card" is excluded, "my debit card" is not)
        "i called the bank and cancelled my debit card after it got stolen so the payment bounced",
        // the automatic payment cancelled: why it went unpaid, the debt owned
        "i called my bank and cancelled the automatic payment thats why it went unpaid",
        // the client checking how to cancel, in the present: nothing cancelled yet
        "ok so i cancel it at the front desk and then the fees stop",
    })
    void aCardOrAPaymentCancelledOrACancellationToComeDisputesNothing(String said) {
        assertEquals(List.of(), Said.ofKind("dispute", gymRules(A, GYM, C, said)), said);
    }

    @Test
    void cancelledOverThePhoneDisputes() {
        // "called them and cancelled it" fires; "cancelled it over the phone" is the same dispute
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", gymRules(A, GYM,
                C, "i cancelled it over the phone before they ever billed me")));
    }

    // --- blame for being called ------------------------------------------------------------------------

    @Test
    void autopaySparingTheCallsIsNoBlame() {
        // a benefit of autopay, said warmly after the client agreed
        assertEquals(List.of(), Said.ofKind("emotional-control", gymRules(A, GYM, C, "i can pay fifty a month",
                A, "great once autopay is set up nobody would need to call you about it again")));
    }

    @Test
    void nobodyWouldBeCallingYouBlames() {
        // "nobody would need to call you" said as "nobody would be calling you"
        assertTrue(gymRules(A, GYM, C, "are you serious you called me at work",
                A, "well if youd paid on time nobody would be calling you would they")
                .contains("emotional-control/agent-hostile-words"));
    }

    // --- a plan named again -----------------------------------------------------------------------------

    @Test
    void thatSettlementWithoutSameIsNoFourthOption() {
        // "that settlement" names the option one again, as "that same settlement" does
        assertEquals(List.of(), Said.ofKind("options", gymRules(A, GYM, C, "honestly id rather deal with it next month",
                A, "here is what i can do one settle it for one thousand seven hundred dollars in a single payment two split "
                        + "that settlement into two payments the first by wednesday and the second two weeks later or "
                        + "three keep the full balance and pay one hundred and fifty a month with the first payment by wednesday")));
    }
}
