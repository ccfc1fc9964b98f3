package app.parley.audio;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Incremental parser of one AudioSocket connection's byte stream. Bytes arrive in arbitrary
 * chunks; complete frames go to the {@link Listener} in order. Pure logic: no sockets, so every
 * protocol violation can be tested byte by byte.
 *
 * <p>A stream must start with a UUID frame. After a violation the decoder is dead: the caller
 * closes the connection.
 */
public final class AudioSocketDecoder {

    /** Longest audio frame accepted, in milliseconds of audio; Asterisk sends 20 ms frames. */
    public static final int MAX_AUDIO_FRAME_MS = 250;

    private static final int HEADER_BYTES = 3;
    private static final int UUID_BYTES = 16;

    public interface Listener {
        void onUuid(UUID uuid);

        /** PCM samples of one frame at the given rate. */
        void onAudio(int sampleRate, short[] samples);

        void onDtmf(char digit);

        void onHangup();

        /** The peer reported an error (kind 0xff); code is -1 when it sent none. */
        void onPeerError(int code);
    }

    private final Listener listener;
    private byte[] pending = new byte[4096];
    private int pendingLength;
    /** Stream offset of pending[0]. */
    private long pendingOffset;
    private boolean sawUuid;
    private boolean finished;

    public AudioSocketDecoder(Listener listener) {
        this.listener = listener;
    }

    /** Feeds the next bytes of the stream. */
    public void feed(byte[] chunk) throws FrameException {
        feed(chunk, 0, chunk.length);
    }

    public void feed(byte[] chunk, int from, int length) throws FrameException {
        if (finished) {
            return;
        }
        append(chunk, from, length);
        int position = 0;
        while (!finished && pendingLength - position >= HEADER_BYTES) {
            long frameOffset = pendingOffset + position;
            int code = pending[position] & 0xff;
            int payloadLength = ((pending[position + 1] & 0xff) << 8) | (pending[position + 2] & 0xff);
            FrameKind kind = FrameKind.of(code);
            try {
                validateHeader(kind, code, payloadLength, frameOffset);
            } catch (FrameException e) {
                finished = true;
                throw e;
            }
            if (pendingLength - position - HEADER_BYTES < payloadLength) {
                break;
            }
            dispatch(kind, pending, position + HEADER_BYTES, payloadLength, frameOffset);
            position += HEADER_BYTES + payloadLength;
        }
        consume(position);
    }

    /**
     * The connection closed. A close between frames ends the stream like a hangup frame (Asterisk
     * usually closes without one); a close inside a frame is a truncated frame.
     */
    public void finish() throws FrameException {
        if (finished) {
            return;
        }
        finished = true;
        if (pendingLength > 0) {
            throw new FrameException("truncated frame: connection closed with " + pendingLength
                    + " byte(s) of an incomplete frame", pendingOffset);
        }
    }

    private void validateHeader(FrameKind kind, int code, int payloadLength, long offset) throws FrameException {
        if (kind == null) {
            throw new FrameException(String.format("unknown frame kind 0x%02x", code), offset);
        }
        if (!sawUuid && kind != FrameKind.UUID && kind != FrameKind.HANGUP && kind != FrameKind.ERROR) {
            throw new FrameException("frame of kind " + kind + " before the UUID frame", offset);
        }
        switch (kind) {
            case UUID -> {
                if (sawUuid) {
                    throw new FrameException("second UUID frame", offset);
                }
                if (payloadLength != UUID_BYTES) {
                    throw new FrameException("UUID frame of " + payloadLength + " bytes, expected "
                            + UUID_BYTES, offset);
                }
            }
            case DTMF -> {
                if (payloadLength != 1) {
                    throw new FrameException("DTMF frame of " + payloadLength + " bytes, expected 1", offset);
                }
            }
            case HANGUP -> {
                if (payloadLength != 0) {
                    throw new FrameException("hangup frame with a " + payloadLength + "-byte payload", offset);
                }
            }
            case ERROR -> {
                if (payloadLength > 1) {
                    throw new FrameException("error frame with a " + payloadLength + "-byte payload", offset);
                }
            }
            default -> {
                int maxBytes = kind.sampleRate() / 1000 * MAX_AUDIO_FRAME_MS * 2;
                if (payloadLength > maxBytes) {
                    throw new FrameException("oversized audio frame: " + payloadLength + " bytes of "
                            + kind.sampleRate() + " Hz audio, at most " + maxBytes + " ("
                            + MAX_AUDIO_FRAME_MS + " ms)", offset);
                }
                if (payloadLength % 2 != 0) {
                    throw new FrameException("audio frame of " + payloadLength
                            + " bytes is not whole 16-bit samples", offset);
                }
            }
        }
    }

    private void dispatch(FrameKind kind, byte[] bytes, int from, int length, long offset) {
        switch (kind) {
            case UUID -> {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, from, length);
                sawUuid = true;
                listener.onUuid(new UUID(buffer.getLong(), buffer.getLong()));
            }
            case DTMF -> listener.onDtmf((char) (bytes[from] & 0xff));
            case HANGUP -> {
                finished = true;
                listener.onHangup();
            }
            case ERROR -> {
                finished = true;
                listener.onPeerError(length == 0 ? -1 : bytes[from] & 0xff);
            }
            default -> {
                short[] samples = new short[length / 2];
                for (int i = 0; i < samples.length; i++) {
                    int lo = bytes[from + 2 * i] & 0xff;
                    int hi = bytes[from + 2 * i + 1];
                    samples[i] = (short) ((hi << 8) | lo);
                }
                listener.onAudio(kind.sampleRate(), samples);
            }
        }
    }

    private void append(byte[] chunk, int from, int length) {
        if (pendingLength + length > pending.length) {
            byte[] grown = new byte[Math.max(pending.length * 2, pendingLength + length)];
            System.arraycopy(pending, 0, grown, 0, pendingLength);
            pending = grown;
        }
        System.arraycopy(chunk, from, pending, pendingLength, length);
        pendingLength += length;
    }

    private void consume(int count) {
        if (count == 0) {
            return;
        }
        System.arraycopy(pending, count, pending, 0, pendingLength - count);
        pendingLength -= count;
        pendingOffset += count;
    }
}
