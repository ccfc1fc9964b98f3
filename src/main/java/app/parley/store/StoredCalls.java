package app.parley.store;

import app.parley.call.CallRecord;
import app.parley.call.Utterance;

/** Writing a whole call record at once, as {@code analyze} does for a recording. */
public final class StoredCalls {
    private StoredCalls() {
    }

    /** Stores the record as finished; each party's utterances go under a stream named after the party. */
    public static void save(CallStore store, CallRecord record) {
        String id = record.call().id();
        store.startCall(record.call());
        int[] seq = new int[2];
        for (Utterance utterance : record.utterances()) {
            int party = utterance.speaker().ordinal();
            store.saveUtterance(id, "recording-" + utterance.speaker().id(), seq[party]++, utterance, true);
        }
        double duration = record.call().durationS() == null ? 0 : record.call().durationS();
        store.updateDuration(id, duration, record.call().startedAt());
    }
}
