package app.parley.call;

/** A stretch of the call in which a party's audio was lost (its tap dropped and was re-established). */
public record Gap(Speaker speaker, double start, double end) {
}
