package app.parley.cli;

import app.parley.audio.AudioSocketClient;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.live.TapDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Stream calls into an AudioSocket server, as Asterisk's taps would (a load generator).")
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--target", required = true, paramLabel = "HOST:PORT", description = "AudioSocket server.")
    String target;

    @Option(names = "--caller", required = true, paramLabel = "C.wav", description = "The caller's leg.")
    Path caller;

    @Option(names = "--agent", required = true, paramLabel = "A.wav", description = "The agent's leg.")
    Path agent;

    @Option(names = "--calls", defaultValue = "1", description = "Calls streamed at once (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--speed", defaultValue = "1", description = "Pace: 1 is real time, 2 twice as fast, 0 unpaced.")
    double speed;

    @Option(names = "--data", paramLabel = "DIR", description = "Accepted for symmetry; simulate stores nothing.")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int colon = target.lastIndexOf(':');
        if (colon <= 0 || colon == target.length() - 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--target must be HOST:PORT, got " + target);
        }
        String host = target.substring(0, colon);
        int port = Integer.parseInt(target.substring(colon + 1));
        if (calls < 1 || speed < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calls must be >= 1 and --speed >= 0");
        }
        PcmAudio callerAudio = WavFile.read(caller);
        PcmAudio agentAudio = WavFile.read(agent);
        ExecutorService streams = Executors.newFixedThreadPool(calls * 2);
        long started = System.nanoTime();
        try {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                UUID call = TapDirectory.newCall();
                System.out.println("call " + call);
                all.add(run(streams, host, port, TapDirectory.streamOf(call, Speaker.CALLER), callerAudio));
                all.add(run(streams, host, port, TapDirectory.streamOf(call, Speaker.AGENT), agentAudio));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } finally {
            streams.shutdown();
        }
        System.out.printf("streamed %d call(s) in %.1f s%n", calls, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private CompletableFuture<Void> run(ExecutorService pool, String host, int port, UUID stream,
            PcmAudio audio) {
        return CompletableFuture.runAsync(() -> {
            try {
                AudioSocketClient.stream(host, port, stream, audio, speed);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("stream " + stream + " to " + host + ":" + port + ": "
                        + e.getMessage(), e);
            }
        }, pool);
    }
}
