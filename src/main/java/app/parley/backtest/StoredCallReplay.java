package app.parley.backtest;

import app.parley.audio.AcousticFrame;
import app.parley.audio.AcousticMeter;
import app.parley.audio.VoiceActivity;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.CallReading;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import app.parley.coaching.RuleBook;
import app.parley.live.CoachingClock;
import app.parley.speech.TranscriptUpdate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stored call coached again by any rules, without recognising it again: its stored words and
 * loudness become what its recognisers and meters gave live, and go to a session through the
 * live path's {@link CoachingClock}, read against the call's own date. Pure.
 *
 * <p>What is stored is less than what coaching heard live, so this is the call as it most
 * likely unfolded: each utterance's words arrive one by one as partial results
 * {@link #PARTIAL_DELAY} after each word ends (how late the recogniser shows a word) and the
 * final result {@link #FINAL_DELAY} after its last word (the recogniser's end-of-utterance
 * silence); each party's loudness, kept in 0.25 s steps, comes back as the meter's 50 ms windows
 * at the step's level, voiced as the meter decides from those levels. Account facts are not
 * replayed: messages that need them read as the rule's fallback, and contact checks (calling
 * hours, frequency) stay quiet.
 */
public final class StoredCallReplay {
    static final double PARTIAL_DELAY = 0.2;
    static final double FINAL_DELAY = 0.5;

    private StoredCallReplay() {
    }

    /** The prompts {@code rules} raise on the call; {@code zone} gives the call's date from its start. */
    public static List<Prompt> prompts(RuleBook rules, CallRecord record, List<LoudnessTrack> loudness, ZoneId zone) {
        return of(record, loudness, zone).prompts(rules);
    }

    /** The call as its recognisers and meters gave it live, ready to be coached by any rules. */
    public static Call of(CallRecord record, List<LoudnessTrack> loudness, ZoneId zone) {
        return of(record, loudness, zone, CallReading.forOneCall());
    }

    /**
     * {@link #of}, its words read as a backtest read them until 4 December: everything the rules
     * read in a party's words read in every partial result, each concept reading its own intents
     * ({@link CallReading#forOneCallReadingEveryResult}). The same prompts, slower: kept to time
     * and check the faster reading against in the same run (the benchmark, the tests).
     */
    public static Call readingEveryResult(CallRecord record, List<LoudnessTrack> loudness, ZoneId zone) {
        return of(record, loudness, zone, CallReading.forOneCallReadingEveryResult());
    }

    private static Call of(CallRecord record, List<LoudnessTrack> loudness, ZoneId zone, CallReading reading) {
        LocalDate callDate = LocalDate.ofInstant(record.call().startedAt(), zone);
        double duration = duration(record, loudness);
        List<CoachingClock.Recorded> parties = new ArrayList<>();
        for (Speaker speaker : Speaker.values()) {
            List<CoachingClock.Heard> heard = new ArrayList<>(words(record.utterances(), speaker));
            loudness.stream().filter(track -> track.speaker() == speaker).forEach(track -> heard.addAll(sounds(track)));
            parties.add(new CoachingClock.Recorded(speaker, heard, TranscriptUpdate.NONE, duration));
        }
        return new Call(callDate, duration, List.copyOf(parties), reading);
    }

    /**
     * A stored call converted once and coached by one rule book after another (a backtest's
     * rules in force, then its draft): each gets the same results and windows, and what the
     * words say is read once for all ({@link CallReading}). Not thread-safe.
     */
    public static final class Call {
        private final LocalDate callDate;
        private final double duration;
        private final List<CoachingClock.Recorded> parties;
        private final CallReading reading;

        private Call(LocalDate callDate, double duration, List<CoachingClock.Recorded> parties, CallReading reading) {
            this.callDate = callDate;
            this.duration = duration;
            this.parties = parties;
            this.reading = reading;
        }

        /** The prompts {@code rules} raise on the call. */
        public List<Prompt> prompts(RuleBook rules) {
            return prompts(rules, reading);
        }

        /**
         * {@link #prompts}, the session reading every result itself, sharing nothing, every
         * concept in both parties' words ({@link CallReading#readingAll}): how a backtest replayed
         * each rule book before, kept to check the faster reading against (the benchmark,
         * {@code BacktestBenchmark}; the tests).
         */
        public List<Prompt> promptsReadAlone(RuleBook rules) {
            return prompts(rules, CallReading.readingAll());
        }

        private List<Prompt> prompts(RuleBook rules, CallReading words) {
            return CoachingClock.replay(CoachingEngine.of(rules).open(FactsView.NONE, callDate, words), duration,
                    parties);
        }
    }

    static double duration(CallRecord record, List<LoudnessTrack> loudness) {
        double end = record.call().durationS() == null ? 0 : record.call().durationS();
        for (Utterance u : record.utterances()) {
            end = Math.max(end, u.end() + FINAL_DELAY);
        }
        for (LoudnessTrack track : loudness) {
            end = Math.max(end, track.startOf(track.size()));
        }
        return end;
    }

    /** One party's utterances as its recogniser gave them: word by word, then final. */
    static List<CoachingClock.Heard> words(List<Utterance> utterances, Speaker speaker) {
        List<Utterance> own = utterances.stream().filter(u -> u.speaker() == speaker && !u.words().isEmpty())
                .sorted(Comparator.comparingDouble(Utterance::start)).toList();
        List<CoachingClock.Heard> heard = new ArrayList<>();
        double given = 0;
        for (int n = 0; n < own.size(); n++) {
            List<Word> words = own.get(n).words();
            for (int i = 0; i < words.size(); i++) {
                List<Word> sofar = words.subList(0, i + 1);
                given = Math.max(given, words.get(i).end() + PARTIAL_DELAY);
                heard.add(new CoachingClock.Words(new TranscriptUpdate(List.of(),
                        new TranscriptUpdate.Segment(text(sofar), sofar)), given));
            }
            // The final result comes before the party's next words can.
            double finalAt = words.get(words.size() - 1).end() + FINAL_DELAY;
            if (n + 1 < own.size()) {
                finalAt = Math.min(finalAt, own.get(n + 1).words().get(0).end() + PARTIAL_DELAY);
            }
            given = Math.max(given, finalAt);
            heard.add(new CoachingClock.Words(new TranscriptUpdate(List.of(new TranscriptUpdate.Segment(
                    own.get(n).text(), words)), null), given));
        }
        return heard;
    }

    /** A loudness track as the meter's windows: each step's level, voiced as the live meter decides. */
    static List<CoachingClock.Heard> sounds(LoudnessTrack track) {
        int perStep = Math.max(1, (int) Math.round(track.stepS() / AcousticMeter.WINDOW_SECONDS));
        double window = track.stepS() / perStep;
        VoiceActivity activity = new VoiceActivity(track.stepS());
        List<CoachingClock.Heard> heard = new ArrayList<>(track.size() * perStep);
        for (int i = 0; i < track.size(); i++) {
            double level = track.level(i);
            boolean voiced = activity.accept(level);
            for (int k = 0; k < perStep; k++) {
                double start = track.startOf(i) + k * window;
                heard.add(new CoachingClock.Sound(new AcousticFrame(start, start + window, level, voiced)));
            }
        }
        return heard;
    }

    private static String text(List<Word> words) {
        return String.join(" ", words.stream().map(Word::word).toList());
    }
}
