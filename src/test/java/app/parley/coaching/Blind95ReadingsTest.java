package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind95 said that no reading knew (round 85): "there's no way I'm covering forty two hundred
 * in one shot" cannot pay; "I've never had Stream Link in my life" and "no, that's done, I gave
 * them a money order for everything" dispute; "and bye now" heard "and by now" leaves; "are you the
 * hospital or some collection outfit?" asks who is calling; "do you people not write anything
 * down?" is anger.
 */
class Blind95ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the four thousand two hundred dollars on your produce invoice";
    private static final LocalDate SEPTEMBER_TWENTY_FOURTH = LocalDate.of(2026, 9, 24);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, SEPTEMBER_TWENTY_FOURTH, turns);
    }

    @Test
    void noWayImCoveringTheSumCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "yeah look theres no way im covering forty two hundred and one shot right now the summer was dead")));
    }

    @Test
    void noWayImPayingForAJunkCarIsNoInability() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED,
                C, "no way im paying for a car that doesnt even run")));
    }

    @Test
    void neverHadTheProviderInMyLifeDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "stream link no ive never had stream link in my life youve got the wrong karen")));
    }

    @Test
    void neverHadALatePaymentInMyLifeIsNoDispute() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "ive never had a late payment in my life until this year")));
    }

    @Test
    void thatsDoneAMoneyOrderForEverythingDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "no thats done i gave them a money order for everything when i moved out in march")));
    }

    @Test
    void andByNowLeaves() {
        assertEquals(List.of("next-step/client-leaving-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "oh youre a star ill get it sorted", A, "sounds good enjoy the walk", C, "and by now")));
    }

    @Test
    void itShouldBeThereByNowIsNoGoodbye() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED, C, "it should be there by now")));
    }

    @Test
    void areYouTheHospitalAsksWhoIsCalling() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "thats the cardiology follow up are you the hospital or some collection outfit")));
    }

    @Test
    void doYouPeopleNotWriteAnythingDownIsAnger() {
        assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "i told the last guy im handling it do you people not write anything down")));
    }

    @Test
    void dollarsOnLineIsAChannelSoTheByeNowClosesAnAgreement() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED,
                A, "okay so one hundred and forty five dollars on line by friday",
                C, "oh right thanks", A, "and curtis by now")));
    }
}
