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
 * What blind85 said that no reading knew (round 75): threats dressed as regret ("I'd hate for this
 * to end up on your manager's desk", "it'd be a shame if you had to start taking the bus"); the
 * client naming the threat ("are you threatening me?") when the threat itself was too veiled to
 * read; "not in a position to" pay or deal with it; tax season as a time put off to.
 */
class Blind85ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the four thousand six hundred dollars left on your boat loan";
    private static final LocalDate FEBRUARY_FOURTH = LocalDate.of(2027, 2, 4);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, FEBRUARY_FOURTH, turns);
    }

    private static List<String> breaches(Object... turns) {
        return Said.breaches(EN, FEBRUARY_FOURTH, turns);
    }

    // --- a threat dressed as regret --------------------------------------------------------------------

    @ParameterizedTest(name = "veiled: ''{0}''")
    @ValueSource(strings = {
        "you work over at saint annes hospital dont you id hate for this to end up on your managers desk",
        "thats a nice car in your driveway itd be a shame if you had to start taking the bus to work",
        // as the recogniser heard it: "it'll be ashamed as you've had to start taking the bus"
        "thats a nice car in your driveway itll be ashamed as youve had to start taking the bus to work",
        "you work over at delta freight right itd be a real shame if they got a call about this",
        "id hate for you to walk out one morning and find the truck isnt in your driveway anymore",
        "it would be awful if your boss found out about this",
        "id hate for your wife to hear about this from somebody else",
        "it would be a real pity if you lost your car over a few hundred dollars",
    })
    void aThreatDressedAsRegretIsUnlawful(String said) {
        Object[] call = {A, DISCLOSED, C, "i know about it i just cant deal with it this week", A, said};
        assertTrue(breaches(call).contains("unlawful-threat"), said);
        assertTrue(rules(call).contains("emotional-control/agent-hostile-words"), said);
    }

    @ParameterizedTest(name = "no threat: ''{0}''")
    @ValueSource(strings = {
        "id hate for you to miss out on this discount so lets get it done by friday",
        "it would be a shame to let the late fees pile up on top of it",
        "id hate for your kids to go without so lets find a plan that works for you",
        "id hate for this to drag on for you so lets get a date on the calendar",
        "it would be a shame if you had to start over with a new account",
    })
    void regretOverNoHarmThreatensNothing(String said) {
        Object[] call = {A, DISCLOSED, C, "i know about it i just cant deal with it this week", A, said};
        assertEquals(List.of(), breaches(call), said);
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(call)), said);
    }

    // --- the threat named by the client ----------------------------------------------------------------

    @ParameterizedTest(name = "named: ''{0}''")
    @ValueSource(strings = {
        "are you threatening me you have no right to drag my job into this",
        "wait is that a threat",
        "did you just threaten me",
    })
    void aThreatNamedByTheClientIsARisk(String said) {
        // what the agent said before it read as nothing: the words missed it
        assertEquals(List.of("client-echoes-a-threat"),
                breaches(A, DISCLOSED, C, "i know", A, "well you know how these things go", C, said), said);
    }

    @Test
    void aThreatTakenBackBeforeItIsNamedIsNoRisk() {
        assertEquals(List.of(), breaches(A, DISCLOSED, C, "i know",
                A, "im sorry that was out of line nobody is contacting your employer", C, "were you threatening me"));
    }

    @Test
    void someoneElsesThreatToldIsNoEcho() {
        assertEquals(List.of(), breaches(A, DISCLOSED, C, "my landlord is threatening to evict me so money is tight"));
    }

    // --- not in a position to ---------------------------------------------------------------------------

    @Test
    void notInAPositionToPayCannotPay() {
        assertTrue(rules(A, DISCLOSED, C, "im just not in a position to pay that right now")
                .contains("options/cannot-pay-no-options"));
    }

    @Test
    void onceInAPositionToPayIsNoInability() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED,
                C, "once im in a position to pay ill call you")));
    }

    @Test
    void notInAPositionToDealWithItDefers() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i know about it im just not in a position to deal with it right now")));
    }

    // --- tax season ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "later: ''{0}''")
    @ValueSource(strings = {"maybe after tax season", "i can do something around tax time"})
    void taxSeasonInFebruaryIsALaterDay(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED, C, said)));
    }

    @Test
    void taxTimeInAprilIsNear() {
        assertEquals(List.of(), Said.ofKind("urgency", Said.rules(EN, LocalDate.of(2027, 4, 10),
                A, DISCLOSED, C, "i can pay it around tax time")));
    }
}
