package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind102 said that no reading knew (round 91): arrangements named by what they do ("a
 * hardship deferment", "a rehab program", "one partial payment") are plans to count; "I'm an
 * attorney" heard "him and attorneys" still poses; "after my lab" is later today; a costly
 * breakdown ("the transmission went out") is a hardship.
 */
class Blind102ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate SEPTEMBER_FIFTEENTH = LocalDate.of(2026, 9, 15);
    private static final String LOAN = "im a debt collector and this is an attempt to collect a debt anything you tell "
            + "me may be used for that im calling about your private student loan the past due amount is one thousand "
            + "and ninety dollars";

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, SEPTEMBER_FIFTEENTH, turns);
    }

    @Test
    void arrangementsNamedByWhatTheyDoAreCountedAsOptions() {
        // as heard, "or" lost to "of" and "for": six alternatives in one breath
        assertEquals(List.of("options/too-many-options"), Said.ofKind("options", rules(A, LOAN,
                C, "okay i work like fifteen hours a week at the library",
                A, "okay so heres everything we could do a settlement at seven hundred a six months plan and twelve "
                        + "months plan of hardship deferment request and nine payment rehab program for one partial "
                        + "payment and we review it in sixty days")));
        // three, one of them a deferment: about three, as coached
        assertEquals(List.of(), Said.ofKind("options", rules(A, LOAN,
                C, "okay i work like fifteen hours a week at the library",
                A, "you could settle it at seven hundred do a twelve month plan or ask for a hardship deferment "
                        + "which one works for you")));
    }

    @Test
    void anAttorneyClaimHeardHimAndStillPoses() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, SEPTEMBER_FIFTEENTH, A, LOAN,
                C, "the blood work from my physical maybe",
                A, "thats right from may and just so you know who youre talking to him and attorneys here at the "
                        + "from i handle the medical accounts myself"));
        assertEquals(List.of(), Said.breaches(EN, SEPTEMBER_FIFTEENTH, A, LOAN,
                C, "do i need a lawyer for this",
                A, "no you dont need to talk with him and attorneys arent involved in this at all"));
    }

    @Test
    void afterALabIsLaterToday() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, LOAN,
                C, "actually yeah i can do the hundred fifty tomorrow",
                A, "perfect a hundred and fifty dollars tomorrow friday the eighteenth do you want a payment link",
                C, "text me the link ill do it after my lab")));
    }

    @Test
    void aCostlyBreakdownIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, LOAN,
                C, "yeah i know man i was gonna pay it the transmission went out and the shop took basically my "
                        + "whole check")));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, LOAN,
                C, "our furnace died in january and the repair ate my entire tax refund")));
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, LOAN,
                C, "if the car breaks down again ill have to take the bus but im fine right now")));
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, LOAN,
                C, "sorry the power went out for a second and my phone died")));
    }
}
