package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.live.LiveTranscriptionEndToEndTestSupport;
import app.parley.testing.RunningParley;
import app.parley.testing.Sandbox;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node of three follows the real Asterisk of dialplans/sandbox for the cluster (the other two
 * start after the call that will be up at the crash has started, so they never hear of it); when that
 * node dies (its cluster member gone without leaving, as a crashed machine's), another node
 * follows the PBX within 10 s, asks again for the taps of the call that was up (both parties now
 * stream to it), and the next call is tapped, transcribed and coached, on the node it picks. The
 * call that was up is killed mid-call with its node (some of its words stored): every word stored
 * before is kept once, the call is marked interrupted at the end of words node 1 stored (found
 * from the store, which names the node of each stream, not from anything node 1 told the others),
 * and its later words are in the same record, on the call's clock, after a gap of each party.
 * Apart from that: two calls at once go to two nodes, both parties of each on its node.
 */
class PbxFollowerTest {
    /** What the issue asks: following moves to another node within this after its node dies. */
    private static final Duration TAKE_OVER_WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void whenTheFollowersNodeDiesAnotherFollowsThePbxWithinTenSecondsAndCoachesTheNextCall() throws Exception {
        Sandbox sandbox = Sandbox.started();
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL);
        // The call up during the crash says it all twice, so that it goes on long after the two
        // other nodes have started.
        List<String> twice = new java.util.ArrayList<>(List.of(LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL));
        twice.addAll(List.of(LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL));
        TestAudio.Call longCall = TestAudio.makeCall(dir.resolve("long-call"), twice.toArray(String[]::new));
        Map<String, String> env = new HashMap<>(sandbox.parleyEnv());
        try (Nodes nodes = Nodes.start(3, 1, dir, "follower", env)) {
            nodes.node(1).awaitPbxStatus("connected", Duration.ofSeconds(20));
            assertTrue(health(nodes.node(1)).get("cluster").get("follows_pbx").asBoolean(), "the first node follows");

            Map<String, String> upDuringCrash = sandbox.call(longCall.caller(), longCall.agent(), "5550100151", "agent-51",
                    false);
            String crashedCall = upDuringCrash.get("linkedid");
            awaitStreams(nodes.node(1), 2, Duration.ofSeconds(10));
            // The other nodes start once the call has: they never hear it start (as a node that
            // missed its relayed events would not), so only the store can tell them of it.
            nodes.startRest();
            for (int n : List.of(2, 3)) {
                JsonNode health = health(nodes.node(n));
                assertFalse(health.get("cluster").get("follows_pbx").asBoolean(), "node " + n + " waits");
                assertEquals("connected", health.get("pbx").get("status").asText(),
                        "node " + n + " shows the follower's PBX link: " + health);
                assertEquals(3, health.get("cluster").get("nodes").asInt());
            }
            // Mid-call: once node 1 has stored some of its words.
            List<StoredWords> beforeCrash = awaitStoredWords(nodes, crashedCall, Duration.ofSeconds(20));

            String lostNode = health(nodes.node(1)).get("cluster").get("node").asText();
            long crashed = System.nanoTime();
            nodes.crash(1);
            RunningParley follower = null;
            while (follower == null && System.nanoTime() - crashed < TAKE_OVER_WITHIN.toNanos()) {
                for (int n : List.of(2, 3)) {
                    JsonNode health = health(nodes.node(n));
                    if (health.get("cluster").get("follows_pbx").asBoolean()
                            && "connected".equals(health.path("pbx").path("status").asText())) {
                        follower = nodes.node(n);
                    }
                }
                Thread.sleep(100);
            }
            long tookMs = (System.nanoTime() - crashed) / 1_000_000;
            assertTrue(follower != null, "no node followed the PBX within " + TAKE_OVER_WITHIN + " of the follower's death");
            System.err.printf("PBX following moved to another node %d ms after the follower's node died%n", tookMs);
            awaitStreams(follower, 2, Duration.ofSeconds(10));
            assertTrue(follower.getJson("/api/live?agent=agent-51").toString().contains(upDuringCrash.get("linkedid")),
                    "the call up during the crash is tapped again, both parties, on the new follower");

            Map<String, String> placed = sandbox.call(call.caller(), call.agent(), "5550100161", "agent-61", true);
            JsonNode record = follower.awaitEndedCall(placed.get("linkedid"), Duration.ofSeconds(60));
            assertEquals("agent-61", record.get("call").get("agent").asText());
            assertFalse(LiveTranscriptionEndToEndTestSupport.said(record, app.parley.call.Speaker.CALLER).isBlank(),
                    "the caller is transcribed: " + record.get("utterances"));
            assertFalse(LiveTranscriptionEndToEndTestSupport.said(record, app.parley.call.Speaker.AGENT).isBlank(),
                    "the agent is transcribed");
            assertTrue(record.get("prompts").size() > 0, "and the call is coached: " + record.get("prompts"));

            // The call node 1 carried when it died: one record, both segments, the time between a gap.
            JsonNode continued = follower.awaitEndedCall(crashedCall, Duration.ofSeconds(30));
            List<StoredWords> after = storedWords(nodes, crashedCall);
            for (StoredWords word : beforeCrash) {
                assertEquals(1, after.stream().filter(word::sameRow).count(), "stored before the crash, kept once: " + word);
            }
            double interruptedAt;
            try (java.sql.Connection store = nodes.store(); java.sql.PreparedStatement select = store.prepareStatement(
                    "SELECT interrupted_s FROM calls WHERE id = ?")) {
                select.setString(1, crashedCall);
                try (java.sql.ResultSet rows = select.executeQuery()) {
                    assertTrue(rows.next());
                    interruptedAt = rows.getDouble(1);
                    assertFalse(rows.wasNull(), "the call is marked interrupted");
                }
            }
            double lastBefore = beforeCrash.stream().mapToDouble(StoredWords::end).max().orElseThrow();
            assertTrue(interruptedAt >= lastBefore, "interrupted where its last stored words end: " + interruptedAt);
            // The store says which node carried each stream: that is how the others found the call.
            Map<String, String> carriedBy = streamNodes(nodes, crashedCall);
            String followerNode = health(follower).get("cluster").get("node").asText();
            java.util.Set<String> firstStreams = new java.util.HashSet<>();
            carriedBy.forEach((stream, node) -> {
                if (node.equals(lostNode)) {
                    firstStreams.add(stream);
                }
            });
            assertEquals(2, firstStreams.size(), "both parties' first streams were node 1's: " + carriedBy);
            double lastStoredOfLost = after.stream().filter(word -> firstStreams.contains(word.stream()))
                    .mapToDouble(StoredWords::end).max().orElseThrow();
            assertTrue(interruptedAt <= lastStoredOfLost + 1e-6,
                    "and at no point past the words node 1 stored: " + interruptedAt + " > " + lastStoredOfLost);
            JsonNode gaps = continued.get("gaps");
            assertTrue(gaps.size() > 0, "the time between is a gap: " + continued);
            // Node 1 here closes the rest of itself after its member is gone (Nodes.crash), as a node
            // taken for lost that is only slow would: it may still store its last words and close its
            // streams where its audio ended. The others' mark stands: each party's gap starts at the
            // interruption point (moved to those last words if they were stored before a mark) and
            // ends where the second segment starts.
            assertEquals(2, gaps.size(), "a gap of each party: " + gaps);
            double secondStart = gaps.get(0).get("end").asDouble();
            for (JsonNode gap : gaps) {
                assertEquals(interruptedAt, gap.get("start").asDouble(), 1e-6, "from the interruption: " + gaps);
                assertTrue(gap.get("end").asDouble() > gap.get("start").asDouble(), "to the second segment's start: " + gaps);
                secondStart = Math.min(secondStart, gap.get("end").asDouble());
            }
            // The second segment's streams are those that joined where the gaps end.
            java.util.Set<String> secondStreams = new java.util.HashSet<>();
            try (java.sql.Connection store = nodes.store(); java.sql.PreparedStatement select = store.prepareStatement(
                    "SELECT stream_id FROM parties WHERE call_id = ? AND joined_s >= ?")) {
                select.setString(1, crashedCall);
                select.setDouble(2, secondStart - 1e-6);
                try (java.sql.ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        secondStreams.add(rows.getString(1));
                    }
                }
            }
            assertEquals(2, secondStreams.size(), "both parties tapped again: " + secondStreams);
            for (String stream : secondStreams) {
                assertEquals(followerNode, carriedBy.get(stream), "the second segment is the new follower's: " + carriedBy);
            }
            assertTrue(beforeCrash.stream().noneMatch(word -> secondStreams.contains(word.stream())));
            List<StoredWords> later = after.stream().filter(word -> secondStreams.contains(word.stream())).toList();
            assertFalse(later.isEmpty(), "the call's later words are in the same record: " + after);
            for (StoredWords word : later) {
                assertTrue(word.start() >= secondStart - 0.01, "on the call's clock, not from 0: " + word + " " + gaps);
            }
            assertTrue(continued.get("call").get("duration_s").asDouble() >= later.stream()
                    .mapToDouble(StoredWords::end).max().orElseThrow(), "the duration is the whole call's: " + continued);
            System.err.printf("the lost call: interrupted at %.2fs, gaps %s, %d utterances before and %d after%n",
                    interruptedAt, gaps, beforeCrash.size(), later.size());
        }
    }

    /** A second script, with words of its own, so that two calls' words cannot be taken for each other's. */
    private static final String[] REMINDER_CALL = {
        "agent: Hello. This is a reminder that your payment was due on Monday.",
        "caller: I already sent the money yesterday from my bank.",
        "agent: Thank you. I will note that the payment is on its way.",
        "caller: Good. Please call me again if it does not arrive.",
    };

    @Test
    void twoCallsAtOnceGoToTwoNodesEachWithBothPartiesAndBothAreTranscribed() throws Exception {
        Sandbox sandbox = Sandbox.started();
        TestAudio.Call first = TestAudio.makeCall(dir.resolve("first"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL);
        TestAudio.Call second = TestAudio.makeCall(dir.resolve("second"), REMINDER_CALL);
        try (Nodes nodes = Nodes.start(3, dir, "spread", new HashMap<>(sandbox.parleyEnv()))) {
            nodes.node(1).awaitPbxStatus("connected", Duration.ofSeconds(20));
            // Each node reports its tap address at start and every TapsHere.REPORT_MS: by then the
            // follower has heard nodes 2 and 3 even if their first report went out before it listened.
            Thread.sleep(TapsHere.REPORT_MS + 1_000);
            Map<String, String> one = sandbox.call(first.caller(), first.agent(), "5550100171", "agent-71", false);
            Map<String, String> two = sandbox.call(second.caller(), second.agent(), "5550100172", "agent-72", false);
            JsonNode firstRecord = nodes.node(1).awaitEndedCall(one.get("linkedid"), Duration.ofSeconds(90));
            JsonNode secondRecord = nodes.node(1).awaitEndedCall(two.get("linkedid"), Duration.ofSeconds(60));

            Map<String, String> firstNodes = streamNodes(nodes, one.get("linkedid"));
            Map<String, String> secondNodes = streamNodes(nodes, two.get("linkedid"));
            System.err.printf("first call's streams on %s, second's on %s%n", firstNodes, secondNodes);
            assertEquals(2, firstNodes.size(), "both parties of the first call tapped: " + firstNodes);
            assertEquals(2, secondNodes.size(), "both parties of the second call tapped: " + secondNodes);
            assertEquals(1, new java.util.HashSet<>(firstNodes.values()).size(), "both parties on one node: " + firstNodes);
            assertEquals(1, new java.util.HashSet<>(secondNodes.values()).size(), "both parties on one node: " + secondNodes);
            assertFalse(firstNodes.values().iterator().next().equals(secondNodes.values().iterator().next()),
                    "the two calls on two nodes: " + firstNodes + " " + secondNodes);

            assertEquals("agent-71", firstRecord.get("call").get("agent").asText());
            assertEquals("agent-72", secondRecord.get("call").get("agent").asText());
            assertSaidAsScripted(firstRecord, first);
            assertSaidAsScripted(secondRecord, second);
        }
    }

    /** Each party's words within the WER bound of its own call's script. */
    private static void assertSaidAsScripted(JsonNode record, TestAudio.Call call) {
        for (app.parley.call.Speaker speaker : app.parley.call.Speaker.values()) {
            String said = LiveTranscriptionEndToEndTestSupport.said(record, speaker);
            double wer = app.parley.testing.Wer.of(call.said(speaker), said);
            System.err.printf("%s WER %.3f: %s%n", speaker.id(), wer, said);
            assertTrue(wer <= LiveTranscriptionEndToEndTestSupport.WER_BOUND, speaker.id() + " WER " + wer + ": " + said);
        }
    }

    /** An utterance row as stored. */
    private record StoredWords(String stream, int seq, double start, double end, String text, boolean isFinal) {
        boolean sameRow(StoredWords other) {
            return stream.equals(other.stream) && seq == other.seq && text.equals(other.text);
        }
    }

    private static List<StoredWords> storedWords(Nodes nodes, String callId) throws Exception {
        List<StoredWords> words = new java.util.ArrayList<>();
        try (java.sql.Connection store = nodes.store(); java.sql.PreparedStatement select = store.prepareStatement(
                "SELECT stream_id, seq, start_s, end_s, text, is_final FROM utterances WHERE call_id = ? ORDER BY start_s")) {
            select.setString(1, callId);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    words.add(new StoredWords(rows.getString(1), rows.getInt(2), rows.getDouble(3), rows.getDouble(4),
                            rows.getString(5), rows.getBoolean(6)));
                }
            }
        }
        return words;
    }

    /** Which node the store says carried each of the call's streams. */
    private static Map<String, String> streamNodes(Nodes nodes, String callId) throws Exception {
        Map<String, String> carriedBy = new HashMap<>();
        try (java.sql.Connection store = nodes.store(); java.sql.PreparedStatement select = store.prepareStatement(
                "SELECT stream_id, node_id FROM parties WHERE call_id = ?")) {
            select.setString(1, callId);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    carriedBy.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return carriedBy;
    }

    /** Waits until a final utterance of the call is stored; returns the finals stored then. */
    private static List<StoredWords> awaitStoredWords(Nodes nodes, String callId, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<StoredWords> finals = storedWords(nodes, callId).stream().filter(StoredWords::isFinal).toList();
            if (!finals.isEmpty()) {
                return finals;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no words of call " + callId + " stored within " + within);
            }
            Thread.sleep(100);
        }
    }

    /** Waits until {@code node} takes at least {@code streams} AudioSocket streams. */
    private static void awaitStreams(RunningParley node, int streams, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (health(node).get("live_streams").asInt() < streams) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + streams + " streams within " + within + ": " + health(node));
            }
            Thread.sleep(100);
        }
    }

    private static JsonNode health(RunningParley node) throws Exception {
        return node.getJson("/api/health");
    }
}
