package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.testing.TestAudio;
import app.parley.testing.Wer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a correct call record of a synthesized call looks like. The word error rate bound:
 * {@code ResamplingWerTest} measures the sox-resampled baseline on the same voices at about
 * 0.10 (0.15 for the agent's slt voice alone); 0.25 leaves room for short passages, where one
 * wrong word costs four to five points. See docs/speech.md.
 */
public final class LiveTranscriptionEndToEndTestSupport {
    public static final double WER_BOUND = 0.25;

    /** A short collections call without names (the small model knows few), used by the end-to-end tests. */
    public static final String[] COLLECTIONS_CALL = {
        "agent: Good morning. I am calling about your account with our company.",
        "caller: Yes. What is this about?",
        "agent: There is a balance of four hundred dollars that is sixty days past due.",
        "caller: I lost my job last month and I cannot pay all of it right now.",
        "agent: I understand. Can you make a payment of one hundred dollars by Friday?",
        "caller: I think I can pay one hundred dollars on Friday.",
    };

    private LiveTranscriptionEndToEndTestSupport() {
    }

    public static String said(JsonNode record, Speaker speaker) {
        List<String> texts = new ArrayList<>();
        for (JsonNode utterance : record.get("utterances")) {
            if (utterance.get("speaker").asText().equals(speaker.id())) {
                texts.add(utterance.get("text").asText());
            }
        }
        return String.join(" ", texts);
    }

    /** The party's utterances with their call times, so that a failure shows clipped or late words. */
    private static String timed(JsonNode record, Speaker speaker) {
        List<String> texts = new ArrayList<>();
        for (JsonNode utterance : record.get("utterances")) {
            if (utterance.get("speaker").asText().equals(speaker.id())) {
                texts.add(String.format("[%.2f-%.2f] %s", utterance.get("start").asDouble(),
                        utterance.get("end").asDouble(), utterance.get("text").asText()));
            }
        }
        return String.join(" ", texts);
    }

    /** Each party's words within the WER bound, and each utterance inside a turn of its own speaker. */
    public static void assertSpokenAsScripted(JsonNode record, TestAudio.Call call) {
        assertSpokenAsScripted(record, call, 0.5, WER_BOUND);
    }

    /**
     * As above, each utterance within {@code tolerance} seconds of its turn and each party's words
     * within {@code werBound}; every scripted turn is heard, however loose the bound.
     */
    public static void assertSpokenAsScripted(JsonNode record, TestAudio.Call call, double tolerance, double werBound) {
        for (Speaker speaker : Speaker.values()) {
            double wer = Wer.of(call.said(speaker), said(record, speaker));
            System.out.printf("%s WER %.3f: %s%n", speaker.id(), wer, timed(record, speaker));
            assertTrue(wer <= werBound, speaker.id() + " WER " + wer + ": " + timed(record, speaker));
        }
        for (TestAudio.Turn turn : call.turns()) {
            boolean heard = false;
            for (JsonNode utterance : record.get("utterances")) {
                heard |= utterance.get("speaker").asText().equals(turn.speaker().id())
                        && utterance.get("start").asDouble() < turn.end() + tolerance
                        && utterance.get("end").asDouble() > turn.start() - tolerance;
            }
            assertTrue(heard, "no utterance for the turn " + turn + ": " + record.get("utterances"));
        }
        for (JsonNode utterance : record.get("utterances")) {
            double start = utterance.get("start").asDouble();
            double end = utterance.get("end").asDouble();
            TestAudio.Turn turn = call.turns().stream()
                    .filter(t -> t.start() - tolerance <= start && end <= t.end() + tolerance).findFirst()
                    .orElseThrow(() -> new AssertionError("utterance at " + start + "-" + end
                            + " matches no scripted turn within " + tolerance + " s: " + utterance));
            assertEquals(turn.speaker().id(), utterance.get("speaker").asText(), "speaker of " + utterance);
            assertEquals(turn.start(), start, tolerance, "start of " + utterance);
        }
    }
}
