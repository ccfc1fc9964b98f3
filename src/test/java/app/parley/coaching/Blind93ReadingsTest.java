package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind93 said that no reading knew (round 83): the subject said once for two deeds ("I closed
 * that card in the summer and paid it off"); someone else using the client's details; "I just can't
 * right now, the funeral took everything we had saved"; "I have to go, sonny"; "call us back when
 * you're ready to be an adult about it"; "or whatever part of it you can manage"; "three thirty? I
 * don't have that just sitting around, no way".
 */
class Blind93ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the four hundred and forty dollars on your gas account";
    private static final LocalDate NOVEMBER_TWENTIETH = LocalDate.of(2026, 11, 20);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, NOVEMBER_TWENTIETH, turns);
    }

    @Test
    void closedItAndPaidItOffDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "honestly i close that card in the summer and paid it off when i did i have the confirmation email")));
    }

    @Test
    void closingAndPayingItOffToComeDisputesNothing() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "if i close the card and pay it off will that help my credit score")));
    }

    @Test
    void anExUsingTheClientsInformationDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "my ex used my information for a bunch of stuff when we split up that was him not me")));
    }

    @Test
    void theMoneyGoneAfterABareCantCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                A, "can you pay that today", C, "i just cant right now the funeral took everything we had saved")));
    }

    @Test
    void aBareCantWhileDrivingIsNoInability() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED,
                A, "can you pay that today", C, "i just cant right now im driving can you call me at six")));
    }

    @Test
    void iHaveToGoSonnyLeaves() {
        assertEquals(List.of("next-step/client-leaving-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "well i dont know what to tell you oh thats my ride at the door i have to go sunny")));
    }

    @Test
    void readyToBeAnAdultIsContempt() {
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                C, "i know i know ill get to it when i can", A, "whatever call us back when youre ready to be an adult about it")));
    }

    @Test
    void callUsBackWhenYoureReadyClosesWithNothingAgreed() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "i know ill get to it", A, "go last back when youre ready")));
    }

    @Test
    void whateverPartOfItGivesTheAmountAway() {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED,
                C, "fine i can do it thursday when im off",
                A, "thursday the twenty second works you do the full four forty or honestly whatever part of it you can manage")));
    }

    @Test
    void notHavingItJustSittingAroundCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "but four forty i dont have that just sitting around")));
    }

    @Test
    void sittingAroundRefusedWithItsFirstWordsLostCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "so yeah i guess thats on me but four forty i dont know about just sitting around no way")));
    }

    @Test
    void noTimeToSitAroundIsNoMoney() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED,
                C, "look i dont have time to be sitting around on the phone with you people")));
    }

    @Test
    void whoHasThatMuchJustSittingAroundCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "four forty who has four hundred bucks just sitting around")));
    }
}
