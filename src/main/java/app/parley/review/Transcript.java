package app.parley.review;

import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A finished call's words, searched for the rules' concepts one utterance at a time (as the
 * engine matches them). An utterance stored without word timings has its text spread evenly
 * over its span.
 */
final class Transcript {
    /** A concept found in one party's words (or, from a loudness track, a stretch of their voice). */
    record Hit(Speaker speaker, double start, double end, String text, Moment.Source source) {
        Moment moment() {
            return new Moment(start, speaker, text, source);
        }
    }

    private final RuleBook book;
    private final List<Utterance> utterances;
    private final List<List<Word>> words = new ArrayList<>();
    private final double end;
    /** How far back a day the other party proposed is taken up rather than put off (the built-in rules' 60 s). */
    private static final double PROPOSED_WITHIN_S = 60;

    /** The day the call started, where it was taken (the host's time zone), or null. */
    private final java.time.LocalDate callDate;

    Transcript(CallRecord record, RuleBook book) {
        this.book = book;
        this.callDate = record.call() == null || record.call().startedAt() == null ? null
                : record.call().startedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        this.utterances = record.utterances();
        double last = 0;
        for (Utterance u : utterances) {
            words.add(wordsOf(u));
            last = Math.max(last, u.end());
        }
        for (Prompt p : record.prompts()) {
            last = Math.max(last, p.at());
        }
        Double duration = record.call() == null ? null : record.call().durationS();
        this.end = duration != null ? duration : last;
    }

    /** Where the concept was said, by {@code speaker} (null: either party), in call order. */
    List<Hit> find(String concept, Speaker speaker) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            if (speaker != null && u.speaker() != speaker) {
                continue;
            }
            for (RuleBook.Found f : book.find(concept, words.get(i))) {
                hits.add(new Hit(u.speaker(), f.start(), f.end(), f.text(), Moment.Source.UTTERANCE));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::start));
        return hits;
    }

    /**
     * Where {@code speaker} put a payment off to a day that is not near, or to none ("next
     * month", "after the holidays", "later"), read as the coaching rules read dates against the
     * day the call started, leaving out a day the other party proposed in the minute before;
     * none when the call's start is unknown.
     */
    List<Hit> laterDays(Speaker speaker) {
        List<Hit> hits = new ArrayList<>();
        if (callDate == null) {
            return hits;
        }
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            if (u.speaker() == speaker) {
                // The other party's words of the minute before: a day they proposed, taken up, is none put off.
                List<Word> before = new ArrayList<>();
                for (int j = 0; j < utterances.size(); j++) {
                    if (utterances.get(j).speaker() != speaker) {
                        words.get(j).stream().filter(w -> w.end() <= u.start() + 0.5 && w.end() >= u.start() - PROPOSED_WITHIN_S)
                                .forEach(before::add);
                    }
                }
                for (RuleBook.Found f : book.laterDays(words.get(i), callDate, before)) {
                    hits.add(new Hit(u.speaker(), f.start(), f.end(), f.text(), Moment.Source.UTTERANCE));
                }
            }
        }
        return hits;
    }

    /** Each utterance of {@code speaker} with its words. */
    List<List<Word>> wordsOf(Speaker speaker) {
        List<List<Word>> out = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            if (utterances.get(i).speaker() == speaker) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    boolean spoke(Speaker speaker) {
        return wordsOf(speaker).stream().anyMatch(w -> !w.isEmpty());
    }

    /** The call's last second: its duration, or else its last word or prompt. */
    double end() {
        return end;
    }

    String language() {
        return book.language();
    }

    private static List<Word> wordsOf(Utterance u) {
        if (!u.words().isEmpty() || u.text() == null || u.text().isBlank()) {
            return u.words();
        }
        String[] said = u.text().trim().split("\\s+");
        double step = Math.max(0, u.end() - u.start()) / said.length;
        List<Word> spread = new ArrayList<>();
        for (int i = 0; i < said.length; i++) {
            spread.add(new Word(said[i], u.start() + i * step, u.start() + (i + 1) * step, 1.0));
        }
        return spread;
    }
}
