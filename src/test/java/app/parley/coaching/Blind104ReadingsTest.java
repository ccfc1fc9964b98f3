package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind104 said that no reading knew (round 93): money awaited on a day named after it ("when
 * my check comes in on the fifteenth") is that day; a month after a past tense of its own is gone;
 * "could be into October" and "after I graduate" put the payment off; "send along what you can"
 * gives the amount away; "have a good harvest" closes; "take your time finding that" waits on the
 * card.
 */
class Blind104ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt the balance "
            + "is one thousand and eighty dollars";

    private static List<String> urgency(LocalDate day, String said) {
        return Said.ofKind("urgency", Said.rules(EN, day, A, DISCLOSED, C, said));
    }

    @Test
    void moneyAwaitedOnADayNamedAfterItIsThatDay() {
        LocalDate monday = LocalDate.of(2026, 11, 9);
        assertEquals(List.of(), urgency(monday, "ill pay it when my check comes in on the fifteenth"));
        // "we just moved back" told first makes "the first" read as gone by; the check awaited comes then all the same
        assertEquals(List.of(), urgency(LocalDate.of(2026, 9, 30), "okay honestly we just moved back from naples and "
                + "were still living out of boxes so i was holding off until my husbands check comes on the first"));
        // the check's day not said, or a day far off
        assertEquals(List.of("urgency/client-names-a-later-day"), urgency(monday, "ill pay it when my check comes in"));
        assertEquals(List.of("urgency/client-names-a-later-day"),
                urgency(monday, "once my disability hits on the third ill pay it"));
    }

    @Test
    void aMonthAfterAPastTenseOfItsOwnIsGoneBy() {
        assertEquals(List.of(), urgency(LocalDate.of(2026, 12, 9), "this again i have to prove it you know i cleaned "
                + "that unit out in march and handed the key to the girl at the desk"));
        assertEquals(List.of(), urgency(LocalDate.of(2026, 12, 1), "im on a fixed income so ill take the settlement my "
                + "disability check comes from the third thats thursday"));
    }

    @Test
    void intoAMonthAndAfterGraduatingPutThePaymentOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), urgency(LocalDate.of(2026, 9, 17),
                "the beans arent in yet and the elevator wont pay till theyre sold that check shows up could be into october"));
        assertEquals(List.of("urgency/client-names-a-later-day"), urgency(LocalDate.of(2026, 9, 1),
                "i get maybe ten hours a week at the library ill square it with you guys after i graduate"));
    }

    @Test
    void theAmountGivenAwayAndAHarvestWishedClose() {
        List<String> raised = Said.rules(EN, LocalDate.of(2026, 9, 17), A, DISCLOSED,
                C, "the elevator wont pay till the beans are sold",
                A, "oh i get it tell you what dont sweat it and send along what you can once the grain moneys in",
                C, "thats decent of you appreciate it",
                A, "you bet mister halvorsen have a good harvest now");
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", raised));
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", raised));
    }

    @Test
    void takeYourTimeFindingTheCardWaitsOnIt() {
        assertEquals(List.of(), Said.ofKind("firmness", Said.rules(EN, LocalDate.of(2026, 1, 12), A, DISCLOSED,
                C, "card its in my wallet somewhere in my backpack",
                A, "no rush take your time finding that ill hold")));
    }
}
