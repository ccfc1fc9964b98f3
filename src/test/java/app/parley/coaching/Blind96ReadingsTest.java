package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind96 said that no reading knew (round 86): "I can get that fee waived for you" and "split
 * that [past due amount, heard "pass through will now"] into three payments" offer;
 * "I'll have it after Thanksgiving when my hours kick [heard "clicked"] back up" puts it off, the
 * past after the holiday notwithstanding; "back in November, right before Thanksgiving" is gone;
 * "I can't pay at the bank" refuses a way, not the payment; "happy new year to you and the whole
 * family" winds the call up; "so what are we looking at here?" asks for options.
 */
class Blind96ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the one thousand and eighty nine dollars on your auto loan";

    private static List<String> rules(LocalDate day, Object... turns) {
        return Said.rules(EN, day, turns);
    }

    @Test
    void aFeeGotWaivedIsAnOfferThatWantsADate() {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", rules(LocalDate.of(2026, 11, 23),
                A, DISCLOSED, A, "that happens a lot if you clear the one forty four i can get that twenty five dollar fee "
                        + "waived for you")));
    }

    @Test
    void aFeeThatWasWaivedIsNoOffer() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(LocalDate.of(2026, 11, 23),
                A, DISCLOSED, A, "the fee was waived last time so the balance is one forty four")));
    }

    @Test
    void aSplitWhateverItsObjectWasHeardAsIsAnOffer() {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", rules(LocalDate.of(2026, 3, 10),
                A, DISCLOSED, A, "okay what we could do is split that pass through will now into three payments around two "
                        + "hundred and six dollars each")));
    }

    @Test
    void paymentsThatWereSplitAreNoOffer() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(LocalDate.of(2026, 3, 10),
                A, DISCLOSED, A, "the balance was split between you and your brother into two payments last year")));
    }

    @Test
    void illHaveItAfterThanksgivingPutsItOffWhateverPastFollows() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(LocalDate.of(2026, 11, 2),
                A, DISCLOSED, C, "i know ive been meaning to call but ill have it after thanksgiving when my hours "
                        + "clicked back up for the holiday rush")));
    }

    @Test
    void theHolidaysThatGotAwayAreStillGone() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(LocalDate.of(2026, 11, 2),
                A, DISCLOSED, C, "honestly the holidays got away from me")));
    }

    @Test
    void rightBeforeThanksgivingAfterNovemberGoneIsGoneToo() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(LocalDate.of(2026, 1, 6),
                A, DISCLOSED, C, "oh come on i paid iron peak i pay them off back in november right before thanksgiving i "
                        + "got a confirmation email and everything")));
    }

    @Test
    void aDayToPayAfterAMonthGoneIsStillAhead() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(LocalDate.of(2026, 1, 6),
                A, DISCLOSED, C, "i paid some in november i can pay the rest in march")));
    }

    @Test
    void cantPayAtTheBankRefusesAWayNotThePayment() {
        assertEquals(List.of(), Said.ofKind("options", rules(LocalDate.of(2026, 10, 19),
                A, DISCLOSED, C, "okay one hundred sixty five i pay this the day after tomorrow when i go to the bank i "
                        + "cant pay at the bank")));
        assertEquals(List.of(), Said.ofKind("options", rules(LocalDate.of(2026, 10, 19),
                A, DISCLOSED, C, "i cant pay it over the phone")));
    }

    @Test
    void cantPayAtTheMomentIsStillAnInability() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(LocalDate.of(2026, 10, 19),
                A, DISCLOSED, C, "i cant pay at the moment")));
    }

    @Test
    void aSeasonsWishEndsTheCall() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(
                LocalDate.of(2026, 12, 28), A, DISCLOSED, C, "well thats mighty nice of you ill get to it some time in january",
                A, "sounds great happy new year to you and the whole family")));
    }

    @Test
    void aSeasonsWishOpeningTheCallEndsNothing() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(LocalDate.of(2026, 12, 28),
                A, "happy new year is this walter pruitt", C, "yes")));
        assertEquals(List.of(), Said.ofKind("next-step", rules(LocalDate.of(2026, 12, 28),
                A, "happy holidays mister pruitt this is tom from lighthouse collections calling about your water bill")));
    }

    @Test
    void soWhatAreWeLookingAtAsksForOptions() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(LocalDate.of(2026, 2, 3),
                A, DISCLOSED, C, "yeah okay well brian knows now i guess so what are we looking at here")));
    }
}
