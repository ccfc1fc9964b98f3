package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.testing.RunningParley;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest API against a whole Parley: who may run and mark, what a run answers, and marks as labels. */
class BacktestApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct-horse-battery";
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HttpClient admin;
    static HttpClient rulesOnly;
    static HttpClient agent;
    static HttpClient qa;

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        // Ada tunes the rules and may read every call; Rhea only tunes the rules.
        parley.addAccount("ada", PASSWORD, Set.of(Role.ADMIN, Role.QA), null, Set.of());
        parley.addAccount("rhea", PASSWORD, Set.of(Role.ADMIN), null, Set.of());
        parley.addAccount("alice", PASSWORD, Set.of(Role.AGENT), "agent-1", Set.of("north"));
        parley.addAccount("bert", PASSWORD, Set.of(Role.AGENT), "agent-2", Set.of("south"));
        parley.addAccount("quinn", PASSWORD, Set.of(Role.QA), null, Set.of());
        admin = parley.signIn("ada", PASSWORD);
        rulesOnly = parley.signIn("rhea", PASSWORD);
        agent = parley.signIn("alice", PASSWORD);
        qa = parley.signIn("quinn", PASSWORD);
        BacktestCalls.store(parley.service().store());
    }

    @AfterAll
    static void stop() {
        if (parley != null) {
            parley.close();
        }
    }

    private static String body(String rules, Map<String, Object> filter, Integer sample) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("rules", rules);
        body.set("filter", JSON.valueToTree(filter));
        if (sample != null) {
            body.put("sample", sample);
        }
        return JSON.writeValueAsString(body);
    }

    private static JsonNode run(Map<String, Object> filter, Integer sample) throws Exception {
        return run(admin, filter, sample);
    }

    private static JsonNode run(HttpClient admin, Map<String, Object> filter, Integer sample) throws Exception {
        HttpResponse<String> started = parley.send(admin, "POST", "/api/rules/backtests",
                body(BacktestCalls.DRAFT, filter, sample));
        assertEquals(202, started.statusCode(), started.body());
        String id = JSON.readTree(started.body()).get("id").asText();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode job = JSON.readTree(parley.get(admin, "/api/rules/backtests/" + id).body());
            assertTrue(job.get("done").asInt() <= Math.max(job.get("total").asInt(), 0) || job.get("total").asInt() == 0,
                    job.toString());
            if (!job.get("state").asText().equals("running")) {
                assertEquals("done", job.get("state").asText(), job.toString());
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("backtest " + id + " still running after 60 s");
    }

    private static JsonNode rule(JsonNode job, String name) {
        for (JsonNode rule : job.get("result").get("rules")) {
            if (rule.get("rule").asText().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no row for " + name + ": " + job);
    }

    @Test
    void anAdminsDraftLosesTheDisputePromptsItNoLongerHearsAndGainsTheNewOnes() throws Exception {
        JsonNode job = run(Map.of(), null);
        assertEquals(4, job.get("total").asInt());
        assertEquals(4, job.get("done").asInt());
        assertEquals(0, job.get("skipped").size());
        assertEquals(4, job.get("result").get("calls").asInt());
        JsonNode paid = rule(job, "client-says-paid");
        assertEquals(List.of(2, 1, 1, 2, 0, 3), List.of(paid.get("published").asInt(), paid.get("draft").asInt(),
                paid.get("gained").asInt(), paid.get("lost").asInt(), paid.get("unchanged").asInt(),
                paid.get("calls_affected").asInt()), paid.toString());
        assertEquals(50.0, paid.get("per_100_published").asDouble());
        assertEquals(25.0, paid.get("per_100_draft").asDouble());
        assertEquals("dispute", paid.get("kind").asText());
        List<String> changes = new ArrayList<>();
        for (JsonNode change : job.get("result").get("changes")) {
            changes.add(change.get("call_id").asText() + " " + change.get("change").asText());
            assertTrue(change.get("replay").asText().startsWith("/replay.html?call=" + change.get("call_id").asText() + "&t="),
                    change.toString());
            assertTrue(change.get("snippet").asText().contains("caller:"), change.toString());
        }
        assertEquals(Set.of(BacktestCalls.PAID + " lost", BacktestCalls.PAID_TOO + " lost", BacktestCalls.MISTAKE + " gained"),
                Set.copyOf(changes));
        // The agent found the first call's prompt helpful: a label the rules in force's precision rests on.
        assertEquals(1.0, paid.get("precision_published").asDouble());
        assertEquals(1, paid.get("labels").get("published").asInt());
        assertTrue(paid.get("precision_draft").isNull(), "no label on the draft's prompt yet: " + paid);

        // A search narrows the calls (agent-1's two), a team those of its agents, a sample draws some.
        assertEquals(2, run(Map.of("agent", "agent-1"), null).get("total").asInt());
        assertEquals(2, run(Map.of("team", "south"), null).get("total").asInt());
        assertEquals(1, run(Map.of("q", "\"is a mistake\""), null).get("total").asInt());
        assertEquals(2, run(Map.of("from", "2026-11-21"), null).get("total").asInt());
        assertEquals(3, run(Map.of(), 3).get("total").asInt());
    }

    @Test
    void whoMayReadNoCallBacktestsNone() throws Exception {
        // The filter chooses among the caller's calls: an agent or a team named reaches no further.
        JsonNode none = run(rulesOnly, Map.of("agent", "agent-1"), null);
        assertEquals(0, none.get("total").asInt(), none.toString());
        assertEquals(0, none.get("result").get("changes").size(), none.toString());
        assertTrue(run(admin, Map.of("agent", "agent-1"), null).get("total").asInt() > 0, "the same filter, with calls to read");
    }

    @Test
    void aMarkIsKeptAndLabelsTheNextBacktest() throws Exception {
        JsonNode before = run(Map.of("q", "mistake"), null);
        JsonNode gained = before.get("result").get("changes").get(0);
        assertEquals("gained", gained.get("change").asText());
        assertTrue(gained.get("label").isNull());
        String mark = JSON.writeValueAsString(JSON.createObjectNode().put("call_id", gained.get("call_id").asText())
                .put("rule", gained.get("rule").asText()).put("at", gained.get("at").asDouble()).put("right", true));
        HttpResponse<String> marked = parley.send(admin, "POST", "/api/rules/backtests/marks", mark);
        assertEquals(201, marked.statusCode(), marked.body());
        assertEquals("ada", JSON.readTree(marked.body()).get("by").asText(), "signed with who marked it");

        JsonNode after = run(Map.of("q", "mistake"), null);
        assertTrue(after.get("result").get("changes").get(0).get("label").asBoolean());
        JsonNode paid = rule(after, "client-says-paid");
        assertEquals(1.0, paid.get("precision_draft").asDouble());
        assertEquals(1, paid.get("labels").get("draft").asInt());

        assertEquals(404, parley.send(admin, "POST", "/api/rules/backtests/marks",
                mark.replace(BacktestCalls.MISTAKE, "no-such-call")).statusCode());
        // Who may read no call marks none: it is answered as a call that does not exist.
        assertEquals(404, parley.send(rulesOnly, "POST", "/api/rules/backtests/marks", mark).statusCode());
        HttpResponse<String> noRule = parley.send(admin, "POST", "/api/rules/backtests/marks",
                "{\"call_id\": \"bt-quiet\", \"at\": 3, \"right\": false}");
        assertEquals(400, noRule.statusCode());
        assertEquals("rule", JSON.readTree(noRule.body()).get("field").asText());
        HttpResponse<String> noVerdict = parley.send(admin, "POST", "/api/rules/backtests/marks",
                "{\"call_id\": \"bt-quiet\", \"rule\": \"client-says-paid\", \"at\": 3}");
        assertEquals("right", JSON.readTree(noVerdict.body()).get("field").asText());
        assertTrue(parley.service().audit().search(new app.parley.access.AuditTrail.Query("ada", "backtest-mark",
                null, null, null, 10)).size() >= 1, "marks are in the audit trail");
    }

    @Test
    void anInvalidDraftGetsTheValidatorsErrorsAndABadFilterIsNamed() throws Exception {
        HttpResponse<String> invalid = parley.send(admin, "POST", "/api/rules/backtests",
                body(BacktestCalls.DRAFT.replace("    said: dispute\n", "    said: disputes\n"), Map.of(), null));
        assertEquals(422, invalid.statusCode(), invalid.body());
        JsonNode errors = JSON.readTree(invalid.body());
        assertEquals(false, errors.get("valid").asBoolean());
        assertTrue(errors.get("errors").get(0).get("line").asInt() > 0, errors.toString());
        assertEquals("client-says-paid", errors.get("errors").get(0).get("rule").asText(), errors.toString());
        HttpResponse<String> validated = parley.send(admin, "POST", "/api/rules/validate",
                BacktestCalls.DRAFT.replace("    said: dispute\n", "    said: disputes\n"));
        assertEquals(JSON.readTree(validated.body()).get("errors"), errors.get("errors"), "the same errors as validation");

        for (Map.Entry<String, Object> bad : List.of(Map.<String, Object>entry("from", "yesterday"),
                Map.<String, Object>entry("colour", "red"), Map.<String, Object>entry("min_duration", "-3"))) {
            HttpResponse<String> refused = parley.send(admin, "POST", "/api/rules/backtests",
                    body(BacktestCalls.DRAFT, Map.of(bad.getKey(), bad.getValue()), null));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("filter." + bad.getKey(), JSON.readTree(refused.body()).get("field").asText(), refused.body());
        }
        HttpResponse<String> noSample = parley.send(admin, "POST", "/api/rules/backtests", body(BacktestCalls.DRAFT, Map.of(), 0));
        assertEquals("sample", JSON.readTree(noSample.body()).get("field").asText());
        HttpResponse<String> noRules = parley.send(admin, "POST", "/api/rules/backtests", "{\"filter\": {}}");
        assertEquals("rules", JSON.readTree(noRules.body()).get("field").asText());
        assertEquals(404, parley.get(admin, "/api/rules/backtests/no-such-job").statusCode());
    }

    @Test
    void aRunningBacktestIsCancelledBetweenCallsAndKeepsWhatItReplayed() throws Exception {
        BacktestCalls.storeMany(parley.service().store(), 150);
        try {
            HttpResponse<String> started = parley.send(admin, "POST", "/api/rules/backtests",
                    body(BacktestCalls.DRAFT, Map.of("agent", BacktestCalls.MANY_AGENT), null));
            assertEquals(202, started.statusCode(), started.body());
            String id = JSON.readTree(started.body()).get("id").asText();
            JsonNode running = awaitJob(id, job -> job.get("done").asInt() >= 1);
            assertEquals("running", running.get("state").asText(), running.toString());
            assertEquals(150, running.get("total").asInt());

            // Another admin stops it: answered once it has stopped, with what it replayed until then.
            HttpResponse<String> cancelled = parley.send(rulesOnly, "DELETE", "/api/rules/backtests/" + id, null);
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            JsonNode job = JSON.readTree(cancelled.body());
            assertEquals("cancelled", job.get("state").asText(), job.toString());
            assertEquals("rhea", job.get("cancelled_by").asText());
            int done = job.get("done").asInt();
            assertTrue(done >= 1 && done < 150, "stopped early, after " + done + " of 150 calls");
            assertEquals(done, job.get("result").get("calls").asInt(), "the calls replayed are counted and kept");
            assertTrue(job.get("finished_at").isTextual(), job.toString());

            // Stopped: nothing more is replayed.
            Thread.sleep(500);
            JsonNode later = JSON.readTree(parley.get(admin, "/api/rules/backtests/" + id).body());
            assertEquals("cancelled", later.get("state").asText());
            assertEquals(done, later.get("done").asInt(), later.toString());
            assertEquals(done, later.get("result").get("calls").asInt());

            HttpResponse<String> again = parley.send(admin, "DELETE", "/api/rules/backtests/" + id, null);
            assertEquals(409, again.statusCode(), again.body());
            assertEquals("cancelled", JSON.readTree(again.body()).get("state").asText());
            assertTrue(parley.service().audit().search(new app.parley.access.AuditTrail.Query("rhea", "backtest-cancel",
                    null, null, null, 10)).size() == 1, "the cancel is in the audit trail");
        } finally {
            BacktestCalls.deleteMany(parley.service().store());
        }
    }

    @Test
    void aFinishedBacktestCannotBeCancelledAndAnUnknownOneIsNotFound() throws Exception {
        JsonNode done = run(Map.of("agent", "agent-1"), null);
        HttpResponse<String> refused = parley.send(admin, "DELETE", "/api/rules/backtests/" + done.get("id").asText(), null);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("has finished (done)"), refused.body());
        JsonNode after = JSON.readTree(parley.get(admin, "/api/rules/backtests/" + done.get("id").asText()).body());
        assertEquals("done", after.get("state").asText());
        assertEquals(done.get("result"), after.get("result"));
        HttpResponse<String> unknown = parley.send(admin, "DELETE", "/api/rules/backtests/no-such-job", null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("id", JSON.readTree(unknown.body()).get("field").asText());
    }

    /** Polls backtest {@code id} until {@code until} holds of it, or fails after 60 s. */
    private static JsonNode awaitJob(String id, java.util.function.Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode job = JSON.readTree(parley.get(admin, "/api/rules/backtests/" + id).body());
            if (until.test(job)) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("backtest " + id + " not there after 60 s");
    }

    @Test
    void agentsAndReviewersMayNeitherRunNorReadNorMarkBacktests() throws Exception {
        String body = body(BacktestCalls.DRAFT, Map.of(), null);
        for (HttpClient other : List.of(agent, qa)) {
            HttpResponse<String> started = parley.send(other, "POST", "/api/rules/backtests", body);
            assertEquals(403, started.statusCode(), started.body());
            assertTrue(started.body().contains("rules-read"), started.body());
            assertEquals(403, parley.get(other, "/api/rules/backtests/anything").statusCode());
            HttpResponse<String> marked = parley.send(other, "POST", "/api/rules/backtests/marks",
                    "{\"call_id\": \"bt-quiet\", \"rule\": \"client-says-paid\", \"at\": 3, \"right\": true}");
            assertEquals(403, marked.statusCode());
            assertTrue(marked.body().contains("rules-edit"), marked.body());
        }
        JsonNode started = JSON.readTree(parley.send(admin, "POST", "/api/rules/backtests", body).body());
        assertNull(started.get("error"));
        // Nor cancel one: the job goes on to its end.
        String id = started.get("id").asText();
        for (HttpClient other : List.of(agent, qa)) {
            HttpResponse<String> cancel = parley.send(other, "DELETE", "/api/rules/backtests/" + id, null);
            assertEquals(403, cancel.statusCode(), cancel.body());
            assertTrue(cancel.body().contains("rules-read"), cancel.body());
        }
        JsonNode finished = awaitJob(id, job -> !job.get("state").asText().equals("running"));
        assertEquals("done", finished.get("state").asText(), finished.toString());
        assertTrue(finished.get("cancelled_by").isNull(), finished.toString());
    }
}
