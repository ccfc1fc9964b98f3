package app.parley.redaction;

import app.parley.call.Word;
import app.parley.speech.TranscriptUpdate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One party stream's recogniser output with card numbers, security codes, expiry dates and
 * social security numbers replaced by placeholders ("[card number ending 1111]"), before
 * anything else sees it. Pure: the only clock is the audio time given with each update, so a
 * stream replays through it in a unit test. Not thread-safe: feed it from the stream's decoder.
 *
 * <p>Card numbers are read in groups with pauses, and the recogniser ends a result at each
 * pause. A final result ending in digits that may go on (see {@link Judge#awaitsMore}) is held
 * back until the party's next words show whether they do: a next final starting with digits
 * within the hold joins it and the whole is judged; other words, the audio passing the held
 * words' end by the hold with no digits in progress, or the end of the stream release it. While
 * words are held, the partial result shown is the held words followed by the words in progress,
 * masked conservatively ({@link Judge#partial}). Every word that is not redacted comes out once,
 * in order.
 *
 * <p>The other parties of the call may be heard in this one's stream ({@link Crosstalk}): a
 * judged result with digits in it waits until they have judged past those digits, and any said
 * around a stretch one of them redacted are redacted too. At the end of the stream, what still
 * waits comes out once they have ({@link #retry}).
 */
public final class Redactor {
    /** Words before the held ones, kept only to find cues in. */
    private static final int CONTEXT_WORDS = 8;
    /** How long after a word began it may first show in the recogniser's words in progress. */
    private static final double RECOGNITION_LAG_S = 1.0;

    /** The update to pass on, and the stretches redacted in it. */
    public record Result(TranscriptUpdate update, List<RedactedSpan> spans) {
        public Result {
            spans = List.copyOf(spans);
        }
    }

    private final RedactionPolicy policy;
    private final Crosstalk.Party party;
    /** Final words held back, from one or more results. */
    private final List<Word> held = new ArrayList<>();
    /** The recogniser's words in progress (its latest partial result). */
    private List<Word> partial = List.of();
    /** The last words released, where a cue for the next digits may be. */
    private List<Word> context = List.of();
    private double cardContextUntil = Double.NEGATIVE_INFINITY;
    /**
     * A judged result, and how far the other parties must have judged before it may come out
     * (minus infinity: no digits in it, so only the results before it hold it back).
     */
    private record Waiting(List<Word> words, double othersMustJudge) {
        Waiting(List<Word> words) {
            this(words, Judge.digitsUntil(words) + Crosstalk.REACH_S);
        }
    }

    /** Judged results, in order, waiting for the other parties to judge past their digits. */
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    /** Once the stream has ended (else null): what has come out since, given all at once by {@link #retry}. */
    private List<TranscriptUpdate.Segment> lastReleased;
    private List<RedactedSpan> lastSpans;

    /** A party alone on its stream: no one else's words to wait for. */
    public Redactor(RedactionPolicy policy) {
        this(policy, Crosstalk.alone());
    }

    public Redactor(RedactionPolicy policy, Crosstalk.Party party) {
        this.policy = policy;
        this.party = party;
        if (!policy.enabled()) {
            party.ended(Double.NEGATIVE_INFINITY, List.of());
        }
    }

    /** The recogniser gave {@code update} having decoded up to {@code reached} (call at least every 0.1 s of audio). */
    public Result decoded(TranscriptUpdate update, double reached) {
        if (!policy.enabled()) {
            return new Result(update, List.of());
        }
        List<TranscriptUpdate.Segment> released = new ArrayList<>();
        List<RedactedSpan> spans = new ArrayList<>();
        boolean shownChanged = take(update, spans);
        if (update.partial() != null) {
            partial = update.partial().words();
            shownChanged = true;
        }
        if (!held.isEmpty() && reached >= heldEnd() + policy.holdSeconds() && !digitsInProgress()) {
            release(spans);
            shownChanged = true;
        }
        party.judged(reached, judgedThrough(reached), spans);
        shownChanged |= releaseWaiting(released, spans, reached);
        TranscriptUpdate.Segment shown = null;
        if (shownChanged) {
            List<Word> judged = new ArrayList<>();
            waiting.forEach(w -> judged.addAll(w.words()));
            List<Word> words = judged.isEmpty() ? new ArrayList<>()
                    : new ArrayList<>(Judge.partial(List.of(), judged, Double.NEGATIVE_INFINITY));
            words.addAll(Judge.partial(context, concat(held, partial), cardContextUntil));
            shown = words.isEmpty() ? update.partial() : segment(words);
        }
        return result(released, shown, spans);
    }

    /**
     * The stream is over: its last words, and every word still held; or null while some wait for
     * the other parties: then {@link #retry} when {@link #whenOthersJudged} says.
     */
    public Result ended(TranscriptUpdate last, double reached) {
        if (!policy.enabled()) {
            return new Result(last, List.of());
        }
        lastReleased = new ArrayList<>();
        lastSpans = new ArrayList<>();
        List<RedactedSpan> spans = new ArrayList<>();
        take(last, spans);
        partial = List.of();
        if (!held.isEmpty()) {
            release(spans);
        }
        lastSpans.addAll(spans);
        party.ended(reached, spans);
        return retry();
    }

    /** After {@link #ended}: the stream's last words once nothing waits any more, else null. */
    public Result retry() {
        releaseWaiting(lastReleased, lastSpans, Double.POSITIVE_INFINITY);
        return waiting.isEmpty() ? result(lastReleased, null, lastSpans) : null;
    }

    /** Runs {@code then} once the words waiting may come out: at once, or on another party's decoder. */
    public void whenOthersJudged(Runnable then) {
        party.whenOthersJudged(waiting.peek().othersMustJudge(), then);
    }

    /**
     * How far this party's words are judged: words in progress or held may still turn out to be
     * payment data, and a word shows in the words in progress a moment after it began.
     */
    private double judgedThrough(double reached) {
        double through = reached - RECOGNITION_LAG_S;
        if (!held.isEmpty()) {
            through = Math.min(through, held.get(0).start());
        }
        if (!partial.isEmpty()) {
            // Not the partial's first word: a reply that starts as the other party's digits end would
            // hold their words back until its final ("two twenty five by Friday?" - "yeah, Friday's
            // fine, I get paid Thursday …"), seconds of words late on the screen and prompts late.
            through = Math.min(through, Judge.unsettledFrom(context, concat(held, partial), cardContextUntil));
        }
        return through;
    }

    /**
     * The judged results, in order, whose digits the other parties had judged by the time this
     * stream was decoded up to {@code reached}, their echoes redacted.
     */
    private boolean releaseWaiting(List<TranscriptUpdate.Segment> released, List<RedactedSpan> spans, double reached) {
        boolean any = false;
        while (!waiting.isEmpty()) {
            double through = waiting.peek().othersMustJudge();
            if (through > Double.NEGATIVE_INFINITY) {
                party.awaitOthers(reached, through);
                double judgedAt = party.othersJudgedAt(through);
                if (Double.isNaN(judgedAt) || judgedAt > reached) {
                    break;
                }
            }
            Judge.Judged echoes = Judge.echoes(waiting.poll().words(), party);
            released.add(segment(echoes.words()));
            spans.addAll(echoes.spans());
            any = true;
        }
        return any;
    }

    private static List<Word> concat(List<Word> first, List<Word> then) {
        List<Word> words = new ArrayList<>(first);
        words.addAll(then);
        return words;
    }

    /** The update's final results, held or judged; whether the partial shown changes. */
    private boolean take(TranscriptUpdate update, List<RedactedSpan> spans) {
        boolean shownChanged = false;
        for (TranscriptUpdate.Segment result : update.finals()) {
            shownChanged = true;
            partial = List.of();
            if (result.isEmpty()) {
                // It withdraws the partial shown; while words are held or wait they are shown instead.
                if (held.isEmpty()) {
                    waiting.add(new Waiting(List.of()));
                }
                continue;
            }
            if (!held.isEmpty() && !continues(result.words())) {
                release(spans);
            }
            held.addAll(result.words());
            if (!Judge.awaitsMore(context, held, cardContextUntil)) {
                release(spans);
            }
        }
        return shownChanged;
    }

    private boolean continues(List<Word> next) {
        return next.get(0).start() - heldEnd() <= policy.holdSeconds()
                && SpokenDigits.startsWithDigits(next.stream().map(Word::word).toList());
    }

    private boolean digitsInProgress() {
        return !partial.isEmpty() && SpokenDigits.startsWithDigits(partial.stream().map(Word::word).toList());
    }

    private double heldEnd() {
        return held.get(held.size() - 1).end();
    }

    /** The held words are judged: they wait for the other parties' judgement of the same moments. */
    private void release(List<RedactedSpan> spans) {
        Judge.Judged judged = Judge.finals(context, held, cardContextUntil, policy);
        waiting.add(new Waiting(judged.words()));
        spans.addAll(judged.spans());
        cardContextUntil = judged.cardContextUntil();
        List<Word> words = judged.words();
        context = List.copyOf(words.subList(Math.max(0, words.size() - CONTEXT_WORDS), words.size()));
        held.clear();
    }

    private static TranscriptUpdate.Segment segment(List<Word> words) {
        return new TranscriptUpdate.Segment(String.join(" ", words.stream().map(Word::word).toList()), words);
    }

    private static Result result(List<TranscriptUpdate.Segment> released, TranscriptUpdate.Segment shown,
            List<RedactedSpan> spans) {
        if (released.isEmpty() && shown == null) {
            return new Result(TranscriptUpdate.NONE, spans);
        }
        return new Result(new TranscriptUpdate(released, shown), spans);
    }
}
