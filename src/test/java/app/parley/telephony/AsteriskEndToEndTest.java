package app.parley.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.live.LiveTranscriptionEndToEndTestSupport;
import app.parley.testing.CapturedLog;
import app.parley.testing.RunningParley;
import app.parley.testing.Sandbox;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parley against a real Asterisk 22 (dialplans/sandbox): calls placed through the PBX are
 * noticed over AMI, both parties tapped over AudioSocket, transcribed and stored; the PBX
 * crashing and coming back mid-call, bad credentials and an unreachable PBX are survived.
 */
class AsteriskEndToEndTest {
    /**
     * Through a PBX the call's clock starts when Parley sees the bridge over AMI, and ChanSpy sends
     * nothing until the first sound: words land within a second of where they were said (within
     * half a second through AudioSocket alone, see LiveTranscriptionEndToEndTest).
     */
    static final double PBX_TIMING_TOLERANCE = 1.0;
    /**
     * Through ChanSpy the same agent audio (slt, the weaker voice at 8 kHz) came out at WER 0.08 to
     * 0.26 over twenty runs, worst in the first turn, whose leading frames differ from run to run;
     * the caller's at 0.00 to 0.03. A lost turn is caught apart from the bound (every turn heard).
     */
    static final double PBX_WER_BOUND = 0.30;

    @TempDir
    static Path dir;
    static Sandbox sandbox;
    static TestAudio.Call call;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.started();
        call = TestAudio.makeCall(dir.resolve("call"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL);
    }

    @Test
    void callThroughThePbxIsTranscribedUnderItsAgentNumberAndSpeakers() throws Exception {
        try (RunningParley parley = new RunningParley(dir.resolve("data-call"), sandbox.parleyEnv())) {
            parley.awaitPbxStatus("connected", Duration.ofSeconds(20));
            Map<String, String> placed = sandbox.call(call.caller(), call.agent(), "5550100101", "agent-42", false);
            JsonNode onScreen = awaitLiveCall(parley, "agent-42", placed.get("linkedid"));
            assertEquals("5550100101", onScreen.get("call").get("caller_number").asText(),
                    "the agent's screen has the call, with the caller's number, as soon as it is answered");
            assertTrue(parley.getJson("/api/live?agent=agent-99").isEmpty(), "and no other agent's screen has it");
            JsonNode record = parley.awaitEndedCall(placed.get("linkedid"), Duration.ofSeconds(60));
            assertEquals("5550100101", record.get("call").get("caller_number").asText());
            assertEquals("agent-42", record.get("call").get("agent").asText());
            LiveTranscriptionEndToEndTestSupport.assertSpokenAsScripted(record, asPlayed(call), PBX_TIMING_TOLERANCE, PBX_WER_BOUND);
            // The call script pads both legs to the longer one and adds 0.3 s; with the 0.5 s wait
            // before playing, that is how long the call lasts.
            double callSeconds = Double.parseDouble(placed.get("duration"));
            assertEquals(callSeconds, record.get("call").get("duration_s").asDouble(), 1.0,
                    "duration of the call as the PBX placed it");
        }
    }

    @Test
    void pbxCrashMidCallLosesNoStoredWordsAndTheNextCallIsFollowed() throws Exception {
        try (RunningParley parley = new RunningParley(dir.resolve("data-crash"), sandbox.parleyEnv());
                CapturedLog log = new CapturedLog()) {
            parley.awaitPbxStatus("connected", Duration.ofSeconds(20));
            Map<String, String> placed = sandbox.call(call.caller(), call.agent(), "5550100202", "agent-43", false);
            String callId = placed.get("linkedid");
            // Let a few utterances be said and stored, then crash the PBX.
            JsonNode before = awaitUtterances(parley, callId, 3, Duration.ofSeconds(30));
            try {
                sandbox.crash();
                // Lost, then (while Asterisk is down) refused: either way, not connected.
                JsonNode down = parley.awaitPbxStatus(Set.of("disconnected", "unreachable"), Duration.ofSeconds(10));
                assertTrue(down.get("label").asText().matches("PBX (disconnected|unreachable)"), down.toString());
            } finally {
                sandbox.restart();
            }
            parley.awaitPbxStatus("connected", Duration.ofSeconds(30));

            JsonNode after = parley.awaitEndedCall(callId, Duration.ofSeconds(30));
            assertTrue(after.get("utterances").size() >= before.get("utterances").size(),
                    "stored utterances survive: before " + before.get("utterances") + ", after " + after.get("utterances"));
            // A party's latest stored utterance may still be a partial result that the recogniser later
            // rewrote; every earlier one was final and must come back word for word.
            Map<String, String> latest = new HashMap<>();
            for (JsonNode utterance : before.get("utterances")) {
                latest.put(utterance.get("speaker").asText(), utterance.get("text").asText());
            }
            for (JsonNode utterance : before.get("utterances")) {
                String text = utterance.get("text").asText();
                if (!text.equals(latest.get(utterance.get("speaker").asText()))) {
                    assertTrue(after.get("utterances").toString().contains(text), "kept: " + text);
                }
            }
            assertEquals(1, log.linesContaining("PBX 127.0.0.1:" + sandbox.amiPort() + ": PBX disconnected").size(),
                    "one log line for the lost connection, not one per retry: " + log.linesContaining("PBX"));

            Map<String, String> next = sandbox.call(call.caller(), call.agent(), "5550100303", "agent-44", true);
            JsonNode record = parley.awaitEndedCall(next.get("linkedid"), Duration.ofSeconds(30));
            assertEquals("agent-44", record.get("call").get("agent").asText());
            LiveTranscriptionEndToEndTestSupport.assertSpokenAsScripted(record, asPlayed(call), PBX_TIMING_TOLERANCE, PBX_WER_BOUND);
        }
    }

    @Test
    void wrongSecretGivesOneClearLineAndAVisibleStatus() throws Exception {
        Path wrong = dir.resolve("wrong-secret");
        java.nio.file.Files.writeString(wrong, "not-the-secret\n");
        Map<String, String> env = new HashMap<>(sandbox.parleyEnv());
        env.put("PARLEY_AMI_SECRET_FILE", wrong.toString());
        try (CapturedLog log = new CapturedLog();
                RunningParley parley = new RunningParley(dir.resolve("data-auth"), env)) {
            JsonNode pbx = parley.awaitPbxStatus("auth_failed", Duration.ofSeconds(20));
            assertTrue(pbx.get("detail").asText().contains("wrong username or secret"), pbx.toString());
            Thread.sleep(3_000); // several retries at 200 ms .. 2 s
            List<String> lines = log.linesContaining("PBX 127.0.0.1");
            assertEquals(1, lines.size(), "one line, however many retries: " + lines);
            assertTrue(lines.get(0).contains("refused Parley's login"), lines.get(0));
            assertTrue(log.lines().stream().noneMatch(line -> line.contains("not-the-secret")), "the secret is never logged");
            assertTrue(log.linesContaining("\tat ").isEmpty(), "no stack traces");
        }
    }

    @Test
    void unreachablePbxGivesOneClearLineAndAVisibleStatus() throws Exception {
        Map<String, String> env = new HashMap<>(sandbox.parleyEnv());
        env.put("PARLEY_AMI_PORT", "1"); // nothing listens on port 1
        try (CapturedLog log = new CapturedLog();
                RunningParley parley = new RunningParley(dir.resolve("data-unreachable"), env)) {
            JsonNode pbx = parley.awaitPbxStatus("unreachable", Duration.ofSeconds(20));
            assertTrue(pbx.get("label").asText().contains("unreachable"), pbx.toString());
            Thread.sleep(3_000);
            List<String> lines = log.linesContaining("PBX 127.0.0.1:1");
            assertEquals(1, lines.size(), "one line, however many retries: " + lines);
            assertTrue(log.linesContaining("\tat ").isEmpty(), "no stack traces");
        }
    }

    @Test
    void tapOfAVanishedChannelGivesOneLineAndNoRetries() throws Exception {
        try (RunningParley parley = new RunningParley(dir.resolve("data-vanished"), sandbox.parleyEnv());
                CapturedLog log = new CapturedLog()) {
            parley.awaitPbxStatus("connected", Duration.ofSeconds(20));
            parley.service().telephony(t -> t.requestTapForTest("vanished-call", Speaker.CALLER, "no-such-channel.1"));
            for (int i = 0; i < 100 && log.linesContaining("is gone").isEmpty(); i++) {
                Thread.sleep(100);
            }
            Thread.sleep(3_000); // longer than the tap retry: no second attempt, no second line
            List<String> lines = log.linesContaining("vanished-call").stream()
                    .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
            assertEquals(1, lines.size(), "one warning, no retries: " + log.linesContaining("vanished-call"));
            assertTrue(lines.get(0).contains("channel no-such-channel.1 is gone"), lines.get(0));
        }
    }

    private static JsonNode awaitLiveCall(RunningParley parley, String agent, String callId) throws Exception {
        for (int i = 0; i < 50; i++) {
            for (JsonNode live : parley.getJson("/api/live?agent=" + agent)) {
                if (live.get("call").get("id").asText().equals(callId)) {
                    return live;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("call " + callId + " is not on " + agent + "'s screen");
    }

    private static JsonNode awaitUtterances(RunningParley parley, String callId, int count, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (parley.get("/api/calls/" + callId).statusCode() == 200) {
                JsonNode record = parley.getJson("/api/calls/" + callId);
                if (record.get("utterances").size() >= count) {
                    return record;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("call " + callId + " has not " + count + " utterances after " + timeout);
    }

    /** The sandbox's dialplan waits half a second after answering before each leg plays. */
    private static TestAudio.Call asPlayed(TestAudio.Call call) {
        return new TestAudio.Call(call.caller(), call.agent(), call.turns().stream()
                .map(t -> new TestAudio.Turn(t.speaker(), t.start() + 0.5, t.end() + 0.5, t.text())).toList());
    }
}
