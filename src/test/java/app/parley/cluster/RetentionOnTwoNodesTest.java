package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Parley nodes of one cluster, each with its recordings in its own data folder and the
 * retention run every second: a call past retention leaves both nodes' disks, though only one
 * node's run can delete it from the store, while a call within retention stays on both.
 */
class RetentionOnTwoNodesTest {
    @TempDir
    Path dir;

    @Test
    void aCallDeletedByEitherNodesRetentionLeavesBothNodesDisks() throws Exception {
        try (CapturedLog log = new CapturedLog();
                Nodes nodes = Nodes.start(2, dir, "retention-two-nodes", Map.of("PARLEY_STORE_RETENTION", "30 days",
                        "PARLEY_STORE_RETENTION_CHECK", "1 second"))) {
            // Written just now, so no node's sweep would take them: only retention and its message.
            List<Path> old = List.of(recording(1, "old-e2e", "agent"), recording(2, "old-e2e", "caller"));
            List<Path> kept = List.of(recording(1, "kept-e2e", "agent"), recording(2, "kept-e2e", "caller"));
            try (Connection store = nodes.store(); PreparedStatement insert = store.prepareStatement(
                    "INSERT INTO calls (id, started_at, agent, duration_s) VALUES (?, ?, 'agent-1', 60)")) {
                for (Map.Entry<String, Duration> call : Map.of("old-e2e", Duration.ofDays(40), "kept-e2e",
                        Duration.ofDays(2)).entrySet()) {
                    insert.setString(1, call.getKey());
                    insert.setObject(2, OffsetDateTime.ofInstant(Instant.now().minus(call.getValue()), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (old.stream().anyMatch(Files::exists) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(old.stream().noneMatch(Files::exists), "the old call's files are gone from both nodes");
            Thread.sleep(1_500); // another retention run on each node
            assertTrue(kept.stream().allMatch(Files::exists), "the call within retention stays on both");
            assertEquals(1, log.linesContaining("deleted 1 calls that started before").stream()
                    .filter(line -> line.contains("old-e2e")).count(), "one node's run deleted it from the store");
            assertEquals(1, log.linesContaining("deleted 1 call(s) from the store; their recordings here deleted for 1 "
                    + "[old-e2e]").size(), "the other node deleted its file on hearing of it: " + log.lines().stream()
                            .filter(line -> line.contains("retention")).toList());
        }
    }

    private Path recording(int node, String callId, String party) throws Exception {
        Path file = dir.resolve("node-" + node).resolve("recordings").resolve(callId).resolve(party + ".wav");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
        return file;
    }
}
