package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind90 said that no reading knew (round 80): "during the holidays" said in the holidays is
 * now; "Thursday after four" heard "after for" is an hour; "I don't have three sixty [just] lying
 * around" heard "three sixty or lying around" can't pay; "I'm down to like twenty five a week" is work
 * lost, the hours unsaid.
 */
class Blind90ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the three hundred and sixty dollars on your alarm contract";

    private static List<String> rules(LocalDate day, Object... turns) {
        return Said.rules(EN, day, turns);
    }

    @Test
    void theHolidaysSaidInTheHolidaysAreNow() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(LocalDate.of(2026, 12, 29), A, DISCLOSED,
                C, "a debt collector during the holidays festive yeah its jordan")));
    }

    @Test
    void theHolidaysSaidInNovemberAreLater() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(LocalDate.of(2026, 11, 2),
                A, DISCLOSED, C, "i can pay it during the holidays")));
    }

    @Test
    void afterFourHeardAfterForIsAnHour() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(LocalDate.of(2026, 4, 21), A, DISCLOSED,
                C, "not today today is bad thursday thursday after for ill have it")));
    }

    @Test
    void afterMyCheckClearsIsStillPutOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(LocalDate.of(2026, 4, 21),
                A, DISCLOSED, C, "after my check clears ill have it")));
    }

    @Test
    void aSumNotLyingAroundHeardWithOrCantBePaid() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(LocalDate.of(2026, 10, 5),
                A, DISCLOSED, C, "whatever i dont have three sixty or lying around all right i just dont")));
    }

    @Test
    void hoursLeftWithTheUnitUnsaidAreWorkLost() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(LocalDate.of(2026, 9, 8),
                A, DISCLOSED, C, "yeah since august im down to like twenty five a week")));
    }

    @Test
    void aPaymentDownToTwentyAMonthIsNoWorkLost() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(LocalDate.of(2026, 9, 8),
                A, DISCLOSED, C, "so were down to twenty a month on the plan right")));
    }
}
