package app.parley.redaction;

/** A stretch of one party's speech replaced by a placeholder: what it was, and from when to when (seconds of call audio). */
public record RedactedSpan(Category category, double start, double end) {
}
