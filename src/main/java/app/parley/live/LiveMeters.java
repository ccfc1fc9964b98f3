package app.parley.live;

/**
 * What the live path measures, told to whoever keeps the figures (the {@code metrics} package);
 * the live path knows no metrics library. Called on the live path's event loop: an
 * implementation must not block.
 */
public interface LiveMeters {
    /** Keeps nothing. */
    LiveMeters NONE = new LiveMeters() {
        @Override
        public void live(int calls, int streams) {
        }

        @Override
        public void decodeLag(double seconds) {
        }

        @Override
        public void wordToScreen(boolean isFinal, long nanos) {
        }

        @Override
        public void promptLatency(long nanos) {
        }
    };

    /** Calls and party streams live now (told whenever either changes). */
    void live(int calls, int streams);

    /** A stream's recogniser reported progress this many seconds of audio behind what the stream had received. */
    void decodeLag(double seconds);

    /**
     * An utterance (a partial result, or a final one when {@code isFinal}) went to the screens
     * {@code nanos} after the audio of its last word was received.
     */
    void wordToScreen(boolean isFinal, long nanos);

    /** A prompt went to the screens {@code nanos} after the audio of the moment it was raised at was received. */
    void promptLatency(long nanos);

    /**
     * A stream's recogniser was given {@code seconds} of audio, of which the voice gate kept
     * {@code skippedSeconds} (pauses) from decoding; told when the stream ends.
     */
    default void speechAudio(double seconds, double skippedSeconds) {
    }

    /** A call's decoding fell more than {@code speech.max_lag} behind its audio (once until it caught up). */
    default void coachingDelayed() {
    }

    /** A call arrived with {@code calls.max_live} calls transcribed live: it is transcribed after it ends. */
    default void transcribedAfterCall() {
    }
}
