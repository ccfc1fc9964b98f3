package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind105 said that no reading knew (round 94): a near day the client can't make, or is too
 * busy on, is no day to pay when another day follows; "the winter bills" are the debt, not a
 * season to pay in; someone else answering "not right now" puts nothing off; "chaotic after
 * graduation" is how life went; "what can you do for [me]" and "that's more than my rent" ask for
 * options; "I've got the confirmation right here" disputes.
 */
class Blind105ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate MONDAY = LocalDate.of(2026, 2, 9);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt the balance "
            + "is four hundred dollars";

    private static List<String> urgency(String said) {
        return Said.ofKind("urgency", EN, MONDAY, A, DISCLOSED, C, said);
    }

    @Test
    void aNearDayRuledOutIsNoDayToPayWhenAnotherFollows() {
        assertEquals(List.of("urgency/client-names-a-later-day"), urgency("i cant pay this friday ill pay next month"));
        assertEquals(List.of("urgency/client-defers"),
                urgency("i got a lot on my plate this week ill call you back next month"));
        // a near day kept: a bound, a part paid, the same day (the recogniser's "can't" for "can"), free by then
        assertEquals(List.of(), urgency("i cant pay until friday"));
        assertEquals(List.of(), urgency("i can do fifty this week and the rest next month"));
        assertEquals(List.of(), urgency("i can't pay the whole thing thursday when my pension goes in"));
        assertEquals(List.of(), urgency("im busy until friday then ill pay it"));
    }

    @Test
    void billsNamedByTheirSeasonAreTheDebt() {
        assertEquals(List.of(), urgency("oh the winter bills that space heater i swear those things eat money anyway "
                + "yes i remember the notice"));
        assertEquals(List.of("urgency/client-names-a-later-day"), urgency("ill pay it in the summer"));
    }

    @Test
    void someoneElseAnsweringPutsNothingOffUntilTheDebtorComesOn() {
        Object[] call = {A, "hi is julian there",
                C, "not right now hes in the shower can i take a message",
                A, "sure can you ask him to call pat back today",
                C, "hold on here he is",
                C, "hello this is julian",
                A, DISCLOSED};
        assertEquals(List.of(), Said.ofKind("urgency", EN, MONDAY, call));
        Object[] thenPutOff = java.util.Arrays.copyOf(call, call.length + 2);
        thenPutOff[call.length] = C;
        thenPutOff[call.length + 1] = "ill pay it next month";
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, MONDAY, thenPutOff));
    }

    @Test
    void howLifeWentAfterAnEventPutsNothingOff() {
        // "things got a little chaotic after graduation", "got" lost by the recogniser
        assertEquals(List.of(), urgency("okay yeah think that a little chaotic after graduation moving cities and "
                + "starting the new job"));
        assertEquals(List.of("urgency/client-names-a-later-day"), urgency("ill pay it after graduation"));
    }

    @Test
    void askingWhatTheAgentCanDoAndASumAboveTheRentAskForOptions() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, MONDAY,
                A, DISCLOSED, C, "so what can you do for meteor id like to get it off my back", A, "lots of ways"));
        // "I can't pay that", heard "can"
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, MONDAY,
                A, DISCLOSED, C, "seven eighty i can pay that thats more than my rent", A, "okay"));
    }

    @Test
    void aConfirmationAtHandDisputes() {
        // "that's paid, I paid Hearthside over the phone", heard "that speed", "for side"
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, MONDAY,
                A, DISCLOSED, C, "note on that speed i paid for side over the filmed in october ive got a "
                        + "confirmation right here", A, "thank you that helps"));
    }
}
