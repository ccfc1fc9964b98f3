package app.parley.audio;

/** Mono 16-bit audio held in memory. */
public record PcmAudio(int sampleRate, short[] samples) {
    /**
     * The same audio with each stretch {@code [from, to]} (seconds) widened by {@code padding} on
     * both sides and set to silence; stretches past either end are cut to the audio.
     */
    public PcmAudio silenced(java.util.List<double[]> stretches, double padding) {
        short[] out = samples.clone();
        for (double[] stretch : stretches) {
            int from = (int) Math.max(0, Math.round((stretch[0] - padding) * sampleRate));
            int to = (int) Math.min(out.length, Math.round((stretch[1] + padding) * sampleRate));
            if (from < to) {
                java.util.Arrays.fill(out, from, to, (short) 0);
            }
        }
        return new PcmAudio(sampleRate, out);
    }

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
