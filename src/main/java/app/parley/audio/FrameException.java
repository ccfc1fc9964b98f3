package app.parley.audio;

/** A frame that breaks the AudioSocket protocol, with the byte offset in the stream where it starts. */
public final class FrameException extends Exception {
    private final long offset;

    public FrameException(String reason, long offset) {
        super(reason + " at byte offset " + offset);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
