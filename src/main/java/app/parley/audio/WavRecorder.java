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
 * crash leaves a playable file. Blocking I/O: use it from a worker. Not thread-safe.
 */
public final class WavRecorder implements AutoCloseable {
    /** Smaller gaps are jitter, not lost audio: the audio is appended where the file ends. */
    private static final double JITTER_S = 0.05;
    private static final double HEADER_EVERY_S = 5;

    private final int sampleRate;
    private final FileChannel file;
    private long samples;
    private long samplesAtHeader;

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
            bytes.putShort(pcm[i]);
        }
        bytes.flip();
        writeFully(bytes);
        samples += pcm.length - skip;
        if (samples - samplesAtHeader >= HEADER_EVERY_S * sampleRate) {
            updateHeader();
        }
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
