package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.coaching.RuleBook;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollout on the live path, with real audio through AudioSocket and recognition: a rule changed
 * for team north only coaches the calls of north's agent, not south's; the agent's screen and the
 * call record say which version coached each call; returning north to the floor's rules gives
 * its next call the old prompt again.
 */
class RolloutEndToEndTest {
    /** What client-defers says without the caller's facts (as here), and north's pilot wording of it. */
    static final String OLD_FALLBACK = "    fallback: \"Set a deadline: ask for a payment date this week.\"\n\n"
            + "  - name: client-names-a-later-day";
    static final String NORTH_MESSAGE = "North pilot: ask for a payment date this week.";

    @TempDir
    Path dir;

    @Test
    void aRuleChangedForOneTeamCoachesOnlyThatTeamsCallsUntilItIsRolledBack() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: Good afternoon. I am calling about the balance on your account.",
                "caller: I cannot talk now. I will call you back next month.",
                "# pause: 2.0",
                "agent: I understand.");
        String builtIn = RuleBook.builtInText("en");
        String north = builtIn.replace(OLD_FALLBACK, OLD_FALLBACK.replace("Set a deadline: ask", "North pilot: ask"));
        assertFalse(north.equals(builtIn), "the rule's message is in the built-in rules");
        try (RunningParley parley = new RunningParley(dir.resolve("data"))) {
            parley.addAccount("nora", "nora-password-1", Set.of(Role.AGENT), "agent-n", Set.of("north"));
            parley.addAccount("sven", "sven-password-1", Set.of(Role.AGENT), "agent-s", Set.of("south"));
            Map<String, JsonObject> started = new ConcurrentHashMap<>();
            parley.service().vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> {
                if ("call-started".equals(message.body().getString("type"))) {
                    started.put(message.body().getString("call_id"), message.body().getJsonObject("call"));
                }
            });

            assertEquals(200, putDraft(parley, north).statusCode());
            HttpResponse<String> published = parley.send("POST", "/api/rules/publish",
                    "{\"comment\": \"north pilots a plainer deadline prompt\", \"team\": \"north\"}");
            assertEquals(200, published.statusCode(), published.body());

            JsonNode northCall = play(parley, "north-1", "agent-n", call);
            JsonNode southCall = play(parley, "south-1", "agent-s", call);
            assertEquals(NORTH_MESSAGE, urgency(northCall).get("message").asText(), northCall.toString());
            assertEquals("Set a deadline: ask for a payment date this week.", urgency(southCall).get("message").asText(),
                    southCall.toString());
            assertEquals("{\"version\":2,\"team\":\"north\"}", northCall.get("call").get("rules").toString());
            assertEquals("{\"version\":1,\"team\":null}", southCall.get("call").get("rules").toString());
            // The agent's screen is told at the call's start.
            assertEquals(new JsonObject().put("version", 2).put("team", "north"), started.get("north-1").getJsonObject("rules"));
            assertEquals(new JsonObject().put("version", 1).putNull("team"), started.get("south-1").getJsonObject("rules"));

            // Rolled back: north follows the floor's rules again from its next call.
            assertEquals(204, parley.send("DELETE", "/api/rules/profiles/north", null).statusCode());
            JsonNode again = play(parley, "north-2", "agent-n", call);
            assertEquals(urgency(southCall).get("message").asText(), urgency(again).get("message").asText());
            assertEquals("{\"version\":1,\"team\":null}", again.get("call").get("rules").toString());

            // The history says all of it; the audit trail too.
            JsonNode versions = parley.getJson("/api/rules/versions").get("versions");
            assertEquals(2, versions.size());
            assertEquals("north", versions.get(0).get("team").asText());
            JsonNode audit = parley.getJson("/api/audit?action=rules-change");
            String trail = audit.toString();
            assertTrue(trail.contains("to team north only") && trail.contains("returned to the floor's rules"), trail);
        }
    }

    private static HttpResponse<String> putDraft(RunningParley parley, String yaml) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(parley.baseUrl() + "/api/rules/draft"))
                .header("Content-Type", "application/yaml").header("X-XSRF-TOKEN", RunningParley.xsrf(parley.client()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(yaml)).build();
        return parley.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode play(RunningParley parley, String callId, String agent, TestAudio.Call call) throws Exception {
        parley.streamCallAtOnce(callId, "5550100909", agent, call);
        return parley.awaitEndedCall(callId, Duration.ofSeconds(60));
    }

    private static JsonNode urgency(JsonNode record) {
        for (JsonNode prompt : record.get("prompts")) {
            if (prompt.get("kind").asText().equals("urgency")) {
                return prompt;
            }
        }
        throw new AssertionError("no urgency prompt: " + record.get("prompts"));
    }
}
