package app.parley.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Asterisk 22 of dialplans/sandbox, started once per test JVM (provisioned on first use,
 * about a minute on a fresh machine) and stopped when the JVM exits.
 */
public final class Sandbox {
    private static Sandbox started;

    private final Path scripts = TestAudio.repoRoot().resolve("dialplans/sandbox");
    private final Path cache = Path.of(System.getenv().getOrDefault("PARLEY_SANDBOX_CACHE",
            System.getProperty("user.home") + "/.cache/parley/asterisk-sid"));

    private Sandbox() {
    }

    public static synchronized Sandbox started() throws IOException, InterruptedException {
        if (started == null) {
            Sandbox sandbox = new Sandbox();
            sandbox.run(List.of("start"), 900);
            requireAsterisk22(sandbox.installedAsterisk());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    sandbox.run(List.of("stop"), 60);
                } catch (Exception e) {
                    System.err.println("sandbox stop failed: " + e.getMessage());
                }
            }));
            started = sandbox;
        }
        return started;
    }

    /**
     * The tests claim Asterisk 22, 22.7 or later (16 kHz taps); the sandbox installs what Debian
     * unstable ships, so another release must not slip past them unnoticed.
     */
    static void requireAsterisk22(String debianVersion) {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("^(?:\\d+:)?(\\d+)\\.(\\d+)")
                .matcher(debianVersion);
        if (!version.find() || Integer.parseInt(version.group(1)) != 22 || Integer.parseInt(version.group(2)) < 7) {
            throw new IllegalStateException("the sandbox must run Asterisk 22.7 or a later 22; it has '"
                    + debianVersion + "'");
        }
    }

    /** The version of the asterisk package in the sandbox's root, as dpkg records it. */
    private String installedAsterisk() throws IOException, InterruptedException {
        Process query = new ProcessBuilder("dpkg-query", "--admindir=" + cache.resolve("root/var/lib/dpkg"), "-W",
                "-f=${Version}", "asterisk").redirectErrorStream(true).start();
        String version = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        query.waitFor(30, TimeUnit.SECONDS);
        return version;
    }

    public int amiPort() throws IOException {
        Path portFile = cache.resolve("ami-port");
        return Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).strip()) : 5038;
    }

    public Path secretFile() {
        return cache.resolve("ami-secret");
    }

    /** The environment that points Parley at this sandbox (as dialplans/sandbox/serve sets it). */
    public Map<String, String> parleyEnv() throws IOException {
        return Map.of("PARLEY_AMI_ENABLED", "true", "PARLEY_AMI_HOST", "127.0.0.1",
                "PARLEY_AMI_PORT", String.valueOf(amiPort()), "PARLEY_AMI_USERNAME", "parley",
                "PARLEY_AMI_SECRET_FILE", secretFile().toString(), "PARLEY_AMI_RECONNECT_MIN", "200 ms",
                "PARLEY_AMI_RECONNECT_MAX", "2 seconds", "PARLEY_AMI_PING_INTERVAL", "1 second");
    }

    /** Places a call; returns what dialplans/sandbox/call printed (linkedid, channels, duration). */
    public Map<String, String> call(Path caller, Path agent, String callerId, String agentId, boolean waitForHangup)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("call", caller.toString(), agent.toString(),
                "--caller-id", callerId, "--agent", agentId));
        if (waitForHangup) {
            args.add("--wait");
        }
        Map<String, String> printed = new HashMap<>();
        for (String line : run(args, 300).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                printed.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return printed;
    }

    /** Kills Asterisk as a crash would (SIGKILL), leaving its calls dead. */
    public void crash() throws IOException, InterruptedException {
        String pid = Files.readString(cache.resolve("asterisk.pid")).strip();
        TestAudio.run(List.of("kill", "-9", pid));
        for (int i = 0; i < 50 && Files.exists(Path.of("/proc", pid)); i++) {
            Thread.sleep(100);
        }
    }

    public void restart() throws IOException, InterruptedException {
        run(List.of("start"), 120);
    }

    private String run(List<String> args, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(scripts.resolve(args.get(0)).toString());
        command.addAll(args.subList(1, args.size()));
        // The script's notes go to a file as well as to the test's log, so that a failure says why.
        Path notes = Files.createTempFile("sandbox-" + args.get(0), ".log");
        try {
            Process process = new ProcessBuilder(command).redirectError(notes.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("dialplans/sandbox/" + args.get(0) + " took over " + timeoutSeconds + " s: "
                        + Files.readString(notes));
            }
            String said = Files.readString(notes);
            System.err.print(said);
            if (process.exitValue() != 0) {
                throw new IOException("dialplans/sandbox/" + String.join(" ", args) + " failed (" + process.exitValue()
                        + "): " + said + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(notes);
        }
    }
}
