package app.parley.audio;

/**
 * The frame kinds of the Asterisk AudioSocket protocol. Audio kinds carry 16-bit little-endian
 * signed-linear mono samples; the kind encodes the sample rate (0x10 is 8 kHz, the original
 * protocol; 0x11-0x18 were added in Asterisk 22.7 for higher rates).
 */
public enum FrameKind {
    HANGUP(0x00, 0),
    UUID(0x01, 0),
    DTMF(0x03, 0),
    AUDIO_8K(0x10, 8_000),
    AUDIO_12K(0x11, 12_000),
    AUDIO_16K(0x12, 16_000),
    AUDIO_24K(0x13, 24_000),
    AUDIO_32K(0x14, 32_000),
    AUDIO_44K(0x15, 44_100),
    AUDIO_48K(0x16, 48_000),
    AUDIO_96K(0x17, 96_000),
    AUDIO_192K(0x18, 192_000),
    ERROR(0xff, 0);

    private static final FrameKind[] BY_CODE = new FrameKind[256];

    static {
        for (FrameKind kind : values()) {
            BY_CODE[kind.code] = kind;
        }
    }

    private final int code;
    private final int sampleRate;

    FrameKind(int code, int sampleRate) {
        this.code = code;
        this.sampleRate = sampleRate;
    }

    public int code() {
        return code;
    }

    /** Samples per second for audio kinds, 0 for the others. */
    public int sampleRate() {
        return sampleRate;
    }

    /** The kind with this code, or null when the protocol has none. */
    public static FrameKind of(int code) {
        return BY_CODE[code & 0xff];
    }

    public static FrameKind audioAt(int sampleRate) {
        for (FrameKind kind : values()) {
            if (kind.sampleRate == sampleRate) {
                return kind;
            }
        }
        throw new IllegalArgumentException("AudioSocket has no audio kind for " + sampleRate + " Hz");
    }
}
