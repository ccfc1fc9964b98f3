package app.parley.redaction;

/** A stretch of one party's speech replaced by a placeholder: what it was, and from when to when (seconds of call audio). */
public record RedactedSpan(Category category, double start, double end) {
    /**
     * Silence added on each side of a redacted stretch in the recordings: word times are the
     * recogniser's estimates, and a digit's first or last sound may lie a little outside them.
     */
    public static final double SILENCE_PADDING_S = 0.2;
}
