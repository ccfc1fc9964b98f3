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
 * What blind85's and blind86's calls said that no reading knew (round 76): "is there anything else I
 * can help you with?" is not yet the goodbye; a membership cancelled by going in; blame for being
 * called ("nobody would need to call you"); money short this month, which is no day to pay; a payday
 * promised but not named; a plan named again ("that same settlement") is no new option.
 */
class Blind86ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "your gym membership which shows ninety four dollars unpaid";
    private static final LocalDate AUGUST_FIFTH = LocalDate.of(2026, 8, 5);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, AUGUST_FIFTH, turns);
    }

    // --- the goodbye after "anything else" ---------------------------------------------------------------

    @Test
    void anythingElseIsNotYetTheGoodbye() {
        List<String> raised = rules(A, DISCLOSED, C, "let me talk it over with my husband",
                A, "okay is there anything else i can help you with today", C, "no thats it");
        assertEquals(List.of(), Said.ofKind("next-step", raised));
    }

    @Test
    void theGoodbyeAfterItCloses() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "let me talk it over with my husband", A, "okay is there anything else i can help you with today",
                C, "no thats it", A, "all right then you have our number have a good afternoon")));
    }

    // --- cancelled by going in ---------------------------------------------------------------------------

    @ParameterizedTest(name = "cancelled: ''{0}''")
    @ValueSource(strings = {
        "no no i cancelled that i went in myself in april and cancelled it at the desk",
        "i cancelled it at the front desk before they ever billed me",
        "i called them and canceled my membership in march",
    })
    void aMembershipCancelledDisputesTheDebt(String said) {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED, C, said)), said);
    }

    @ParameterizedTest(name = "not cancelled: ''{0}''")
    @ValueSource(strings = {
        "i called them and cancelled my card so thats why the payment bounced",
        "so i can just go in and cancel it at the desk",
        "if i cancel it at the front desk will the fees stop",
    })
    void aCardOrACancellationToComeDisputesNothing(String said) {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, said)), said);
    }

    // --- blame for being called --------------------------------------------------------------------------

    @Test
    void nobodyWouldNeedToCallYouBlames() {
        assertTrue(rules(A, DISCLOSED, C, "are you serious you called me at work",
                A, "well if you kept up with the payments nobody would need to call you anywhere would they")
                .contains("emotional-control/agent-hostile-words"));
    }

    // --- how money stands this month, and a payday not named ----------------------------------------------

    @ParameterizedTest(name = "no day: ''{0}''")
    @ValueSource(strings = {"my mother just had surgery so im short this month", "money is really tight this week"})
    void shortThisMonthPutsNothingOff(String said) {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void payingThisMonthIsStillALaterDay() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "ill pay it sometime this month")));
    }

    @ParameterizedTest(name = "payday: ''{0}''")
    @ValueSource(strings = {
        "oh that one yeah i meant to deal with that ill get something to you by payday i promise",
        "ill have it to you by payday",
    })
    void aPaydayNotNamedPutsItOff(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED, C, said)),
                said);
    }

    @Test
    void aPaydayNamedIsThatDay() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED, C, "i can send it by payday which is this friday")));
    }

    // --- a plan named again --------------------------------------------------------------------------------

    @Test
    void thatSameSettlementIsNoFourthOption() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED, C, "honestly id rather deal with it next month",
                A, "here is what i can do one settle it for one thousand seven hundred dollars in a single payment two split "
                        + "that same settlement into two payments the first by wednesday and the second two weeks later or "
                        + "three keep the full balance and pay one hundred and fifty a month with the first payment by wednesday")));
    }
}
