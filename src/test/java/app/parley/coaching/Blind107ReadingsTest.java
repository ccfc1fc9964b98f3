package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind107 said that no reading knew (round 96): "on Friday the eighteenth" names the
 * eighteenth, not the coming Friday, so the client taking it up puts nothing off, as taking up the
 * day a deadline falls on ("by Friday the twentieth") does; "what can I do for you", answering the
 * phone, asks for no options; "first of the month, every month" is a habit.
 */
class Blind107ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt the balance "
            + "is four hundred and eighty dollars";

    @Test
    void onAWeekdayTheNthIsThatDayAndTakingItUpPutsNothingOff() {
        LocalDate tuesday = LocalDate.of(2026, 12, 8);
        assertEquals(List.of(), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                A, "one hundred and twenty on friday the eleventh and the next one hundred and twenty on friday the "
                        + "eighteenth could you do that one too",
                C, "the eighteenth yeah thats payday okay"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                A, "one hundred and twenty on friday the eleventh could you do that",
                C, "the eighteenth is better for me"));
    }

    @Test
    void theDayADeadlineFallsOnIsTheDayProposed() {
        LocalDate monday = LocalDate.of(2026, 2, 9);
        String proposed = DISCLOSED + " we can split it eight hundred by friday and eight hundred by friday the twentieth";
        assertEquals(List.of(), Said.ofKind("urgency", EN, monday, A, proposed,
                C, "eight hundred friday yeah i can pull that out of my savings account no problem at all i have been "
                        + "putting a little aside every week since the fall and then eight hundred the twentieth thats payday"));
        // a day past the deadline is the client's own
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, monday, A, proposed,
                C, "eight hundred friday yeah i can pull that out of my savings account no problem at all i have been "
                        + "putting a little aside every week since the fall and then eight hundred the twenty eighth"));
    }

    @Test
    void answeringThePhoneAsksForNoOptions() {
        LocalDate day = LocalDate.of(2026, 2, 9);
        assertEquals(List.of(), Said.ofKind("options", EN, day, A, "hi may i speak with walter",
                C, "speaking walter brenner what can i do for you", A, DISCLOSED));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, day, A, DISCLOSED,
                C, "so what can you do for me here", A, "lots of ways"));
    }

    @Test
    void aDayEveryMonthIsAHabit() {
        LocalDate day = LocalDate.of(2026, 7, 16);
        assertEquals(List.of(), Said.ofKind("urgency", EN, day, A, DISCLOSED,
                C, "what would that be i pay everything by check first of the month every month"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, day, A, DISCLOSED,
                C, "ill pay it at the end of the month"));
    }
}
