package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapTrackerTest {
    private static final double W = AcousticMeter.WINDOW_SECONDS;

    /** Frames of {@code seconds}, voiced in [from, to). */
    private static List<AcousticFrame> frames(double seconds, double from, double to) {
        List<AcousticFrame> out = new ArrayList<>();
        for (int i = 0; i < Math.round(seconds / W); i++) {
            double start = i * W;
            boolean voiced = start >= from - 1e-9 && start < to - 1e-9;
            out.add(new AcousticFrame(start, start + W, voiced ? -20 : Loudness.FLOOR_DBFS, voiced));
        }
        return out;
    }

    private static List<OverlapTracker.Overlap> feed(OverlapTracker tracker, List<AcousticFrame> agent,
            List<AcousticFrame> caller, int batch) {
        List<OverlapTracker.Overlap> steps = new ArrayList<>();
        for (int i = 0; i < Math.max(agent.size(), caller.size()); i += batch) {
            for (int j = i; j < Math.min(i + batch, agent.size()); j++) {
                steps.addAll(tracker.accept(Speaker.AGENT, agent.get(j)));
            }
            for (int j = i; j < Math.min(i + batch, caller.size()); j++) {
                steps.addAll(tracker.accept(Speaker.CALLER, caller.get(j)));
            }
        }
        return steps;
    }

    @Test
    void callerStartingBeforeTheAgentFinishesIsTheOneTalkingOver() {
        OverlapTracker tracker = new OverlapTracker(W);
        List<OverlapTracker.Overlap> steps = feed(tracker, frames(6, 0, 3), frames(6, 2, 5), 1);
        // Agent voiced to 3.0 s and talking for the 0.3 s hangover after; caller from 2.0 s.
        assertEquals(1.3, tracker.totalSeconds(), 1e-9);
        OverlapTracker.Overlap last = steps.get(steps.size() - 1);
        assertEquals(2.0, last.start(), 1e-9);
        assertEquals(3.3, last.end(), 1e-9);
        assertEquals(Speaker.CALLER, last.interrupter());
    }

    @Test
    void agentTalkingOverTheCallerIsNamed() {
        OverlapTracker tracker = new OverlapTracker(W);
        List<OverlapTracker.Overlap> steps = feed(tracker, frames(8, 3, 6), frames(8, 1, 5), 1);
        OverlapTracker.Overlap last = steps.get(steps.size() - 1);
        assertEquals(Speaker.AGENT, last.interrupter());
        assertEquals(2.3, last.seconds(), 1e-9);
    }

    @Test
    void turnsSeparatedByAPauseDoNotOverlap() {
        OverlapTracker tracker = new OverlapTracker(W);
        assertTrue(feed(tracker, frames(6, 0, 2), frames(6, 2.4, 4), 1).isEmpty());
        assertEquals(0, tracker.totalSeconds());
    }

    @Test
    void interleavingOfTheTwoStreamsDoesNotChangeTheResult() {
        List<OverlapTracker.Overlap> alternating = feed(new OverlapTracker(W), frames(8, 3, 6), frames(8, 1, 5), 1);
        List<OverlapTracker.Overlap> bursts = feed(new OverlapTracker(W), frames(8, 3, 6), frames(8, 1, 5), 30);
        assertEquals(alternating, bursts);
    }

    @Test
    void bothStartingTogetherNamesNobody() {
        List<OverlapTracker.Overlap> steps = feed(new OverlapTracker(W), frames(4, 1, 3), frames(4, 1, 3), 1);
        assertNull(steps.get(steps.size() - 1).interrupter());
    }

    @Test
    void aPartyThatNeverJoinedDoesNotHoldTheOtherBack() {
        OverlapTracker tracker = new OverlapTracker(W);
        for (AcousticFrame frame : frames(10, 0, 10)) {
            assertTrue(tracker.accept(Speaker.AGENT, frame).isEmpty());
        }
        // The agent's windows up to 2 s back were taken with the caller silent; a caller who then
        // joins is paired from where the tracker is, and is the one who started talking later.
        List<OverlapTracker.Overlap> late = tracker.accept(Speaker.CALLER, new AcousticFrame(9.9, 9.95, -20, true));
        assertEquals(List.of(new OverlapTracker.Overlap(9.9, 9.95, Speaker.CALLER)), late);
    }
}
