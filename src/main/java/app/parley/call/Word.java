package app.parley.call;

/** One recognised word; times are seconds of call audio from the start of the call. */
public record Word(String word, double start, double end, double conf) {
    public Word shifted(double seconds) {
        return new Word(word, start + seconds, end + seconds, conf);
    }
}
