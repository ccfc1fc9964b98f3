package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.testing.RunningParley;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/effectiveness against a whole Parley: who may read it, what it counts, and bad parameters. */
class EffectivenessApiTest {
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
        EffectivenessCalls.store(parley.service().store());
    }

    @AfterAll
    static void stop() {
        if (parley != null) {
            parley.close();
        }
    }

    static JsonNode report(String query) throws Exception {
        HttpResponse<String> r = parley.get(admin, "/api/effectiveness" + query);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static JsonNode row(JsonNode report, String rule, String team) {
        for (JsonNode r : report.get("rules")) {
            if (r.get("rule").asText().equals(rule) && r.get("team").asText().equals(team)) {
                return r;
            }
        }
        throw new AssertionError("no row " + rule + "/" + team + " in " + report);
    }

    static List<String> callsOf(JsonNode figure) {
        List<String> ids = new ArrayList<>();
        figure.get("prompts").forEach(p -> ids.add(p.get("call_id").asText() + "@" + p.get("at").asDouble()));
        return ids;
    }

    @Test
    void anAdminReadsEachRulesFiguresPerTeamAndWeekWithTheCallsBehindThem() throws Exception {
        JsonNode report = report("?from=2026-11-01&to=2026-11-30");
        assertEquals(3, report.get("calls").asInt());
        assertEquals(List.of("north", "south"), JSON.convertValue(report.get("teams"), List.class));
        JsonNode urgency = row(report, "client-defers", "*");
        assertEquals("urgency", urgency.get("kind").asText());
        JsonNode f = urgency.get("figures");
        assertEquals(2, f.get("fired").get("count").asInt());
        assertEquals(List.of(EffectivenessCalls.FOLLOWED + "@3.2"), callsOf(f.get("followed")));
        assertEquals(List.of(EffectivenessCalls.IGNORED + "@3.2"), callsOf(f.get("not_followed")));
        assertEquals(List.of(EffectivenessCalls.FOLLOWED + "@3.2"), callsOf(f.get("helpful")));
        assertEquals(List.of(EffectivenessCalls.IGNORED + "@3.2"), callsOf(f.get("dismissed")));
        assertEquals(0.5, f.get("followed_rate").asDouble(), 1e-9);
        assertEquals(0.5, f.get("helpful_rate").asDouble(), 1e-9);
        List<String> weeks = new ArrayList<>();
        urgency.get("weeks").forEach(w -> weeks.add(w.get("week").asText() + ":"
                + w.get("figures").get("followed").get("count").asInt()));
        assertEquals(List.of("2026-W47:0", "2026-W48:1"), weeks);
        assertEquals(1, row(report, "client-defers", "north").get("figures").get("followed").get("count").asInt());
        JsonNode dispute = row(report, "client-says-paid", "*").get("figures");
        assertTrue(dispute.get("followed").isNull(), "not measured for disputes: " + dispute);
        assertTrue(dispute.get("followed_rate").isNull());

        JsonNode south = report("?team=south&rule=client-defers");
        assertEquals(1, south.get("calls").asInt());
        assertEquals(1, south.get("rules").size(), south.toString());
        assertEquals(List.of(EffectivenessCalls.IGNORED + "@3.2"),
                callsOf(row(south, "client-defers", "south").get("figures").get("fired")));
        assertEquals(0, report("?from=2026-12-01").get("rules").size());
    }

    @Test
    void onlyThoseWhoMayReadTheRulesGetIt() throws Exception {
        HttpResponse<String> byAgent = parley.get(agent, "/api/effectiveness");
        assertEquals(403, byAgent.statusCode());
        assertTrue(byAgent.body().contains("rules-read"), byAgent.body());
        assertEquals(403, parley.get(qa, "/api/effectiveness").statusCode());
        assertEquals(200, parley.get(admin, "/api/effectiveness").statusCode());
        // Who may tune the rules but read no call counts none: no filter reaches beyond one's calls.
        HttpResponse<String> blind = parley.get(rulesOnly, "/api/effectiveness?team=north");
        assertEquals(200, blind.statusCode());
        assertEquals(0, JSON.readTree(blind.body()).get("calls").asInt(), blind.body());
    }

    @Test
    void aBadParameterIsA400NamingIt() throws Exception {
        for (String[] bad : List.of(new String[] {"?from=yesterday", "from"}, new String[] {"?to=2026-13-45", "to"},
                new String[] {"?from=2026-11-30&to=2026-11-01", "to"}, new String[] {"?rule=Client%20Defers", "rule"},
                new String[] {"?colour=red", "colour"}, new String[] {"?team=" + "x".repeat(129), "team"})) {
            HttpResponse<String> r = parley.get(admin, "/api/effectiveness" + bad[0]);
            assertEquals(400, r.statusCode(), bad[0] + ": " + r.body());
            assertEquals(bad[1], JSON.readTree(r.body()).get("field").asText(), r.body());
        }
    }
}
