package app.parley.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Word;
import app.parley.redaction.RedactorTest.Party;
import app.parley.speech.TranscriptUpdate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agent's stream carries a faint echo of the caller reading a card number; its recogniser
 * makes a few digits of it, with no cue before them. Whichever stream is decoded first, the
 * echo's digits never come out.
 */
class CrosstalkTest {
    private static final Set<String> DIGITS = Set.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    private final Crosstalk call = new Crosstalk();
    private final Party caller = new Party(call.join());
    private final Party agent = new Party(call.join());

    private void callerReadsTheCard() {
        caller.says(1.0, "my card number is four one one one");
        caller.says(4.0, "one one one one");
        caller.says(6.5, "one one one one");
        caller.says(9.0, "one one one one");
    }

    private void agentHearsTheEcho() {
        agent.says(2.6, "one");
        agent.says(6.6, "one one one one one one");
    }

    private static List<String> digitWords(Party party) {
        return party.finals.stream().flatMap(segment -> segment.words().stream()).map(Word::word)
                .filter(DIGITS::contains).toList();
    }

    private void assertEchoRedacted() {
        assertTrue(caller.over && agent.over, "both streams' last words are out");
        assertEquals(List.of("my card number is [card number ending 1111]"), caller.texts());
        assertEquals(List.of(), digitWords(agent), "the echo's digits: " + agent.texts());
        assertEquals(List.of("[card number]", "[card number]", "then when does it expire"), agent.texts());
        assertEquals(List.of(Category.CARD, Category.CARD), agent.spans.stream().map(RedactedSpan::category).toList());
        for (RedactedSpan span : agent.spans) {
            RedactedSpan card = caller.spans.get(0);
            assertTrue(span.start() >= card.start() - Crosstalk.REACH_S && span.end() <= card.end() + Crosstalk.REACH_S,
                    span + " within the caller's " + card);
        }
    }

    @Test
    void theEchoDecodedFirstWaitsForTheCallersJudgement() {
        agentHearsTheEcho();
        agent.says(13.0, "then when does it expire");
        agent.until(20);
        assertEquals(List.of(), agent.finals, "the echo's digits wait, and the words after them keep their order");
        assertFalse(agent.lastShown().contains("one one one one"), "words waiting are shown masked: " + agent.lastShown());
        agent.end();
        assertFalse(agent.over, "the agent's stream ended first: its last words wait for the caller's");
        callerReadsTheCard();
        caller.until(20).end();
        assertEchoRedacted();
    }

    @Test
    void theCallerDecodedFirstLeavesNothingToWaitFor() {
        callerReadsTheCard();
        caller.until(20).end();
        agentHearsTheEcho();
        agent.says(13.0, "then when does it expire");
        agent.end();
        assertEchoRedacted();
    }

    @Test
    void bothDecodedTogether() {
        caller.says(1.0, "my card number is four one one one");
        agent.says(2.6, "one");
        caller.says(4.0, "one one one one");
        caller.says(6.5, "one one one one");
        agent.says(6.6, "one one one one one one");
        caller.says(9.0, "one one one one");
        agent.says(13.0, "then when does it expire");
        caller.until(20);
        agent.until(20);
        caller.end();
        agent.end();
        assertEchoRedacted();
    }

    @Test
    void theAgentsOwnNumbersAwayFromTheCardStayReadable() {
        agent.says(0.0, "the balance is two hundred and forty dollars");
        assertEquals(List.of(), agent.finals, "digits wait until the caller is judged past them");
        caller.until(4.0);
        agent.until(4.1);
        assertEquals(List.of("the balance is two hundred and forty dollars"), agent.texts());
        callerReadsTheCard();
        caller.until(25);
        agent.says(20.0, "so the card ending in one one one one");
        agent.end();
        caller.end();
        assertEquals(List.of("the balance is two hundred and forty dollars", "so the card ending in one one one one"),
                agent.texts());
        assertEquals(List.of(), agent.spans);
    }

    @Test
    void aPartyThatLeavesHoldsNoOneBack() {
        Crosstalk.Party gone = call.join();
        agent.says(1.0, "four one one one");
        caller.until(10);
        agent.until(5);
        assertEquals(List.of(), agent.finals, "a party that never reported holds digits back");
        gone.leave();
        agent.until(5.3);
        assertEquals(List.of("four one one one"), agent.texts(), "four digits without a cue or another's card stay");
    }

    @Test
    void digitsComeOutOnceTheOtherPartyHasJudgedJustPastThem() {
        agent.says(0.0, "two hundred");
        // (until(t) reports progress every 0.1 s strictly before t: here last at 1.7)
        caller.until(1.75);
        agent.until(3.0);
        assertEquals(List.of(), agent.finals, "'two' ends at 0.3: the caller must be judged through 0.8, and a "
                + "word in progress may have begun a second before the recogniser's progress");
        caller.until(1.9); // progress 1.85: judged through 0.85
        agent.until(3.2);
        assertEquals(List.of("two hundred"), agent.texts());
        assertEquals(List.of(3.1), agent.finalsAt);
    }

    @Test
    void aReplyStartedRightAfterTheAgentsAmountHoldsItBackOnlyWhileItsOwnDigitsMayGoOn() {
        agent.says(0.0, "i can offer a settlement at four hundred and fifty");
        List<Word> reply = RedactorTest.words(3.2, "four fifty man okay end of the month i could probably do that");
        caller.until(3.3);
        for (int i = 1; i <= 2; i++) {
            caller.inProgress(reply.get(i - 1).end() + 0.2, 3.2, RedactorTest.segmentText(reply.subList(0, i)));
        }
        agent.until(4.5);
        assertEquals(List.of(), agent.finals, "the reply's 'four fifty' may go on into digits the agent's stream echoes");
        for (int i = 3; i <= reply.size(); i++) {
            caller.inProgress(reply.get(i - 1).end() + 0.2, 3.2, RedactorTest.segmentText(reply.subList(0, i)));
        }
        agent.until(6.5);
        assertEquals(List.of("i can offer a settlement at four hundred and fifty"), agent.texts(),
                "once other words close the reply's digits, the agent's words need not wait for its final");
        assertTrue(caller.finals.isEmpty(), "the reply is still in progress");
    }

    /** The caller reads the card and the agent hears its echo, each on a thread of its own, in step. */
    private static List<Object> inStep(boolean agentFirst) throws InterruptedException {
        Crosstalk call = Crosstalk.inStep();
        Party caller = new Party(call.join());
        Party agent = new Party(call.join());
        Runnable callerSide = () -> {
            caller.says(1.0, "my card number is four one one one");
            caller.says(4.0, "one one one one");
            caller.says(6.5, "one one one one");
            caller.says(9.0, "one one one one");
            caller.until(20).end();
        };
        Runnable agentSide = () -> {
            agent.says(0.0, "the balance is forty dollars");
            agent.says(2.6, "one");
            agent.says(6.6, "one one one one one one");
            agent.says(13.0, "then when does it expire on the twelfth");
            agent.until(20).end();
        };
        Thread first = new Thread(agentFirst ? agentSide : callerSide);
        first.start();
        Thread.sleep(50);
        Thread second = new Thread(agentFirst ? callerSide : agentSide);
        second.start();
        first.join(10_000);
        second.join(10_000);
        assertTrue(caller.over && agent.over, "both ended");
        return List.of(agent.texts(), agent.finalsAt, caller.texts(), caller.finalsAt);
    }

    @Test
    void inStepWhatComesOutAndWhenNeverDependsOnWhichThreadRanAhead() throws InterruptedException {
        List<Object> agentAhead = inStep(true);
        List<Object> callerAhead = inStep(false);
        assertEquals(callerAhead, agentAhead);
        assertEquals(List.of("the balance is forty dollars", "[card number]", "[card number]",
                "then when does it expire on the twelfth"), agentAhead.get(0));
    }

    @Test
    void aStreamAloneNeverWaits() {
        Party alone = new Party(RedactionPolicy.DEFAULT);
        alone.says(0, "two hundred and forty dollars").end();
        assertTrue(alone.over);
        assertEquals(List.of("two hundred and forty dollars"), alone.texts());
    }

    @Test
    void anEmptyFinalKeepsItsPlaceBehindWordsWaiting() {
        agent.says(1.0, "one one");
        agent.redactor.decoded(new TranscriptUpdate(List.of(new TranscriptUpdate.Segment("", List.of())), null), 2.0);
        caller.until(4);
        agent.until(4.1);
        assertEquals(List.of("one one", ""), agent.texts());
    }
}
