package app.parley.telephony;

import app.parley.call.Speaker;
import app.parley.live.CallSignals;
import app.parley.live.Tap;
import app.parley.live.TapDirectory;
import io.vertx.core.Future;
import java.util.UUID;

/**
 * Where a coached call's taps go, and the way to the live calls that carry it. On one node that
 * is this node ({@link #local}); in a cluster the follower places each call on a node by load,
 * and what it says to that node, and hears back, travels over the event bus. Called on the live
 * path's context; the futures complete there.
 */
public interface TapRoutes {
    /** The node that carries the call: the one it has already, or one chosen now. */
    Future<TapNode> nodeOf(String callId);

    /** The PBX hung the call up: its node is told, and the call no longer holds it. */
    void callHungUp(String callId);

    /** {@code listener} is told when a party stream opens or ends on any node that carries taps. */
    void followStreams(CallSignals.StreamListener listener);

    /** One node's live calls, as the PBX link sees them. */
    interface TapNode {
        /** Where the PBX opens this node's AudioSocket taps. */
        String host();

        int port();

        void callAnswered(String callId, String callerNumber, String agent);

        /** Whether the party streams on this node now. */
        Future<Streaming> openStream(String callId, Speaker speaker);

        /** Done once the node will accept the stream, so the PBX is asked for it only then. */
        Future<Void> register(UUID stream, Tap tap);

        void forget(UUID stream);
    }

    /**
     * Whether a party streams on a node, and which stream when the node knows it (null: it does
     * not say): a follower elected after the tap was opened takes it over by that id.
     */
    record Streaming(boolean open, UUID stream) {
        public static final Streaming NONE = new Streaming(false, null);
    }

    /** Every tap to this node, at {@code host}:{@code port}: one Parley on its own. */
    static TapRoutes local(CallSignals live, TapDirectory directory, String host, int port) {
        TapNode here = new TapNode() {
            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public void callAnswered(String callId, String callerNumber, String agent) {
                live.callAnswered(callId, callerNumber, agent);
            }

            @Override
            public Future<Streaming> openStream(String callId, Speaker speaker) {
                // The PBX link that asked for it already knows its id.
                return Future.succeededFuture(live.hasOpenStream(callId, speaker) ? new Streaming(true, null) : Streaming.NONE);
            }

            @Override
            public Future<Void> register(UUID stream, Tap tap) {
                directory.register(stream, tap);
                return Future.succeededFuture();
            }

            @Override
            public void forget(UUID stream) {
                directory.forget(stream);
            }
        };
        return new TapRoutes() {
            @Override
            public Future<TapNode> nodeOf(String callId) {
                return Future.succeededFuture(here);
            }

            @Override
            public void callHungUp(String callId) {
                live.callHungUp(callId);
            }

            @Override
            public void followStreams(CallSignals.StreamListener listener) {
                live.followStreams(listener);
            }

            @Override
            public String toString() {
                return host + ":" + port;
            }
        };
    }
}
