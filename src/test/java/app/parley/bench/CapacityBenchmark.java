package app.parley.bench;

import app.parley.ParleyService;
import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.CallRecord;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.coaching.RuleBook;
import app.parley.config.ParleyConfig;
import app.parley.live.LiveCalls;
import app.parley.live.Tap;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.vosk.Model;

/**
 * How many calls a machine carries live: N simultaneous two-party calls streamed at real-time
 * pace through real AudioSocket connections into a running Parley (in-process, embedded store,
 * the real speech model), for each N in turn, beside raw Vosk's decoding cost on the same audio.
 *
 * <pre>
 *   scripts/bench CapacityBenchmark [N ...] [--vad on|off] [--seconds S] [--stagger S] [--corpus DIR]
 *       N           simultaneous calls, one level after another (default: 1 4 8 12 16 20)
 *       --vad       the voice gate (speech.vad.enabled) on or off (default: as configured, off)
 *       --seconds   audio each of the N lines plays per level, call after call (default 75)
 *       --stagger   the N lines start spread over this many seconds (default 2)
 *       --corpus    the make-call scripts played: those with a prompt label ("#> KIND"), so that
 *                   prompts are raised (default corpus; synthesized once into target/bench-audio/
 *                   and reused while the script is unchanged)
 *       --verbose   also every prompt with its delay, every turn unheard and every loss
 *   PARLEY_* environment variables apply to the service (PARLEY_SPEECH_WORKERS=4 ...).
 *   BENCH_JAVA_OPTS passes flags to the JVM; with -Dbench.jfr=FILE a flight recording (JFR's
 *   "profile" settings) covers the levels only, not the synthesis, reference and warm-up, and is
 *   written to FILE (docs/performance.md, "Where the time goes").
 * </pre>
 *
 * Each of the N lines plays corpus calls back to back, each a call of its own (two taps, its
 * script's turns on its own timeline), until it has played {@code --seconds} of audio; line i
 * starts at another script than line i-1, so the lines do not say the same words at once. Printed
 * per N (docs/performance.md says what each column means):
 * <ul>
 *   <li>final delay p50/p95: for every final result published to the screens, from the moment
 *       the audio of its last word was streamed to its publication on the event bus;</li>
 *   <li>prompt delay p50/p95: for every prompt published (beside how many the scripts' labels
 *       expect: the rules do not raise every one, and raise some others), from the moment the audio of the words that raised the prompt was
 *       streamed (plus the rule's own {@code wait}, for a rule that waits for a pause) to its
 *       publication;</li>
 *   <li>lost: final results published but not in the store, or stored but never published
 *       (must be 0); turns unheard: the scripts' turns no stored utterance of that party overlaps
 *       (a level whose figure rises above N=1's lost words under load);</li>
 *   <li>CPU: the process's CPU seconds (service and the benchmark's own players) per second of
 *       audio streamed, and raw Vosk's for the same audio decoded on one thread;</li>
 *   <li>VAD share: audio the voice gate kept from the recogniser, from the service's
 *       {@code /metrics} ({@code n/a} when the service has no such counters).</li>
 * </ul>
 * Nothing here passes or fails on a timing.
 */
public final class CapacityBenchmark {
    private CapacityBenchmark() {
    }

    static final String AUDIO_SECONDS = "parley_speech_audio_seconds_total";
    static final String SKIPPED_SECONDS = "parley_speech_audio_skipped_seconds_total";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** When the screens were last sent anything. */
    private static volatile long lastEventNanos = System.nanoTime();

    /** A synthesized corpus call: its name, both legs, its script's turns on the call's timeline and its prompt labels. */
    record Script(String name, PcmAudio caller, PcmAudio agent, List<TestAudio.Turn> turns, int labels) {
        double seconds() {
            return caller.seconds();
        }
    }

    /** A final result as published: its party, where it sits in the call, its text, and when it was published. */
    record Heard(Speaker speaker, double start, double end, String text, long publishedNanos) {
    }

    /** One call played during a level, and what the screens were sent for it. */
    static final class Played {
        final String callId;
        final Script script;
        volatile long startNanos;
        final List<Heard> finals = Collections.synchronizedList(new ArrayList<>());
        final List<JsonObject> prompts = Collections.synchronizedList(new ArrayList<>());
        final List<Long> promptNanos = Collections.synchronizedList(new ArrayList<>());
        volatile boolean ended;

        Played(String callId, Script script) {
            this.callId = callId;
            this.script = script;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> levels = new ArrayList<>();
        Boolean vad = null;
        double seconds = 75;
        double stagger = 2;
        String corpus = "corpus";
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vad" -> vad = switch (args[++i]) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("--vad on or --vad off, not " + args[i]);
                };
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--stagger" -> stagger = Double.parseDouble(args[++i]);
                case "--corpus" -> corpus = args[++i];
                case "--verbose" -> verbose = true;
                default -> levels.add(Integer.parseInt(args[i]));
            }
        }
        if (levels.isEmpty()) {
            levels = List.of(1, 4, 8, 12, 16, 20);
        }
        List<Path> scripts;
        try (Stream<Path> files = Files.list(TestAudio.repoRoot().resolve(corpus))) {
            scripts = files.filter(f -> f.toString().endsWith(".txt") && labels(f) > 0).sorted().toList();
        }
        Path data = Files.createTempDirectory("parley-capacity-bench");
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("PARLEY_")) {
                env.put(k, v);
            }
        });
        env.putAll(Map.of("PARLEY_METRICS_TOKEN", token, "PARLEY_CALLS_END_AFTER", "500 ms"));
        if (vad != null) {
            env.put("PARLEY_SPEECH_VAD_ENABLED", vad.toString());
        }
        ParleyConfig config = LiveBench.config(data.resolve("store"), env);
        Map<String, Double> waits = ruleWaits(RuleBook.builtInText(config.speech().language()));

        // Every line's calls, synthesized before anything is measured.
        int lines = Collections.max(levels);
        Map<Path, Script> synthesized = new LinkedHashMap<>();
        List<List<Script>> playlists = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            List<Script> playlist = new ArrayList<>();
            double total = 0;
            for (int k = 0; total < seconds; k++) {
                Path script = scripts.get((line * 5 + k) % scripts.size());
                Script s = synthesized.computeIfAbsent(script, CapacityBenchmark::synthesize);
                playlist.add(s);
                total += s.seconds();
            }
            playlists.add(playlist);
        }

        // The reference: raw Vosk on line 1's calls, both legs, one thread, before the service runs.
        double referenceAudio = 0;
        long referenceCpu = 0;
        try (Model model = new Model(config.speech().model().toString())) {
            RawVosk.decode(model, playlists.get(0).get(0).caller()); // model pages and JIT warm, not counted
            for (Script s : playlists.get(0)) {
                for (PcmAudio leg : List.of(s.caller(), s.agent())) {
                    long before = THREADS.getCurrentThreadCpuTime();
                    RawVosk.decode(model, leg);
                    referenceCpu += THREADS.getCurrentThreadCpuTime() - before;
                    referenceAudio += leg.seconds();
                }
            }
        }
        double reference = referenceCpu / 1e9 / referenceAudio;

        double played = playlists.stream().limit(lines)
                .mapToDouble(p -> p.stream().mapToDouble(Script::seconds).sum()).average().orElse(0);
        System.out.printf(Locale.ROOT, "Capacity: %d cores, speech.workers=%d, voice gate %s, model %s, "
                        + "each line plays whole calls for %.0f s on average (at least %.0f s; %d corpus calls in all), "
                        + "lines started over %.1f s%n",
                Runtime.getRuntime().availableProcessors(), config.speech().workers(),
                config.speech().gate().enabled() ? "on" : "off", config.speech().model().getFileName(), played,
                seconds, synthesized.size(), stagger);
        System.out.printf(Locale.ROOT, "Reference: raw Vosk, one thread, line 1's calls (%.0f s of audio): "
                + "%.3f CPU s per audio s%n", referenceAudio, reference);
        System.out.println("| calls | final p50 | final p95 | finals | prompt p50 | prompt p95 | prompts | lost "
                + "| turns unheard | CPU s per audio s | raw Vosk CPU s per audio s | VAD share | load (1 min) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        HttpClient http = HttpClient.newHttpClient();
        try (ParleyService service = ParleyService.start(config)) {
            URI metrics = URI.create("http://127.0.0.1:" + service.httpPort() + "/metrics");
            Map<String, Played> calls = new ConcurrentHashMap<>();
            service.vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, message -> heard(calls, message.body()));
            // One call, not counted: recognisers, JIT and the store warm before the first level.
            play(service, calls, "warm-up", playlists.get(0).get(0));
            jdk.jfr.Recording recording = null;
            if (System.getProperty("bench.jfr") != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.setDestination(Path.of(System.getProperty("bench.jfr")));
                recording.start();
            }
            for (int n : levels) {
                calls.clear();
                Map<String, Double> before = scrape(http, metrics, token);
                long cpuBefore = LiveBench.processCpuNanos();
                ExecutorService players = Executors.newCachedThreadPool();
                List<CompletableFuture<Void>> running = new ArrayList<>();
                for (int line = 0; line < n; line++) {
                    long delayMillis = Math.round(stagger * 1000 * line / n);
                    List<Script> playlist = playlists.get(line);
                    String prefix = "cap-" + n + "-" + line + "-";
                    running.add(CompletableFuture.runAsync(() -> {
                        pause(delayMillis);
                        for (int k = 0; k < playlist.size(); k++) {
                            play(service, calls, prefix + k, playlist.get(k));
                        }
                    }, players));
                }
                CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
                players.shutdown();
                awaitEnded(calls.values());
                double cpu = (LiveBench.processCpuNanos() - cpuBefore) / 1e9;
                Map<String, Double> after = scrape(http, metrics, token);
                report(service, n, calls.values(), waits, cpu, reference, before, after, verbose);
            }
            if (recording != null) {
                recording.stop(); // writes the destination
                recording.close();
            }
        } finally {
            BenchStores.cleanUp(data);
        }
    }

    private static Script synthesize(Path script) {
        try {
            Path dir = TestAudio.repoRoot().resolve("target/bench-audio").resolve(script.getFileName().toString());
            Path turns = dir.resolve("turns.tsv");
            TestAudio.Call call = Files.exists(turns)
                    && Files.getLastModifiedTime(turns).compareTo(Files.getLastModifiedTime(script)) > 0
                    ? TestAudio.read(dir) : TestAudio.makeCall(script, dir);
            return new Script(script.getFileName().toString(), WavFile.read(call.caller()), WavFile.read(call.agent()),
                    call.turns(), labels(script));
        } catch (Exception e) {
            throw new IllegalStateException("cannot synthesize " + script + ": " + e.getMessage(), e);
        }
    }

    /** The prompts a script's labels expect ("#> KIND" or "#> KIND, KIND" after a turn). */
    static int labels(Path script) {
        try {
            return Files.readAllLines(script).stream().map(String::trim).filter(l -> l.startsWith("#>"))
                    .mapToInt(l -> l.substring(2).split(",").length).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Plays one call: both taps registered, both legs streamed together at real time; returns once both hung up. */
    private static void play(ParleyService service, Map<String, Played> calls, String callId, Script script) {
        Played played = new Played(callId, script);
        UUID caller = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        service.taps().register(caller, new Tap(callId, Speaker.CALLER, null, "agent-" + callId));
        service.taps().register(agent, new Tap(callId, Speaker.AGENT, null, "agent-" + callId));
        calls.put(callId, played);
        played.startNanos = System.nanoTime();
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> LiveBench.stream(service, caller, script.caller())),
                CompletableFuture.runAsync(() -> LiveBench.stream(service, agent, script.agent()))).join();
    }

    /** What the screens are sent, kept with the call it is about (on the event loop: only appends). */
    private static void heard(Map<String, Played> calls, JsonObject event) {
        long now = System.nanoTime();
        lastEventNanos = now;
        Played call = calls.get(event.getString("call_id", ""));
        if (call == null) {
            return;
        }
        switch (event.getString("type", "")) {
            case "utterance" -> {
                if (event.getBoolean("final", false) && !event.getString("text", "").isEmpty()) {
                    call.finals.add(new Heard(Speaker.of(event.getString("speaker")), event.getDouble("start"),
                            event.getDouble("end"), event.getString("text"), now));
                }
            }
            case "prompt" -> {
                call.prompts.add(event.getJsonObject("prompt"));
                call.promptNanos.add(now);
            }
            case "call-ended" -> call.ended = true;
            default -> {
            }
        }
    }

    /**
     * Waits for every call to end: an overloaded service may end its calls minutes after their
     * audio, and what it has not decoded yet is not lost. Gives up once nothing has been
     * published for a minute (those calls are reported as not ended, and their losses not counted).
     */
    private static void awaitEnded(java.util.Collection<Played> calls) {
        while (!calls.stream().allMatch(c -> c.ended) && System.nanoTime() - lastEventNanos < 60_000_000_000L) {
            pause(200);
        }
        pause(1_000); // the store writer's last writes
    }

    private static void report(ParleyService service, int n, java.util.Collection<Played> calls,
            Map<String, Double> waits, double cpu, double reference, Map<String, Double> before,
            Map<String, Double> after, boolean verbose) {
        List<Double> finals = new ArrayList<>();
        List<Double> prompts = new ArrayList<>();
        int lost = 0;
        int unheard = 0;
        int turns = 0;
        int notEnded = 0;
        int labelled = 0;
        double audio = 0;
        for (Played call : calls) {
            audio += 2 * call.script.seconds();
            labelled += call.script.labels();
            notEnded += call.ended ? 0 : 1;
            for (Heard h : call.finals) {
                finals.add(sinceStart(call, h.publishedNanos()) - h.end());
            }
            // A call still being decoded: its words are late, not lost; its losses are not counted.
            CallRecord record = call.ended ? stored(service, call) : service.store().find(call.callId).orElse(null);
            List<Utterance> stored = record == null ? List.of() : record.utterances();
            if (call.ended) {
                int callLost = unmatched(call.finals, stored);
                lost += callLost;
                turns += call.script.turns().size();
                List<TestAudio.Turn> missing = unheard(call.script.turns(), stored);
                unheard += missing.size();
                if (verbose) {
                    if (callLost > 0) {
                        System.out.printf("  %s (%s): %d final results published and stored differ%n", call.callId,
                                call.script.name(), callLost);
                    }
                    for (TestAudio.Turn turn : missing) {
                        System.out.printf(Locale.ROOT, "  %s (%s): unheard %s turn %.1f-%.1f s \"%s\"%n",
                                call.callId, call.script.name(), turn.speaker().id(), turn.start(), turn.end(),
                                turn.text());
                    }
                }
            }
            for (int i = 0; i < call.prompts.size(); i++) {
                JsonObject prompt = call.prompts.get(i);
                double wait = waits.getOrDefault(prompt.getString("rule"), 0.0);
                double raisedBy = record == null ? prompt.getDouble("at")
                        : LiveBench.wordsEnd(record, prompt, wait > 0) + wait;
                double delay = sinceStart(call, call.promptNanos.get(i)) - raisedBy;
                prompts.add(delay);
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  %s (%s): %s (%s) at %.2f s, words ended %.2f s + wait %.1f s, "
                                    + "shown %d ms later: \"%s\"%n", call.callId, call.script.name(),
                            prompt.getString("kind"), prompt.getString("rule"), prompt.getDouble("at"), raisedBy - wait,
                            wait, Math.round(delay * 1000), prompt.getString("evidence"));
                }
            }
        }
        String vadShare = after.isEmpty() ? "n/a (no /metrics)" : "n/a";
        if (after.containsKey(AUDIO_SECONDS) && after.containsKey(SKIPPED_SECONDS)) {
            double fed = after.get(AUDIO_SECONDS) - before.getOrDefault(AUDIO_SECONDS, 0.0);
            double skipped = after.get(SKIPPED_SECONDS) - before.getOrDefault(SKIPPED_SECONDS, 0.0);
            vadShare = fed > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * skipped / fed) : "-";
        }
        System.out.printf(Locale.ROOT,
                "| %d | %s | %s | %d | %s | %s | %d (%d labelled) | %d | %d / %d | %.3f | %.3f | %s | %.2f |%n", n,
                LiveBench.ms(finals, 50), LiveBench.ms(finals, 95), finals.size(), LiveBench.ms(prompts, 50),
                LiveBench.ms(prompts, 95), prompts.size(), labelled, lost, unheard, turns, cpu / audio, reference, vadShare,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (notEnded > 0) {
            System.out.printf("  %d of %d calls had not ended a minute after the last result published: their "
                    + "delays count, their losses and turns do not%n", notEnded, calls.size());
        }
    }

    private static double sinceStart(Played call, long nanos) {
        return (nanos - call.startNanos) / 1e9;
    }

    /** The stored call, once the store has every final result the screens were sent (at most 10 s more). */
    private static CallRecord stored(ParleyService service, Played call) {
        CallRecord record = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            record = service.store().find(call.callId).orElse(null);
            if (record != null && unmatched(call.finals, record.utterances()) == 0) {
                return record;
            }
            pause(200);
        }
        return record;
    }

    /**
     * Final results published but not stored, plus stored utterances never published: the same
     * utterance is the same party, start (to a millisecond) and text.
     */
    static int unmatched(List<Heard> published, List<Utterance> stored) {
        Map<String, Integer> count = new HashMap<>();
        synchronized (published) {
            for (Heard h : published) {
                count.merge(key(h.speaker(), h.start(), h.text()), 1, Integer::sum);
            }
        }
        for (Utterance u : stored) {
            if (!u.text().isEmpty()) {
                count.merge(key(u.speaker(), u.start(), u.text()), -1, Integer::sum);
            }
        }
        return count.values().stream().mapToInt(Math::abs).sum();
    }

    private static String key(Speaker speaker, double start, String text) {
        return speaker.id() + "@" + Math.round(start * 1000) + ":" + text;
    }

    /**
     * The script's turns no stored utterance of the same party overlaps, give or take 0.3 s: words
     * said and never heard as anything.
     */
    static List<TestAudio.Turn> unheard(List<TestAudio.Turn> turns, List<Utterance> stored) {
        List<TestAudio.Turn> missing = new ArrayList<>();
        for (TestAudio.Turn turn : turns) {
            boolean heard = stored.stream().anyMatch(u -> u.speaker() == turn.speaker() && !u.text().isEmpty()
                    && u.start() < turn.end() + 0.3 && u.end() > turn.start() - 0.3);
            if (!heard) {
                missing.add(turn);
            }
        }
        return missing;
    }

    /** Each rule's {@code wait} (seconds) in a rules file's text; rules without one are absent. */
    static Map<String, Double> ruleWaits(String rulesYaml) throws java.io.IOException {
        Map<String, Double> waits = new HashMap<>();
        for (JsonNode rule : new ObjectMapper(new YAMLFactory()).readTree(rulesYaml).path("rules")) {
            String wait = rule.path("wait").asText("");
            if (!wait.isEmpty()) {
                waits.put(rule.path("name").asText(), Double.parseDouble(wait.replaceAll("[^0-9.]", "")));
            }
        }
        return waits;
    }

    /** The service's counters and gauges by name, each summed over its labels; empty when /metrics does not answer. */
    private static Map<String, Double> scrape(HttpClient http, URI metrics, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parseMetrics(response.body()) : Map.of();
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** Prometheus' text format: each sample's value added to its name's total, labels dropped. */
    static Map<String, Double> parseMetrics(String text) {
        Map<String, Double> totals = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int nameEnd = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
            int valueFrom = line.lastIndexOf('}') >= 0 ? line.lastIndexOf('}') + 1 : nameEnd;
            String[] rest = line.substring(valueFrom).trim().split("\\s+");
            try {
                totals.merge(line.substring(0, nameEnd), Double.parseDouble(rest[0]), Double::sum);
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // not a sample line
            }
        }
        return totals;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
