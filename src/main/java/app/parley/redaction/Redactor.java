package app.parley.redaction;

import app.parley.call.Word;
import app.parley.speech.TranscriptUpdate;
import java.util.ArrayList;
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
 */
public final class Redactor {
    /** Words before the held ones, kept only to find cues in. */
    private static final int CONTEXT_WORDS = 8;

    /** The update to pass on, and the stretches redacted in it. */
    public record Result(TranscriptUpdate update, List<RedactedSpan> spans) {
        public Result {
            spans = List.copyOf(spans);
        }
    }

    private final RedactionPolicy policy;
    /** Final words held back, from one or more results. */
    private final List<Word> held = new ArrayList<>();
    /** The recogniser's words in progress (its latest partial result). */
    private List<Word> partial = List.of();
    /** The last words released, where a cue for the next digits may be. */
    private List<Word> context = List.of();
    private double cardContextUntil = Double.NEGATIVE_INFINITY;

    public Redactor(RedactionPolicy policy) {
        this.policy = policy;
    }

    /** The recogniser gave {@code update} having decoded up to {@code reached} (call at least every 0.1 s of audio). */
    public Result decoded(TranscriptUpdate update, double reached) {
        if (!policy.enabled()) {
            return new Result(update, List.of());
        }
        List<TranscriptUpdate.Segment> released = new ArrayList<>();
        List<RedactedSpan> spans = new ArrayList<>();
        boolean shownChanged = take(update, released, spans);
        if (update.partial() != null) {
            partial = update.partial().words();
            shownChanged = true;
        }
        if (!held.isEmpty() && reached >= heldEnd() + policy.holdSeconds() && !digitsInProgress()) {
            release(released, spans);
            shownChanged = true;
        }
        TranscriptUpdate.Segment shown = null;
        if (shownChanged) {
            List<Word> words = new ArrayList<>(held);
            words.addAll(partial);
            shown = words.isEmpty() ? update.partial() : segment(Judge.partial(context, words, cardContextUntil));
        }
        return result(released, shown, spans);
    }

    /** The stream is over: its last words, and every word still held. */
    public Result ended(TranscriptUpdate last, double reached) {
        if (!policy.enabled()) {
            return new Result(last, List.of());
        }
        List<TranscriptUpdate.Segment> released = new ArrayList<>();
        List<RedactedSpan> spans = new ArrayList<>();
        take(last, released, spans);
        partial = List.of();
        if (!held.isEmpty()) {
            release(released, spans);
        }
        return result(released, null, spans);
    }

    /** The update's final results, held or released; whether the partial shown changes. */
    private boolean take(TranscriptUpdate update, List<TranscriptUpdate.Segment> released, List<RedactedSpan> spans) {
        boolean shownChanged = false;
        for (TranscriptUpdate.Segment result : update.finals()) {
            shownChanged = true;
            partial = List.of();
            if (result.isEmpty()) {
                // It withdraws the partial shown; while words are held they are shown instead.
                if (held.isEmpty()) {
                    released.add(result);
                }
                continue;
            }
            if (!held.isEmpty() && !continues(result.words())) {
                release(released, spans);
            }
            held.addAll(result.words());
            if (!Judge.awaitsMore(context, held, cardContextUntil)) {
                release(released, spans);
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

    private void release(List<TranscriptUpdate.Segment> released, List<RedactedSpan> spans) {
        Judge.Judged judged = Judge.finals(context, held, cardContextUntil, policy);
        released.add(segment(judged.words()));
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
