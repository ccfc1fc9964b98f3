package app.parley.effectiveness;

import app.parley.audio.VoiceActivity;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import app.parley.coaching.Text;
import app.parley.meaning.Options;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether the agent did what a prompt asked in the {@link #WINDOW_S} seconds after it, judged
 * from the stored words and loudness with the understanding layer's readings (docs/effectiveness.md).
 * Pure.
 */
final class Followed {
    static final double WINDOW_S = 30;
    /** The agent's voice before an emotional-control prompt is judged over this many seconds. */
    static final double BEFORE_S = 10;
    /** How much lower (dB) the agent's median voiced level must be after the prompt than before. */
    static final double LEVEL_DROP_DB = 3;
    static final int FEWEST_OPTIONS = 2;
    static final int MOST_OPTIONS = 4;

    private Followed() {
    }

    /** True: followed; false: not; empty: not measured for the prompt's kind. */
    static Optional<Boolean> judge(Prompt prompt, CallRecord record, List<LoudnessTrack> loudness, RuleBook book,
            LocalDate callDate) {
        return switch (prompt.kind()) {
            case "urgency" -> Optional.of(nearDayNamed(prompt.at(), record, book, callDate));
            case "options" -> Optional.of(optionsFramed(prompt.at(), record, book));
            case "emotional-control" -> Optional.of(calmedDown(prompt, record, loudness));
            default -> Optional.empty();
        };
    }

    private static boolean nearDayNamed(double at, CallRecord record, RuleBook book, LocalDate callDate) {
        for (Utterance u : record.utterances()) {
            if (u.speaker() == Speaker.AGENT) {
                List<Word> said = inWindow(u.words(), at);
                if (!said.isEmpty() && !book.nearDays(said, callDate).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Options are counted per agent turn (the recogniser cuts a long turn into several utterances), as coaching does. */
    private static boolean optionsFramed(double at, CallRecord record, RuleBook book) {
        for (List<Word> turn : agentTurns(record)) {
            List<Word> said = inWindow(turn, at);
            if (!said.isEmpty()) {
                int count = Options.count(Text.tokens(said).tokens(), book.language());
                if (count >= FEWEST_OPTIONS && count <= MOST_OPTIONS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<Word>> agentTurns(CallRecord record) {
        List<Utterance> inOrder = new ArrayList<>(record.utterances());
        inOrder.sort(Comparator.comparingDouble(Utterance::start));
        List<List<Word>> turns = new ArrayList<>();
        List<Word> turn = null;
        for (Utterance u : inOrder) {
            if (u.speaker() != Speaker.AGENT) {
                turn = null;
            } else {
                if (turn == null) {
                    turn = new ArrayList<>();
                    turns.add(turn);
                }
                turn.addAll(u.words());
            }
        }
        return turns;
    }

    private static List<Word> inWindow(List<Word> words, double at) {
        return words.stream().filter(w -> w.start() > at && w.start() <= at + WINDOW_S).toList();
    }

    /**
     * The agent's median voiced level in the 30 s after the prompt is {@link #LEVEL_DROP_DB}
     * below the 10 s before; with no track, or no voice on either side, no further
     * emotional-control prompt in those 30 s.
     */
    private static boolean calmedDown(Prompt prompt, CallRecord record, List<LoudnessTrack> loudness) {
        double at = prompt.at();
        Optional<LoudnessTrack> agent = loudness.stream().filter(t -> t.speaker() == Speaker.AGENT).findFirst();
        if (agent.isPresent()) {
            LoudnessTrack track = agent.get();
            VoiceActivity activity = new VoiceActivity(track.stepS());
            List<Float> before = new ArrayList<>();
            List<Float> after = new ArrayList<>();
            for (int i = 0; i < track.size(); i++) {
                boolean voiced = activity.accept(track.level(i));
                double t = track.startOf(i);
                if (voiced && t >= at - BEFORE_S && t < at) {
                    before.add(track.level(i));
                } else if (voiced && t >= at && t < at + WINDOW_S) {
                    after.add(track.level(i));
                }
            }
            if (!before.isEmpty() && !after.isEmpty()) {
                return median(after) <= median(before) - LEVEL_DROP_DB;
            }
        }
        return record.prompts().stream().noneMatch(p -> p.kind().equals("emotional-control") && p.at() > at
                && p.at() <= at + WINDOW_S);
    }

    private static double median(List<Float> levels) {
        float[] sorted = new float[levels.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = levels.get(i);
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
