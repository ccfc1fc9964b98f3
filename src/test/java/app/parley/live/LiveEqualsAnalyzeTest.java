package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.WavFile;
import app.parley.call.Prompt;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import app.parley.coaching.RuleBook;
import app.parley.speech.SpeechModel;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One clock for live and analyze: every labelled corpus call (corpus/*.txt with a {@code #>}
 * line), streamed live into a running Parley faster than real time, gets the prompts
 * {@code analyze} gives the same audio with the same rules and call date: the same rules in the
 * same order, each within {@link #AT_TOLERANCE_S}. Arrival timing no longer decides what
 * coaching sees, so the streams go as fast as Parley takes them. While one call plays live the
 * previous one is analyzed and the next ones synthesized. Both sides use the speech model
 * without its random dither ({@link TestAudio#modelWithoutDither}): with it, Vosk may hear one
 * recording as different words twice in a row, and no clock can make those agree.
 */
class LiveEqualsAnalyzeTest {
    /** A live stream joins a few milliseconds after the call's clock starts; analyze's legs at 0. */
    private static final double AT_TOLERANCE_S = 0.25;

    @TempDir
    Path dir;

    private record Compared(String name, List<String> live, List<String> analyzed, String mismatch) {
    }

    @Test
    void everyLabelledCorpusCallGetsTheSamePromptsLiveAsInAnalyze() throws Exception {
        List<Path> scripts = labelledCorpusCalls();
        assertTrue(scripts.size() >= 20, "labelled corpus calls: " + scripts);
        ExecutorService synthesis = Executors.newFixedThreadPool(2);
        ExecutorService analysis = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        // The recogniser without its random dither, both sides: the same audio, the same words.
        Path model = TestAudio.modelWithoutDither(dir.resolve("model"));
        // A call ends 50 ms after its streams (each is played in one piece), so the next can start.
        try (RunningParley parley = new RunningParley(dir.resolve("data"),
                Map.of("PARLEY_SPEECH_MODEL", model.toString(), "PARLEY_CALLS_END_AFTER", "50 ms"));
                SpeechModel speech = SpeechModel.load(model, 2)) {
            List<CompletableFuture<TestAudio.Call>> calls = new ArrayList<>();
            for (Path script : scripts) {
                calls.add(CompletableFuture.supplyAsync(() -> synthesize(script), synthesis));
            }
            // The rules in force on the live path, as an admin would fetch them.
            String rules = parley.get("/api/rules").body();
            CallAnalyzer analyzer = new CallAnalyzer(speech, CoachingEngine.of(RuleBook.parse(rules, "GET /api/rules")));
            warmUp(parley);
            List<CompletableFuture<Compared>> compared = new ArrayList<>();
            for (int i = 0; i < scripts.size(); i++) {
                String name = scripts.get(i).getFileName().toString().replaceFirst("\\.txt$", "");
                TestAudio.Call call = calls.get(i).join();
                String callId = "live-" + name;
                parley.streamCallAtOnce(callId, null, "agent-1", call);
                JsonNode record = parley.awaitEndedCall(callId, Duration.ofSeconds(60));
                assertJoinedAtZeroWithNothingFilledIn(name, record, call);
                Instant startedAt = Instant.parse(record.get("call").get("started_at").asText());
                compared.add(CompletableFuture.supplyAsync(() -> compare(name, record, analyzer, call, startedAt),
                        analysis));
            }
            List<String> mismatches = new ArrayList<>();
            for (CompletableFuture<Compared> result : compared) {
                Compared c = result.join();
                System.out.printf(Locale.ROOT, "%-30s live %s, analyze %s%n", c.name(), c.live(), c.analyzed());
                if (c.mismatch() != null) {
                    mismatches.add(c.name() + ": " + c.mismatch() + "\n    live:    " + c.live()
                            + "\n    analyze: " + c.analyzed());
                }
            }
            System.out.printf(Locale.ROOT, "%d calls live and analyzed in %.0f s%n", scripts.size(),
                    (System.nanoTime() - started) / 1e9);
            assertEquals(List.of(), mismatches, "calls whose live prompts differ from analyze's");
        } finally {
            synthesis.shutdownNow();
            analysis.shutdownNow();
        }
    }

    /**
     * A second of silence through the live path first: a cold start can keep the event loop from a
     * stream's first audio longer than Parley waits before it fills the time in as silence.
     */
    private void warmUp(RunningParley parley) throws Exception {
        Path silence = dir.resolve("silence.wav");
        TestAudio.run(List.of("sox", "-n", "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", silence.toString(),
                "trim", "0", "1"));
        parley.streamCallAtOnce("warm-up", null, "agent-1", new TestAudio.Call(silence, silence, List.of()));
        parley.awaitEndedCall("warm-up", Duration.ofSeconds(30));
    }

    /** The top-level corpus scripts with a label (the held-out sets in sub-folders are not read). */
    private static List<Path> labelledCorpusCalls() throws Exception {
        try (Stream<Path> files = Files.list(TestAudio.repoRoot().resolve("corpus"))) {
            List<Path> labelled = new ArrayList<>();
            for (Path script : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                if (Files.readAllLines(script, StandardCharsets.UTF_8).stream().anyMatch(l -> l.trim().startsWith("#>"))) {
                    labelled.add(script);
                }
            }
            return labelled;
        }
    }

    private TestAudio.Call synthesize(Path script) {
        try {
            return TestAudio.makeCall(script, dir.resolve("audio").resolve(script.getFileName().toString()));
        } catch (Exception e) {
            throw new IllegalStateException("make-call " + script + ": " + e.getMessage(), e);
        }
    }

    /** Both streams joined at call time 0 and took the audio as sent: otherwise the two would not hear the same call. */
    private static void assertJoinedAtZeroWithNothingFilledIn(String name, JsonNode record, TestAudio.Call call)
            throws Exception {
        assertEquals(0, record.get("gaps").size(), name + ": a party missed time: " + record.get("gaps"));
        double legs = Math.max(WavFile.read(call.caller()).seconds(), WavFile.read(call.agent()).seconds());
        // A stream joins when the event loop gets to it, a few milliseconds after the other under load.
        assertEquals(legs, record.get("call").get("duration_s").asDouble(), 0.1,
                name + ": a stream joined late or had silence filled in");
    }

    private static Compared compare(String name, JsonNode record, CallAnalyzer analyzer, TestAudio.Call call,
            Instant startedAt) {
        List<String> liveRules = new ArrayList<>();
        List<Double> liveAt = new ArrayList<>();
        for (JsonNode prompt : record.get("prompts")) {
            liveRules.add(prompt.get("rule").asText());
            liveAt.add(prompt.get("at").asDouble());
        }
        List<Prompt> analyzed;
        try {
            analyzed = analyzer.analyzeWithLoudness(name, WavFile.read(call.caller()), WavFile.read(call.agent()),
                    null, null, FactsView.NONE, startedAt).record().prompts();
        } catch (Exception e) {
            throw new IllegalStateException("analyze " + name + ": " + e.getMessage(), e);
        }
        List<String> live = new ArrayList<>();
        for (int i = 0; i < liveRules.size(); i++) {
            live.add(liveRules.get(i) + "@" + liveAt.get(i));
        }
        List<String> offline = analyzed.stream().map(p -> p.rule() + "@" + p.at()).toList();
        String mismatch = null;
        if (!liveRules.equals(analyzed.stream().map(Prompt::rule).toList())) {
            mismatch = "other rules or another order";
        } else {
            for (int i = 0; i < liveAt.size(); i++) {
                if (Math.abs(liveAt.get(i) - analyzed.get(i).at()) > AT_TOLERANCE_S) {
                    mismatch = "prompt " + i + " more than " + AT_TOLERANCE_S + " s apart";
                }
            }
        }
        return new Compared(name, live, offline, mismatch);
    }
}
