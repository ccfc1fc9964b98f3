package app.parley.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads RIFF/WAVE files as sox writes them: integer PCM of 8, 16, 24 or 32 bits or 32-bit float,
 * any rate, any number of channels (mixed down to mono). Errors name the file and the chunk.
 */
public final class WavFile {
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavFile() {
    }

    public static PcmAudio read(Path path) throws IOException {
        return read(Files.readAllBytes(path), path.toString());
    }

    public static PcmAudio read(InputStream in, String name) throws IOException {
        return read(in.readAllBytes(), name);
    }

    static PcmAudio read(byte[] bytes, String name) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || buffer.getInt(0) != 0x46464952 || buffer.getInt(8) != 0x45564157) {
            throw new IOException(name + ": not a RIFF/WAVE file");
        }
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int position = 12;
        while (position + 8 <= bytes.length) {
            int id = buffer.getInt(position);
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            int body = position + 8;
            if (id == 0x20746d66) { // "fmt "
                format = buffer.getShort(body) & 0xffff;
                channels = buffer.getShort(body + 2) & 0xffff;
                rate = buffer.getInt(body + 4);
                bits = buffer.getShort(body + 14) & 0xffff;
                if (format == FORMAT_EXTENSIBLE && size >= 26) {
                    format = buffer.getShort(body + 24) & 0xffff;
                }
            } else if (id == 0x61746164) { // "data"
                if (format < 0) {
                    throw new IOException(name + ": data chunk at byte " + position + " before the fmt chunk");
                }
                // sox writes 0xffffffff or a short size when it cannot seek back: take what is there.
                int length = (int) Math.min(size, bytes.length - body);
                return new PcmAudio(rate, decode(buffer, body, length, format, channels, bits, name));
            }
            position = (int) Math.min((long) bytes.length, body + size + (size & 1));
        }
        throw new IOException(name + ": no data chunk");
    }

    private static short[] decode(ByteBuffer buffer, int from, int length, int format, int channels, int bits,
            String name) throws IOException {
        if (channels < 1) {
            throw new IOException(name + ": fmt chunk says " + channels + " channels");
        }
        boolean supported = (format == FORMAT_PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32))
                || (format == FORMAT_FLOAT && bits == 32);
        if (!supported) {
            throw new IOException(name + ": unsupported WAV encoding (format " + format + ", " + bits
                    + " bits); convert it with sox to 16-bit PCM");
        }
        int bytesPerSample = bits / 8;
        int frames = length / (bytesPerSample * channels);
        short[] samples = new short[frames];
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                int at = from + (frame * channels + channel) * bytesPerSample;
                sum += sample(buffer, at, format, bits);
            }
            samples[frame] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum / channels)));
        }
        return samples;
    }

    /** One sample scaled to the 16-bit range. */
    private static double sample(ByteBuffer buffer, int at, int format, int bits) {
        if (format == FORMAT_FLOAT) {
            return buffer.getFloat(at) * 32768.0;
        }
        return switch (bits) {
            case 8 -> ((buffer.get(at) & 0xff) - 128) * 256.0;
            case 16 -> buffer.getShort(at);
            case 24 -> ((buffer.get(at) & 0xff) | ((buffer.get(at + 1) & 0xff) << 8) | (buffer.get(at + 2) << 16)) / 256.0;
            default -> buffer.getInt(at) / 65536.0;
        };
    }

    /** Writes 16-bit mono PCM. */
    public static void write(Path path, PcmAudio audio) throws IOException {
        int dataBytes = audio.samples().length * 2;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(header(audio.sampleRate(), dataBytes));
        for (short sample : audio.samples()) {
            buffer.putShort(sample);
        }
        Files.write(path, buffer.array());
    }

    /** Size of the header {@link #header} writes. */
    public static final int HEADER_BYTES = 44;

    /** The canonical header of 16-bit mono PCM at {@code sampleRate} holding {@code dataBytes}. */
    public static byte[] header(int sampleRate, long dataBytes) {
        int data = (int) Math.min(dataBytes, Integer.MAX_VALUE - 36L);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0x46464952).putInt(36 + data).putInt(0x45564157);
        buffer.putInt(0x20746d66).putInt(16).putShort((short) FORMAT_PCM).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        buffer.putInt(0x61746164).putInt(data);
        return buffer.array();
    }
}
