package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.AudioSocketFrames;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.cli.Main;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import app.parley.testing.Wer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthesized speech through real AudioSocket TCP connections into the running service, and
 * the words that come out of its API, within {@link LiveTranscriptionEndToEndTestSupport#WER_BOUND}.
 */
class LiveTranscriptionEndToEndTest {
        @TempDir
    static Path dir;
    static RunningParley parley;
    static TestAudio.Call call;

    @BeforeAll
    static void start() throws Exception {
        call = TestAudio.makeCall(dir.resolve("call"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL);
        parley = new RunningParley(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    @Test
    void simulatedCallIsTranscribedUnderTheRightSpeakersWithTimings() throws Exception {
        int exit = Main.run("simulate", "--target", "127.0.0.1:" + parley.service().audioSocketPort(),
                "--caller", call.caller().toString(), "--agent", call.agent().toString(), "--speed", "2");
        assertEquals(0, exit);
        String callId = parley.getJson("/api/calls?limit=1").get("calls").get(0).get("call").get("id").asText();
        JsonNode record = parley.awaitEndedCall(callId, Duration.ofSeconds(30));
        LiveTranscriptionEndToEndTestSupport.assertSpokenAsScripted(record, call);
        double legSeconds = WavFile.read(call.caller()).seconds();
        // A stream joins the call when its connection arrives: under load that can be a few hundred
        // milliseconds after the other leg, and the call lasts that much longer.
        assertEquals(legSeconds, record.get("call").get("duration_s").asDouble(), 0.5, "duration of the call: " + record.get("call"));
    }

    /** The live path's writes queue for the store's writer, whose queue the health endpoint shows. */
    @Test
    void healthShowsTheStoreWritersQueue() throws Exception {
        assertEquals(0, Main.run("simulate", "--target", "127.0.0.1:" + parley.service().audioSocketPort(),
                "--caller", call.caller().toString(), "--agent", call.agent().toString(), "--speed", "3"));
        String callId = parley.getJson("/api/calls?limit=1").get("calls").get(0).get("call").get("id").asText();
        parley.awaitEndedCall(callId, Duration.ofSeconds(30));
        JsonNode writer = parley.getJson("/api/health").get("store_writer");
        assertEquals(10_000, writer.get("capacity").asInt(), writer.toString());
        assertTrue(writer.get("depth").isInt(), writer.toString());
        assertTrue(writer.get("recent_max_latency_ms").isIntegralNumber(), writer.toString());
    }

    @Test
    void sixteenKilohertzFramesNeedNoResampling() throws Exception {
        Path caller16 = dir.resolve("caller16.wav");
        Path agent16 = dir.resolve("agent16.wav");
        TestAudio.run(List.of("sox", call.caller().toString(), "-r", "16000", caller16.toString()));
        TestAudio.run(List.of("sox", call.agent().toString(), "-r", "16000", agent16.toString()));
        assertEquals(16000, WavFile.read(caller16).sampleRate());
        assertEquals(0, Main.run("simulate", "--target", "127.0.0.1:" + parley.service().audioSocketPort(),
                "--caller", caller16.toString(), "--agent", agent16.toString(), "--speed", "3"));
        String callId = parley.getJson("/api/calls?limit=1").get("calls").get(0).get("call").get("id").asText();
        LiveTranscriptionEndToEndTestSupport.assertSpokenAsScripted(parley.awaitEndedCall(callId, Duration.ofSeconds(30)), call);
    }

    @Test
    void aMalformedFrameMidCallKeepsEverythingAlreadySaid() throws Exception {
        PcmAudio caller = WavFile.read(call.caller());
        PcmAudio agent = WavFile.read(call.agent());
        UUID callUuid = TapDirectory.newCall();
        // The agent's tap breaks after the second agent turn; the caller's runs to the end.
        TestAudio.Turn secondAgentTurn = call.turns().get(2);
        int breakAt = (int) ((secondAgentTurn.end() + 0.3) * agent.sampleRate());
        java.util.concurrent.atomic.AtomicInteger afterBadFrame = new java.util.concurrent.atomic.AtomicInteger(0);
        Thread agentLeg = new Thread(() -> {
            try (Socket socket = new Socket("127.0.0.1", parley.service().audioSocketPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(AudioSocketFrames.uuid(TapDirectory.streamOf(callUuid, Speaker.AGENT)));
                for (int from = 0; from < breakAt; from += 160) {
                    out.write(AudioSocketFrames.audio(8000, agent.samples(), from, 160));
                    Thread.sleep(5);
                }
                out.write(new byte[] {0x42, 0, 0});
                out.flush();
                // Parley closes this connection (read gives -1) and takes nothing more from it,
                // though the rest of the agent's leg, "friday" in it, is sent after the bad frame.
                afterBadFrame.set(socket.getInputStream().read());
                try {
                    for (int from = breakAt; from < agent.samples().length; from += 160) {
                        out.write(AudioSocketFrames.audio(8000, agent.samples(), from,
                                Math.min(160, agent.samples().length - from)));
                    }
                } catch (java.io.IOException closed) {
                    // As it should be: the connection is gone.
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        agentLeg.start();
        app.parley.audio.AudioSocketClient.stream("127.0.0.1", parley.service().audioSocketPort(),
                TapDirectory.streamOf(callUuid, Speaker.CALLER), caller, 4);
        agentLeg.join();
        assertEquals(-1, afterBadFrame.get(), "Parley closed the connection that sent the bad frame");
        JsonNode record = parley.awaitEndedCall(callUuid.toString(), Duration.ofSeconds(30));
        String agentSaid = LiveTranscriptionEndToEndTestSupport.said(record, Speaker.AGENT);
        String expected = call.turns().get(0).text() + " " + secondAgentTurn.text();
        // Two short turns are too few words for the usual bound: the same audio through a pooled
        // recogniser came out 7 of 25 words wrong on one CI run (0.28) and within 0.25 on others.
        // Losing either turn, which is what this test is about, costs at least 11 of the 25 (0.44).
        assertTrue(Wer.of(expected, agentSaid) <= 0.4, "agent before the break: " + agentSaid);
        assertTrue(!agentSaid.contains("friday"), "nothing after the break: " + agentSaid);
        assertTrue(Wer.of(call.said(Speaker.CALLER), LiveTranscriptionEndToEndTestSupport.said(record, Speaker.CALLER)) <= LiveTranscriptionEndToEndTestSupport.WER_BOUND,
                "the caller's leg is unaffected: " + LiveTranscriptionEndToEndTestSupport.said(record, Speaker.CALLER));
    }
}
