package app.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.testing.TestAudio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure parts of the capacity benchmark's figures: percentiles, utterances lost, turns unheard, /metrics. */
class CapacityFiguresTest {
    @Test
    void percentileIsTheNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(5.0, LiveBench.percentile(values, 50));
        assertEquals(10.0, LiveBench.percentile(values, 95));
        assertEquals(1.0, LiveBench.percentile(values, 1));
        assertEquals(7.0, LiveBench.percentile(List.of(7.0), 95));
        assertTrue(Double.isNaN(LiveBench.percentile(List.of(), 50)));
        assertEquals("-", LiveBench.ms(List.of(), 95));
        assertEquals("1250 ms", LiveBench.ms(List.of(1.25), 95));
    }

    @Test
    void anUtterancePublishedButNotStoredIsLostAndSoIsOneStoredButNeverPublished() {
        var published = List.of(heard(Speaker.CALLER, 1.0, "i cannot pay"), heard(Speaker.AGENT, 3.5, "i see"));
        assertEquals(0, CapacityBenchmark.unmatched(published,
                List.of(utterance(Speaker.AGENT, 3.5, "i see"), utterance(Speaker.CALLER, 1.0, "i cannot pay"))));
        assertEquals(1, CapacityBenchmark.unmatched(published, List.of(utterance(Speaker.CALLER, 1.0, "i cannot pay"))));
        assertEquals(2, CapacityBenchmark.unmatched(published, List.of(utterance(Speaker.CALLER, 1.0, "i cannot pay"),
                utterance(Speaker.AGENT, 3.5, "i sea"))));
        assertEquals(1, CapacityBenchmark.unmatched(List.of(), List.of(utterance(Speaker.AGENT, 3.5, "i see"))));
        assertEquals(0, CapacityBenchmark.unmatched(List.of(), List.of(utterance(Speaker.AGENT, 3.5, ""))),
                "an empty stored utterance was never a result to publish");
    }

    @Test
    void aTurnIsHeardWhenAnUtteranceOfItsPartyOverlapsIt() {
        var turns = List.of(new TestAudio.Turn(Speaker.AGENT, 0.0, 2.0, "Good morning."),
                new TestAudio.Turn(Speaker.CALLER, 2.4, 4.0, "Yes."),
                new TestAudio.Turn(Speaker.AGENT, 4.4, 6.0, "I am calling about the balance."));
        var stored = List.of(new Utterance(Speaker.AGENT, 0.2, 1.9, "good morning", List.of()),
                new Utterance(Speaker.AGENT, 2.6, 3.0, "yes", List.of()));
        List<TestAudio.Turn> unheard = CapacityBenchmark.unheard(turns, stored);
        assertEquals(List.of(turns.get(1), turns.get(2)), unheard, "the other party's words do not count");
    }

    @Test
    void metricsAreSummedOverTheirLabels() {
        Map<String, Double> totals = CapacityBenchmark.parseMetrics("""
                # HELP parley_speech_audio_seconds_total Audio received
                # TYPE parley_speech_audio_seconds_total counter
                parley_speech_audio_seconds_total{speaker="caller"} 12.5
                parley_speech_audio_seconds_total{speaker="agent"} 7.5
                parley_calls_live 3.0
                jvm_info{version="17 {x}"} 1
                """);
        assertEquals(20.0, totals.get(CapacityBenchmark.AUDIO_SECONDS));
        assertEquals(3.0, totals.get("parley_calls_live"));
        assertEquals(1.0, totals.get("jvm_info"));
        assertFalse(totals.containsKey(CapacityBenchmark.SKIPPED_SECONDS));
    }

    @Test
    void aRulesWaitIsReadInSeconds() throws Exception {
        Map<String, Double> waits = CapacityBenchmark.ruleWaits("""
                rules:
                  - name: client-defers
                    kind: urgency
                    wait: 0.6 s
                  - name: cannot-pay-no-options
                    kind: options
                """);
        assertEquals(Map.of("client-defers", 0.6), waits);
    }

    private static CapacityBenchmark.Heard heard(Speaker speaker, double start, String text) {
        return new CapacityBenchmark.Heard(speaker, start, start + 1, text, 0);
    }

    private static Utterance utterance(Speaker speaker, double start, String text) {
        return new Utterance(speaker, start, start + 1, text, List.of());
    }
}
