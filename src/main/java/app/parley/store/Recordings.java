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
        Path folder = folder(callId);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the recordings of call " + callId + " in " + folder, e);
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
}
