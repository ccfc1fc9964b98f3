package app.parley.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's decisions on 0.1 s chunks of tone (voice) and near-silence (a quiet line). */
class VoiceGateTest {
    private static final int RATE = 16_000;
    private static final int CHUNK = RATE / 10;

    private static short[] voice(int n) {
        short[] s = new short[CHUNK];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (8000 * Math.sin(2 * Math.PI * 220 * (n * CHUNK + i) / RATE));
        }
        return s;
    }

    private static short[] quiet() {
        short[] s = new short[CHUNK];
        Arrays.fill(s, (short) 3); // a line's hiss, far below any voice
        return s;
    }

    private static VoiceGate gate() {
        return new VoiceGate(new VoiceGate.Settings(true, Duration.ofMillis(500), Duration.ofMillis(300)), RATE, 0.1);
    }

    @Test
    void aLongPauseIsNotFedAndItsUtteranceEndsWhereTheHangoverDoes() {
        VoiceGate gate = gate();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            steps.add(describe(gate.next(voice(i))));
        }
        for (int i = 0; i < 20; i++) {
            steps.add(describe(gate.next(quiet())));
        }
        // One second of voice fed; five chunks of hangover, the fifth ending the utterance; then nothing.
        assertEquals(List.of("feed 1"), steps.subList(0, 10).stream().distinct().toList());
        assertEquals(List.of("feed 1", "feed 1", "feed 1", "feed 1", "feed 1 end"), steps.subList(10, 15));
        assertEquals(List.of("skip"), steps.subList(15, 30).stream().distinct().toList());
    }

    @Test
    void withPauseSetOneChunkOfEachStretchOfTheClosedPauseIsFed() {
        VoiceGate gate = new VoiceGate(new VoiceGate.Settings(true, Duration.ofMillis(500), Duration.ofMillis(300),
                Duration.ofMillis(1000)), RATE, 0.1);
        gate.next(voice(0));
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            steps.add(describe(gate.next(quiet())));
        }
        // The hangover as before (the fifth chunk ends the utterance), then one chunk in ten fed, none ending it.
        assertEquals("feed 1 end", steps.get(4));
        List<String> closed = steps.subList(5, 25);
        assertEquals(2, closed.stream().filter(s -> s.equals("feed 1")).count(), closed.toString());
        assertEquals("feed 1", closed.get(9));
        assertEquals("feed 1", closed.get(19));
        // The preroll holds only what came after the last chunk fed.
        for (int i = 0; i < 4; i++) {
            gate.next(quiet());
        }
        assertEquals(4, gate.next(voice(1)).feed().size());
    }

    @Test
    void speechAfterAPauseComesWithTheAudioJustBeforeIt() {
        VoiceGate gate = gate();
        for (int i = 0; i < 60; i++) {
            gate.next(quiet());
        }
        short[] onset = voice(0);
        VoiceGate.Step step = gate.next(onset);
        // 0.3 s of preroll (three chunks of the pause), then the voiced chunk itself.
        assertEquals(4, step.feed().size());
        assertSame(onset, step.feed().get(3));
        assertFalse(step.endUtterance());
    }

    @Test
    void aShortPauseInsideASentenceIsHeardAsItWas() {
        VoiceGate gate = gate();
        gate.next(voice(0));
        for (int i = 0; i < 4; i++) {
            VoiceGate.Step step = gate.next(quiet());
            assertEquals(1, step.feed().size());
            assertFalse(step.endUtterance());
        }
        assertEquals("feed 1", describe(gate.next(voice(5))));
    }

    @Test
    void aCallThatOpensWithSpeechIsHeardFromItsFirstWord() {
        // No quiet chunk yet: the noise floor is still the speech itself.
        assertEquals("feed 1", describe(gate().next(voice(0))));
    }

    @Test
    void offItFeedsEverything() {
        VoiceGate off = new VoiceGate(VoiceGate.Settings.OFF, RATE, 0.1);
        for (int i = 0; i < 80; i++) {
            assertEquals("feed 1", describe(off.next(quiet())));
        }
    }

    @Test
    void negativeMarginsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new VoiceGate.Settings(true, Duration.ofMillis(-1), Duration.ZERO));
        assertTrue(e.getMessage().contains("cannot be negative"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new VoiceGate.Settings(true, Duration.ZERO, Duration.ZERO, Duration.ofMillis(-100)));
    }

    private static String describe(VoiceGate.Step step) {
        return step.skipped() ? "skip" : "feed " + step.feed().size() + (step.endUtterance() ? " end" : "");
    }
}
