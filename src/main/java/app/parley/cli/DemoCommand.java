package app.parley.cli;

import app.parley.ParleyService;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    record SampleCall(String name, String callerNumber, String agent, PcmAudio caller, PcmAudio agentLeg) {
    }

    @Override
    public Integer call() throws Exception {
        List<SampleCall> samples = loadSamples();
        try (ParleyService service = ParleyService.start(options.load())) {
            System.out.println();
            System.out.println("  Parley demo: open http://localhost:" + service.httpPort() + "/ to watch live calls.");
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
            Thread.sleep(5_000);
        }
        return 0;
    }

    private void playLine(ParleyService service, List<SampleCall> samples, int line) {
        try {
            Thread.sleep(line * 7_000L);
            for (int round = 0, next = line; rounds == 0 || round < rounds * samples.size(); round++) {
                SampleCall sample = samples.get(next % samples.size());
                next += Math.max(1, lines);
                play(service, sample);
                Thread.sleep(PAUSE_BETWEEN_CALLS_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void play(ParleyService service, SampleCall sample) {
        UUID call = UUID.randomUUID();
        UUID callerStream = UUID.randomUUID();
        UUID agentStream = UUID.randomUUID();
        String callId = "demo-" + call;
        service.taps().register(callerStream, new Tap(callId, Speaker.CALLER, sample.callerNumber(), sample.agent()));
        service.taps().register(agentStream, new Tap(callId, Speaker.AGENT, sample.callerNumber(), sample.agent()));
        CompletableFuture<Void> caller = CompletableFuture.runAsync(
                () -> stream(service, callerStream, sample.caller()));
        CompletableFuture<Void> agent = CompletableFuture.runAsync(
                () -> stream(service, agentStream, sample.agentLeg()));
        CompletableFuture.allOf(caller, agent).join();
    }

    private static void stream(ParleyService service, UUID stream, PcmAudio audio) {
        try {
            AudioSocketClient.stream("127.0.0.1", service.audioSocketPort(), stream, audio, 1.0);
        } catch (IOException e) {
            System.err.println("demo: stream " + stream + " failed: " + e.getMessage());
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
                samples.add(new SampleCall(fields[0], fields[1], fields[2],
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
