package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.Speaker;
import app.parley.config.ParleyConfig;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.store.RecordingsSweep;
import app.parley.store.Retention;
import app.parley.testing.CapturedLog;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention on one node reaches the recordings on the others' disks: nodes of one cluster in this
 * JVM, each its own clustered Vert.x (a real Hazelcast member on 127.0.0.1) with its own
 * recordings folder, on one store, as nodes without a shared recordings folder run.
 */
class RetentionEverywhereTest {
    private static final Duration KEEP = Duration.ofDays(30);

    @TempDir
    Path dir;
    private CallStore store;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Cluster> nodes = new ArrayList<>();
    private final Instant now = Instant.now();

    @BeforeEach
    void store() throws IOException {
        store = CallStore.openEmbedded(dir.resolve("store"));
        for (int i = 0; i < 3; i++) {
            ports.add(ClusterPorts.free());
        }
        stored("old-1", now.minus(Duration.ofDays(40)), 60.0);
        stored("old-2", now.minus(Duration.ofDays(31)), 60.0);
        stored("kept", now.minus(Duration.ofDays(2)), 60.0);
        stored("live", now.minusSeconds(90), null);
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).vertx().close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        store.close();
    }

    @Test
    void retentionOnNodeOneDeletesNodeTwosFilesOfTheDeletedCallsOnly() throws Exception {
        Recordings one = recordings(1);
        Recordings two = recordings(2);
        for (String id : List.of("old-1", "kept")) {
            record(one, id, now.minus(Duration.ofDays(2)));
        }
        for (String id : List.of("old-1", "old-2", "kept", "live")) {
            record(two, id, id.equals("live") ? now : now.minus(Duration.ofDays(2)));
        }
        // What a stop on node 2 left to transcribe: audio too.
        record(untranscribed(2), "old-2", now.minus(Duration.ofDays(2)));
        record(untranscribed(2), "kept", now.minus(Duration.ofDays(2)));
        Consumer<List<String>> tellFromOne = join(1, one);
        join(2, two);
        try (CapturedLog log = new CapturedLog()) {
            Retention retention = new Retention(store, one, KEEP, Clock.systemUTC(), tellFromOne);

            assertEquals(2, retention.run());

            assertFalse(Files.exists(folder(one, "old-1")), "node 1 deleted its own file, as before");
            awaitGone(folder(two, "old-1"));
            awaitGone(folder(two, "old-2"));
            awaitGone(folder(untranscribed(2), "old-2"));
            assertTrue(Files.exists(untranscribed(2).file("kept", Speaker.AGENT)), "node 2 keeps its audio of kept");
            for (String id : List.of("kept", "live")) {
                assertTrue(Files.exists(two.file(id, Speaker.AGENT)) && Files.exists(two.file(id, Speaker.CALLER)),
                        "node 2 keeps " + id);
            }
            assertTrue(Files.exists(one.file("kept", Speaker.AGENT)));
            List<String> told = log.linesContaining("deleted 2 call(s) from the store; their recordings here deleted");
            assertEquals(1, told.size(), "one line for the batch, on node 2 only: " + log.lines());
            assertTrue(told.get(0).contains("deleted for 2 [old-1, old-2]"), told.get(0));
        }
    }

    @Test
    void aNodeThatWasDownSweepsTheFilesOfCallsNoLongerStoredWhenItStarts() throws Exception {
        Recordings one = recordings(1);
        Recordings three = recordings(3);
        // Node 3's disk, written while it ran before; it is down while node 1's retention runs.
        record(three, "old-1", now.minus(Duration.ofDays(40)).plusSeconds(60));
        // A call retention deleted whose file here was written since (what only the store can tell).
        record(three, "old-2", now.minus(Duration.ofDays(1)));
        record(three, "kept", now.minus(Duration.ofDays(2)));
        record(three, "live", now);
        Consumer<List<String>> tellFromOne = join(1, one);
        assertEquals(2, new Retention(store, one, KEEP, Clock.systemUTC(), tellFromOne).run());

        join(3, three);
        Thread.sleep(500);
        assertTrue(Files.exists(folder(three, "old-1")) && Files.exists(folder(three, "old-2")),
                "node 3 was not up to hear of the deletion");
        try (CapturedLog log = new CapturedLog()) {
            // What its start does once it has joined (Housekeeping): retention, then the sweep.
            assertEquals(0, new Retention(store, three, KEEP, Clock.systemUTC(), ids -> { }).run());
            assertEquals(2, new RecordingsSweep(store, three, KEEP, Clock.systemUTC()).run());

            assertFalse(Files.exists(folder(three, "old-1")), "past retention by its own age");
            assertFalse(Files.exists(folder(three, "old-2")), "its call no longer stored");
            assertTrue(Files.exists(three.file("kept", Speaker.AGENT)), "a call stored within retention");
            assertTrue(Files.exists(three.file("live", Speaker.CALLER)), "a live call");
            assertEquals(1, log.linesContaining("2 recording folder(s) here outlived their calls").size(),
                    log.lines().toString());
        }
    }

    @Test
    void aMessageWithOneBadIdIsRefusedWholeAndDeletesNothing() throws Exception {
        Recordings one = recordings(1);
        Recordings two = recordings(2);
        for (Recordings node : List.of(one, two)) {
            record(node, "kept", now.minus(Duration.ofDays(2)));
        }
        // Where "../secret" would lead if ids were taken as paths: beside a recordings folder.
        Path beside = two.dir().resolveSibling("secret").resolve("agent.wav");
        Files.createDirectories(beside.getParent());
        Files.write(beside, new byte[] {1});
        join(1, one);
        io.vertx.core.eventbus.EventBus bus = nodes.get(0).vertx().eventBus();
        join(2, two);

        for (Object bad : List.of("kept", new JsonArray().add("kept"), new JsonObject(),
                new JsonObject().put("calls", "kept"),
                new JsonObject().put("calls", new JsonArray()),
                calls("kept", ""), calls("kept", "  "), calls("kept", "x".repeat(65)), calls("kept", "kept\n"),
                new JsonObject().put("calls", new JsonArray().add("kept").add(42)),
                new JsonObject().put("calls", new JsonArray().add("kept").addNull()),
                new JsonObject().put("calls", new JsonArray(java.util.Collections.nCopies(
                        RetentionEverywhere.MOST_IDS + 1, "kept"))))) {
            for (int i = 0; i < 2; i++) { // each node's consumer in turn takes a sent message
                ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        () -> bus.request(RetentionEverywhere.DELETED, bad).toCompletionStage()
                                .toCompletableFuture().get(10, TimeUnit.SECONDS));
                ReplyException reply = assertInstanceOf(ReplyException.class, e.getCause());
                assertEquals(ReplyFailure.RECIPIENT_FAILURE, reply.failureType(), reply.getMessage());
                assertEquals(400, reply.failureCode(), String.valueOf(bad));
                assertFalse(reply.getMessage().contains("kept\n"), "the refusal does not repeat what it was sent");
            }
        }
        // A bad message published, as retention would: still nothing deleted anywhere.
        bus.publish(RetentionEverywhere.DELETED, calls("kept", "bad\u0000id"));
        Thread.sleep(500);
        for (Recordings node : List.of(one, two)) {
            assertTrue(Files.exists(node.file("kept", Speaker.AGENT)), node.dir() + " keeps its file");
        }

        int deleted = bus.<Integer>request(RetentionEverywhere.DELETED, calls("../secret", "..", "/etc"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).body();
        assertEquals(0, deleted, "ids that look like paths are ids: hashed inside the folder, none found");
        assertTrue(Files.exists(beside), "nothing beside the recordings folder is reached");
    }

    private static JsonObject calls(String... ids) {
        return new JsonObject().put("calls", new JsonArray(List.of((Object[]) ids)));
    }

    /**
     * Node {@code n} joins the cluster of the three ports and deletes from {@code local} and its
     * untranscribed audio what the others' retention deletes.
     */
    private Consumer<List<String>> join(int n, Recordings local) throws Exception {
        String members = ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        Cluster node = Cluster.join(new ParleyConfig.Cluster(true, "127.0.0.1", ports.get(n - 1), 0,
                List.of(members.split(",")), 0), options -> Vertx.builder().with(options));
        nodes.add(node);
        java.util.concurrent.CompletableFuture<Consumer<List<String>>> tells = new java.util.concurrent.CompletableFuture<>();
        node.vertx().getOrCreateContext().runOnContext(v -> node.retentionOnEveryNode(List.of(local, untranscribed(n)))
                .onSuccess(tells::complete).onFailure(tells::completeExceptionally));
        return tells.get(30, TimeUnit.SECONDS);
    }

    private Recordings untranscribed(int n) {
        return new Recordings(dir.resolve("node-" + n).resolve("untranscribed"));
    }

    private Recordings recordings(int n) {
        return new Recordings(dir.resolve("node-" + n).resolve("recordings"));
    }

    private void stored(String id, Instant startedAt, Double durationS) {
        store.startCall(new CallInfo(id, startedAt, null, "agent-1", durationS));
    }

    private static Path folder(Recordings recordings, String id) {
        return recordings.file(id, Speaker.AGENT).getParent();
    }

    /** Both parties' files of the call, last written at {@code at}. */
    private static void record(Recordings recordings, String id, Instant at) throws IOException {
        for (Speaker speaker : Speaker.values()) {
            Path file = recordings.file(id, speaker);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1, 2, 3});
            Files.setLastModifiedTime(file, FileTime.from(at));
        }
        Files.setLastModifiedTime(folder(recordings, id), FileTime.from(at));
    }

    private static void awaitGone(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(path) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(Files.exists(path), path + " is still there after 10 s");
    }

}
