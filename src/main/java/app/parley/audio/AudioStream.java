package app.parley.audio;

/** One party's audio arriving over an AudioSocket connection, as the server hands it on. */
public interface AudioStream {
    /** Samples of one frame at the rate the frame kind says. */
    void audio(int sampleRate, short[] samples);

    void dtmf(char digit);

    /** The stream is over: hangup frame, closed socket, peer error or protocol error. */
    void end(String reason);

    /** Opens a stream for each connection once its UUID frame has arrived. */
    interface Opener {
        /** The stream for a connection that announced {@code uuid}, or null to refuse it (the opener logs why). */
        AudioStream open(java.util.UUID uuid, String remoteAddress);
    }
}
