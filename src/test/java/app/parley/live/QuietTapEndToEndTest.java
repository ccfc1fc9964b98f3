package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.AudioSocketClient;
import app.parley.audio.AudioSocketFrames;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coaching waits until both parties' recognisers have reached a moment (live.CoachingClock). A
 * tap on a quiet line (ChanSpy on silence suppression) sends no frames at all: its silence must
 * be filled on time, or the other party's prompts would wait for the quiet party's next sound.
 */
class QuietTapEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aTapThatSendsNothingDoesNotHoldTheOtherPartysPromptsBack() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "caller: Hello. I cannot talk now. I will call you back next month.",
                "# pause: 5.0");
        try (RunningParley parley = new RunningParley(dir.resolve("data"))) {
            List<JsonObject> prompts = new CopyOnWriteArrayList<>();
            parley.service().vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> {
                if ("prompt".equals(message.body().getString("type"))) {
                    prompts.add(message.body());
                }
            });
            String callId = "quiet-" + UUID.randomUUID();
            UUID callerStream = UUID.randomUUID();
            UUID agentStream = UUID.randomUUID();
            parley.service().taps().register(callerStream, new Tap(callId, Speaker.CALLER, "5550100777", "agent-7"));
            parley.service().taps().register(agentStream, new Tap(callId, Speaker.AGENT, "5550100777", "agent-7"));
            try (Socket agent = new Socket()) {
                // The agent's tap connects, sends 40 ms of sound, then nothing while the caller speaks.
                agent.connect(new InetSocketAddress("127.0.0.1", parley.service().audioSocketPort()), 5_000);
                OutputStream out = agent.getOutputStream();
                out.write(AudioSocketFrames.uuid(agentStream));
                out.write(AudioSocketFrames.audio(8000, new short[320], 0, 320));
                out.flush();
                AudioSocketClient.stream("127.0.0.1", parley.service().audioSocketPort(), callerStream,
                        WavFile.read(call.caller()), 1.0);
                List<String> kinds = prompts.stream().map(p -> p.getJsonObject("prompt").getString("kind")).toList();
                assertEquals(List.of("urgency"), kinds,
                        "the caller's prompt came while the agent's tap was still open and silent");
                double at = prompts.get(0).getJsonObject("prompt").getDouble("at");
                assertTrue(at <= call.turns().get(0).end() + 3.0, "raised at " + at + " for " + call.turns().get(0));
                out.write(AudioSocketFrames.hangup());
            }
        }
    }
}
