package app.parley.live;

import app.parley.call.Speaker;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps the UUID each AudioSocket connection announces to the call and party it carries.
 * Whoever asks Asterisk for a tap registers its UUID first (the telephony side, or the demo).
 *
 * <p>When Parley follows the PBX ({@code registeredOnly}), a UUID nobody registered is refused:
 * Parley asked for every tap it wants. Otherwise streams from a peer that registered nothing (the
 * {@code simulate} load generator) follow a convention: the call's own UUID with its last byte
 * set to {@code 0x01} for the caller and {@code 0x02} for the agent, and any other unregistered
 * UUID is a call of its own with one party.
 */
public final class TapDirectory {
    private final Map<UUID, Tap> registered = new ConcurrentHashMap<>();
    private final boolean registeredOnly;

    public TapDirectory(boolean registeredOnly) {
        this.registeredOnly = registeredOnly;
    }

    /** A directory that accepts unregistered streams by the convention above. */
    public TapDirectory() {
        this(false);
    }

    public void register(UUID streamId, Tap tap) {
        registered.put(streamId, tap);
    }

    public void forget(UUID streamId) {
        registered.remove(streamId);
    }

    /** The call and party of a stream, or null when it is refused (not registered while following the PBX). */
    public Tap resolve(UUID streamId) {
        Tap tap = registered.get(streamId);
        if (tap != null || registeredOnly) {
            return tap;
        }
        int party = (int) (streamId.getLeastSignificantBits() & 0xff);
        if (party == 0x01 || party == 0x02) {
            return new Tap(callOf(streamId).toString(), party == 0x01 ? Speaker.CALLER : Speaker.AGENT, null, null);
        }
        return new Tap(streamId.toString(), Speaker.CALLER, null, null);
    }

    /** The stream UUID of one party of a call, by the convention above. */
    public static UUID streamOf(UUID call, Speaker speaker) {
        long low = (call.getLeastSignificantBits() & ~0xffL) | (speaker == Speaker.CALLER ? 0x01 : 0x02);
        return new UUID(call.getMostSignificantBits(), low);
    }

    /** A fresh call UUID whose party streams follow the convention. */
    public static UUID newCall() {
        return callOf(UUID.randomUUID());
    }

    private static UUID callOf(UUID stream) {
        return new UUID(stream.getMostSignificantBits(), stream.getLeastSignificantBits() & ~0xffL);
    }
}
