package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.live.LiveTranscriptionEndToEndTestSupport;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Parley nodes of one cluster, each keeping its recordings in its own data folder (the
 * default, relative {@code recordings.dir}): node 1 replays a call recorded on node 2, bytes and
 * ranges as node 2's file holds them, and answers at once when node 2 is gone.
 */
class RecordingsFromOwnerTest {
    @TempDir
    static Path dir;
    static Nodes nodes;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodes = Nodes.start(2, dir, "recordings-from-owner", Map.of("PARLEY_RECORDINGS_ENABLED", "true"));
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void nodeOneReplaysACallRecordedOnNodeTwoFromNodeTwosDisk() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"), LiveTranscriptionEndToEndTestSupport.COLLECTIONS_CALL);
        RunningParley one = nodes.node(1);
        String callId = "owner-call-1";
        nodes.node(2).streamCallAtOnce(callId, "5550100141", "agent-41", call);
        one.awaitEndedCall(callId, Duration.ofSeconds(60));
        assertFalse(Files.exists(dir.resolve("node-1/recordings/" + callId)), "node 1 has no recording of its own");
        for (String party : List.of("caller", "agent")) {
            byte[] onTwo = finished(dir.resolve("node-2/recordings/" + callId + "/" + party + ".wav"));
            assertTrue(onTwo.length > RecordingsFromNodes.PIECE, "more than one piece: " + onTwo.length + " bytes");
            String path = "/api/calls/" + callId + "/recordings/" + party;

            HttpResponse<byte[]> whole = get(one, path, null);
            assertEquals(200, whole.statusCode(), new String(whole.body()));
            assertEquals("audio/wav", whole.headers().firstValue("content-type").orElse(""));
            assertEquals(String.valueOf(onTwo.length), whole.headers().firstValue("content-length").orElse(""));
            assertArrayEquals(onTwo, whole.body(), "node 1 serves node 2's " + party + " file as it is");

            int from = RecordingsFromNodes.PIECE - 100;
            HttpResponse<byte[]> across = get(one, path, "bytes=" + from + "-" + (from + 199));
            assertEquals(206, across.statusCode());
            assertEquals("bytes " + from + "-" + (from + 199) + "/" + onTwo.length,
                    across.headers().firstValue("content-range").orElse(""));
            assertArrayEquals(Arrays.copyOfRange(onTwo, from, from + 200), across.body(), "a range across two pieces");

            HttpResponse<byte[]> tail = get(one, path, "bytes=-500");
            assertEquals(206, tail.statusCode());
            assertArrayEquals(Arrays.copyOfRange(onTwo, onTwo.length - 500, onTwo.length), tail.body());

            HttpResponse<byte[]> past = get(one, path, "bytes=" + onTwo.length + "-");
            assertEquals(416, past.statusCode());
            assertEquals("bytes */" + onTwo.length, past.headers().firstValue("content-range").orElse(""));
        }

        one.addAccount("cy", "cy-password-1", Set.of(Role.AGENT), "agent-42", Set.of("east"));
        HttpClient cy = one.signIn("cy", "cy-password-1");
        assertEquals(404, one.get(cy, "/api/calls/" + callId + "/recordings/caller").statusCode(),
                "another agent may not hear it, through any node");

        nodes.crash(2);
        long asked = System.nanoTime();
        HttpResponse<byte[]> gone = get(one, "/api/calls/" + callId + "/recordings/caller", null);
        long tookMs = (System.nanoTime() - asked) / 1_000_000;
        String answer = new String(gone.body());
        assertTrue(gone.statusCode() == 404 || gone.statusCode() == 503, gone.statusCode() + ": " + answer);
        assertTrue(answer.contains("caller recording"), answer);
        assertTrue(tookMs < 2 * RecordingsFromNodes.ASK_WITHIN_MS, "answered in " + tookMs + " ms, not left hanging");
    }

    private static HttpResponse<byte[]> get(RunningParley node, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(20));
        if (range != null) {
            request.header("Range", range);
        }
        return node.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The file once its writer has closed it: the RIFF header then counts every byte after it. */
    private static byte[] finished(Path wav) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(wav)) {
                byte[] bytes = Files.readAllBytes(wav);
                if (bytes.length > 44 && ByteBuffer.wrap(bytes, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()
                        == bytes.length - 8) {
                    return bytes;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(wav + " was not finished within 30 s");
    }
}
