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
}
