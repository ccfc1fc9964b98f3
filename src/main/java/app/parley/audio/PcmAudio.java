package app.parley.audio;

/** Mono 16-bit audio held in memory. */
public record PcmAudio(int sampleRate, short[] samples) {
    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /** This audio at another rate, through the band-limited resampler. */
    public PcmAudio resampledTo(int rate) {
        if (rate == sampleRate) {
            return this;
        }
        return new PcmAudio(rate, new Resampler(sampleRate, rate).process(samples));
    }
}
