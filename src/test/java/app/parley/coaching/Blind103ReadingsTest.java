package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind103 said that no reading knew (round 92): anger at being talked over in other words;
 * "have a blessed day" heard "blessing"; criminal charges held out; "our" heard "or" and a plan
 * told by its term and instalment ("four months of two sixty") in a list of options; "no rush"
 * on something else while the payment's near day stands.
 */
class Blind103ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate MARCH_TENTH = LocalDate.of(2026, 3, 10);
    private static final String DISCLOSED = "im a debt collector and this call is an attempt to collect a debt its about "
            + "your account with a balance of six hundred and forty dollars";

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, MARCH_TENTH, turns);
    }

    @Test
    void talkedOverInOtherWordsIsAnger() {
        assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "can i finish a sentence you people call me every weekend youre talking right over me this is garbage")));
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "can i finish paying it off early if i want to")));
    }

    @Test
    void aBlessedDayHeardBlessingClosesTheCall() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "all right well i appreciate that ill send something in once things loosen up a little",
                A, "sounds good darnell you have a blessing day now")));
    }

    @Test
    void criminalChargesHeldOutAreHostileAndUnlawful() {
        List<Object> turns = List.of(A, DISCLOSED, C, "yeah i got a letter i just havent had a minute to deal with it",
                A, "you better find a minute when these dont get paid they file charges");
        assertEquals(List.of("emotional-control/agent-hostile-words"),
                Said.ofKind("emotional-control", rules(turns.toArray())));
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, MARCH_TENTH, turns.toArray()));
        assertEquals(List.of(), Said.breaches(EN, MARCH_TENTH, A, DISCLOSED, C, "are you going to press charges",
                A, "no nobody is going to file charges this is a civil matter"));
    }

    @Test
    void oursHeardOrAndPlansByTermAndInstalmentAreCountedRight() {
        // three choices, "our line of work" heard "or line of work"
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED, C, "yeah i know about it im good for it",
                A, "i know winters lean and or line of work let me give you a real choices fifty dollars by this friday "
                        + "and fifty every two weeks through the winter or two hundred by friday and two hundred a month "
                        + "or if you can pull it together two thousand two hundred settled by next wednesday")));
        // five, every "or" heard "oregon" or "florida"
        assertEquals(List.of("options/too-many-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "so what can i do about it i dont have the thousand dollars just sitting around",
                A, "ive got a few ways you could pay the to instill by next thursday oregon settle for eight hundred by "
                        + "next thursday oregon to payments of five twenty the first by monday florida and fourteen "
                        + "months of two sixty the first by monday oregon the hundred a month starting monday")).stream()
                .filter(rule -> rule.endsWith("too-many-options")).toList());
    }

    @Test
    void noRushOnSomethingElseWithThePaymentsDayHeld() {
        assertEquals(List.of(), Said.ofKind("firmness", rules(A, DISCLOSED,
                C, "friday i get paid and i can do the whole thing",
                A, "ill schedule it for friday ill also email you the form to update your mailing address theres no "
                        + "rush on sending that back but the payment itself is set for friday the thirteenth")));
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED,
                C, "i cant really do anything right now",
                A, "okay no rush just send in whatever you can whenever you can")));
    }
}
