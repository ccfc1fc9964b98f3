package app.parley.backtest;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.PromptMark;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.review.ReviewOverride;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-built stored calls: each utterance spoken from a given second, a word every 0.3 s. */
final class StoredCalls {
    static final Instant STARTED = Instant.parse("2026-11-09T10:00:00Z");

    private final String id;
    private final List<Utterance> utterances = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private final List<PromptFeedback> feedback = new ArrayList<>();
    private final List<ReviewOverride> overrides = new ArrayList<>();
    private final List<PromptMark> marks = new ArrayList<>();
    private final List<LoudnessTrack> loudness = new ArrayList<>();

    private StoredCalls(String id) {
        this.id = id;
    }

    static StoredCalls call(String id) {
        return new StoredCalls(id);
    }

    static Prompt prompt(String kind, String rule, double at) {
        return new Prompt(kind, rule, at, "message of " + rule, "evidence", Speaker.CALLER, Prompt.Severity.WARN);
    }

    StoredCalls agent(double start, String text) {
        return say(Speaker.AGENT, start, text);
    }

    StoredCalls caller(double start, String text) {
        return say(Speaker.CALLER, start, text);
    }

    /** A prompt raised live, and what the agent said of it (null: nothing). */
    StoredCalls live(Prompt prompt, String verdict) {
        if (verdict != null) {
            feedback.add(new PromptFeedback(prompts.size(), verdict, "agent-1", STARTED.plusSeconds(600)));
        }
        prompts.add(prompt);
        return this;
    }

    StoredCalls override(String element, String verdict, int minutesAfter) {
        overrides.add(ReviewOverride.of(element, verdict, "checked", "quinn", STARTED.plusSeconds(60L * minutesAfter)));
        return this;
    }

    StoredCalls mark(String rule, double at, boolean right, int minutesAfter) {
        marks.add(new PromptMark(rule, at, right, "ada", STARTED.plusSeconds(60L * minutesAfter)));
        return this;
    }

    StoredCalls loudness(LoudnessTrack track) {
        loudness.add(track);
        return this;
    }

    StoredCall build() {
        double end = utterances.stream().mapToDouble(Utterance::end).max().orElse(0) + 3;
        return new StoredCall(new CallRecord(new CallInfo(id, STARTED, "+15550100101", "agent-1", end), utterances,
                prompts, null, List.of(), feedback), loudness, overrides, marks);
    }

    private StoredCalls say(Speaker speaker, double start, String text) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String word : text.trim().split("\\s+")) {
            words.add(new Word(word, round(t), round(t + 0.25), 1.0));
            t += 0.3;
        }
        utterances.add(new Utterance(speaker, start, words.get(words.size() - 1).end(), text, words));
        return this;
    }

    private static double round(double t) {
        return Math.round(t * 1000) / 1000.0;
    }
}
