package app.parley.bench;

import app.parley.ParleyService;
import app.parley.audio.AudioSocketClient;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.live.LiveCalls;
import app.parley.live.Tap;
import app.parley.testing.TestAudio;
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

/**
 * How soon a prompt reaches the agent's screen after the words that triggered it, live: scripted
 * calls (one trigger each) streamed at real time through AudioSocket into the running service;
 * for each prompt, the wall-clock delay from the end of the triggering turn's audio to the
 * prompt's publication on the live feed.
 *
 * <pre>
 *   scripts/bench PromptLatencyBenchmark [ROUNDS]     (default 3 rounds of 4 calls)
 * </pre>
 */
public final class PromptLatencyBenchmark {
    /** Each call: the script, and which turn (0-based) carries the trigger. */
    private record Scenario(String kind, int triggerTurn, String... lines) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("urgency", 1, "agent: I am calling about the balance on your account.",
                    "caller: I will call you back next month.", "# pause: 3.0", "agent: I see."),
            new Scenario("options", 1, "agent: I am calling about the balance on your account.",
                    "caller: I cannot pay all of it right now.", "# pause: 3.0", "agent: I see."),
            // "That is your problem, not mine" is heard "that a year problem not mine" by the small
            // model; this line is heard as written (the corpus uses it too).
            new Scenario("emotional-control", 1, "caller: I do not know what this is about.",
                    "agent: You people always say that and never pay.", "# pause: 3.0", "caller: Excuse me?"),
            new Scenario("dispute", 1, "agent: Your invoice from March is still open.",
                    "caller: I already paid that invoice in April.", "# pause: 3.0", "agent: Let me check."));

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("parley-prompt-bench");
        ParleyConfig config = new ConfigLoader().load(null, Map.of("PARLEY_HTTP_PORT", "0",
                "PARLEY_AUDIOSOCKET_PORT", "0", "PARLEY_DATA", work.resolve("data").toString(),
                "PARLEY_SPEECH_MODEL", TestAudio.model().toString()));
        List<TestAudio.Call> calls = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            calls.add(TestAudio.makeCall(work.resolve("call-" + i), SCENARIOS.get(i).lines()));
        }
        Map<String, Long> startNanos = new ConcurrentHashMap<>();
        Map<String, Double> triggerEnds = new ConcurrentHashMap<>();
        Map<String, List<Double>> delays = new ConcurrentHashMap<>();
        int missed = 0;
        try (ParleyService service = ParleyService.start(config)) {
            service.vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> {
                JsonObject event = message.body();
                if (!"prompt".equals(event.getString("type")) || !startNanos.containsKey(event.getString("call_id"))) {
                    return;
                }
                String callId = event.getString("call_id");
                double sinceStart = (System.nanoTime() - startNanos.get(callId)) / 1e9;
                JsonObject prompt = event.getJsonObject("prompt");
                double delay = sinceStart - triggerEnds.get(callId);
                delays.computeIfAbsent(prompt.getString("kind"),
                        k -> Collections.synchronizedList(new ArrayList<>())).add(delay);
                System.out.printf(java.util.Locale.ROOT, "  %s: %s (%s) at %.2f s of audio, %d ms after the words: \"%s\"%n",
                        callId, prompt.getString("kind"), prompt.getString("rule"), prompt.getDouble("at"),
                        Math.round(delay * 1000), prompt.getString("evidence"));
            });
            for (int round = 0; round < rounds; round++) {
                List<CompletableFuture<Void>> running = new ArrayList<>();
                for (int i = 0; i < SCENARIOS.size(); i++) {
                    TestAudio.Call call = calls.get(i);
                    String callId = "bench-" + round + "-" + i;
                    triggerEnds.put(callId, call.turns().get(SCENARIOS.get(i).triggerTurn()).end());
                    running.add(CompletableFuture.runAsync(() -> play(service, callId, call, startNanos)));
                }
                CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
                Thread.sleep(1_500);
            }
        }
        System.out.printf("Prompt delay after the triggering words, %d cores, %d calls (%d at a time)%n",
                Runtime.getRuntime().availableProcessors(), rounds * SCENARIOS.size(), SCENARIOS.size());
        System.out.println("| kind | prompts | p50 | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        List<Double> all = new ArrayList<>();
        for (Scenario scenario : SCENARIOS) {
            List<Double> values = delays.getOrDefault(scenario.kind(), List.of());
            all.addAll(values);
            missed += Math.max(0, rounds - values.size());
            System.out.printf("| %s | %d | %s | %s | %s |%n", scenario.kind(), values.size(), ms(values, 50),
                    ms(values, 95), ms(values, 100));
        }
        System.out.printf("| all | %d | %s | %s | %s |%n", all.size(), ms(all, 50), ms(all, 95), ms(all, 100));
        if (missed > 0) {
            System.out.println(missed + " expected prompt(s) did not fire");
        }
    }

    private static void play(ParleyService service, String callId, TestAudio.Call call, Map<String, Long> startNanos) {
        UUID caller = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        service.taps().register(caller, new Tap(callId, Speaker.CALLER, null, "agent-bench"));
        service.taps().register(agent, new Tap(callId, Speaker.AGENT, null, "agent-bench"));
        startNanos.put(callId, System.nanoTime());
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> stream(service, caller, call.caller())),
                CompletableFuture.runAsync(() -> stream(service, agent, call.agent()))).join();
    }

    private static void stream(ParleyService service, UUID id, Path wav) {
        try {
            AudioSocketClient.stream("127.0.0.1", service.audioSocketPort(), id, WavFile.read(wav), 1.0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String ms(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        return Math.round(sorted.get(index) * 1000) + " ms";
    }
}
