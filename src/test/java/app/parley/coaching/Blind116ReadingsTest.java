package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind116 and compliance-blind40 said that no reading knew (round 106): "soon as my tax refund lands" opens a
 * clause of its own after "I'm not dodging it", whatever the recogniser made of the verb; "this month's first check"
 * (heard "this month first set") is pay, not a day; a payment link is a way to pay; "whenever you've got it" gives the day away; "did you just tell my
 * grandma", "you have no business calling my job" are anger; "more than I've got" is no money; garnishment papers
 * said to be drafted are a threat; and a payment the one called for is to be reminded of tells the debt.
 */
class Blind116ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "four hundred and twelve dollars";

    @Test
    void aRefundAwaitedOpensAClauseOfItsOwn() {
        LocalDate january = LocalDate.of(2026, 1, 13);
        for (String said : List.of("look im not dodging it soon as my tax refund lands ill knock the whole thing out",
                "let him not dodging it soon as my tax refund lamps ill knock the whole thing out")) {
            assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                    C, said), said);
        }
    }

    @Test
    void thisMonthsFirstCheckIsPayNotADay() {
        LocalDate august = LocalDate.of(2026, 8, 7);
        assertEquals(List.of(), Said.ofKind("urgency", EN, august, A, DISCLOSED,
                C, "i get paid on the first and the systemes and this month first set is already spoken for but i got "
                        + "enough left for the first four o five"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, august, A, DISCLOSED,
                C, "i can pay it with next months check"));
    }

    @Test
    void aPaymentLinkIsAWayToPay() {
        LocalDate may = LocalDate.of(2026, 5, 18);
        assertEquals(List.of(), Said.ofKind("next-step", EN, may, A, DISCLOSED,
                C, "thursday night i could do the first payment from my phone",
                A, "four hundred and seventy five dollars on thursday the twenty first through our mobile payment link",
                C, "text me the link and ill do it thursday night",
                A, "sending it now four seventy five on thursday the twenty first drive safe"));
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", EN, may, A, DISCLOSED,
                C, "thursday night i could do the first payment",
                A, "four hundred and seventy five dollars on thursday the twenty first",
                C, "okay ill do it thursday night",
                A, "great four seventy five on thursday the twenty first drive safe"));
    }

    @Test
    void whateverTheClientHasGivesTheDayAway() {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", EN, LocalDate.of(2026, 4, 10), A, DISCLOSED,
                C, "the hundred a month one", A, "sure whenever youve got it is fine"));
    }

    @Test
    void theDebtToldToOthersObjectedToIsAnger() {
        LocalDate april = LocalDate.of(2026, 4, 20);
        for (String said : List.of("did you just tell my grandma about this thats not cool man not cool at all",
                "excuse me you have no business calling my job about this")) {
            assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", EN, april, A, DISCLOSED, C, said), said);
        }
    }

    @Test
    void moreThanTheClientHasIsNoMoney() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, LocalDate.of(2026, 5, 4),
                A, DISCLOSED, C, "okay well nine hundred is still more than ive got right now"));
    }

    @Test
    void garnishmentPapersDraftedAreAThreatAndAReminderToSomeoneElseTellsTheDebt() {
        LocalDate may = LocalDate.of(2026, 5, 4);
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, may, A, DISCLOSED, C, "is that a law firm",
                A, "ill be candid with you the garnishment paperwork is already drafted unless we hear back this week it "
                        + "goes before the judge"));
        assertEquals(List.of(), Said.breaches(EN, may, A, DISCLOSED, C, "are you going to garnish me",
                A, "no there is no garnishment order and nobody is suing you"));
        LocalDate december = LocalDate.of(2026, 12, 1);
        assertEquals(List.of("debt-told-to-third-party"), Said.breaches(EN, december, A, "hello im trying to reach "
                        + "nathan price", C, "nathan he moved out back in the summer were not together anymore",
                A, "if youre in touch with him could you remind him his tandem finance payment is older duties hes "
                        + "missed october and november"));
    }
}
