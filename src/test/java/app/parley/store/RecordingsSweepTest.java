package app.parley.store;

import static app.parley.store.RecordingsSweep.Verdict.CALL_GONE;
import static app.parley.store.RecordingsSweep.Verdict.KEEP_RECENT;
import static app.parley.store.RecordingsSweep.Verdict.KEEP_STORED;
import static app.parley.store.RecordingsSweep.Verdict.KEEP_UNKNOWN;
import static app.parley.store.RecordingsSweep.Verdict.PAST_RETENTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.Speaker;
import app.parley.testing.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which recording folders outlived their calls: the rule alone, then a sweep over a real folder and store. */
class RecordingsSweepTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Duration KEEP = Duration.ofDays(30);
    private static final Optional<Instant> OLD_CALLS = Optional.of(NOW.minus(Duration.ofDays(29)));

    @TempDir
    Path data;

    static Stream<Arguments> folders() {
        Instant minuteAgo = NOW.minusSeconds(60);
        Instant dayAgo = NOW.minus(Duration.ofDays(1));
        Instant pastRetention = NOW.minus(KEEP).minusSeconds(1);
        Optional<String> call = Optional.of("c1");
        return Stream.of(
                // name; last written; named for a call; the store has it; oldest call stored; verdict
                Arguments.of("written a minute ago, not stored: may be live, its record on its way", minuteAgo, call,
                        false, OLD_CALLS, KEEP_RECENT),
                Arguments.of("written just under the quiet time ago", NOW.minus(RecordingsSweep.QUIET_FOR).plusSeconds(1),
                        call, false, OLD_CALLS, KEEP_RECENT),
                Arguments.of("stored, within retention", dayAgo, call, true, OLD_CALLS, KEEP_STORED),
                Arguments.of("gone from a store that holds older calls", dayAgo, call, false, OLD_CALLS, CALL_GONE),
                Arguments.of("gone from an empty store: its word does not count", dayAgo, call, false, Optional.empty(),
                        KEEP_UNKNOWN),
                Arguments.of("gone from a store whose calls all started later (a new store)", dayAgo, call, false,
                        Optional.of(minuteAgo), KEEP_UNKNOWN),
                Arguments.of("named by a hash, within retention", dayAgo, Optional.empty(), false, OLD_CALLS, KEEP_UNKNOWN),
                Arguments.of("named by a hash, past retention", pastRetention, Optional.empty(), false, OLD_CALLS,
                        PAST_RETENTION),
                Arguments.of("past retention, still stored (retention deletes it)", pastRetention, call, true,
                        OLD_CALLS, PAST_RETENTION),
                Arguments.of("past retention, the store empty", pastRetention, call, false, Optional.empty(),
                        PAST_RETENTION),
                Arguments.of("exactly at the cutoff", NOW.minus(KEEP), call, true, OLD_CALLS, KEEP_STORED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void theRule(String what, Instant lastWritten, Optional<String> call, boolean stored, Optional<Instant> oldest,
            RecordingsSweep.Verdict expected) {
        assertEquals(expected, RecordingsSweep.verdict(lastWritten, call, stored, oldest, NOW, KEEP), what);
    }

    @Test
    void retentionOffKeepsEverything() {
        Instant ancient = Instant.parse("2001-01-01T00:00:00Z");
        for (boolean stored : new boolean[] {true, false}) {
            assertEquals(KEEP_RECENT, RecordingsSweep.verdict(ancient, Optional.of("c1"), stored, OLD_CALLS, NOW,
                    Duration.ZERO));
        }
    }

    @Test
    void aFolderIsReadBackAsItsCallOnlyWhenItsNameIsTheCallsId() {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        for (String id : List.of("1700000000.42", "call-1", "owner-call-1")) {
            assertEquals(Optional.of(id), recordings.callOf(recordings.file(id, Speaker.AGENT).getParent()), id);
        }
        for (String id : List.of("a call with spaces", "../../etc/passwd", "x".repeat(120))) {
            Path folder = recordings.file(id, Speaker.AGENT).getParent();
            assertTrue(folder.getFileName().toString().startsWith("call-"), folder.toString());
            assertEquals(Optional.empty(), recordings.callOf(folder), "a hash is not read as an id: " + id);
        }
        assertEquals(Optional.empty(), recordings.callOf(recordings.dir().resolve("..")));
    }

    @Test
    void theSweepDeletesFoldersOfCallsGoneOrPastRetentionAndKeepsTheRest() throws Exception {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        try (CallStore store = CallStore.openEmbedded(data); CapturedLog log = new CapturedLog()) {
            Instant twoDaysAgo = NOW.minus(Duration.ofDays(2));
            store.startCall(new CallInfo("oldest", NOW.minus(Duration.ofDays(20)), null, "a", 10.0));
            store.startCall(new CallInfo("kept", twoDaysAgo, null, "a", 10.0));
            store.startCall(new CallInfo("live", NOW.minusSeconds(300), null, "a", null));
            store.startCall(new CallInfo("hashed id", twoDaysAgo, null, "a", 10.0));
            record(recordings, "kept", twoDaysAgo);
            record(recordings, "live", NOW.minusSeconds(5));
            record(recordings, "hashed id", twoDaysAgo);
            record(recordings, "deleted-elsewhere", twoDaysAgo);
            record(recordings, "not-stored-yet", NOW.minusSeconds(600));
            record(recordings, "ancient", NOW.minus(Duration.ofDays(40)));
            record(recordings, "ancient, hashed", NOW.minus(Duration.ofDays(40)));
            Files.writeString(recordings.dir().resolve("notes.txt"), "not a call's folder");
            Files.setLastModifiedTime(recordings.dir().resolve("notes.txt"), FileTime.from(NOW.minus(Duration.ofDays(90))));
            RecordingsSweep sweep = new RecordingsSweep(store, recordings, KEEP, Clock.fixed(NOW, ZoneOffset.UTC));

            assertEquals(3, sweep.run());

            for (String gone : List.of("deleted-elsewhere", "ancient", "ancient, hashed")) {
                assertFalse(Files.exists(recordings.file(gone, Speaker.AGENT).getParent()), gone);
            }
            for (String kept : List.of("kept", "live", "hashed id", "not-stored-yet")) {
                assertTrue(Files.exists(recordings.file(kept, Speaker.AGENT)), kept);
            }
            assertTrue(Files.exists(recordings.dir().resolve("notes.txt")), "only call folders are swept");
            List<String> lines = log.linesContaining("recording folder(s) here outlived their calls");
            assertEquals(1, lines.size(), log.lines().toString());
            assertTrue(lines.get(0).contains("3 recording folder(s)") && lines.get(0).contains("deleted-elsewhere")
                    && lines.get(0).contains("ancient"), lines.get(0));
            assertEquals(0, sweep.run(), "nothing left to sweep");
        }
    }

    @Test
    void anEmptyStoreDeletesOnlyWhatIsPastRetentionByItsOwnAge() throws Exception {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        try (CallStore store = CallStore.openEmbedded(data)) {
            record(recordings, "last-week", NOW.minus(Duration.ofDays(7)));
            record(recordings, "ancient", NOW.minus(Duration.ofDays(40)));
            assertEquals(1, new RecordingsSweep(store, recordings, KEEP, Clock.fixed(NOW, ZoneOffset.UTC)).run());
            assertTrue(Files.exists(recordings.file("last-week", Speaker.AGENT)));
            assertFalse(Files.exists(recordings.file("ancient", Speaker.AGENT)));
        }
    }

    @Test
    void retentionOffSweepsNothing() throws Exception {
        Recordings recordings = new Recordings(data.resolve("recordings"));
        try (CallStore store = CallStore.openEmbedded(data)) {
            record(recordings, "ancient", NOW.minus(Duration.ofDays(4000)));
            assertEquals(0, new RecordingsSweep(store, recordings, Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC)).run());
            assertTrue(Files.exists(recordings.file("ancient", Speaker.AGENT)));
        }
    }

    /** Both parties' files of the call, last written at {@code at} (the folder too). */
    static void record(Recordings recordings, String callId, Instant at) throws Exception {
        for (Speaker speaker : Speaker.values()) {
            Path file = recordings.file(callId, speaker);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1, 2, 3});
            Files.setLastModifiedTime(file, FileTime.from(at));
        }
        Files.setLastModifiedTime(recordings.file(callId, Speaker.AGENT).getParent(), FileTime.from(at));
    }
}
