package app.parley.coaching;

import app.parley.call.Word;
import java.util.ArrayList;
import java.util.List;

/** Words with timings, as the recogniser would give them, for feeding sessions in tests. */
final class Said {
    static final double WORD_SECONDS = 0.3;
    /** The day test calls take place: a Monday. */
    static final java.time.LocalDate CALL_DATE = java.time.LocalDate.of(2026, 11, 9);

    private Said() {
    }

    /** {@code text} spoken from {@code start}, a word every 0.3 s. */
    static List<Word> words(String text, double start) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String word : text.trim().split("\\s+")) {
            words.add(new Word(word, round(t), round(t + WORD_SECONDS - 0.05), 1.0));
            t += WORD_SECONDS;
        }
        return words;
    }

    /**
     * The coaching prompts of {@code raised}: tests of coaching leave out the compliance pack's
     * alerts, which a scripted turn without the collector's disclosure raises (ComplianceRulesTest
     * covers those).
     */
    static List<app.parley.call.Prompt> coaching(List<app.parley.call.Prompt> raised) {
        return raised.stream().filter(p -> !p.kind().equals("compliance")).toList();
    }

    /**
     * Every prompt a session of {@code book} raises on {@code turns} (speaker, text, speaker,
     * text...), each said as a final result {@code gap} seconds after the one before, and 10 s
     * after the last.
     */
    static List<app.parley.call.Prompt> turns(RuleBook book, double gap, Object... turns) {
        return turns(book, CALL_DATE, gap, turns);
    }

    /** As {@link #turns(RuleBook, double, Object...)}, on a call of {@code callDate}. */
    static List<app.parley.call.Prompt> turns(RuleBook book, java.time.LocalDate callDate, double gap, Object... turns) {
        CoachingSession session = CoachingEngine.of(book).open(FactsView.NONE, callDate);
        List<app.parley.call.Prompt> raised = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < turns.length; i += 2) {
            List<Word> words = words((String) turns[i + 1], t);
            t = end(words);
            session.words((app.parley.call.Speaker) turns[i], words, true);
            raised.addAll(session.advanceTo(t + 0.3));
            t += gap;
            raised.addAll(session.advanceTo(t));
        }
        raised.addAll(session.advanceTo(t + 10));
        return raised;
    }

    /**
     * Every prompt a session of {@code book} raises when {@code speaker}'s partial result reads
     * {@code partial} for a while and the final result then reads {@code revised}.
     */
    static List<app.parley.call.Prompt> revised(RuleBook book, app.parley.call.Speaker speaker, String partial,
            String revised) {
        CoachingSession session = CoachingEngine.of(book).open(FactsView.NONE, CALL_DATE);
        session.words(speaker, words(partial, 0), false);
        List<app.parley.call.Prompt> raised = new ArrayList<>(session.advanceTo(end(words(partial, 0)) + 3));
        List<Word> fin = words(revised, 0);
        session.words(speaker, fin, true);
        raised.addAll(session.advanceTo(end(fin) + 5));
        return raised;
    }

    /** The coaching prompts (kind/rule) a session of {@code book} raises on {@code turns}, a second apart, on a call of {@code callDate}. */
    static List<String> rules(RuleBook book, java.time.LocalDate callDate, Object... turns) {
        return coaching(turns(book, callDate, 1.0, turns)).stream().map(p -> p.kind() + "/" + p.rule()).toList();
    }

    /** Those of {@code raised} (kind/rule, as {@link #rules} gives them) of one kind. */
    static List<String> ofKind(String kind, List<String> raised) {
        return raised.stream().filter(r -> r.startsWith(kind + "/")).toList();
    }

    /** The prompts of one kind {@link #rules} gives: what most reading tests assert. */
    static List<String> ofKind(String kind, RuleBook book, java.time.LocalDate callDate, Object... turns) {
        return ofKind(kind, rules(book, callDate, turns));
    }

    /** The compliance rules a session of {@code book} raises on {@code turns}, two seconds apart. */
    static List<String> breaches(RuleBook book, java.time.LocalDate callDate, Object... turns) {
        return turns(book, callDate, 2.0, turns).stream().filter(p -> p.kind().equals("compliance"))
                .map(app.parley.call.Prompt::rule).toList();
    }

    static double end(List<Word> words) {
        return words.get(words.size() - 1).end();
    }

    private static double round(double t) {
        return Math.round(t * 1000) / 1000.0;
    }
}
