package app.parley.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.coaching.RuleBook;
import app.parley.live.CoachingClock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a stored call becomes what its recognisers and meters gave live. */
class StoredCallReplayTest {
    @Test
    void anUtterancesWordsArriveOneByOneAfterTheyEndThenTheFinalResult() {
        StoredCall call = StoredCalls.call("c").caller(1.0, "call you back").caller(3.0, "bye").build();
        List<CoachingClock.Heard> heard = StoredCallReplay.words(call.record().utterances(), Speaker.CALLER);
        assertEquals(6, heard.size(), "three partials and a final, one partial and a final");
        CoachingClock.Words first = (CoachingClock.Words) heard.get(0);
        assertEquals(List.of("call"), first.update().partial().words().stream().map(w -> w.word()).toList());
        assertEquals(1.25 + StoredCallReplay.PARTIAL_DELAY, first.at(), 1e-9);
        CoachingClock.Words last = (CoachingClock.Words) heard.get(3);
        assertEquals(1, last.update().finals().size());
        assertEquals("call you back", last.update().finals().get(0).text());
        assertEquals(1.85 + StoredCallReplay.FINAL_DELAY, last.at(), 1e-9);
        for (int i = 1; i < heard.size(); i++) {
            assertTrue(heard.get(i).at() >= heard.get(i - 1).at(), "in the order given: " + heard);
        }
    }

    @Test
    void aLoudnessStepBecomesTheMetersFiftyMillisecondWindowsAtItsLevel() {
        float[] levels = {-70, -70, -20, -20};
        List<CoachingClock.Heard> heard = StoredCallReplay.sounds(new LoudnessTrack(Speaker.AGENT, 0, 0.25, levels));
        assertEquals(20, heard.size());
        CoachingClock.Sound loud = (CoachingClock.Sound) heard.get(12);
        assertEquals(0.6, loud.frame().start(), 1e-9);
        assertEquals(0.65, loud.frame().end(), 1e-9);
        assertEquals(-20, loud.frame().dbfs(), 1e-9);
        assertTrue(loud.frame().voiced(), "20 dB over the line's floor is voice");
        assertTrue(!((CoachingClock.Sound) heard.get(0)).frame().voiced());
    }

    @Test
    void aStoredDeferralRaisesTheUrgencyPromptItRaisedLive() {
        StoredCall call = StoredCalls.call("c").agent(0, "when can you pay the balance")
                .caller(3, "i will call you back next month").build();
        List<Prompt> prompts = StoredCallReplay.prompts(RuleBook.builtIn("en"), call.record(), List.of(), ZoneOffset.UTC);
        assertTrue(prompts.stream().anyMatch(p -> p.rule().equals("client-defers")), prompts.toString());
    }
}
