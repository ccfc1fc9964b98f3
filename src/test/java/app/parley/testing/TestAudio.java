package app.parley.testing;

import app.parley.call.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real synthesized speech for tests: flite voices through sox, via the project's own
 * {@code scripts/make-call}, so tests hear what the demo plays. Needs flite and sox (installed
 * by bin/test).
 */
public final class TestAudio {
    private TestAudio() {
    }

    /** One turn of a synthesized call, with where it sits on the call's timeline. */
    public record Turn(Speaker speaker, double start, double end, String text) {
    }

    /** A synthesized two-leg call: caller.wav, agent.wav and the turns it contains. */
    public record Call(Path caller, Path agent, List<Turn> turns) {
        public String said(Speaker speaker) {
            return String.join(" ", turns.stream().filter(t -> t.speaker() == speaker).map(Turn::text).toList());
        }
    }

    public static Call makeCall(Path dir, String... lines) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path script = dir.resolve("script.txt");
        Files.write(script, List.of(lines), StandardCharsets.UTF_8);
        run(List.of(repoRoot().resolve("scripts/make-call").toString(), script.toString(), dir.toString()));
        return read(dir);
    }

    /**
     * A call synthesized from a make-call script file, such as a corpus call, with the voices its
     * {@code # caller-voice: V} and {@code # agent-voice: V} lines name.
     */
    public static Call makeCall(Path script, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(repoRoot().resolve("scripts/make-call").toString(),
                script.toString(), dir.toString()));
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher voice = VOICE.matcher(line.trim());
            if (voice.matches()) {
                command.addAll(List.of("--" + voice.group(1) + "-voice", voice.group(2)));
            }
        }
        run(command);
        return read(dir);
    }

    private static final java.util.regex.Pattern VOICE =
            java.util.regex.Pattern.compile("^#\\s*(caller|agent)-voice:\\s*(\\S+)\\s*$");

    /** A call {@link #makeCall} wrote to {@code dir} before. */
    public static Call read(Path dir) throws IOException {
        List<Turn> turns = new ArrayList<>();
        for (String row : Files.readAllLines(dir.resolve("turns.tsv"))) {
            String[] f = row.split("\t", 4);
            turns.add(new Turn(Speaker.of(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]));
        }
        return new Call(dir.resolve("caller.wav"), dir.resolve("agent.wav"), turns);
    }

    /** Runs a command (sox, flite...) and fails with its output when it fails. */
    public static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tests must run inside the checkout");
        }
        return dir;
    }

    /**
     * The speech model as a folder in {@code dir} that decodes the same audio the same way every
     * time: Vosk dithers its features with random noise (Kaldi's {@code --dither}, on by
     * default), so two recognisers can hear one recording as different words. Everything but
     * the feature settings is linked to {@link #model()}.
     */
    public static Path modelWithoutDither(Path dir) throws IOException {
        Path model = model().toAbsolutePath();
        Files.createDirectories(dir.resolve("conf"));
        try (java.util.stream.Stream<Path> entries = Files.list(model)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("conf")) {
                    Files.createSymbolicLink(dir.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        try (java.util.stream.Stream<Path> entries = Files.list(model.resolve("conf"))) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("mfcc.conf")) {
                    Files.createSymbolicLink(dir.resolve("conf").resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        String mfcc = Files.readString(model.resolve("conf/mfcc.conf"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("conf/mfcc.conf"), mfcc + (mfcc.endsWith("\n") ? "" : "\n") + "--dither=0\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    public static Path model() {
        return Path.of(System.getProperty("parley.test.model", repoRoot().resolve("models/model-en-us").toString()));
    }
}
