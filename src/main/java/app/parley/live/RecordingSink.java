package app.parley.live;

import app.parley.call.Speaker;
import app.parley.redaction.RedactedSpan;
import app.parley.store.Recordings;
import app.parley.store.StoreWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps each party's audio of a live call ({@code recordings.enabled}): one recording per party,
 * which a reconnected tap goes on in, silenced in every party's recording where payment data was
 * said (the other line may carry the voice too), closed when the call ends. Events come on the
 * live path's context and audio on the stream decoders' threads; the file work runs on the
 * decoders (writing) and on the store writer (silencing, closing), never on the event loop.
 */
final class RecordingSink implements Consumer<CallEvent> {
    private final Recordings recordings;
    private final StoreWriter writer;
    private final Map<String, CallRecordings> calls = new ConcurrentHashMap<>();

    /** The recordings of one call, and the stretches silenced so far, for a party whose recording starts later. */
    private record CallRecordings(Map<Speaker, PartyRecording> parties, List<RedactedSpan> silenced) {
        CallRecordings() {
            this(new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>());
        }
    }

    RecordingSink(Recordings recordings, StoreWriter writer) {
        this.recordings = recordings;
        this.writer = writer;
    }

    @Override
    public void accept(CallEvent event) {
        if (event instanceof CallEvent.PartyJoined joined) {
            CallRecordings call = calls.computeIfAbsent(joined.callId(), id -> new CallRecordings());
            call.parties().computeIfAbsent(joined.speaker(),
                    party -> new PartyRecording(recordings, joined.callId(), party, call.silenced()));
        } else if (event instanceof CallEvent.Redacted redacted) {
            CallRecordings call = calls.computeIfAbsent(redacted.callId(), id -> new CallRecordings());
            call.silenced().add(redacted.span());
            call.parties().values().forEach(recording -> writer.execute(() -> recording.silence(redacted.span())));
        } else if (event instanceof CallEvent.CallEnded ended) {
            CallRecordings call = calls.remove(ended.callId());
            if (call != null) {
                call.parties().values().forEach(recording -> writer.execute(recording::close));
            }
        }
    }

    /** A 16 kHz chunk of {@code speaker}'s audio at call time {@code at}; on the party's decoder. */
    void chunk(String callId, Speaker speaker, double at, short[] pcm) {
        CallRecordings call = calls.get(callId);
        PartyRecording recording = call == null ? null : call.parties().get(speaker);
        if (recording != null) {
            recording.write(at, pcm);
        }
    }
}
