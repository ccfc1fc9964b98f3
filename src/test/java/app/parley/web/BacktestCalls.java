package app.parley.web;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import app.parley.store.CallStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored calls for the backtest's API and page tests, written to the store as {@code analyze}
 * writes a call: two where the caller says the debt was paid (the built-in {@code dispute}
 * concept hears "already paid"), one where they call a charge a mistake (it does not), and one
 * with neither. {@link #DRAFT} moves the phrase: the first two lose their dispute prompt, the
 * third gains one.
 */
final class BacktestCalls {
    static final String PAID = "bt-paid";
    static final String PAID_TOO = "bt-paid-too";
    static final String MISTAKE = "bt-mistake";
    static final String QUIET = "bt-quiet";
    static final String DRAFT = RuleBook.builtInText("en").replace("      - already paid\n", "      - is a mistake\n");

    private BacktestCalls() {
    }

    static void store(CallStore store) {
        save(store, PAID, "agent-1", Instant.parse("2026-11-20T10:00:00Z"),
                "caller: i already paid this last month", true);
        save(store, PAID_TOO, "agent-2", Instant.parse("2026-11-20T11:00:00Z"),
                "caller: look i already paid that bill", false);
        save(store, MISTAKE, "agent-1", Instant.parse("2026-11-21T10:00:00Z"),
                "caller: this charge is a mistake", false);
        save(store, QUIET, "agent-2", Instant.parse("2026-11-21T11:00:00Z"), "caller: yes speaking", false);
    }

    /** A call: the agent's opening, the caller's line at 4 s, the agent's answer; the prompts the built-in rules raise. */
    private static void save(CallStore store, String id, String agent, Instant startedAt, String callerLine,
            boolean agentFoundItHelpful) {
        List<Utterance> utterances = new ArrayList<>();
        utterances.add(said(Speaker.AGENT, 0, "good morning this is an attempt to collect a debt"));
        utterances.add(said(Speaker.CALLER, 4, callerLine.substring("caller: ".length())));
        utterances.add(said(Speaker.AGENT, 9, "let me check that for you"));
        CallRecord bare = new CallRecord(new CallInfo(id, startedAt, "+15550100" + Math.abs(id.hashCode() % 900 + 100),
                agent, 13.0), utterances, List.of(), null);
        List<Prompt> live = app.parley.backtest.StoredCallReplay.prompts(RuleBook.builtIn("en"), bare, List.of(),
                java.time.ZoneId.systemDefault());
        List<PromptFeedback> feedback = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            if (agentFoundItHelpful && live.get(i).rule().equals("client-says-paid")) {
                feedback.add(new PromptFeedback(i, "helpful", agent, startedAt.plusSeconds(30)));
            }
        }
        float[] quiet = new float[52];
        java.util.Arrays.fill(quiet, -60f);
        store.saveRecord(new CallRecord(bare.call(), utterances, live, null, List.of(), List.of()),
                List.of(new LoudnessTrack(Speaker.AGENT, 0, 0.25, quiet), new LoudnessTrack(Speaker.CALLER, 0, 0.25, quiet)));
        feedback.forEach(f -> store.savePromptFeedback(id, f));
    }

    /** When the {@link #storeMany} calls started: before any other test call, so they are deleted apart. */
    static final Instant MANY_BEFORE = Instant.parse("2021-01-01T00:00:00Z");
    /** The agent of the {@link #storeMany} calls, to choose them by. */
    static final String MANY_AGENT = "agent-many";
    private static final List<String> LINES = List.of("this is an attempt to collect a debt about your balance",
            "i already paid this last month and i have the receipt", "when can you make a payment on the account",
            "i lost my job and i cannot pay anything right now", "we can set up a payment plan of fifty dollars",
            "i will call you back next month when i get paid", "can you pay the full balance by friday",
            "stop calling me at work this is harassment", "i understand that must be hard for you",
            "let me check what options we have for you");

    /**
     * {@code count} long calls (three minutes, 40 turns) of {@link #MANY_AGENT}, started in 2020:
     * a backtest of them runs long enough to be cancelled while it runs. Stored without prompts.
     */
    static void storeMany(CallStore store, int count) {
        for (int i = 0; i < count; i++) {
            List<Utterance> utterances = new ArrayList<>();
            for (int turn = 0; turn < 40; turn++) {
                utterances.add(said(turn % 2 == 0 ? Speaker.AGENT : Speaker.CALLER, turn * 4.5,
                        LINES.get((i + turn) % LINES.size())));
            }
            CallInfo call = new CallInfo("bt-many-" + i, MANY_BEFORE.minusSeconds(3600L * (i + 1)), "+1555010" + (1000 + i),
                    MANY_AGENT, 180.0);
            float[] quiet = new float[720];
            java.util.Arrays.fill(quiet, -60f);
            store.saveRecord(new CallRecord(call, utterances, List.of(), null, List.of(), List.of()),
                    List.of(new LoudnessTrack(Speaker.AGENT, 0, 0.25, quiet), new LoudnessTrack(Speaker.CALLER, 0, 0.25, quiet)));
        }
    }

    /** Deletes the {@link #storeMany} calls, leaving the others. */
    static void deleteMany(CallStore store) {
        store.deleteCallsStartedBefore(MANY_BEFORE, 100_000);
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
