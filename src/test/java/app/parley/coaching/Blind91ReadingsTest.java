package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind91 said that no reading knew (round 81): "I'll do it when I get off, like seven in the
 * morning" is in a moment; disability back pay awaited is income, not a hardship; "me and my mom paid
 * a whole thing" disputes; "have a great rest of your day", heard "has a great rest of your day", winds the call up.
 */
class Blind91ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the two hundred and sixty five dollars on your electric account";
    private static final LocalDate JUNE_TWENTY_FOURTH = LocalDate.of(2026, 6, 24);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, JUNE_TWENTY_FOURTH, turns);
    }

    @Test
    void whenIGetOffWorkIsInAMoment() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "the day after tomorrow friday i can do the whole thing",
                A, "two sixty five on friday the twenty sixth by phone bank account or online",
                C, "online ill do it when i get off just like seven in the morning")));
    }

    @Test
    void whenIGetOffUnemploymentIsStillPutOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "ill pay it when i get off unemployment")));
    }

    @Test
    void disabilityBackPayAwaitedIsNoHardship() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh lord yes i know about it im waiting on my disability back pay the lawyer said its coming any time now")));
    }

    @Test
    void paidWithMyMomDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "wait no thats done me and my mom paid a whole thing in may theres literally a confirmation email")));
    }

    @Test
    void theRestOfYourDayWindsTheCallUp() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "oh okay sure thats easy then", A, "oh right patricia ill let you go has a great rest of your day")));
    }
}
