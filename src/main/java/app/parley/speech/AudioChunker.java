package app.parley.speech;

import app.parley.audio.Resampler;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns one party's frames, at whatever rate they arrive, into the 16 kHz chunks the recogniser
 * is fed: 100 ms each, short enough for live partial results, long enough to batch the native
 * calls. The live path and {@code analyze} both feed audio through this, so they decode alike.
 */
public final class AudioChunker {
    public static final int CHUNK_SAMPLES = SpeechModel.SAMPLE_RATE / 10;

    private final Consumer<short[]> sink;
    private final short[] chunk = new short[CHUNK_SAMPLES];
    private int chunkLength;
    private Resampler resampler;
    private long samples;

    public AudioChunker(Consumer<short[]> sink) {
        this.sink = sink;
    }

    /** One frame of audio at {@code sampleRate}; full chunks go to the sink as they fill. */
    public void push(int sampleRate, short[] frame) {
        if (resampler == null || resampler.inputRate() != sampleRate) {
            resampler = new Resampler(sampleRate, SpeechModel.SAMPLE_RATE);
        }
        short[] resampled = resampler.process(frame);
        samples += resampled.length;
        int from = 0;
        while (from < resampled.length) {
            int count = Math.min(CHUNK_SAMPLES - chunkLength, resampled.length - from);
            System.arraycopy(resampled, from, chunk, chunkLength, count);
            chunkLength += count;
            from += count;
            if (chunkLength == CHUNK_SAMPLES) {
                sink.accept(chunk.clone());
                chunkLength = 0;
            }
        }
    }

    /** Sends what is left of the last chunk, at the end of the stream. */
    public void flush() {
        if (chunkLength > 0) {
            sink.accept(Arrays.copyOf(chunk, chunkLength));
            chunkLength = 0;
        }
    }

    /** Seconds of 16 kHz audio produced so far. */
    public double seconds() {
        return samples / (double) SpeechModel.SAMPLE_RATE;
    }
}
