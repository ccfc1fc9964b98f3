package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.ledger.Facts;
import app.parley.ledger.ImportProgress;
import app.parley.live.LiveTranscriptionEndToEndTestSupport;
import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Three Parley nodes on one cluster and one PostgreSQL store, in this JVM: a call recognised on
 * node 3 is on node 1's live feed and in its list of live calls (for those who may watch that
 * agent, and only them) and on node 1's agent screen in headless Chromium, a session opened on node 1 works on node 2, an import on node 1 reaches
 * node 2's facts cache, and a rules publish on node 1 is in force on node 3 at once (the periodic
 * follow, 15 s, would be too late for this test).
 */
class ClusterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

    @TempDir
    static Path dir;
    static Nodes nodes;
    static TestAudio.Call call;

    @BeforeAll
    static void startThreeNodes() throws Exception {
        call = TestAudio.makeCall(dir.resolve("call"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL);
        // Only a message from the importing node can refresh another node's cache within this test.
        // Recordings in one folder that every node shares (as NFS would be across machines).
        nodes = Nodes.start(3, dir, "cluster", Map.of("PARLEY_LEDGER_CACHE_RECHECK_IMPORTS", "1 hour",
                "PARLEY_RECORDINGS_ENABLED", "true", "PARLEY_RECORDINGS_DIR", dir.resolve("shared-recordings").toString()));
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void eachNodesMetricsSayHowManyNodesItSeesTheQuorumAndWhetherItFollowsThePbx() throws Exception {
        // An admin account made on node 1 is in the shared store: every node signs it in.
        nodes.node(1).addAccount("ops", "ops-password-1", Set.of(Role.ADMIN), null, Set.of());
        for (int n = 1; n <= 3; n++) {
            RunningParley node = nodes.node(n);
            String text = node.get(node.signIn("ops", "ops-password-1"), "/metrics").body();
            assertEquals(3, gauge(text, "parley_cluster_nodes"), "node " + n + " sees three nodes");
            // these nodes start one by one, the first following alone (Nodes): a quorum of 1
            assertEquals(1, gauge(text, "parley_cluster_quorum"), "node " + n);
            // with AMI off nobody follows the PBX
            assertEquals(0, gauge(text, "parley_cluster_follows_pbx"), "node " + n);
        }
    }

    private static double gauge(String exposition, String name) {
        return Stream.of(exposition.split("\n")).filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.split(" ")[1]))
                .orElseThrow(() -> new AssertionError("no " + name + " in:\n" + exposition));
    }

    @Test
    void aCallRecognisedOnNodeThreeIsLiveOnNodeOne() throws Exception {
        RunningParley one = nodes.node(1);
        RunningParley three = nodes.node(3);
        one.addAccount("ana", "ana-password-1", Set.of(Role.AGENT), "agent-31", Set.of("east"));
        one.addAccount("bo", "bo-password-1", Set.of(Role.AGENT), "agent-32", Set.of("east"));
        HttpClient ana = one.signIn("ana", "ana-password-1");
        HttpClient bo = one.signIn("bo", "bo-password-1");
        BlockingQueue<JsonNode> feed = feed(one, ana);
        BlockingQueue<JsonNode> othersFeed = feed(one, bo);
        String callId = "cluster-call-1";
        try (RunningParley.OpenCall open = three.openCall(callId, "5550100131", "agent-31", call, 3.0)) {
            JsonNode started = next(feed, "call-started", Duration.ofSeconds(10));
            assertEquals(callId, started.get("call").get("id").asText(), "node 1's feed has node 3's call");
            JsonNode live = one.getJson("/api/live");
            assertEquals(1, live.size(), "node 1's list of live calls has node 3's: " + live);
            assertEquals(callId, live.get(0).get("call").get("id").asText());
            assertEquals(callId, JSON.readTree(one.get(ana, "/api/live").body()).get(0).get("call").get("id").asText(),
                    "the call's agent sees it through node 1");
            assertEquals("[]", one.get(bo, "/api/live").body(), "another agent does not, on any node");
            HttpResponse<String> elsewhere = nodes.node(2).get(ana, "/api/live");
            assertEquals(200, elsewhere.statusCode(), "a session opened on node 1 is one on node 2: " + elsewhere.body());
            assertEquals(callId, JSON.readTree(elsewhere.body()).get(0).get("call").get("id").asText());
            open.finish();
            JsonNode heard = next(feed, "utterance", Duration.ofSeconds(30));
            assertEquals(callId, heard.get("call_id").asText(), "node 3's words reach node 1's screen as they are heard");
            next(feed, "call-ended", Duration.ofSeconds(60));
        }
        assertTrue(othersFeed.stream().noneMatch(event -> event.has("call_id")),
                "the other agent's feed had nothing of the call: " + othersFeed);
        assertEquals(callId, nodes.node(2).awaitEndedCall(callId, Duration.ofSeconds(30)).get("call").get("id").asText(),
                "and the call is stored where every node reads it");
        for (String party : List.of("caller", "agent")) {
            HttpResponse<String> recording = one.get(ana, "/api/calls/" + callId + "/recordings/" + party);
            assertEquals(200, recording.statusCode(), "node 1 replays node 3's " + party + " recording: " + recording.body());
            assertEquals("audio/wav", recording.headers().firstValue("content-type").orElse(""));
            assertTrue(recording.body().startsWith("RIFF"), "a WAV file");
        }
    }

    @Test
    void aBrowserOnNodeOneShowsACallRecognisedOnNodeThreeAsItIsSpoken() throws Exception {
        try (HeadlessChromium chromium = new HeadlessChromium(dir.resolve("chromium-profile"))) {
            RunningParley one = nodes.node(1);
            chromium.signIn(one.baseUrl(), RunningParley.TESTER, RunningParley.TESTER_PASSWORD);
            chromium.driver().get(one.baseUrl() + "/?agent=agent-33");
            WebDriverWait wait = chromium.waitUpTo30s();
            wait.until(d -> d.findElement(By.id("feed-status")).getText().contains("connected"));
            try (RunningParley.OpenCall open = nodes.node(3).openCall("cluster-browser-call", "+1 555 010 0133",
                    "agent-33", call, 1.0)) {
                wait.until(d -> d.findElement(By.id("call-number")).getText().equals("+1 555 010 0133"));
                wait.until(d -> d.findElement(By.id("call-state")).getText().contains("Live"));
                // The rest as fast as node 3 takes it: its words reach node 1's screen as they are recognised.
                open.finish();
                wait.until(d -> d.findElements(By.cssSelector("#transcript .line.caller")).stream()
                        .anyMatch(line -> line.getText().contains("job")));
                chromium.screenshot("cluster-node1-screen-node3-call.png");
                wait.until(d -> d.findElement(By.id("call-state")).getText().contains("Ended"));
            }
        }
    }

    @Test
    void anImportOnNodeOneReachesTheFactsCacheOfNodeTwo() throws Exception {
        Path imports = TestAudio.repoRoot().resolve("src/test/resources/ledger/import");
        nodes.node(1).service().ledger().importCsv(imports.resolve("base"), ImportProgress.NONE);
        Optional<Facts> before = facts(2, "B1");
        assertTrue(before.isPresent());
        assertEquals(before, facts(2, "B1"), "cached on node 2");
        nodes.node(1).service().ledger().importCsv(imports.resolve("update"), ImportProgress.NONE);
        Optional<Facts> imported = facts(1, "B1");
        assertNotEquals(before, imported, "the update changes B1's facts");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Optional<Facts> onTwo = facts(2, "B1");
        while (!onTwo.equals(imported) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            onTwo = facts(2, "B1");
        }
        assertEquals(imported, onTwo, "node 2 dropped what the import on node 1 touched");
    }

    @Test
    void aRulesPublishOnNodeOneIsInForceOnNodeThreeAtOnce() throws Exception {
        RunningParley one = nodes.node(1);
        RunningParley three = nodes.node(3);
        String rules = one.get("/api/rules").body();
        String changed = rules + "\n# published on node 1 at " + System.nanoTime() + "\n";
        HttpResponse<String> published = one.send("PUT", "/api/rules?comment=cluster", changed);
        assertEquals(200, published.statusCode(), published.body());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String onThree = three.get("/api/rules").body();
        while (!onThree.equals(changed) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            onThree = three.get("/api/rules").body();
        }
        assertEquals(changed, onThree, "node 3's calls are coached with node 1's publish within seconds");
    }

    private static Optional<Facts> facts(int node, String account) throws Exception {
        return nodes.node(node).service().ledger().factsForAccount(account, AS_OF).get(10, TimeUnit.SECONDS);
    }

    /** The live feed of {@code client} on {@code node}: each event as it comes. */
    private static BlockingQueue<JsonNode> feed(RunningParley node, HttpClient client) throws Exception {
        BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(
                URI.create(node.baseUrl() + "/api/live/events")).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(line -> {
                    if (line.startsWith("data: ")) {
                        try {
                            events.add(JSON.readTree(line.substring(6)));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                // The node stopped: the feed is over.
            }
        }, "live-feed-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private static JsonNode next(BlockingQueue<JsonNode> feed, String type, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode event = feed.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && type.equals(event.path("type").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " event on the feed within " + within);
    }
}
