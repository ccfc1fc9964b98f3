package app.parley.live;

import app.parley.call.Speaker;
import java.util.UUID;

/**
 * What the PBX link tells the live calls, and what it learns of their taps. Called on the live
 * path's context.
 */
public interface CallSignals {
    /**
     * The PBX answered a coached call: it shows on its agent's screen now, before any audio, and
     * its clock starts. It ends with {@link #callHungUp}, not when its streams pause.
     */
    void callAnswered(String callId, String callerNumber, String agent);

    /** The PBX says the call is over: it ends as soon as its streams have delivered their last words. */
    void callHungUp(String callId);

    /** Whether the call is live and a stream of this party is open. */
    boolean hasOpenStream(String callId, Speaker speaker);

    /** {@code listener} is told from now on when a party stream opens and ends. */
    void followStreams(StreamListener listener);

    /** Told when a party stream opens and ends: how the PBX link notices a tap that dropped. */
    interface StreamListener {
        void opened(UUID streamId);

        /** {@code audioSeconds}: how much audio the stream carried (0 when the tap ended at once). */
        void ended(UUID streamId, String reason, double audioSeconds);
    }
}
