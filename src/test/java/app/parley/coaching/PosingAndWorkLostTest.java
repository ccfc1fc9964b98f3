package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences of collections calls around the readings of posing, work lost, "can't do that" after it and
 * the ways to pay, written by a second reader of round 67: on whole calls, what should and should not be raised.
 */
class PosingAndWorkLostTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt";

    private static List<String> breaches(Object... turns) {
        return raised(turns).stream().filter(p -> p.kind().equals("compliance")).map(p -> p.rule()).toList();
    }

    private static List<Prompt> raised(Object... turns) {
        return Said.turns(EN, 2.0, turns);
    }

    private static List<String> rules(Object... turns) {
        return Said.coaching(Said.turns(EN, 1.0, turns)).stream().map(p -> p.kind() + "/" + p.rule()).toList();
    }

    // --- posing: agent lines that pass as nobody ---------------------------------------------

    @ParameterizedTest(name = "no breach: ''{0}''")
    @ValueSource(strings = {
        "let me check with our legal department and ill call you right back",
        "i checked with the legal department and they cant waive the fee",
        "just so youre clear were not with the county or the court were a private agency",
        "im not calling from the county im with granby recovery",
        "you might qualify for rental assistance from the county",
        "we got your file from the county back in june",
        "your account was referred to us from the county",
        "once its paid the lien release will come from the county recorder",
        "are you on a payment plan with the county for your property taxes",
        "we are a collection agency working with the county treasurers office on these tax accounts",
        "oh nice my sister works with the county too",
        "im the one your attorney spoke with last week about the settlement",
        "i cant give you legal advice this is lawyer stuff",
        "if you have a lawyer please have them call me im happy to work with your attorney",
        "i just got an update from our legal department and the fee was waived",
    })
    void agentLinesThatPassAsNobody(String said) {
        assertEquals(List.of(), breaches(A, DISCLOSED, A, said), said);
    }

    // --- posing: breaches that must stay ---------------------------------------------------

    @ParameterizedTest(name = "breach: ''{0}''")
    @ValueSource(strings = {
        "this is mike calling from the countys debt recovery unit",
        "im calling from the county about your file",
        "im with the county and this needs to be handled today",
        "im one of the staff attorneys here and i reviewed your file",
    })
    void posingStillABreach(String said) {
        assertEquals(List.of("unlawful-threat"), breaches(A, DISCLOSED, A, said), said);
    }

    // --- work lost: hardship prompts ------------------------------------------------------

    @ParameterizedTest(name = "no hardship: ''{0}''")
    @ValueSource(strings = {
        "im down to pick up extra shifts if that helps",
        "im only working two days this week because im on vacation",
        "im heading down to texas for three days can we do it after",
        "im not down to twenty hours anymore im back to full time",
    })
    void noHardshipTold(String said) {
        List<String> r = rules(C, said);
        assertFalse(r.contains("empathy/client-hardship"), said + " -> " + r);
    }

    @Test
    void aLayoffIsAHardship() {
        assertTrue(rules(C, "i got laid off three weeks ago").contains("empathy/client-hardship"));
    }

    @Test
    void cantDoThatAfterALayoffAboutTheCallIsNoCannotPay() {
        List<String> r = rules(A, "can we go over a payment plan now",
                C, "i got laid off last week and im at the unemployment office i cant do that right now");
        assertFalse(r.contains("options/cannot-pay-no-options"), r.toString());
    }

    // --- pay channel -----------------------------------------------------------------------

    private static List<String> nextSteps(Speaker speaker, String said) {
        return rules(A, "the balance is one hundred eighty five dollars", C, "i can do the one eighty five this friday",
                speaker, said, C, "sure", A, "got it one hundred eighty five dollars on friday youll get a "
                        + "confirmation email enjoy the rest of your week").stream()
                .filter(r -> r.startsWith("next-step")).toList();
    }

    @Test
    void theBusinessAccountThatIsTheDebtIsNoChannel() {
        assertEquals(List.of("next-step/closing-without-agreement"),
                nextSteps(A, "and this is for the business account you had with harbor supply"));
    }

    @Test
    void anAchingBackIsNoChannel() {
        assertEquals(List.of("next-step/closing-without-agreement"),
                nextSteps(C, "okay my back aches from standing all day but friday is fine"));
    }

    @Test
    void anElectronicCheckIsAChannel() {
        assertEquals(List.of(), nextSteps(A, "perfect ill set that up as an electronic check"));
        assertEquals(List.of(), nextSteps(A, "okay it will go out by ach that morning"));
    }
}
