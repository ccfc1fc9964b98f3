package app.parley.bench;

import app.parley.ParleyService;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.config.ParleyConfig;
import app.parley.live.LiveCalls;
import app.parley.live.Tap;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How fast words reach the screen, live: N calls streamed at real-time pace through real
 * AudioSocket connections into the running service, and for every utterance event the delay
 * between the end of its audio (as streamed) and its publication to the screens.
 *
 * <pre>
 *   scripts/bench LiveLatencyBenchmark [CALLS ...]     (default: 1 4 8)
 * </pre>
 *
 * Prints, per number of simultaneous calls, p50/p95/max of the partial and final delays and the
 * CPU used per second of audio. Figures go in docs/speech.md; nothing here passes or fails.
 */
public final class LiveLatencyBenchmark {
    private record Stream(long startNanos, String callId) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> levels = new ArrayList<>();
        for (String arg : args) {
            levels.add(Integer.parseInt(arg));
        }
        if (levels.isEmpty()) {
            levels = List.of(1, 4, 8);
        }
        Path data = Files.createTempDirectory("parley-bench");
        ParleyConfig config = LiveBench.config(data, Map.of());
        PcmAudio caller = WavFile.read(LiveLatencyBenchmark.class.getResourceAsStream("/samples/payment-plan/caller.wav"),
                "caller.wav");
        PcmAudio agent = WavFile.read(LiveLatencyBenchmark.class.getResourceAsStream("/samples/payment-plan/agent.wav"),
                "agent.wav");
        System.out.printf("Live latency, %d cores, speech.workers=%d, sample call of %.1f s per leg%n",
                Runtime.getRuntime().availableProcessors(), config.speech().workers(), caller.seconds());
        System.out.println("| calls | partial p50 | partial p95 | final p50 | final p95 | final max | CPU s per audio s |");
        System.out.println("|---|---|---|---|---|---|---|");
        try (ParleyService service = ParleyService.start(config)) {
            for (int calls : levels) {
                run(service, calls, caller, agent);
            }
        }
    }

    private static void run(ParleyService service, int calls, PcmAudio caller, PcmAudio agent) throws Exception {
        Map<String, Stream> streams = new ConcurrentHashMap<>();
        List<Double> partials = Collections.synchronizedList(new ArrayList<>());
        List<Double> finals = Collections.synchronizedList(new ArrayList<>());
        var consumer = service.vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> {
            JsonObject event = message.body();
            Stream stream = event.getString("stream") == null ? null : streams.get(event.getString("stream"));
            if (stream == null || !"utterance".equals(event.getString("type")) || event.getString("text", "").isEmpty()) {
                return;
            }
            double audioEnd = event.getDouble("end");
            double delay = (System.nanoTime() - stream.startNanos()) / 1e9 - audioEnd;
            (event.getBoolean("final") ? finals : partials).add(delay);
        });
        long cpuBefore = LiveBench.processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(calls * 2);
        List<CompletableFuture<Void>> legs = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String callId = "bench-" + calls + "-" + i;
            for (Speaker speaker : Speaker.values()) {
                UUID id = UUID.randomUUID();
                service.taps().register(id, new Tap(callId, speaker, "+1555010" + i, "agent-" + i));
                PcmAudio audio = speaker == Speaker.CALLER ? caller : agent;
                legs.add(CompletableFuture.runAsync(() -> {
                    // Stream offsets are measured from the call's first stream; both legs start together.
                    streams.put(id.toString(), new Stream(System.nanoTime(), callId));
                    LiveBench.stream(service, id, audio);
                }, pool));
            }
        }
        CompletableFuture.allOf(legs.toArray(CompletableFuture[]::new)).join();
        Thread.sleep(2_000);
        consumer.unregister();
        pool.shutdown();
        double cpu = (LiveBench.processCpuNanos() - cpuBefore) / 1e9;
        double audioSeconds = calls * (caller.seconds() + agent.seconds());
        System.out.printf("| %d | %s | %s | %s | %s | %s | %.3f |%n", calls, LiveBench.ms(partials, 50),
                LiveBench.ms(partials, 95), LiveBench.ms(finals, 50), LiveBench.ms(finals, 95), LiveBench.ms(finals, 100),
                cpu / audioSeconds);
    }
}
