package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind99 said that no reading knew (round 89, begun): "after I survive Black Friday at the
 * store" names the day after Thanksgiving, not this Friday, so it no longer excuses the put-off
 * before it.
 */
class Blind99ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate NOVEMBER_NINETEENTH = LocalDate.of(2026, 11, 19);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt its from iron "
            + "peak fitness two hundred and thirty six dollars";

    @Test
    void blackFridayIsNoNearFriday() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", Said.rules(EN, NOVEMBER_NINETEENTH,
                A, DISCLOSED, C, "okay ill pay its just not right now after thanksgiving after i survive black friday at "
                        + "the store")));
    }

    @Test
    void fridayAloneIsStillNear() {
        assertEquals(List.of(), Said.ofKind("urgency", Said.rules(EN, NOVEMBER_NINETEENTH,
                A, DISCLOSED, C, "okay i can pay it friday")));
    }
}
