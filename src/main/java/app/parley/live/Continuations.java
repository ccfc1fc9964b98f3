package app.parley.live;

/**
 * Which calls starting here go on from a node that was lost (the cluster knows; one node: none).
 * Asked on the live path's context when a call that is not live here starts.
 */
public interface Continuations {
    Continuations NONE = callId -> null;

    /** The call {@code callId} was live on a node that is gone: how it goes on here (null: a call new here). Taken once. */
    Continuation take(String callId);
}
