package app.parley.coaching;

import app.parley.audio.AcousticFrame;
import app.parley.audio.LoudnessBaseline;
import app.parley.call.Word;
import app.parley.meaning.Amounts;
import app.parley.meaning.DateMention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the session knows of one party. */
final class Party {
    /** What the rules read in this party's words: no other concept is looked for there. */
    final PartyReads reads;
    final List<Word> finals = new ArrayList<>();
    List<Word> partial = List.of();
    /** The partial result in progress as read: the next result is read on from it. */
    CallReading.Heard heard;
    final Map<String, List<Concept.Match>> finalMatches = new HashMap<>();
    /**
     * The partial result in progress's matches: of the concepts its triggers read, as it came;
     * of the others, once a condition has asked ({@link #later}).
     */
    Map<String, List<Concept.Match>> partialMatches = Map.of();
    /**
     * Reads what the partial result in progress says that no trigger read as it came (the
     * concepts, dates and amounts only conditions ask for), when first asked; null: nothing left
     * to read (a final result, or no result yet). Most partial results are never asked.
     */
    Later later;
    /** End of the last word heard from this party, partial or final. */
    double lastWordEnd = Double.NEGATIVE_INFINITY;
    /** End of the party's last voiced window: they may be saying words not recognised yet. */
    double lastVoicedEnd = Double.NEGATIVE_INFINITY;
    /** Dates and amounts understood in the final words, and in the partial in progress (null: not read yet, {@link #later}). */
    final List<Timed<DateMention>> finalDates = new ArrayList<>();
    List<Timed<DateMention>> partialDates = List.of();
    final List<Timed<Amounts.Amount>> finalAmounts = new ArrayList<>();
    List<Timed<Amounts.Amount>> partialAmounts = List.of();
    /** The options laid out in each of the party's turns (the latest count of a turn replaces its earlier one). */
    final List<Timed<Integer>> optionTurns = new ArrayList<>();
    final LoudnessBaseline baseline = new LoudnessBaseline();
    double voicedSeconds;
    /** The frames of the longest window a {@code loud} rule judges. */
    final Deque<AcousticFrame> recent = new ArrayDeque<>();
    final Map<Rule, Stretch> loud = new HashMap<>();

    Party(PartyReads reads) {
        this.reads = reads;
    }

    /** What the partial result in progress says, read when first asked: the same as read at once (a pure reading). */
    interface Later {
        /** Its matches of a concept the party's words are searched for ({@link PartyReads}). */
        List<Concept.Match> matches(String concept);

        List<Timed<DateMention>> dates();

        List<Timed<Amounts.Amount>> amounts();
    }

    /** Room for the voiced levels of one loud window, sorted in place: no array per frame. */
    double[] loudLevels = new double[64];

    /** A loud stretch in progress: since when, when its last loud window ended, whether it raised its prompt. */
    static final class Stretch {
        final double start;
        boolean raised;
        /** A pause shorter than {@link RuleBook.RaisedVoice#PAUSE_S} after this goes on with the stretch. */
        double lastLoud;

        Stretch(double start) {
            this.start = start;
            this.lastLoud = start;
        }
    }

    /** The party's words (final, then the partial in progress) that overlap [from, to]. */
    String wordsBetween(double from, double to) {
        List<String> said = new ArrayList<>();
        for (List<Word> list : List.of(finals, partial)) {
            for (Word w : list) {
                if (w.end() > from + 1e-6 && w.start() < to - 1e-6) {
                    said.add(w.word());
                }
            }
        }
        return String.join(" ", said);
    }

    /** When the party's last word that overlaps [from, to] ends; NaN if none. */
    double lastWordEnd(double from, double to) {
        double end = Double.NaN;
        for (List<Word> list : List.of(finals, partial)) {
            for (Word w : list) {
                if (w.end() > from + 1e-6 && w.start() < to - 1e-6 && !(w.end() <= end)) {
                    end = w.end();
                }
            }
        }
        return end;
    }

    /** The party's first word (final, then the partial in progress) begun at or after {@code at}; null if none yet. */
    String wordAfter(double at) {
        for (List<Word> list : List.of(finals, partial)) {
            for (Word w : list) {
                if (w.start() >= at - 1e-6) {
                    return w.word();
                }
            }
        }
        return null;
    }

    /**
     * When the party began a stretch of speech after {@code from} and before {@code to}: their first
     * word there that follows a pause of {@code pause} or more (or begins all they said); NaN if none.
     */
    double stretchBegun(double from, double to, double pause) {
        int i = finals.size();
        while (i > 0 && finals.get(i - 1).end() > from - pause) {
            i--;
        }
        double before = i > 0 ? finals.get(i - 1).end() : Double.NEGATIVE_INFINITY;
        for (int k = i; k < finals.size() + partial.size(); k++) {
            Word w = word(k);
            if (w.start() >= to) {
                break;
            }
            if (w.start() > from && w.start() - before >= pause) {
                return w.start();
            }
            before = Math.max(before, w.end());
        }
        return Double.NaN;
    }

    /** The party's {@code k}th word heard: the final words, then the partial in progress. */
    Word word(int k) {
        return k < finals.size() ? finals.get(k) : partial.get(k - finals.size());
    }

    /** When the party's latest stretch of speech begun before {@code t} began (see {@link #stretchBegun}); NaN if none. */
    double stretchStartBefore(double t, double pause) {
        for (int k = finals.size() + partial.size() - 1; k >= 0; k--) {
            Word w = word(k);
            if (w.start() >= t) {
                continue;
            }
            if (k == 0 || w.start() - word(k - 1).end() >= pause) {
                return w.start();
            }
        }
        return Double.NaN;
    }

    List<Timed<DateMention>> dates() {
        if (partialDates == null) {
            partialDates = later.dates();
        }
        List<Timed<DateMention>> all = new ArrayList<>(finalDates);
        all.addAll(partialDates);
        return all;
    }

    List<Timed<Amounts.Amount>> amounts() {
        if (partialAmounts == null) {
            partialAmounts = later.amounts();
        }
        List<Timed<Amounts.Amount>> all = new ArrayList<>(finalAmounts);
        all.addAll(partialAmounts);
        return all;
    }

    List<Concept.Match> matches(String concept) {
        assert reads.reads(concept) : "the matches of '" + concept + "' are read, yet not looked for (PartyReads)";
        List<Concept.Match> all = new ArrayList<>(finalMatches.getOrDefault(concept, List.of()));
        List<Concept.Match> partialOnes = partialMatches.get(concept);
        if (partialOnes == null && later != null && reads.reads(concept)) {
            partialOnes = later.matches(concept);
            partialMatches.put(concept, partialOnes);
        }
        all.addAll(partialOnes == null ? List.of() : partialOnes);
        return all;
    }
}
