package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind106 said that no reading knew (round 95): "stopped going in the winter" is gone by; a
 * sum read from words ("two hundred on the thirtieth") is no past verb, and a sum "paid by" a day is
 * its deadline; "run it by my wife tonight" times a talk, said right after the agent's last words;
 * what the client has "till the end of the month" is no day to pay; "no version of this where I
 * come up with it" can't pay; "two hundred of us got let go" lost the job; "that got squared away
 * when I moved out" and "went down and paid off the final bill" dispute; "half by Friday and the
 * other half by May" is one option.
 */
class Blind106ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt the balance "
            + "is one thousand one hundred and forty dollars";

    @Test
    void stoppedGoingInTheWinterIsGoneBy() {
        LocalDate june = LocalDate.of(2026, 6, 9);
        assertEquals(List.of(), Said.ofKind("urgency", EN, june, A, DISCLOSED,
                C, "yeah i stopped going in the winter and just let the card payments go on"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, june, A, DISCLOSED,
                C, "im going to pay it in the winter"));
    }

    @Test
    void aSumIsNoPastVerbAndASumPaidByADayIsItsDeadline() {
        LocalDate thursday = LocalDate.of(2026, 9, 24);
        // "two hundred by the thirtieth" read as last month's, so no near day was taken up
        assertEquals(List.of(), Said.ofKind("urgency", EN, thursday, A, DISCLOSED + " you could pay two hundred by the thirtieth and "
                + "two hundred a month after that", C, "two hundred by the thirtieth then monthly my first real paycheck is mid october"));
        LocalDate wednesday = LocalDate.of(2026, 8, 19);
        assertEquals(List.of(), Said.ofKind("urgency", EN, wednesday, A, DISCLOSED + " you could settle for thirteen sixty paid by the "
                + "twenty fifth"));
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, wednesday, A, DISCLOSED
                + " you could settle for thirteen sixty"));
    }

    @Test
    void aTalkRightAfterTheAgentsLastWordsTimesNoPayment() {
        LocalDate tuesday = LocalDate.of(2026, 11, 3);
        // the agent's "i am", heard after her options, two seconds before "tonight"
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED, A, "i am",
                C, "okay let me run it by my wife tonight and ill get back to you at some point"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED, A, "i am",
                C, "okay let me run to the bank tonight and ill get back to you"));
    }

    @Test
    void whatTheClientHasTillADayIsNoDayToPay() {
        LocalDate thursday = LocalDate.of(2026, 6, 18);
        List<String> raised = Said.rules(EN, thursday, A, DISCLOSED,
                C, "i dont have eleven hundred dollars ive got maybe three hundred to my name till the end of the month");
        assertEquals(List.of(), Said.ofKind("urgency", raised));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", raised));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, thursday, A, DISCLOSED,
                C, "i wont have the three hundred till the end of the month"));
    }

    @Test
    void noVersionWhereTheMoneyComesIsCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, LocalDate.of(2026, 1, 20), A, DISCLOSED,
                C, "ill be straight with you theres no version of this where i come up with two thousand dollars",
                A, "thanks for being up front"));
    }

    @Test
    void manyLetGoAndThePlantShutAreAJobLost() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, LocalDate.of(2026, 7, 13), A, DISCLOSED,
                C, "yeah two hundred of us got let go the same afternoon ive been putting in applications everywhere",
                A, "okay so the past due amount"));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, LocalDate.of(2026, 7, 13), A, DISCLOSED,
                C, "the plant shut down in april", A, "okay so the past due amount"));
    }

    @Test
    void squaredAwayWhenMovingOutAndTheFinalBillPaidDispute() {
        LocalDate may = LocalDate.of(2026, 5, 4);
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, may, A, DISCLOSED,
                C, "that got squared away when i moved out in february", A, "okay"));
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, may, A, DISCLOSED,
                C, "i went down to their office and paid off the final bill cash", A, "okay"));
    }

    @Test
    void theOtherHalfAndTheFullAmountInPaymentsAreOneOptionEach() {
        assertEquals(List.of(), Said.ofKind("options", EN, LocalDate.of(2026, 4, 21), A, DISCLOSED + " you could pay it in full by "
                + "this friday the twenty fourth or half by friday and the other half by may twenty second or do three "
                + "payments of one hundred and four the first this friday"));
        assertEquals(List.of(), Said.ofKind("options", EN, LocalDate.of(2026, 9, 24), A, DISCLOSED + " you could settle it for "
                + "sixteen hundred by the thirtieth or pay two hundred by the thirtieth and two hundred a month after that "
                + "or pay the full amount in three payments of seven hundred the first by the thirtieth"));
    }
}
