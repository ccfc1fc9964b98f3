package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.audio.AudioSocketFrames;
import app.parley.testing.CapturedLog;
import app.parley.testing.RunningParley;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While Parley follows the PBX, it asked for every tap it wants: a stream whose UUID it did not
 * ask for is refused with one log line, and no call appears on the floor.
 */
class UnrequestedStreamTest {
    @TempDir
    Path dir;

    @Test
    void aStreamParleyDidNotAskTheControllerForIsRefused() throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cret\n");
        // Following a PBX that cannot be reached: no tap is ever requested.
        try (RunningParley parley = new RunningParley(dir.resolve("data"), Map.of("PARLEY_AMI_ENABLED", "true",
                "PARLEY_AMI_PORT", "1", "PARLEY_AMI_SECRET_FILE", secret.toString()));
                CapturedLog log = new CapturedLog()) {
            UUID made = UUID.randomUUID();
            try (Socket socket = new Socket("127.0.0.1", parley.service().audioSocketPort())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(AudioSocketFrames.uuid(made));
                socket.getOutputStream().write(AudioSocketFrames.audio(8000, new short[160], 0, 160));
                assertEquals(-1, socket.getInputStream().read(), "the connection is closed");
            }
            assertEquals(1, log.linesContaining(made + " from").stream()
                    .filter(l -> l.contains("refused: Parley did not ask the PBX for it")).count(), log.lines().toString());
            assertEquals(0, parley.getJson("/api/live").size(), "no call on the floor");
            assertEquals(0, parley.getJson("/api/health").get("live_calls").asInt());
        }
    }
}
