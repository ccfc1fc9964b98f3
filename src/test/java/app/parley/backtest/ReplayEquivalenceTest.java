package app.parley.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.WavFile;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import app.parley.coaching.RuleBook;
import app.parley.live.CallAnalyzer;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.testing.TestAudio;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored call replayed with the rules that coached it gives the prompts stored for it: corpus
 * calls of every kind of trigger (words, dates, options, a raised voice, talk-over) are
 * synthesized, run through {@code analyze} (the live path's recogniser, meters and clock),
 * stored with their loudness, read back and replayed from the store alone. Same rules in the
 * same order, each within {@link Backtest#TOLERANCE_S}: what a backtest counts as unchanged.
 *
 * <p>Left out, because the stored loudness (0.25 s steps) does not give back what the 50 ms meter
 * heard live (docs/backtest.md, "Limits"): {@code ec-talk-over-1}, whose 1.5 s of talk-over the
 * replay does not find, and {@code ec-raised-voice-1}, where the replay hears the agent's raised
 * voice 0.3 s after the hostile words live coaching prompted at 17.0 s, and that prompt takes the
 * situation first. A raised voice alone ({@code empathy-caller-shouts}) replays as stored.
 *
 * <p>Prints how long a backtest of these calls takes (the rules in force against a draft).
 */
class ReplayEquivalenceTest {
    private static final List<String> CALLS = List.of("dispute-already-paid", "urgency-call-you-back",
            "urgency-next-month", "urgency-offer-no-deadline", "options-cannot-pay", "options-too-many",
            "empathy-hardship", "empathy-caller-shouts", "ec-hostile-court", "next-step-closing");

    @TempDir
    Path dir;

    @Test
    void storedCallsReplayedWithTheirRulesGiveTheirStoredPrompts() throws Exception {
        RuleBook rules = RuleBook.builtIn("en");
        Instant startedAt = Instant.parse("2026-11-09T15:00:00Z");
        List<String> mismatches = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        double worst = 0;
        int prompts = 0;
        try (SpeechModel speech = SpeechModel.load(TestAudio.model(), 2);
                CallStore store = CallStore.openEmbedded(dir.resolve("store"))) {
            CallAnalyzer analyzer = new CallAnalyzer(speech, CoachingEngine.of(rules));
            for (String name : CALLS) {
                TestAudio.Call audio = TestAudio.makeCall(TestAudio.repoRoot().resolve("corpus/" + name + ".txt"),
                        dir.resolve(name));
                CallAnalyzer.Analysis analysis = analyzer.analyzeWithLoudness(name, WavFile.read(audio.caller()),
                        WavFile.read(audio.agent()), null, "agent-1", FactsView.NONE, startedAt);
                store.saveRecord(analysis.record(), analysis.loudness());

                CallRecord stored = store.find(name).orElseThrow();
                List<Prompt> replayed = StoredCallReplay.prompts(rules, stored, store.loudness(name),
                        ZoneId.systemDefault());
                List<String> want = stored.prompts().stream().map(Prompt::rule).toList();
                List<String> got = replayed.stream().map(Prompt::rule).toList();
                compared.add(name + " " + want);
                prompts += want.size();
                if (!want.equals(got)) {
                    mismatches.add(name + ": stored " + describe(stored.prompts()) + ", replayed " + describe(replayed));
                    continue;
                }
                for (int i = 0; i < want.size(); i++) {
                    double apart = Math.abs(stored.prompts().get(i).at() - replayed.get(i).at());
                    worst = Math.max(worst, apart);
                    if (apart > Backtest.TOLERANCE_S) {
                        mismatches.add(name + ": " + want.get(i) + " at " + stored.prompts().get(i).at()
                                + " s stored, " + replayed.get(i).at() + " s replayed");
                    }
                }
            }
            timeABacktest(store, rules);
        }
        System.out.printf(Locale.ROOT, "replay equivalence: %d calls, %d prompts, furthest apart %.2f s%n",
                CALLS.size(), prompts, worst);
        assertTrue(prompts >= CALLS.size(), "the calls raised prompts to compare: " + compared);
        assertEquals(List.of(), mismatches, "compared: " + compared);
    }

    /** The figure in docs/backtest.md: these calls backtested against a draft that moves a phrase, after a warm-up. */
    private static void timeABacktest(CallStore store, RuleBook rules) throws Exception {
        // The call says "I already paid that invoice, I sent the payment in April"; the recogniser may
        // drop "already", and then the reading of a payment told as made ("understands: paid") hears
        // "I paid that invoice". So every way the turn can be read as a dispute moves, not only the
        // phrase "already paid".
        String rulesText = RuleBook.builtInText("en");
        for (String moved : List.of("      - already paid\n", "      - sent the payment\n", "    understands: paid\n")) {
            assertTrue(rulesText.contains(moved), "the built-in rules still hold " + moved.strip());
        }
        RuleBook draft = RuleBook.parse(rulesText.replace("      - already paid\n", "      - is a mistake\n")
                .replace("      - sent the payment\n", "").replace("    understands: paid\n", ""), "draft");
        List<StoredCall> calls = new ArrayList<>();
        double audio = 0;
        for (String name : CALLS) {
            calls.add(new StoredCall(store.find(name).orElseThrow(), store.loudness(name), List.of(), List.of()));
            audio += calls.get(calls.size() - 1).record().call().durationS();
        }
        int rounds = 10;
        long took = 0;
        for (int round = -3; round < rounds; round++) {
            long start = System.nanoTime();
            Backtest backtest = new Backtest(rules, draft, ZoneId.systemDefault());
            calls.forEach(backtest::add);
            List<BacktestResult.Change> changes = backtest.result().changes();
            assertTrue(changes.stream().anyMatch(c -> c.callId().equals("dispute-already-paid")
                    && c.rule().equals("client-says-paid") && c.change().equals("lost")),
                    "the moved phrase loses the dispute call's prompt: " + changes);
            // What else changes follows from it in the same call (a prompt the lost one held back).
            assertTrue(changes.stream().allMatch(c -> c.callId().equals("dispute-already-paid")), changes.toString());
            if (round >= 0) {
                took += System.nanoTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "backtest: %d stored calls (%.0f s of audio) in %.1f ms, %.2f ms a call (both rule books)%n",
                calls.size(), audio, took / 1e6 / rounds, took / 1e6 / rounds / calls.size());
    }

    private static String describe(List<Prompt> prompts) {
        return prompts.stream().map(p -> p.rule() + "@" + p.at()).toList().toString();
    }
}
