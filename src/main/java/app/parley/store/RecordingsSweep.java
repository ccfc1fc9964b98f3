package app.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the recording folders on this node's disk that outlived their calls: in a cluster
 * without a shared recordings folder, a node that was down (or missed the message) when another
 * node's {@link Retention} deleted calls still has their files. Run at start and after each
 * retention run; it blocks on the disk and the store: run it on a worker.
 * <p>
 * The rule ({@link #verdict}), from the folder's last write (the newest modification time of the
 * folder and its files) and what the store holds:
 * <ul>
 * <li>written within the last {@link #QUIET_FOR}: kept, whatever else is true. A live call's
 * recording is written as its audio comes, and a call's record may still be on its way to the
 * store (its writer retries while the store is unreachable).</li>
 * <li>last written before the retention cutoff (now minus {@code store.retention}): deleted. A
 * recording is written from its call's start on, so its call started before the cutoff too, and
 * retention deletes (or has deleted) that call from the store. This needs no store, so it holds
 * for folders named by a hash of their call's id as well.</li>
 * <li>named for a call the store still has: kept (if that call is past retention, retention
 * deletes it, and its files with it on every node).</li>
 * <li>named for a call the store does not have: deleted only when the store holds a call that
 * started before the folder's last write. That is what makes the store's word count: an empty
 * store, or a new one (a wrong {@code store.url}), deletes nothing here but what is past
 * retention by its own age.</li>
 * <li>anything else (a folder named by a hash, not past retention; a file, not a folder): kept.</li>
 * </ul>
 * Retention off ({@code store.retention} of zero) sweeps nothing.
 */
public final class RecordingsSweep {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingsSweep.class);
    /** A folder written to more recently than this is never deleted: its call may be live. */
    public static final Duration QUIET_FOR = Duration.ofHours(1);
    /** Ids asked about the store at once. */
    private static final int ASK_AT_ONCE = 1_000;

    /** What becomes of one folder, and why. */
    public enum Verdict {
        KEEP_RECENT, KEEP_STORED, KEEP_UNKNOWN, PAST_RETENTION, CALL_GONE;

        public boolean deletes() {
            return this == PAST_RETENTION || this == CALL_GONE;
        }
    }

    private final CallStore store;
    private final Recordings recordings;
    private final Duration keep;
    private final Clock clock;

    /** {@code keep}: {@code store.retention}; zero keeps everything. */
    public RecordingsSweep(CallStore store, Recordings recordings, Duration keep, Clock clock) {
        this.store = store;
        this.recordings = recordings;
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * The rule for one folder, pure. {@code call}: the call its name says (empty: named by a hash
     * or not by Parley); {@code stored}: whether the store has that call; {@code oldestStart}: when
     * the oldest call in the store started (empty: the store has none).
     */
    static Verdict verdict(Instant lastWritten, Optional<String> call, boolean stored, Optional<Instant> oldestStart,
            Instant now, Duration keep) {
        if (keep.isZero() || !lastWritten.isBefore(now.minus(QUIET_FOR))) {
            return Verdict.KEEP_RECENT;
        }
        if (lastWritten.isBefore(now.minus(keep))) {
            return Verdict.PAST_RETENTION;
        }
        if (call.isEmpty()) {
            return Verdict.KEEP_UNKNOWN;
        }
        if (stored) {
            return Verdict.KEEP_STORED;
        }
        return oldestStart.isPresent() && oldestStart.get().isBefore(lastWritten) ? Verdict.CALL_GONE
                : Verdict.KEEP_UNKNOWN;
    }

    /** Deletes the folders that outlived their calls (see the class); returns how many. */
    public int run() {
        if (keep.isZero() || !Files.isDirectory(recordings.dir())) {
            return 0;
        }
        Instant now = clock.instant();
        List<Folder> folders = new ArrayList<>();
        try (Stream<Path> listed = Files.list(recordings.dir())) {
            for (Path path : listed.toList()) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Optional<Instant> written = lastWritten(path);
                    written.ifPresent(at -> folders.add(new Folder(path, recordings.callOf(path), at)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the recordings in " + recordings.dir(), e);
        }
        // Only the folders the age alone does not decide are asked about.
        List<String> ask = folders.stream().filter(folder -> folder.call().isPresent()
                && verdict(folder.written(), folder.call(), true, Optional.empty(), now, keep) == Verdict.KEEP_STORED)
                .map(folder -> folder.call().get()).toList();
        Set<String> stored = new java.util.HashSet<>();
        for (int from = 0; from < ask.size(); from += ASK_AT_ONCE) {
            stored.addAll(store.stored(ask.subList(from, Math.min(ask.size(), from + ASK_AT_ONCE))));
        }
        Optional<Instant> oldest = ask.isEmpty() ? Optional.empty() : store.oldestCallStart();
        List<String> past = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Folder folder : folders) {
            Verdict verdict = verdict(folder.written(), folder.call(),
                    folder.call().map(stored::contains).orElse(false), oldest, now, keep);
            if (verdict.deletes()) {
                String name = folder.path().getFileName().toString();
                try {
                    if (recordings.deleteFolder(folder.path(), "call folder " + name)) {
                        (verdict == Verdict.PAST_RETENTION ? past : gone).add(name);
                    }
                } catch (RuntimeException e) {
                    LOG.error("retention: the recording folder {} outlived its call and was not deleted (the next "
                            + "sweep tries again): {}", name, e.getMessage());
                }
            }
        }
        if (!past.isEmpty() || !gone.isEmpty()) {
            LOG.info("retention: {} recording folder(s) here outlived their calls and were deleted from {}: {} last "
                    + "written before {} (kept {}) [{}], {} of calls no longer stored [{}]", past.size() + gone.size(),
                    recordings.dir(), past.size(), now.minus(keep), keep, Retention.some(past), gone.size(),
                    Retention.some(gone));
        }
        return past.size() + gone.size();
    }

    /** The newest modification time of the folder and what is in it; empty when it is gone meanwhile. */
    private static Optional<Instant> lastWritten(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Instant newest = Instant.MIN;
            for (Path path : Recordings.GoneWhileListed.list(files)) {
                Instant at = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
                newest = at.isAfter(newest) ? at : newest;
            }
            return Optional.of(newest);
        } catch (java.nio.file.NoSuchFileException | Recordings.GoneWhileListed gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recordings in " + folder, e);
        }
    }

    private record Folder(Path path, Optional<String> call, Instant written) {
    }
}
