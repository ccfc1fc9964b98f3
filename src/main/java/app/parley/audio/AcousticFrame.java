package app.parley.audio;

/**
 * One short window of one party's audio: its RMS level in dBFS and whether it held voice.
 * Times are seconds of call audio.
 */
public record AcousticFrame(double start, double end, double dbfs, boolean voiced) {
    public double seconds() {
        return end - start;
    }
}
