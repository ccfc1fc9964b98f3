package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind108 said that no reading knew (round 97): a sum the client can only lay down ("I can only
 * do about two hundred"), a sum said the short way before "all at once" ("nine twenty"), the work
 * itself gone ("work dried up"), a service denied as never had ("I've never been in an ambulance
 * in my life"), "I can't think about this right now" put off, and "be the … jail" (the recogniser's
 * "pay the full balance") no jail held out.
 */
class Blind108ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 7, 22);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt the balance "
            + "is nine hundred and twenty dollars";

    @Test
    void aSumTheClientCanOnlyLayDownCannotPayTheBalance() {
        for (String said : List.of("i can only do about two hundred right now", "we could barely spare fifty dollars",
                "i can only do like a hundred")) {
            assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED, C, said),
                    said);
        }
        for (String said : List.of("i can only do fridays", "i can only do it by card", "i can only do mornings")) {
            assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED, C, said), said);
        }
    }

    @Test
    void aSumSaidTheShortWayAllAtOnceCannotBePaid() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "yeah ive been meaning to call i cant do nine twenty all at once"));
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "i cant do nine twenty tomorrow morning im at work"));
    }

    @Test
    void theWorkItselfGoneIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED,
                C, "work dried up after thanksgiving"));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED,
                C, "jobs have slowed way down since the storm"));
        assertEquals(List.of(), Said.ofKind("empathy", EN, DAY, A, DISCLOSED,
                C, "if work dries up ill let you know"));
    }

    @Test
    void aServiceNeverHadIsDisputed() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, DAY, A, DISCLOSED,
                C, "the clinic one is mine but that ambulance isnt ive never been in an ambulance in my life"));
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, DAY, A, DISCLOSED,
                C, "ive never even been to that clinic"));
        assertEquals(List.of(), Said.ofKind("dispute", EN, DAY, A, DISCLOSED,
                C, "id never been in the hospital before that night"));
    }

    @Test
    void notNowWithNoDayIsPutOff() {
        for (String said : List.of("i cant think about this right now", "i cant deal with that right now")) {
            assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                    A, "we could set you up on a plan fifty dollars a month by friday the twenty fourth", C, said), said);
        }
    }

    @Test
    void theJailNamedAfterBeIsNoJailHeldOut() {
        assertEquals(List.of(), Said.ofKind("emotional-control", EN, DAY, A, DISCLOSED,
                A, "you can be the sole jail and by friday you can pay five hundred and sixty by friday"));
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, DAY,
                A, DISCLOSED, A, "keep this up and youll be the next one in jail"));
    }
}
