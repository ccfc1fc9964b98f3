package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.CapturedLog;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AudioSocket server over real TCP connections, with a recording stream opener and no model. */
class AudioSocketServerTest {
    private Vertx vertx;
    private int port;
    private final Map<UUID, Recorded> streams = new ConcurrentHashMap<>();

    static final class Recorded implements AudioStream {
        final List<Integer> frames = new CopyOnWriteArrayList<>();
        final List<String> ends = new CopyOnWriteArrayList<>();

        @Override
        public void audio(int sampleRate, short[] samples) {
            frames.add(samples.length);
        }

        @Override
        public void dtmf(char digit) {
        }

        @Override
        public void end(String reason) {
            ends.add(reason);
        }
    }

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        AudioSocketServer server = new AudioSocketServer(vertx, (uuid, remote) -> {
            Recorded stream = new Recorded();
            streams.put(uuid, stream);
            return stream;
        });
        port = server.listen("127.0.0.1", 0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static short[] silence(int samples) {
        return new short[samples];
    }

    /** Sends the bytes and returns once the server has closed the connection (or fails after 5 s). */
    private void sendAndAwaitClose(byte[]... parts) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            assertEquals(-1, in.read(), "the server closes the connection");
        }
    }

    private void awaitEnd(UUID id) throws InterruptedException {
        for (int i = 0; i < 100 && (streams.get(id) == null || streams.get(id).ends.isEmpty()); i++) {
            Thread.sleep(50);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void hangupFrameEndsTheStreamAndTheServerCloses() throws Exception {
        UUID id = UUID.randomUUID();
        sendAndAwaitClose(AudioSocketFrames.uuid(id), AudioSocketFrames.audio(8000, silence(160), 0, 160),
                AudioSocketFrames.hangup());
        awaitEnd(id);
        assertEquals(List.of(160), streams.get(id).frames);
        assertEquals(List.of("hangup"), streams.get(id).ends);
    }

    @Test
    void closeWithoutHangupEndsTheStreamLikeAHangup() throws Exception {
        UUID id = UUID.randomUUID();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(AudioSocketFrames.uuid(id));
            socket.getOutputStream().write(AudioSocketFrames.audio(16000, silence(320), 0, 320));
        }
        awaitEnd(id);
        assertEquals(List.of(320), streams.get(id).frames);
        assertEquals(List.of("connection closed"), streams.get(id).ends);
    }

    @Test
    void eachMalformedFrameGivesOneLogLineAndClosesOnlyItsConnection() throws Exception {
        Map<String, byte[]> cases = Map.of(
                "unknown frame kind 0x42", bytes(0x42, 0, 0),
                "oversized audio frame", bytes(0x10, 0xff, 0xff),
                "second UUID frame", AudioSocketFrames.uuid(UUID.randomUUID()));
        UUID bystander = UUID.randomUUID();
        try (CapturedLog log = new CapturedLog(); Socket healthy = new Socket("127.0.0.1", port)) {
            healthy.getOutputStream().write(AudioSocketFrames.uuid(bystander));
            for (Map.Entry<String, byte[]> bad : cases.entrySet()) {
                UUID id = UUID.randomUUID();
                sendAndAwaitClose(AudioSocketFrames.uuid(id), AudioSocketFrames.audio(8000, silence(160), 0, 160),
                        bad.getValue());
                awaitEnd(id);
                List<String> lines = log.linesContaining(id.toString());
                assertEquals(1, lines.size(), "one log line for " + bad.getKey() + ": " + lines);
                assertTrue(lines.get(0).contains(bad.getKey()) && lines.get(0).contains("byte offset 342"), lines.get(0));
                assertEquals(List.of(160), streams.get(id).frames, "audio before the bad frame was delivered");
                assertTrue(streams.get(id).ends.get(0).startsWith("protocol error: " + bad.getKey()));
            }
            healthy.getOutputStream().write(AudioSocketFrames.audio(8000, silence(160), 0, 160));
            healthy.getOutputStream().flush();
            for (int i = 0; i < 100 && streams.get(bystander).frames.isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertEquals(List.of(160), streams.get(bystander).frames, "another call goes on");
            assertTrue(streams.get(bystander).ends.isEmpty());
        }
    }

    @Test
    void truncatedFrameIsLoggedWhenTheConnectionCloses() throws Exception {
        UUID id = UUID.randomUUID();
        try (CapturedLog log = new CapturedLog()) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(AudioSocketFrames.uuid(id));
                socket.getOutputStream().write(bytes(0x10, 0x01, 0x40, 1, 2, 3));
            }
            awaitEnd(id);
            List<String> lines = log.linesContaining(id.toString());
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("truncated frame") && lines.get(0).contains("byte offset 19"), lines.get(0));
        }
    }

    @Test
    void streamWithoutUuidIsRejectedAndNothingIsOpened() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            sendAndAwaitClose(AudioSocketFrames.audio(8000, silence(160), 0, 160));
            Thread.sleep(100);
            List<String> lines = log.linesContaining("(no UUID yet)");
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("before the UUID frame") && lines.get(0).contains("byte offset 0"));
            assertTrue(streams.isEmpty());
        }
    }


    /** A server that allows only {@code allowed} and {@code perSource} connections per address, on its own port. */
    private int limitedServer(AudioSocketServer.Limits limits) throws Exception {
        AudioSocketServer server = new AudioSocketServer(vertx, (uuid, remote) -> {
            Recorded stream = new Recorded();
            streams.put(uuid, stream);
            return stream;
        }, limits);
        return server.listen("127.0.0.1", 0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aConnectionFromAnAddressNotAllowedIsClosedBeforeAnyStreamOpens() throws Exception {
        int limited = limitedServer(new AudioSocketServer.Limits(List.of("10.11.12.13"), 10, java.time.Duration.ofSeconds(30)));
        UUID id = UUID.randomUUID();
        try (CapturedLog log = new CapturedLog(); Socket socket = new Socket("127.0.0.1", limited)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(AudioSocketFrames.uuid(id));
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection");
            Thread.sleep(200);
            assertEquals(null, streams.get(id), "no stream opened");
            assertEquals(1, log.linesContaining("refused: not a PBX address").size(), log.lines().toString());
        }
    }

    @Test
    void connectionsBeyondTheCapPerAddressAreRefused() throws Exception {
        int limited = limitedServer(new AudioSocketServer.Limits(List.of("127.0.0.1"), 2, java.time.Duration.ofSeconds(30)));
        try (CapturedLog log = new CapturedLog(); Socket one = new Socket("127.0.0.1", limited);
                Socket two = new Socket("127.0.0.1", limited); Socket three = new Socket("127.0.0.1", limited)) {
            three.setSoTimeout(5_000);
            assertEquals(-1, three.getInputStream().read(), "the third connection is closed");
            one.getOutputStream().write(AudioSocketFrames.uuid(UUID.randomUUID()));
            assertEquals(1, log.linesContaining("2 connections from that address already").size(), log.lines().toString());
        }
    }

    @Test
    void aStreamTheOpenerRefusesIsClosed() throws Exception {
        AudioSocketServer server = new AudioSocketServer(vertx, (uuid, remote) -> null);
        int refusing = server.listen("127.0.0.1", 0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (Socket socket = new Socket("127.0.0.1", refusing)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(AudioSocketFrames.uuid(UUID.randomUUID()));
            socket.getOutputStream().write(AudioSocketFrames.audio(8000, silence(160), 0, 160));
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection");
        }
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        int limited = limitedServer(new AudioSocketServer.Limits(List.of(), 10, java.time.Duration.ofSeconds(1)));
        try (Socket socket = new Socket("127.0.0.1", limited)) {
            socket.setSoTimeout(5_000);
            long started = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closes the idle connection");
            assertTrue(System.nanoTime() - started >= 900_000_000L, "not before the timeout");
        }
    }
}
