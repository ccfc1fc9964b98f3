package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind43 said that no reading knew (round 111): "give your shift manager a call" heard "a goal";
 * the tow truck that "already has your address" and the neighbours who "watch your car go up on a hook" are a
 * seizure held out; "I'd be happy to ask around the neighbourhood" tells the client's people; "you have the right to
 * dispute it" heard "the right to the stupid" is a right, no insult; and "can we set it for this Friday" takes up a
 * payment offered, whatever the recogniser made of "I can pay the whole thing".
 */
class ComplianceBlind43ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 6, 22);
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "nine hundred and eighty dollars";

    @Test
    void aCallToTheManagerAsHeard() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill sort it out at the end of the month",
                A, "maybe i give your shift manager a goal and he can help you remember your bills"));
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill sort it out at the end of the month",
                A, "maybe ill give your boss a heads up"));
    }

    @Test
    void theTowTruckOnItsWayIsASeizureHeldOut() {
        for (String said : List.of("everybodys hours got cut the truck already have yard address",
                "id hate for your neighbours to watch your car go up on a hook saturday morning")) {
            assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "my hours got cut at the plant",
                    A, said), said);
        }
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "where do i drop the car off",
                A, "the truck driver has the address of the dealership"));
    }

    @Test
    void askingAroundTheNeighbourhoodTellsThem() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "thats not mine",
                A, "maybe the folks on maple street know something about it id be happy to ask around the neighborhood"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "i sent a check in may",
                A, "let me ask around the office and see if anyone logged it"));
    }

    @Test
    void aRightNamedIsNoInsult() {
        assertEquals(List.of(), Said.ofKind("emotional-control", EN, DAY, A, DISCLOSED, C, "am i being sued",
                A, "no nobody is suing you and you have the right to the stupid or to ask us to verify it"));
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, DAY,
                A, DISCLOSED, C, "i forgot about it", A, "that was pretty stupid of you"));
        // the agency's own "right" takes nothing back
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "i cant pay",
                A, "we have the right to take your car"));
    }

    @Test
    void givingThePaymentItsDayTakesItUp() {
        String heard = "yeah i figured that one would catch up with me i cant pay the whole thing";
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED, C, heard,
                A, "thank you can we set it for this friday by debit card"));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED, C, heard,
                A, "i understand lets see what we can do"));
    }
}
