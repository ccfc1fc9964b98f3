package app.parley.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One party's recording, written as the call happens: 16-bit mono PCM in a WAV file whose
 * sample {@code n} is call time {@code n / rate}, so it plays in step with the transcript.
 * Audio that arrives later than the file's end (a party that joined late, a lost tap) is placed
 * at its time, with silence before it; the header is brought up to date every few seconds, so a
 * crash leaves a playable file. Stretches may be {@link #silence silenced} after the fact, whether
 * written yet or not. Blocking I/O: use it from a worker. Not thread-safe.
 */
public final class WavRecorder implements AutoCloseable {
    /** Smaller gaps are jitter, not lost audio: the audio is appended where the file ends. */
    private static final double JITTER_S = 0.05;
    private static final double HEADER_EVERY_S = 5;

    private final int sampleRate;
    private final FileChannel file;
    private long samples;
    private long samplesAtHeader;
    /** Sample ranges [from, to) to write as zeros when they come, not written yet when silenced. */
    private final java.util.List<long[]> muted = new java.util.ArrayList<>();

    public WavRecorder(Path path, int sampleRate) throws IOException {
        this.sampleRate = sampleRate;
        Files.createDirectories(path.toAbsolutePath().getParent());
        // Never over another recording: a file already there is a FileAlreadyExistsException.
        this.file = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        file.write(ByteBuffer.wrap(WavFile.header(sampleRate, 0)));
    }

    /** {@code pcm} at this recorder's rate, starting at call time {@code atSeconds}. */
    public void write(double atSeconds, short[] pcm) throws IOException {
        long at = Math.round(atSeconds * sampleRate);
        int skip = 0;
        if (at > samples + JITTER_S * sampleRate) {
            writeSilence(at - samples);
        } else if (at < samples - JITTER_S * sampleRate) {
            // Overlaps what is already written (two streams of one party at once): keep the first.
            skip = (int) Math.min(pcm.length, samples - at);
        }
        ByteBuffer bytes = ByteBuffer.allocate((pcm.length - skip) * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = skip; i < pcm.length; i++) {
            bytes.putShort(isMuted(samples + i - skip) ? 0 : pcm[i]);
        }
        bytes.flip();
        writeFully(bytes);
        samples += pcm.length - skip;
        muted.removeIf(range -> range[1] <= samples);
        if (samples - samplesAtHeader >= HEADER_EVERY_S * sampleRate) {
            updateHeader();
        }
    }

    /**
     * Call time [{@code fromSeconds}, {@code toSeconds}) becomes silence: what is written of it is
     * overwritten with zeros now, the rest is written as zeros when its audio comes.
     */
    public void silence(double fromSeconds, double toSeconds) throws IOException {
        long from = Math.max(0, Math.round(fromSeconds * sampleRate));
        long to = Math.round(toSeconds * sampleRate);
        long written = Math.min(to, samples);
        if (written > from) {
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min((written - from) * 2, 64 * 1024));
            for (long at = from * 2; at < written * 2; ) {
                zeros.clear().limit((int) Math.min(written * 2 - at, zeros.capacity()));
                while (zeros.hasRemaining()) {
                    at += file.write(zeros, WavFile.HEADER_BYTES + at);
                }
            }
        }
        if (to > samples) {
            muted.add(new long[] {Math.max(from, samples), to});
        }
    }

    private boolean isMuted(long sample) {
        for (long[] range : muted) {
            if (sample >= range[0] && sample < range[1]) {
                return true;
            }
        }
        return false;
    }

    private void writeSilence(long count) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(count * 2, 64 * 1024));
        long left = count * 2;
        while (left > 0) {
            zeros.clear().limit((int) Math.min(left, zeros.capacity()));
            left -= writeFully(zeros);
        }
        samples += count;
    }

    private int writeFully(ByteBuffer bytes) throws IOException {
        int written = 0;
        while (bytes.hasRemaining()) {
            written += file.write(bytes);
        }
        return written;
    }

    private void updateHeader() throws IOException {
        file.write(ByteBuffer.wrap(WavFile.header(sampleRate, samples * 2)), 0);
        samplesAtHeader = samples;
    }

    @Override
    public void close() throws IOException {
        try {
            updateHeader();
        } finally {
            file.close();
        }
    }
}
