package app.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.Loudness;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/make-call's raised voices and talk-over, which the coaching corpus relies on. */
class MakeCallTest {
    @TempDir
    Path dir;

    @Test
    void overlapStartsTheNextTurnBeforeThePreviousOneEnds() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "caller: I have been trying to explain this to your company for weeks now.",
                "# overlap: 1.5",
                "agent: I have your file in front of me.",
                "caller: Fine.");
        TestAudio.Turn first = call.turns().get(0);
        TestAudio.Turn second = call.turns().get(1);
        assertEquals(Speaker.AGENT, second.speaker());
        assertEquals(first.end() - 1.5, second.start(), 0.001);
        assertEquals(second.end() + 0.4, call.turns().get(2).start(), 0.001, "the turn after follows the gap");
        PcmAudio caller = WavFile.read(call.caller());
        PcmAudio agent = WavFile.read(call.agent());
        assertEquals(caller.samples().length, agent.samples().length, "both legs run to the end of the call");
        assertTrue(level(agent, second.start() + 0.2, second.start() + 1.2) > -40, "agent speaks during the overlap");
        assertTrue(level(caller, second.start() + 0.2, first.end() - 0.2) > -40, "while the caller still does");
    }

    @Test
    void gainMakesATurnLouderOnItsLeg() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: You have to pay this balance now, I will not wait any longer.",
                "agent(+10dB): You have to pay this balance now, I will not wait any longer.",
                "agent(-6dB): You have to pay this balance now, I will not wait any longer.");
        PcmAudio agent = WavFile.read(call.agent());
        double normal = level(agent, call.turns().get(0).start(), call.turns().get(0).end());
        double louder = level(agent, call.turns().get(1).start(), call.turns().get(1).end());
        double softer = level(agent, call.turns().get(2).start(), call.turns().get(2).end());
        // The limiter keeps peaks under full scale: the level rises by less than the gain.
        assertTrue(louder - normal >= 5 && louder - normal <= 10.5, "+10 dB turn measured " + (louder - normal));
        assertEquals(-6, softer - normal, 0.5);
    }

    @Test
    void aPartyCannotTalkOverItself() {
        IOException e = assertThrows(IOException.class, () -> TestAudio.makeCall(dir.resolve("call"),
                "agent: First sentence of mine.", "# overlap: 1", "agent: Second one."));
        assertTrue(e.getMessage().contains("would start before the agent's previous turn ends"), e.getMessage());
    }

    private static double level(PcmAudio audio, double from, double to) {
        return Loudness.dbfs(audio.samples(), (int) (from * audio.sampleRate()), (int) (to * audio.sampleRate()));
    }
}
