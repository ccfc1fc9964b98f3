package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind98 said that no reading knew (round 88): "two of those I paid, like, online" disputes;
 * "twenty three hundred, not in one go" cannot pay; "take care of know" is "take care now"; "I'd
 * rather be done with it before Christmas" wants it sooner, no later day; "this goes to the police"
 * threatens; "calling on behalf of the county court" poses, without hostile words; "tell your
 * daughter congratulations" passes a good wish on; "you about gave me a heart attack" is a fright.
 */
class Blind98ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate NOVEMBER_TWENTIETH = LocalDate.of(2026, 11, 20);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the three hundred and sixteen dollars on your account";

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, NOVEMBER_TWENTIETH, turns);
    }

    @Test
    void someOfThoseIPaidDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "whatever and anyway two of those i paid like online on the city website back in january")));
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, "which of those i paid you mean")));
    }

    @Test
    void notInOneGoCannotPay() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", rules(A, DISCLOSED,
                C, "well twenty three hundred dollars i can tell you that right now not in one go")));
    }

    @Test
    void takeCareOfKnowIsAGoodbye() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "oh well all right then", A, "okay thanks mrs force take care of know")));
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED, A, "okay i can take care of it")));
    }

    @Test
    void ratherBeDoneWithItBeforeChristmasPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "fine fine right id rather be done with it before christmas anyway")));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i can get it done before christmas")));
    }

    @Test
    void thisGoesToThePoliceIsHostile() {
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                C, "i know i kept telling myself id deal with it",
                A, "well its been long enough if its not dealt with this week this goes to the police")));
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                A, "if someone used your identity you should go to the police and file a report")));
    }

    @Test
    void speakingForTheCourtPosesWithoutHostileWords() {
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(
                A, "good morning im calling on behalf of the franklin county court am i speaking with betty")));
    }

    @Test
    void youGaveMeAHeartAttackIsAFright() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "well thats a relief you about gave me a heart attack forty a month i can manage forty")));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "my husband had a heart attack in march and i had to stop working")));
    }

    @Test
    void tellYourDaughterCongratulationsPassesAWishOn() {
        assertEquals(List.of(), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                A, "ill send it in the next few minutes thanks mr okafor and tell your daughter congratulations on the news")));
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", rules(A, DISCLOSED,
                A, "and tell your boss good luck keeping you once we garnish your wages")));
    }
}
