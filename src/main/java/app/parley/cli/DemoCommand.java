package app.parley.cli;

import app.parley.ParleyService;
import app.parley.access.Account;
import app.parley.access.Accounts;
import app.parley.access.AuditTrail;
import app.parley.access.FirstAdmin;
import app.parley.access.Passwords;
import app.parley.access.Role;
import app.parley.web.Access;
import app.parley.audio.AudioSocketClient;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.live.Tap;
import app.parley.live.TapDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import app.parley.config.ParleyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the service with its defaults and play the bundled sample calls through the real "
                + "AudioSocket protocol at real-time pace, in a loop, so the agent screen shows live transcripts.")
final class DemoCommand implements Callable<Integer> {
    private static final long PAUSE_BETWEEN_CALLS_MS = 3_000;

    @Mixin
    CommonOptions options;

    @Option(names = "--lines", defaultValue = "2", description = "Sample calls played at once (default ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--rounds", defaultValue = "0", description = "Times through the samples per line; 0 loops forever.")
    int rounds;

    @Option(names = "--speed", defaultValue = "1", description = "Pace of the sample calls: 1 is real time.")
    double speed;

    record SampleCall(String name, String callerNumber, PcmAudio caller, PcmAudio agentLeg) {
    }

    /** Each line is one agent taking one call after another, as on a real floor. */
    private static String agentOfLine(int line) {
        return "agent-" + (1001 + line);
    }

    @Override
    public Integer call() throws Exception {
        List<SampleCall> samples = loadSamples();
        ParleyConfig config = options.load();
        // The demo keeps recordings, so a newcomer can replay a call with its audio.
        config = config.withRecordings(new ParleyConfig.Recordings(true, config.recordings().dir()));
        try (ParleyService service = ParleyService.start(config)) {
            importSampleLedger(service);
            System.out.println();
            System.out.println("  Parley demo: open http://localhost:" + service.httpPort() + "/ and sign in to watch live calls.");
            System.out.println("  One account per role (passwords made for this run):");
            for (String[] account : demoAccounts(service.accounts(), service.audit())) {
                System.out.printf("    %-11s %-11s %s   %s%n", account[0], account[1], account[2], account[3]);
            }
            System.out.println("  Calls that ended are searched and replayed, with their recordings, at http://localhost:"
                    + service.httpPort() + "/review.html");
            System.out.println("  Sample calls are streamed to AudioSocket port " + service.audioSocketPort()
                    + "; Ctrl-C stops the demo.");
            System.out.println();
            ExecutorService pool = Executors.newCachedThreadPool();
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int line = 0; line < Math.max(1, lines); line++) {
                int first = line;
                running.add(CompletableFuture.runAsync(() -> playLine(service, samples, first), pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
            pool.shutdown();
            Thread.sleep(2_000);
        }
        return 0;
    }

    /**
     * An account per role, each with a new password printed for this run: the agent of the first
     * line, a floor supervisor (every team), a QA reviewer and the admin.
     */
    private static List<String[]> demoAccounts(Accounts accounts, AuditTrail audit) {
        List<String[]> out = new ArrayList<>();
        Object[][] wanted = {
            {"agent", Role.AGENT, agentOfLine(0), Set.of("demo"), "the first line's screen: its live calls only"},
            {"supervisor", Role.SUPERVISOR, null, Set.of(Access.ALL_TEAMS), "every line live, and their calls"},
            {"qa", Role.QA, null, Set.of(), "search, replay and score every call"},
            {FirstAdmin.USERNAME, Role.ADMIN, null, Set.of(), "rules, users, the audit trail"}};
        for (Object[] w : wanted) {
            String name = (String) w[0];
            String password = Passwords.random(12);
            @SuppressWarnings("unchecked")
            Set<String> teams = (Set<String>) w[3];
            if (accounts.find(name).isEmpty()) {
                accounts.add(new Account(name, name, Set.of((Role) w[1]), (String) w[2], teams, false, true),
                        Passwords.hash(password));
                audit.record("demo", "command line", "account-add", name, "ok", "roles " + ((Role) w[1]).id());
            } else {
                accounts.setPassword(name, Passwords.hash(password));
                accounts.setDisabled(name, false);
                audit.record("demo", "command line", "account-password", name, "ok", "new password for this demo run");
            }
            out.add(new String[] {((Role) w[1]).id(), name, password, (String) w[4]});
        }
        return out;
    }

    private void playLine(ParleyService service, List<SampleCall> samples, int line) {
        try {
            Thread.sleep(line * 7_000L);
            for (int call = 0; rounds == 0 || call < rounds * samples.size(); call++) {
                play(service, samples.get((line + call) % samples.size()), agentOfLine(line), speed);
                Thread.sleep(PAUSE_BETWEEN_CALLS_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void play(ParleyService service, SampleCall sample, String agentId, double speed) {
        UUID call = UUID.randomUUID();
        UUID callerStream = UUID.randomUUID();
        UUID agentStream = UUID.randomUUID();
        String callId = "demo-" + call;
        service.taps().register(callerStream, new Tap(callId, Speaker.CALLER, sample.callerNumber(), agentId));
        service.taps().register(agentStream, new Tap(callId, Speaker.AGENT, sample.callerNumber(), agentId));
        CompletableFuture<Void> caller = CompletableFuture.runAsync(
                () -> stream(service, callerStream, sample.caller(), speed));
        CompletableFuture<Void> agent = CompletableFuture.runAsync(
                () -> stream(service, agentStream, sample.agentLeg(), speed));
        CompletableFuture.allOf(caller, agent).join();
    }

    private static void stream(ParleyService service, UUID stream, PcmAudio audio, double speed) {
        try {
            AudioSocketClient.stream("127.0.0.1", service.audioSocketPort(), stream, audio, speed);
        } catch (IOException e) {
            System.err.println("demo: stream " + stream + " failed: " + e.getMessage());
        }
    }

    /** The sample callers' accounts, so the demo shows their reconciled facts and offers. */
    private static void importSampleLedger(ParleyService service) throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("parley-demo-ledger");
        try {
            for (String file : List.of("accounts.csv", "invoices.csv", "payments.csv", "promises.csv")) {
                try (InputStream in = resource("ledger/" + file)) {
                    java.nio.file.Files.copy(in, dir.resolve(file));
                }
            }
            service.ledger().importCsv(dir, app.parley.ledger.ImportProgress.NONE);
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path file : files.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    static List<SampleCall> loadSamples() throws IOException {
        List<SampleCall> samples = new ArrayList<>();
        String index = new String(resource("calls.tsv").readAllBytes(), StandardCharsets.UTF_8);
        for (String line : index.strip().split("\n")) {
            String[] fields = line.split("\t");
            if (fields[0].equals("name")) {
                continue;
            }
            try (InputStream caller = resource(fields[0] + "/caller.wav");
                    InputStream agent = resource(fields[0] + "/agent.wav")) {
                samples.add(new SampleCall(fields[0], fields[1],
                        WavFile.read(caller, fields[0] + "/caller.wav"), WavFile.read(agent, fields[0] + "/agent.wav")));
            }
        }
        return samples;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IOException("sample " + name + " missing from the jar");
        }
        return in;
    }
}
