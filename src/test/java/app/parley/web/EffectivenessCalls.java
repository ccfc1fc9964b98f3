package app.parley.web;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.store.CallStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored calls for the effectiveness API and page tests, each with the prompts raised live and
 * the agent's word on them: two urgency prompts a week apart, one followed by a near day (agent-1,
 * marked helpful) and one not (agent-2, dismissed), and a dispute prompt (not measured).
 */
final class EffectivenessCalls {
    static final String FOLLOWED = "eff-followed";
    static final String IGNORED = "eff-ignored";
    static final String DISPUTE = "eff-dispute";
    static final double PROMPT_AT = 3.2;

    private EffectivenessCalls() {
    }

    static void store(CallStore store) {
        save(store, FOLLOWED, "agent-1", Instant.parse("2026-11-26T10:00:00Z"), "i will pay next month",
                "could you make a payment tomorrow", "urgency", "client-defers", "helpful");
        save(store, IGNORED, "agent-2", Instant.parse("2026-11-19T10:00:00Z"), "i will pay next month",
                "all right next month then", "urgency", "client-defers", "dismissed");
        save(store, DISPUTE, "agent-1", Instant.parse("2026-11-26T11:00:00Z"), "i already paid this",
                "let me check that for you", "dispute", "client-says-paid", null);
    }

    private static void save(CallStore store, String id, String agent, Instant startedAt, String callerLine,
            String agentAnswer, String kind, String rule, String verdict) {
        List<Utterance> utterances = List.of(said(Speaker.AGENT, 0, "good morning"), said(Speaker.CALLER, 1, callerLine),
                said(Speaker.AGENT, 6, agentAnswer));
        Prompt prompt = new Prompt(kind, rule, PROMPT_AT, "message", callerLine, Speaker.CALLER, Prompt.Severity.WARN);
        store.saveRecord(new CallRecord(new CallInfo(id, startedAt, "+15550100200", agent, 12.0), utterances,
                List.of(prompt), null), List.of());
        if (verdict != null) {
            store.savePromptFeedback(id, new PromptFeedback(0, verdict, agent, startedAt.plusSeconds(5)));
        }
    }

    private static Utterance said(Speaker speaker, double start, String text) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String word : text.split(" ")) {
            words.add(new Word(word, Math.round(t * 100) / 100.0, Math.round((t + 0.25) * 100) / 100.0, 1.0));
            t += 0.3;
        }
        return new Utterance(speaker, start, words.get(words.size() - 1).end(), text, words);
    }
}
