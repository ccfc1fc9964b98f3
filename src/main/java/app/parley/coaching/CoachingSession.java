package app.parley.coaching;

import app.parley.audio.AcousticFrame;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import java.util.List;

/**
 * Coaching for one call: both parties' words and voice measures in, prompts out. Pure: it
 * knows no clock but the call audio's, given with {@link #advanceTo}; the same input gives the
 * same prompts. Not thread-safe: feed it from one thread (the live call's context).
 *
 * <p>Feeding it: {@link #words} with each partial result of a party (the whole segment in
 * progress, replacing the previous partial) and each final one (an empty final withdraws the
 * partial); {@link #acoustics} with each of the party's {@link AcousticFrame}s; then
 * {@link #advanceTo} with the audio time up to which input has been given. Prompts are raised
 * only by {@code advanceTo}.
 */
public interface CoachingSession {
    /** A party's recognised words: a partial result (may still change) or a final one. */
    void words(Speaker speaker, List<Word> words, boolean isFinal);

    /** One window of a party's audio level and voice activity. */
    void acoustics(Speaker speaker, AcousticFrame frame);

    /**
     * Moves the call's clock to {@code seconds} of call audio (never back) and returns the
     * prompts raised by then that were not returned before.
     */
    List<Prompt> advanceTo(double seconds);

    /** Every prompt raised so far in this call, in order. */
    List<Prompt> prompts();

    /** The rules this session runs (those in force when it was opened). */
    RuleBook rules();

    /** Seconds both parties talked at once so far. */
    double overlapSeconds();
}
