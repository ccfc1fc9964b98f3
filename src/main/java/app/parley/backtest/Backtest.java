package app.parley.backtest;

import app.parley.call.Prompt;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A draft's rules against the rules in force, call by call: each stored call is replayed
 * through both ({@link StoredCallReplay}) and their prompts compared rule by rule. A prompt of
 * the draft matches one of the same rule raised by the rules in force within
 * {@link #TOLERANCE_S} (each matched once, nearest first): unchanged; the rest are gained (the
 * draft's) or lost (the rules in force's). Labels ({@link Labels}) give each rule's precision on
 * both sides. Pure and not thread-safe: one thread adds the calls.
 */
public final class Backtest {
    /** How far apart two prompts of one rule may be and still be the same prompt. */
    public static final double TOLERANCE_S = 2.0;
    /** The changed prompts listed in full; the rest are counted. */
    public static final int MAX_CHANGES_LISTED = 1000;
    private static final double SNIPPET_BEFORE_S = 8;
    private static final double SNIPPET_AFTER_S = 2;
    private static final int SNIPPET_WORDS = 30;

    private final RuleBook published;
    private final RuleBook draft;
    private final ZoneId zone;
    private final Map<String, Tally> byRule = new LinkedHashMap<>();
    private final List<BacktestResult.Change> changes = new ArrayList<>();
    private int changesTotal;
    private int calls;

    /** {@code zone}: where calls' dates are read (the live path's: the system's zone). */
    public Backtest(RuleBook published, RuleBook draft, ZoneId zone) {
        this.published = published;
        this.draft = draft;
        this.zone = zone;
        for (String rule : draft.ruleNames()) {
            tally(rule, draft.kindOf(rule).orElse(null));
        }
        for (String rule : published.ruleNames()) {
            tally(rule, published.kindOf(rule).orElse(null));
        }
    }

    static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE_S + 1e-9;
    }

    /** Replays one call through both rule books (converted once for both) and counts what changed. */
    public void add(StoredCall call) {
        add(replay(call));
    }

    /** A call and its prompts under each rule book. */
    public record Replayed(StoredCall call, List<Prompt> published, List<Prompt> draft) {
    }

    /**
     * Replays one call through both rule books (converted once for both) without counting it:
     * pure, so calls may be replayed on several threads and then counted in order ({@link #add(Replayed)}).
     */
    public Replayed replay(StoredCall call) {
        StoredCallReplay.Call replay = StoredCallReplay.of(call.record(), call.loudness(), zone);
        return new Replayed(call, replay.prompts(published), replay.prompts(draft));
    }

    /** Counts what changed in a call replayed by {@link #replay}. */
    public void add(Replayed replayed) {
        compare(replayed.call(), replayed.published(), replayed.draft());
    }

    /** Counts one call whose prompts under each rule book are given. */
    void compare(StoredCall call, List<Prompt> before, List<Prompt> after) {
        calls++;
        Labels labels = Labels.of(call);
        List<BacktestResult.Change> changedInCall = new ArrayList<>();
        Set<String> rules = new HashSet<>();
        before.forEach(p -> rules.add(p.rule()));
        after.forEach(p -> rules.add(p.rule()));
        for (String rule : rules) {
            List<Prompt> was = before.stream().filter(p -> p.rule().equals(rule)).toList();
            List<Prompt> now = after.stream().filter(p -> p.rule().equals(rule)).toList();
            Tally tally = tally(rule, (now.isEmpty() ? was : now).get(0).kind());
            boolean[] kept = new boolean[now.size()];
            List<Prompt> lost = new ArrayList<>();
            for (Prompt p : was) {
                int match = nearestUnmatched(p, now, kept);
                if (match < 0) {
                    lost.add(p);
                } else {
                    kept[match] = true;
                    tally.unchanged++;
                }
            }
            tally.published += was.size();
            tally.draft += now.size();
            tally.lost += lost.size();
            for (Prompt p : was) {
                labels.of(p).ifPresent(right -> tally.publishedLabel(right));
            }
            for (Prompt p : now) {
                labels.of(p).ifPresent(right -> tally.draftLabel(right));
            }
            List<BacktestResult.Change> changed = new ArrayList<>();
            lost.forEach(p -> changed.add(change(call, p, BacktestResult.Change.LOST, labels.of(p))));
            for (int i = 0; i < now.size(); i++) {
                if (!kept[i]) {
                    tally.gained++;
                    changed.add(change(call, now.get(i), BacktestResult.Change.GAINED, labels.of(now.get(i))));
                }
            }
            if (!changed.isEmpty()) {
                tally.callsAffected++;
                changedInCall.addAll(changed);
            }
        }
        changesTotal += changedInCall.size();
        changedInCall.sort(Comparator.comparingDouble(BacktestResult.Change::at));
        for (BacktestResult.Change c : changedInCall) {
            if (changes.size() < MAX_CHANGES_LISTED) {
                changes.add(c);
            }
        }
    }

    private static int nearestUnmatched(Prompt p, List<Prompt> candidates, boolean[] taken) {
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            double distance = Math.abs(candidates.get(i).at() - p.at());
            if (!taken[i] && near(candidates.get(i).at(), p.at())
                    && (best < 0 || distance < Math.abs(candidates.get(best).at() - p.at()))) {
                best = i;
            }
        }
        return best;
    }

    private Tally tally(String rule, String kind) {
        Tally tally = byRule.computeIfAbsent(rule, r -> new Tally());
        if (tally.kind == null) {
            tally.kind = kind;
        }
        return tally;
    }

    public BacktestResult result() {
        List<BacktestResult.RuleFigures> rules = new ArrayList<>();
        byRule.forEach((rule, t) -> rules.add(new BacktestResult.RuleFigures(rule, t.kind, t.published, t.draft,
                t.gained, t.lost, t.unchanged, t.callsAffected, per100(t.published), per100(t.draft),
                precision(t.publishedRight, t.publishedLabelled), precision(t.draftRight, t.draftLabelled),
                new BacktestResult.Labelled(t.publishedLabelled, t.draftLabelled))));
        List<BacktestResult.Change> listed = new ArrayList<>(changes);
        return new BacktestResult(calls, rules, listed, changesTotal);
    }

    private double per100(int prompts) {
        return calls == 0 ? 0 : Math.round(prompts * 1000.0 / calls) / 10.0;
    }

    private static Double precision(int right, int labelled) {
        return labelled == 0 ? null : Math.round(right * 100.0 / labelled) / 100.0;
    }

    private static BacktestResult.Change change(StoredCall call, Prompt p, String change, Optional<Boolean> label) {
        return new BacktestResult.Change(call.id(), p.rule(), p.kind(), p.at(), change, p.message(), p.evidence(),
                p.speaker() == null ? null : p.speaker().id(), snippet(call.record().utterances(), p.at()),
                replayLink(call.id(), p.at()), label.orElse(null));
    }

    /** Where the replay page opens the call at that second. */
    static String replayLink(String callId, double at) {
        return "/replay.html?call=" + URLEncoder.encode(callId, StandardCharsets.UTF_8) + "&t="
                + String.format(Locale.ROOT, "%.1f", at);
    }

    /** The words said just before the moment (and just after), each party's run named: "caller: … · agent: …". */
    static String snippet(List<Utterance> utterances, double at) {
        List<String[]> said = new ArrayList<>();
        for (Utterance u : utterances) {
            for (Word w : u.words()) {
                if (w.end() >= at - SNIPPET_BEFORE_S && w.start() <= at + SNIPPET_AFTER_S) {
                    said.add(new String[] {u.speaker().id(), w.word(), String.valueOf(w.start())});
                }
            }
        }
        said.sort(Comparator.comparingDouble(w -> Double.parseDouble(w[2])));
        List<String[]> kept = said.size() > SNIPPET_WORDS ? said.subList(said.size() - SNIPPET_WORDS, said.size()) : said;
        StringBuilder text = new StringBuilder();
        String speaker = null;
        for (String[] word : kept) {
            if (!word[0].equals(speaker)) {
                text.append(speaker == null ? "" : " · ").append(word[0]).append(':');
                speaker = word[0];
            }
            text.append(' ').append(word[1]);
        }
        return text.toString();
    }

    private static final class Tally {
        String kind;
        int published;
        int draft;
        int gained;
        int lost;
        int unchanged;
        int callsAffected;
        int publishedLabelled;
        int publishedRight;
        int draftLabelled;
        int draftRight;

        void publishedLabel(boolean right) {
            publishedLabelled++;
            publishedRight += right ? 1 : 0;
        }

        void draftLabel(boolean right) {
            draftLabelled++;
            draftRight += right ? 1 : 0;
        }
    }
}
