package app.parley.live;

import app.parley.call.CallInfo;
import app.parley.call.LoudnessTrack;
import app.parley.store.CallStore;
import app.parley.store.StoreWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stores a live call as it happens, through the store's one ordered writer: the call when it
 * starts, each party stream, each final utterance, the utterance in progress at most once every
 * {@code partialFlush} (so a crash loses at most that much), prompts, facts, redactions, and
 * the duration and loudness when the call ends. On the live path's context; never waits.
 */
final class StoreSink implements Consumer<CallEvent> {
    private final CallStore store;
    private final StoreWriter writer;
    private final long partialFlushNanos;
    /**
     * The cluster node this is (null: a single Parley), stored with each party stream and given
     * with the call's own writes, which the store refuses once another node took the call over.
     */
    private final String node;
    /** Per stream with a partial utterance stored: which one, and when. */
    private final Map<String, StoredPartial> partials = new HashMap<>();

    private record StoredPartial(int seq, long nanos) {
    }

    StoreSink(CallStore store, StoreWriter writer, Duration partialFlush, String node) {
        this.store = store;
        this.node = node;
        this.writer = writer;
        this.partialFlushNanos = partialFlush.toNanos();
    }

    @Override
    public void accept(CallEvent event) {
        String callId = event.callId();
        if (event instanceof CallEvent.CallStarted started) {
            CallInfo info = new CallInfo(callId, started.startedAt(), started.callerNumber(), started.agent(), null,
                    started.afterCall(), started.rules());
            write(() -> store.startCall(info));
        } else if (event instanceof CallEvent.PartyJoined joined) {
            write(() -> store.joinParty(callId, joined.streamId(), joined.speaker(), joined.at(), node));
        } else if (event instanceof CallEvent.UtteranceHeard heard) {
            if (heard.isFinal()) {
                partials.remove(heard.streamId());
                write(() -> store.saveUtterance(callId, heard.streamId(), heard.seq(), heard.utterance(), true));
            } else {
                StoredPartial stored = partials.get(heard.streamId());
                if (stored == null || stored.seq() != heard.seq() || heard.nanos() - stored.nanos() >= partialFlushNanos) {
                    partials.put(heard.streamId(), new StoredPartial(heard.seq(), heard.nanos()));
                    write(() -> {
                        store.saveUtterance(callId, heard.streamId(), heard.seq(), heard.utterance(), false);
                        store.updateDuration(callId, heard.callDuration(), null, node);
                    });
                }
            }
        } else if (event instanceof CallEvent.UtteranceWithdrawn withdrawn) {
            StoredPartial stored = partials.remove(withdrawn.streamId());
            if (stored != null && stored.seq() == withdrawn.seq()) {
                write(() -> store.deleteUtterance(callId, withdrawn.streamId(), withdrawn.seq()));
            }
        } else if (event instanceof CallEvent.PromptRaised raised) {
            write(() -> store.savePrompt(callId, raised.index(), raised.prompt(), node));
        } else if (event instanceof CallEvent.FactsKnown known) {
            write(() -> store.saveFacts(callId, known.facts()));
        } else if (event instanceof CallEvent.Redacted redacted) {
            write(() -> store.saveRedaction(callId, redacted.redaction()));
        } else if (event instanceof CallEvent.PartyLeft left) {
            partials.remove(left.streamId());
            write(() -> store.leaveParty(callId, left.streamId(), left.at(), left.reason()));
        } else if (event instanceof CallEvent.CallEnded ended) {
            write(() -> store.updateDuration(callId, ended.duration(), ended.endedAt(), node));
            for (LoudnessTrack track : ended.loudness()) {
                write(() -> store.saveLoudness(callId, track, node));
            }
            if (ended.transcribedUpTo() != null) {
                write(() -> store.transcribedUpTo(callId, ended.transcribedUpTo()));
            }
        }
    }

    /** A failed write is logged by the writer, and the writes behind it still run. */
    private void write(Runnable action) {
        writer.execute(action);
    }
}
