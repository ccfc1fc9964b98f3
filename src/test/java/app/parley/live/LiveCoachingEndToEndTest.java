package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coaching engine on the live path: a deferring caller raises an urgency prompt on the screen feed and in the record. */
class LiveCoachingEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aDeferringCallerRaisesOneUrgencyPromptLiveAndTheAgentsVerdictIsKept() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: Good afternoon. I am calling about the balance on your account.",
                "caller: I cannot talk now. I will call you back next month.",
                "# pause: 2.0",
                "agent: I understand.");
        try (RunningParley parley = new RunningParley(dir.resolve("data"))) {
            List<JsonObject> prompts = new CopyOnWriteArrayList<>();
            parley.service().vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> {
                if ("prompt".equals(message.body().getString("type"))) {
                    prompts.add(message.body());
                }
            });
            String callId = "coached-" + UUID.randomUUID();
            parley.playCall(callId, "5550100909", "agent-5", call, 1.0).join();
            JsonNode record = parley.awaitEndedCall(callId, Duration.ofSeconds(30));

            // The agent speaks of the balance before any disclosure: a compliance alert comes first.
            List<String> kinds = prompts.stream().map(p -> p.getJsonObject("prompt").getString("kind")).toList();
            assertEquals(List.of("compliance", "urgency"), kinds, "one urgency prompt, nothing else: " + prompts);
            assertEquals("debt-before-disclosure", prompts.get(0).getJsonObject("prompt").getString("rule"));
            JsonObject live = prompts.get(1);
            assertEquals("agent-5", live.getString("agent"), "sent to the call's agent's screen");
            assertEquals(1, live.getInteger("index"));
            TestAudio.Turn deferral = call.turns().get(1);
            double at = live.getJsonObject("prompt").getDouble("at");
            assertTrue(at >= deferral.start() && at <= deferral.end() + 3.0,
                    "raised while it can still change the conversation: at " + at + " for " + deferral);
            assertEquals(2, record.get("prompts").size());
            assertEquals("urgency", record.get("prompts").get(1).get("kind").asText());
            assertEquals("caller", record.get("prompts").get(1).get("speaker").asText());

            // The agent of the call, signed in: the verdict is signed with their agent id.
            parley.addAccount("agent5", "agent-five-password", java.util.Set.of(app.parley.access.Role.AGENT), "agent-5",
                    java.util.Set.of());
            HttpClient agent = parley.signIn("agent5", "agent-five-password");
            HttpResponse<String> saved = parley.send(agent, "POST", "/api/calls/" + callId + "/prompts/1/feedback",
                    "{\"verdict\": \"helpful\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(404, parley.send(agent, "POST", "/api/calls/" + callId + "/prompts/3/feedback",
                    "{\"verdict\": \"helpful\"}").statusCode());
            HttpResponse<String> bad = parley.send(agent, "POST", "/api/calls/" + callId + "/prompts/0/feedback",
                    "{\"verdict\": \"meh\"}");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("verdict"), bad.body());
            JsonNode feedback = parley.getJson("/api/calls/" + callId).get("prompt_feedback");
            assertEquals("helpful", feedback.get(0).get("verdict").asText());
            assertEquals("agent-5", feedback.get(0).get("agent").asText());
        }
    }
}
