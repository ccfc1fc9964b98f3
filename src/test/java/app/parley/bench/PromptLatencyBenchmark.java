package app.parley.bench;

import app.parley.ParleyService;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.coaching.RuleBook;
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
            // "I already paid that invoice" is heard "i already played that envoys"; this is heard as written.
            new Scenario("dispute", 1, "agent: I am calling about an account with a balance of three hundred dollars.",
                    "caller: That is not my account.", "# pause: 3.0", "agent: I will note that."));

    /** A prompt as published: when (seconds since its call's audio started streaming) and what. */
    private record Published(String callId, double at, JsonObject prompt) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("parley-prompt-bench");
        ParleyConfig config = LiveBench.config(work.resolve("data"), Map.of());
        List<TestAudio.Call> calls = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            calls.add(TestAudio.makeCall(work.resolve("call-" + i), SCENARIOS.get(i).lines()));
        }
        Map<String, Long> startNanos = new ConcurrentHashMap<>();
        List<Published> published = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Double>> delays = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> coldDelays = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> beyondWait = new java.util.LinkedHashMap<>();
        Map<String, String> waits = new java.util.LinkedHashMap<>();
        int missed = 0;
        try (ParleyService service = ParleyService.start(config)) {
            service.vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> {
                JsonObject event = message.body();
                if ("prompt".equals(event.getString("type")) && startNanos.containsKey(event.getString("call_id"))) {
                    String callId = event.getString("call_id");
                    published.add(new Published(callId, (System.nanoTime() - startNanos.get(callId)) / 1e9,
                            event.getJsonObject("prompt")));
                }
            });
            // Round 0 warms the service (recognisers, JIT): reported apart, as a first call after a start.
            for (int round = 0; round <= rounds; round++) {
                List<CompletableFuture<Void>> running = new ArrayList<>();
                for (int i = 0; i < SCENARIOS.size(); i++) {
                    TestAudio.Call call = calls.get(i);
                    String callId = "bench-" + round + "-" + i;
                    running.add(CompletableFuture.runAsync(() -> play(service, callId, call, startNanos)));
                }
                CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
                Thread.sleep(1_500);
            }
            Thread.sleep(1_000);
            // A rule with a wait is judged once its speaker has paused that long (so that the rest
            // of the sentence, or the other party's answer, can settle it): its delay counts from the
            // end of the speaker's words in that utterance, and the wait is reported beside it.
            RuleBook rules = RuleBook.builtIn("en");
            for (Published p : published) {
                int round = Integer.parseInt(p.callId().split("-")[1]);
                String rule = p.prompt().getString("rule");
                double wait = rules.waitOf(rule).orElse(0);
                waits.putIfAbsent(p.prompt().getString("kind"), rule + (wait > 0 ? String.format(java.util.Locale.ROOT,
                        ", waits %.1f s", wait) : ""));
                double wordsEnd = LiveBench.wordsEnd(service.store().find(p.callId()).orElseThrow(), p.prompt(), wait > 0);
                double delay = p.at() - wordsEnd;
                (round == 0 ? coldDelays : delays).computeIfAbsent(p.prompt().getString("kind"),
                        k -> new ArrayList<>()).add(delay);
                if (round > 0) {
                    beyondWait.computeIfAbsent(p.prompt().getString("kind"), k -> new ArrayList<>()).add(delay - wait);
                }
                System.out.printf(java.util.Locale.ROOT, "  %s: %s (%s), words ended at %.2f s, raised at %.2f s of audio, shown %d ms later: \"%s\"%n",
                        p.callId(), p.prompt().getString("kind"), rule, wordsEnd,
                        p.prompt().getDouble("at"),
                        Math.round(delay * 1000), p.prompt().getString("evidence"));
            }
        }
        System.out.printf("Prompt delay after the end of the words that raised it (after the speaker's pause for a rule "
                + "that waits), %d cores, %d calls (%d at a time), after a warm-up round; 'beyond the wait': the delay less "
                + "the rule's own wait%n", Runtime.getRuntime().availableProcessors(), rounds * SCENARIOS.size(),
                SCENARIOS.size());
        System.out.println("| kind (rule) | prompts | p50 | p95 | max | p95 beyond the wait | first round (cold) |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<Double> all = new ArrayList<>();
        List<Double> allBeyond = new ArrayList<>();
        for (Scenario scenario : SCENARIOS) {
            List<Double> values = delays.getOrDefault(scenario.kind(), List.of());
            List<Double> beyond = beyondWait.getOrDefault(scenario.kind(), List.of());
            all.addAll(values);
            allBeyond.addAll(beyond);
            missed += Math.max(0, rounds - values.size());
            System.out.printf("| %s (%s) | %d / %d | %s | %s | %s | %s | %s |%n", scenario.kind(),
                    waits.getOrDefault(scenario.kind(), "none"), values.size(), rounds,
                    LiveBench.ms(values, 50), LiveBench.ms(values, 95), LiveBench.ms(values, 100),
                    LiveBench.ms(beyond, 95), LiveBench.ms(coldDelays.getOrDefault(scenario.kind(), List.of()), 100));
        }
        System.out.printf("| all | %d | %s | %s | %s | %s | |%n", all.size(), LiveBench.ms(all, 50), LiveBench.ms(all, 95),
                LiveBench.ms(all, 100), LiveBench.ms(allBeyond, 95));
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
                CompletableFuture.runAsync(() -> LiveBench.stream(service, caller, read(call.caller()))),
                CompletableFuture.runAsync(() -> LiveBench.stream(service, agent, read(call.agent())))).join();
    }

    private static app.parley.audio.PcmAudio read(Path wav) {
        try {
            return WavFile.read(wav);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
