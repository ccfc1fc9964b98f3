package app.parley.audio;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Encodes AudioSocket frames: what Asterisk sends, and what {@code simulate} sends in its place. */
public final class AudioSocketFrames {
    private AudioSocketFrames() {
    }

    public static byte[] uuid(UUID uuid) {
        ByteBuffer buffer = ByteBuffer.allocate(3 + 16);
        buffer.put((byte) FrameKind.UUID.code()).putShort((short) 16);
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return buffer.array();
    }

    public static byte[] hangup() {
        return new byte[] {0, 0, 0};
    }

    public static byte[] audio(int sampleRate, short[] samples, int from, int count) {
        byte[] frame = new byte[3 + count * 2];
        frame[0] = (byte) FrameKind.audioAt(sampleRate).code();
        frame[1] = (byte) ((count * 2) >>> 8);
        frame[2] = (byte) (count * 2);
        for (int i = 0; i < count; i++) {
            short sample = samples[from + i];
            frame[3 + 2 * i] = (byte) sample;
            frame[4 + 2 * i] = (byte) (sample >> 8);
        }
        return frame;
    }
}
