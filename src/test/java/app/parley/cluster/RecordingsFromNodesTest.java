package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.store.Recordings;
import app.parley.store.RecordingsElsewhere;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes' recordings over one Vert.x's event bus, as over the cluster's (the nodes' addresses
 * are their ids), each with a folder of its own: what a node answers for its own recordings, and
 * a recording found on and read from the other node.
 */
class RecordingsFromNodesTest {
    @TempDir
    Path dir;
    private Vertx vertx;
    private Recordings onTwo;
    private RecordingsFromNodes one;
    private final List<String> up = new java.util.concurrent.CopyOnWriteArrayList<>(List.of("n1", "n2"));

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        onTwo = new Recordings(dir.resolve("node-2/recordings"));
        one = new RecordingsFromNodes(vertx, members("n1"), new Recordings(dir.resolve("node-1/recordings")));
        RecordingsFromNodes two = new RecordingsFromNodes(vertx, members("n2"), onTwo);
        await(Future.all(one.start(), two.start()));
    }

    @AfterEach
    void stop() throws Exception {
        await(vertx.close());
    }

    @Test
    void aNodeRefusesRequestsThatNameNoCallOrNoParty() throws Exception {
        write("call-1", Speaker.AGENT, bytes(100));
        for (JsonObject bad : List.of(new JsonObject(), new JsonObject().put("speaker", "agent"),
                new JsonObject().put("call", "").put("speaker", "agent"),
                new JsonObject().put("call", 42).put("speaker", "agent"),
                new JsonObject().put("call", "x".repeat(65)).put("speaker", "agent"),
                new JsonObject().put("call", "call-1\n").put("speaker", "agent"),
                new JsonObject().put("call", "call-1"),
                new JsonObject().put("call", "call-1").put("speaker", "boss"),
                new JsonObject().put("call", "call-1").put("speaker", "agent").put("start", -1).put("length", 10),
                new JsonObject().put("call", "call-1").put("speaker", "agent").put("start", 0).put("length", 0),
                new JsonObject().put("call", "call-1").put("speaker", "agent").put("start", 0)
                        .put("length", RecordingsFromNodes.PIECE + 1),
                new JsonObject().put("call", "call-1").put("speaker", "agent").put("start", "0").put("length", "10"))) {
            assertEquals(400, refusal(bad), "refused: " + bad);
        }
        assertEquals(100, ask(new JsonObject().put("call", "call-1").put("speaker", "agent")).getLong("size"),
                "and the same call and party, well asked, are answered");
    }

    @Test
    void aRecordingTheNodeDoesNotHaveIsNotFound() throws Exception {
        write("call-1", Speaker.AGENT, bytes(100));
        assertEquals(404, refusal(new JsonObject().put("call", "call-1").put("speaker", "caller")), "no caller file");
        assertEquals(404, refusal(new JsonObject().put("call", "call-2").put("speaker", "agent")), "no such call");
        assertEquals(404, refusal(new JsonObject().put("call", "call-2").put("speaker", "agent").put("start", 0)
                .put("length", 10)), "no bytes of it either");
    }

    @Test
    void aCallIdCannotReachOutsideTheRecordingsFolder() throws Exception {
        // Where "../secret" would lead if ids were taken as paths: beside the recordings folder.
        Path outside = dir.resolve("node-2/secret/agent.wav");
        Files.createDirectories(outside.getParent());
        Files.write(outside, bytes(100));
        for (String id : List.of("../secret", "..", "./../secret", "/etc/passwd")) {
            int refused = refusal(new JsonObject().put("call", id).put("speaker", "agent"));
            assertTrue(refused == 400 || refused == 404, id + ": " + refused);
        }
    }

    @Test
    void aRecordingOnTheOtherNodeIsFoundAndReadPieceByPiece() throws Exception {
        byte[] wav = bytes(2 * RecordingsFromNodes.PIECE + 1_000);
        write("call-1", Speaker.CALLER, wav);
        RecordingsElsewhere.Lookup lookup = await(one.find("call-1", Speaker.CALLER));
        assertEquals(1, lookup.asked(), "node 1 asks the other node, not itself");
        assertTrue(lookup.silent().isEmpty());
        RecordingsElsewhere.Remote remote = lookup.found().orElseThrow();
        assertEquals("n2", remote.node());
        assertEquals(wav.length, remote.size());
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        for (long at = 0; at < wav.length; at += remote.largestRead()) {
            int length = (int) Math.min(remote.largestRead(), wav.length - at);
            read.write(await(remote.read(at, length)).getBytes());
        }
        assertArrayEquals(wav, read.toByteArray());
        ExecutionException pastTheEnd = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> await(remote.read(wav.length - 10, 20)));
        assertTrue(pastTheEnd.getCause().getMessage().contains("had 10 bytes"), pastTheEnd.getCause().getMessage());
    }

    @Test
    void aRecordingOnNoNodeIsNotFoundAndANodeThatDoesNotAnswerIsNamed() throws Exception {
        RecordingsElsewhere.Lookup none = await(one.find("call-1", Speaker.AGENT));
        assertFalse(none.found().isPresent());
        assertEquals(List.of(), none.silent(), "node 2 answered: it does not have it");
        up.add("n3");
        RecordingsElsewhere.Lookup oneSilent = await(one.find("call-1", Speaker.AGENT));
        assertFalse(oneSilent.found().isPresent());
        assertEquals(List.of("n3"), oneSilent.silent(), "a node up that does not answer may have it");
        assertEquals(2, oneSilent.asked());
    }

    private int refusal(JsonObject request) throws Exception {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> ask(request));
        ReplyException reply = assertInstanceOf(ReplyException.class, e.getCause());
        assertEquals(ReplyFailure.RECIPIENT_FAILURE, reply.failureType(), reply.getMessage());
        return reply.failureCode();
    }

    private JsonObject ask(JsonObject request) throws Exception {
        return await(vertx.eventBus().<JsonObject>request(RecordingsFromNodes.ADDRESS + "n2", request)).body();
    }

    private void write(String callId, Speaker speaker, byte[] content) throws Exception {
        Path file = onTwo.file(callId, speaker);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private Members members(String self) {
        return new Members() {
            @Override
            public String self() {
                return self;
            }

            @Override
            public List<String> up() {
                return List.copyOf(up);
            }

            @Override
            public void whenLost(Consumer<String> listener) {
            }
        };
    }
}
