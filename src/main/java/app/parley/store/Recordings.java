package app.parley.store;

import app.parley.call.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where calls' recordings live: one folder per call under the recordings folder, one WAV file
 * per party ({@code agent.wav}, {@code caller.wav}). A call id that is not a plain file name
 * is hashed, so no id can reach outside the folder.
 */
public final class Recordings {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    /** The folder of a call whose id is not a plain file name: which call it is cannot be read back. */
    private static final Pattern HASHED = Pattern.compile("call-[0-9a-f]{32}");

    private final Path dir;

    public Recordings(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** Where this party's recording of the call is (or would be) written. */
    public Path file(String callId, Speaker speaker) {
        return folder(callId).resolve(speaker.id() + ".wav");
    }

    /** The recording of this party, when one was kept. */
    public Optional<Path> find(String callId, Speaker speaker) {
        Path file = file(callId, speaker);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Deletes the call's recordings; returns whether there were any. */
    public boolean delete(String callId) {
        return deleteFolder(folder(callId), "call " + callId);
    }

    /**
     * The call whose recordings a folder of {@link #dir} holds, read from its name; empty for a
     * folder named by a hash of its call's id (that id cannot be read back) or by nothing Parley
     * names a folder.
     */
    public Optional<String> callOf(Path folder) {
        String name = folder.getFileName().toString();
        return !HASHED.matcher(name).matches() && folder(name).equals(dir.resolve(name)) ? Optional.of(name)
                : Optional.empty();
    }

    /**
     * Deletes a folder of {@link #dir} with what is in it ({@code what} names it in an error);
     * returns whether it was there. A folder deleted meanwhile (another node's run on a shared
     * folder) is not an error.
     */
    boolean deleteFolder(Path folder, String what) {
        if (!dir.equals(folder.toAbsolutePath().normalize().getParent())) {
            throw new IllegalArgumentException(folder + " is not a folder of " + dir);
        }
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : GoneWhileListed.list(files).stream().sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
            return true;
        } catch (java.nio.file.NoSuchFileException | GoneWhileListed gone) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the recordings of " + what + " in " + folder, e);
        }
    }

    private Path folder(String callId) {
        String name = PLAIN.matcher(callId).matches() && !callId.contains("..") ? callId : "call-" + sha256(callId);
        return dir.resolve(name);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A folder deleted (by another node's run on a shared folder) while it was being listed. */
    static final class GoneWhileListed extends RuntimeException {
        private GoneWhileListed(Throwable cause) {
            super(cause);
        }

        /** What {@code files} lists; a file gone meanwhile as this, another failure as it comes. */
        static List<Path> list(Stream<Path> files) throws IOException {
            try {
                return files.toList();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                    throw new GoneWhileListed(e);
                }
                throw e.getCause();
            }
        }
    }
}
