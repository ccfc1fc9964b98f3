package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.audio.WavRecorder;
import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.store.Recordings;
import app.parley.testing.RunningParley;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may see what, over HTTP against the whole service: every API route by role (a route
 * without a rule fails here), agents limited to their own calls, supervisors to their team,
 * sessions, CSRF, slowed guessing, the audit trail, and no password in any log.
 */
class AccessTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct-horse-battery";
    /** A signed-in client per role: alice (agent a-1, team north), sam (supervisor of north), quinn (qa), ada (admin). */
    static final Map<Role, HttpClient> AS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        parley.addAccount("alice", PASSWORD, Set.of(Role.AGENT), "a-1", Set.of("north"));
        parley.addAccount("bob", PASSWORD, Set.of(Role.AGENT), "b-2", Set.of("south"));
        parley.addAccount("sam", PASSWORD, Set.of(Role.SUPERVISOR), null, Set.of("north"));
        parley.addAccount("quinn", PASSWORD, Set.of(Role.QA), null, Set.of());
        parley.addAccount("ada", PASSWORD, Set.of(Role.ADMIN), null, Set.of());
        AS.put(Role.AGENT, parley.signIn("alice", PASSWORD));
        AS.put(Role.SUPERVISOR, parley.signIn("sam", PASSWORD));
        AS.put(Role.QA, parley.signIn("quinn", PASSWORD));
        AS.put(Role.ADMIN, parley.signIn("ada", PASSWORD));
        store("call-a", "a-1", "i will pay on friday");
        store("call-b", "b-2", "i can pay next month");
        Recordings recordings = new Recordings(dir.resolve("data").resolve("recordings"));
        for (String call : List.of("call-a", "call-b")) {
            try (WavRecorder recorder = new WavRecorder(recordings.file(call, Speaker.CALLER), 16000)) {
                recorder.write(0, new short[1600]);
            }
        }
    }

    private static void store(String id, String agent, String said) {
        List<Word> words = new ArrayList<>();
        double t = 1.0;
        for (String w : said.split(" ")) {
            words.add(new Word(w, t, t + 0.2, 1));
            t += 0.3;
        }
        parley.service().store().saveRecord(new CallRecord(new CallInfo(id, Instant.parse("2026-11-20T10:00:00Z"),
                "+15550100101", agent, 4.0), List.of(new Utterance(Speaker.CALLER, 1.0, t, said, words)), List.of(),
                null));
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static HttpResponse<String> call(HttpClient client, String method, String path) throws Exception {
        return parley.send(client, method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
    }

    /** A concrete address for a route's path: its call is alice's. */
    private static String concrete(String path) {
        return path.replace(":id", "call-a").replace(":speaker", "caller").replace(":index", "0")
                .replace(":number", "1").replace(":team", "north");
    }

    @Test
    void everyApiRouteHasARuleAndEachRoleGetsWhatItsPermissionsSay() throws Exception {
        WebServer web = parley.service().web();
        assertEquals(List.of(), web.unguardedApiPaths(), "API routes mounted without a permission");
        HttpClient anonymous = HttpClient.newHttpClient();
        int checked = 0;
        for (Access.Rule rule : web.routes()) {
            String method = rule.method().name();
            String path = concrete(rule.path());
            if (rule.open()) {
                // Open to anyone: signing in, and how (a page's first request carries its CSRF token).
                HttpClient stranger = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
                parley.get(stranger, "/signin.html");
                int status = parley.send(stranger, method, path, method.equals("GET") ? null : "{}").statusCode();
                assertTrue(status != 401 && status != 403, method + " " + path + " for anyone: " + status);
                checked++;
                continue;
            }
            if (path.equals("/api/session") && method.equals("DELETE")) {
                // Signing out is any signed-in person's: each role on a session of its own, which it ends.
                for (Role role : Role.values()) {
                    HttpClient own = parley.signIn(List.of("alice", "sam", "quinn", "ada").get(role.ordinal()), PASSWORD);
                    assertEquals(204, call(own, "DELETE", path).statusCode(), role + " signs out");
                    checked++;
                }
                HttpClient stranger = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
                parley.get(stranger, "/signin.html");
                assertEquals(401, call(stranger, "DELETE", path).statusCode(), "signing out without a session");
                continue;
            }
            HttpResponse<String> nobody = anonymous.send(HttpRequest.newBuilder(URI.create(parley.baseUrl() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            // Without a session: 401, or 403 from the CSRF check on a state-changing request.
            assertTrue(nobody.statusCode() == 401 || nobody.statusCode() == 403 && !method.equals("GET"),
                    method + " " + path + " without a session: " + nobody.statusCode());
            for (Role role : Role.values()) {
                if (path.endsWith("/events")) {
                    continue; // a feed never ends: its permission is the snapshot's, checked on /api/live
                }
                HttpResponse<String> reply = call(AS.get(role), method, path);
                boolean allowed = rule.permission() == null || role.permissions().contains(rule.permission());
                if (allowed) {
                    assertNotEquals(401, reply.statusCode(), role + " " + method + " " + path + ": " + reply.body());
                    assertNotEquals(403, reply.statusCode(), role + " " + method + " " + path + ": " + reply.body());
                } else {
                    assertEquals(403, reply.statusCode(), role + " " + method + " " + path + ": " + reply.body());
                    assertTrue(reply.body().contains(rule.permission().id()), reply.body());
                }
                checked++;
            }
        }
        assertTrue(checked >= 40, "routes × roles checked: " + checked);
    }

    @Test
    void theMetricsAreForAdminsAndMachinesWithTheHealthPermissionOnly() throws Exception {
        assertTrue(parley.service().web().routes().contains(new Access.Rule(io.vertx.core.http.HttpMethod.GET,
                "/metrics", app.parley.access.Permission.HEALTH, false)), "walked with every role above");
        HttpResponse<String> admin = call(AS.get(Role.ADMIN), "GET", "/metrics");
        assertEquals(200, admin.statusCode());
        assertEquals(MetricsRoutes.TEXT_FORMAT, admin.headers().firstValue("Content-Type").orElse(""));
        assertTrue(admin.body().contains("# HELP parley_calls_live"), admin.body());
        assertEquals(403, call(AS.get(Role.SUPERVISOR), "GET", "/metrics").statusCode());
        // A machine: an API token with the permission, and a token nobody made (no scraper token is set here).
        String token = app.parley.access.Tokens.newToken();
        parley.service().accounts().addToken(new app.parley.access.Accounts.ApiToken(
                app.parley.access.Tokens.newId(), "metrics-check", Role.ADMIN, "ada", Instant.now(), null),
                app.parley.access.Tokens.hash(token));
        HttpClient machine = HttpClient.newHttpClient();
        assertEquals(200, bearer(machine, token).statusCode());
        assertEquals(401, bearer(machine, app.parley.access.Tokens.newToken()).statusCode());
    }

    private static HttpResponse<String> bearer(HttpClient client, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(parley.baseUrl() + "/metrics"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAgentSeesOnlyTheirOwnCallsAndAnotherAgentsCallDoesNotExistForThem() throws Exception {
        HttpClient alice = AS.get(Role.AGENT);
        JsonNode found = JSON.readTree(call(alice, "GET", "/api/calls").body());
        List<String> ids = new ArrayList<>();
        found.get("calls").forEach(c -> ids.add(c.get("call").get("id").asText()));
        assertEquals(List.of("call-a"), ids);
        for (String path : List.of("/api/calls/call-b", "/api/calls/call-b/transcript.txt", "/api/calls/call-b/loudness",
                "/api/calls/call-b/recordings/caller", "/api/calls/call-b/scorecard")) {
            HttpResponse<String> reply = call(alice, "GET", path);
            assertEquals(404, reply.statusCode(), path);
            assertEquals(call(alice, "GET", path.replace("call-b", "no-such-call")).body(),
                    reply.body().replace("call-b", "no-such-call"), "the same answer as for a call that does not exist");
        }
        assertEquals(200, call(alice, "GET", "/api/calls/call-a").statusCode());
        assertEquals(200, call(alice, "GET", "/api/calls/call-a/recordings/caller").statusCode());
        // The address no longer chooses whose live calls one sees.
        assertEquals(200, call(alice, "GET", "/api/live?agent=b-2").statusCode());
        // A supervisor sees their team's agent, not the other team's; QA sees both.
        assertEquals(200, call(AS.get(Role.SUPERVISOR), "GET", "/api/calls/call-a").statusCode());
        assertEquals(404, call(AS.get(Role.SUPERVISOR), "GET", "/api/calls/call-b").statusCode());
        assertEquals(200, call(AS.get(Role.QA), "GET", "/api/calls/call-b").statusCode());
        // An admin runs the rules, not the calls.
        assertEquals(403, call(AS.get(Role.ADMIN), "GET", "/api/calls/call-a").statusCode());
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient quinn = parley.signIn("quinn", PASSWORD);
        HttpResponse<String> forged = quinn.send(HttpRequest.newBuilder(URI.create(parley.baseUrl()
                        + "/api/calls/call-a/scorecard/overrides")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"element\": \"urgency\", \"verdict\": \"met\", \"comment\": \"x\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertEquals(201, parley.send(quinn, "POST", "/api/calls/call-a/scorecard/overrides",
                "{\"element\": \"urgency\", \"verdict\": \"met\", \"comment\": \"checked\"}").statusCode());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpClient quinn = parley.signIn("quinn", PASSWORD);
        assertEquals(200, call(quinn, "GET", "/api/calls").statusCode());
        assertEquals(204, call(quinn, "DELETE", "/api/session").statusCode());
        assertEquals(401, call(quinn, "GET", "/api/calls").statusCode());
        // Every page without a session leads to sign-in.
        for (String path : List.of("/review.html", "/admin/rules", "/rules.html", "/admin/backtest", "/backtest.html",
                "/admin/effectiveness", "/effectiveness.html")) {
            HttpResponse<String> page = quinn.send(HttpRequest.newBuilder(URI.create(parley.baseUrl() + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Location").orElse("").startsWith("/signin.html?next="), path);
        }
    }

    @Test
    void guessingPasswordsIsSlowedDown() throws Exception {
        parley.addAccount("victim", PASSWORD, Set.of(Role.QA), null, Set.of());
        HttpClient guesser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        parley.get(guesser, "/signin.html");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(parley.send(guesser, "POST", "/api/session",
                    "{\"username\": \"victim\", \"password\": \"guess-" + i + "\"}").statusCode());
        }
        assertEquals(List.of(401, 401, 401, 429, 429), statuses);
        HttpResponse<String> right = parley.send(guesser, "POST", "/api/session",
                "{\"username\": \"victim\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(429, right.statusCode(), "even the right password waits its turn");
        assertTrue(right.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aRulesChangeIsInTheAuditTrailWithWhoAndTheDiff() throws Exception {
        HttpClient ada = AS.get(Role.ADMIN);
        String rules = call(ada, "GET", "/api/rules").body();
        String changed = rules.replace("fallback: \"Set a deadline: ask for a payment date this week.\"",
                "fallback: \"Set a deadline: ask for a date this week.\"");
        assertNotEquals(rules, changed);
        assertEquals(200, parley.send(ada, "PUT", "/api/rules", changed).statusCode());
        JsonNode events = JSON.readTree(call(ada, "GET", "/api/audit?action=rules-change").body()).get("events");
        assertEquals("ada", events.get(0).get("actor").asText());
        assertTrue(events.get(0).get("detail").asText().contains("+") && events.get(0).get("detail").asText()
                .contains("ask for a date this week"), events.get(0).get("detail").asText());
        JsonNode signIns = JSON.readTree(call(ada, "GET", "/api/audit?action=sign-in&actor=quinn").body()).get("events");
        assertTrue(signIns.size() >= 1);
        assertEquals(403, call(AS.get(Role.QA), "GET", "/api/audit").statusCode());
    }

    @Test
    void aPasswordNeverReachesTheLog() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String secret = "never-log-this-secret-77";
        try {
            parley.addAccount("logcheck", secret, Set.of(Role.QA), null, Set.of());
            parley.signIn("logcheck", secret);
            HttpClient wrong = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            parley.get(wrong, "/signin.html");
            parley.send(wrong, "POST", "/api/session", "{\"username\": \"logcheck\", \"password\": \"" + secret + "x\"}");
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("sign-in failed for logcheck"), "the log was captured: " + log);
        assertFalse(log.contains(secret), log);
    }

    @Test
    void anOpenLiveFeedEndsWhenItsSessionDoes() throws Exception {
        parley.addAccount("sue", PASSWORD, Set.of(Role.SUPERVISOR), null, Set.of("north"));
        HttpClient sue = parley.signIn("sue", PASSWORD);
        java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> feed = sue.sendAsync(
                HttpRequest.newBuilder(URI.create(parley.baseUrl() + "/api/live/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> open = feed.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, open.statusCode());
        java.util.concurrent.CompletableFuture<Long> ended = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> open.body().count());
        Thread.sleep(500);
        assertFalse(ended.isDone(), "the feed stays open while signed in");
        assertEquals(204, call(sue, "DELETE", "/api/session").statusCode());
        // The next heartbeat (every 5 s) finds no session and ends the feed.
        ended.get(15, java.util.concurrent.TimeUnit.SECONDS);
    }
}
