package app.parley.review;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-written call records: each utterance spoken from a given second, a word every 0.3 s. */
final class Calls {
    static final double WORD_SECONDS = 0.3;

    private final List<Utterance> utterances = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private JsonNode facts;
    private Double duration;

    static Calls call() {
        return new Calls();
    }

    Calls agent(double start, String text) {
        return say(Speaker.AGENT, start, text);
    }

    Calls caller(double start, String text) {
        return say(Speaker.CALLER, start, text);
    }

    Calls prompt(String kind, String rule, double at, String evidence, Speaker speaker) {
        prompts.add(new Prompt(kind, rule, at, "message of " + rule, evidence, speaker, Prompt.Severity.WARN));
        return this;
    }

    Calls facts(JsonNode json) {
        facts = json;
        return this;
    }

    Calls duration(double seconds) {
        duration = seconds;
        return this;
    }

    CallRecord build() {
        return new CallRecord(new CallInfo("c1", Instant.parse("2026-03-16T10:00:00Z"), "+15550100101", "ana",
                duration), utterances, prompts, facts);
    }

    private Calls say(Speaker speaker, double start, String text) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String word : text.trim().split("\\s+")) {
            words.add(new Word(word, round(t), round(t + WORD_SECONDS - 0.05), 1.0));
            t += WORD_SECONDS;
        }
        utterances.add(new Utterance(speaker, start, words.get(words.size() - 1).end(), text, words));
        return this;
    }

    private static double round(double t) {
        return Math.round(t * 1000) / 1000.0;
    }

    /**
     * A party's loudness in 50 ms steps: speech at {@code calm} dBFS, with a pause (-70 dBFS)
     * every fifth step as speech has, raised to {@code loud} over each [from, to) of
     * {@code loudSpans}, for {@code seconds}.
     */
    static LoudnessTrack track(Speaker speaker, double seconds, float calm, float loud, double... loudSpans) {
        int steps = (int) Math.round(seconds / 0.05);
        float[] levels = new float[steps];
        for (int i = 0; i < steps; i++) {
            double t = i * 0.05;
            boolean raised = false;
            for (int s = 0; s < loudSpans.length; s += 2) {
                raised |= t >= loudSpans[s] - 1e-9 && t < loudSpans[s + 1] - 1e-9;
            }
            levels[i] = i % 5 == 4 ? -70f : raised ? loud : calm;
        }
        return new LoudnessTrack(speaker, 0, 0.05, levels);
    }
}
