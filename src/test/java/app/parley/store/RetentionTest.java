package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.Speaker;
import app.parley.testing.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path data;

    @Test
    void deletesOldCallsWithTheirRecordingsAndLogsIt() throws Exception {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        try (CallStore store = CallStore.openEmbedded(data); CapturedLog log = new CapturedLog()) {
            store.startCall(new CallInfo("old", NOW.minus(Duration.ofDays(31)), null, "a", 10.0));
            store.startCall(new CallInfo("edge", NOW.minus(Duration.ofDays(30)).plusSeconds(1), null, "a", 10.0));
            store.startCall(new CallInfo("new", NOW.minus(Duration.ofDays(1)), null, "a", 10.0));
            for (String id : new String[] {"old", "new"}) {
                Files.createDirectories(recordings.file(id, Speaker.AGENT).getParent());
                Files.write(recordings.file(id, Speaker.AGENT), new byte[] {1, 2});
            }
            Retention retention = new Retention(store, recordings, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));

            assertEquals(1, retention.run());

            assertTrue(store.find("old").isEmpty());
            assertTrue(store.find("edge").isPresent());
            assertTrue(store.find("new").isPresent());
            assertFalse(Files.exists(recordings.file("old", Speaker.AGENT).getParent()));
            assertTrue(Files.exists(recordings.file("new", Speaker.AGENT)));
            assertEquals(1, log.linesContaining("retention: deleted 1 calls that started before 2026-10-24T12:00:00Z")
                    .stream().filter(line -> line.contains("old")).count(), log.lines().toString());
            assertEquals(1, log.linesContaining("1 calls and 1 calls' recordings deleted").size());
            assertEquals(0, retention.run());
        }
    }

    @Test
    void eachBatchOfDeletedCallsIsToldOnceItsRecordingsHereAreGone() throws Exception {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        try (CallStore store = CallStore.openEmbedded(data)) {
            for (int i = 0; i < 501; i++) {
                store.startCall(new CallInfo("old-" + i, NOW.minus(Duration.ofDays(40)).plusSeconds(i), null, "a", 1.0));
            }
            store.startCall(new CallInfo("new", NOW.minus(Duration.ofDays(1)), null, "a", 10.0));
            Files.createDirectories(recordings.file("old-0", Speaker.CALLER).getParent());
            Files.write(recordings.file("old-0", Speaker.CALLER), new byte[] {1});
            java.util.List<java.util.List<String>> told = new java.util.ArrayList<>();
            Retention retention = new Retention(store, recordings, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC),
                    ids -> {
                        assertFalse(Files.exists(recordings.file("old-0", Speaker.CALLER)), "deleted here first");
                        told.add(ids);
                    });

            assertEquals(501, retention.run());

            assertEquals(java.util.List.of(500, 1), told.stream().map(java.util.List::size).toList(), "one batch each");
            assertEquals("old-0", told.get(0).get(0));
            assertEquals(java.util.List.of("old-500"), told.get(1));
            assertEquals(0, retention.run());
            assertEquals(2, told.size(), "nothing deleted, nothing told");
        }
    }

    @Test
    void whatAStopLeftToTranscribeGoesWithTheCall() throws Exception {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        Recordings untranscribed = new Recordings(data.resolve("untranscribed"));
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("old", NOW.minus(Duration.ofDays(31)), null, "a", 10.0));
            store.startCall(new CallInfo("new", NOW.minus(Duration.ofDays(1)), null, "a", 10.0));
            for (String id : new String[] {"old", "new"}) {
                Files.createDirectories(untranscribed.file(id, Speaker.AGENT).getParent());
                Files.write(untranscribed.file(id, Speaker.AGENT), new byte[] {1, 2});
            }
            Retention retention = new Retention(store, java.util.List.of(recordings, untranscribed), Duration.ofDays(30),
                    Clock.fixed(NOW, ZoneOffset.UTC), ids -> { });

            assertEquals(1, retention.run());

            assertFalse(Files.exists(untranscribed.file("old", Speaker.AGENT).getParent()));
            assertTrue(Files.exists(untranscribed.file("new", Speaker.AGENT)));
        }
    }

    @Test
    void zeroKeepsEverything() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("ancient", Instant.parse("2001-01-01T00:00:00Z"), null, null, null));
            Retention retention = new Retention(store, new Recordings(data.resolve("r")), Duration.ZERO, Clock.systemUTC());
            assertFalse(retention.enabled());
            assertEquals(0, retention.run());
            assertTrue(store.find("ancient").isPresent());
        }
    }

    @Test
    void recordingFoldersCannotEscapeTheirDirectory() {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        Path file = recordings.file("../../etc/passwd", Speaker.CALLER);
        assertTrue(file.startsWith(recordings.dir()), file.toString());
        assertEquals(recordings.dir().resolve("1700000000.42").resolve("caller.wav"),
                recordings.file("1700000000.42", Speaker.CALLER));
    }
}
