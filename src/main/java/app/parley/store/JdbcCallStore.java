package app.parley.store;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.review.ReviewOverride;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The call store over JDBC, in SQL that H2 and PostgreSQL both accept. This class only says on
 * which connection each operation runs; the SQL is in the classes named after what they do:
 * {@link CallWrites}, {@link SearchIndex}, {@link CallReads}, {@link CallSearch},
 * {@link CallReviews}, {@link CallDeletion}.
 *
 * <p>Writes go through one connection, one at a time, in the order they are made (the live
 * path's writer thread, and the few writes of the review pages and retention). Reads go through
 * a pool of their own ({@link ReadPool}), so a search or a replay never holds up a write, and see
 * each write once it is committed. Both reconnect and run an operation again when the
 * connection is lost: each must be safe to run twice (upsert, or insert where absent).
 */
final class JdbcCallStore implements CallStore {
    private final RetryWhileUnreachable retry;
    private final RetryingConnection writer;
    private final String description;
    private ReadPool readers;

    private JdbcCallStore(Database database) {
        this.retry = new RetryWhileUnreachable(database);
        this.writer = new RetryingConnection(database, retry);
        this.description = database.describe();
    }

    /**
     * Connects the writer at once, retrying for the database's {@code retryFor}, so that a bad
     * setting shows at start-up; reads get up to {@code readConnections} connections of their own.
     */
    static JdbcCallStore open(Database database, int readConnections) {
        JdbcCallStore store = new JdbcCallStore(database);
        try {
            store.write("open the call store", connection -> { });
            int indexed;
            do {
                indexed = store.writer.run("index utterances stored before search",
                        connection -> new SearchIndex(connection).indexUtterancesStoredBeforeSearch());
            } while (indexed == SearchIndex.BACKFILL_BATCH);
            store.readers = new ReadPool(database, readConnections, store.retry);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** For tests in this package: the connection writes go through. */
    Connection connection() {
        return writer.run("open a connection", connection -> connection);
    }

    @Override
    public String toString() {
        return description;
    }

    // ---- the live path's writes, and an analysed call's ----

    @Override
    public void startCall(CallInfo call) {
        write("start call " + call.id(), connection -> new CallWrites(connection).startCall(call));
    }

    @Override
    public void joinParty(String callId, String streamId, Speaker speaker, double joinedAt, String node) {
        write("add party " + streamId + " to call " + callId,
                connection -> new CallWrites(connection).joinParty(callId, streamId, speaker, joinedAt, node));
    }

    @Override
    public void leaveParty(String callId, String streamId, double leftAt, String reason) {
        write("end party " + streamId + " of call " + callId,
                connection -> new CallWrites(connection).leaveParty(callId, streamId, leftAt, reason));
    }

    @Override
    public void saveUtterance(String callId, String streamId, int seq, Utterance utterance, boolean isFinal) {
        String words = Rows.json(utterance.words(), "the words of an utterance of call " + callId);
        write("save utterance " + seq + " of stream " + streamId + " of call " + callId,
                connection -> new CallWrites(connection).saveUtterance(callId, streamId, seq, utterance, words, isFinal));
    }

    @Override
    public void deleteUtterance(String callId, String streamId, int seq) {
        write("delete utterance " + seq + " of stream " + streamId + " of call " + callId,
                connection -> new CallWrites(connection).deleteUtterance(callId, streamId, seq));
    }

    @Override
    public void updateDuration(String callId, double durationS, Instant endedAt, String node) {
        write("update the duration of call " + callId,
                connection -> new CallWrites(connection).updateDuration(callId, durationS, endedAt, node));
    }

    @Override
    public java.util.Map<String, Double> interruptCallsOf(String node) {
        return writer.run("mark the calls of lost node " + node + " interrupted",
                connection -> new CallInterruptions(connection).interruptCallsOf(node));
    }

    @Override
    public Double markInterrupted(String callId, String here) {
        return writer.run("mark call " + callId + " interrupted (its node was lost)",
                connection -> new CallInterruptions(connection).interruptElsewhere(callId, here));
    }

    @Override
    public List<CarriedElsewhere> carriedElsewhere(String here, Instant since) {
        return read("find the calls other nodes than " + here + " carried",
                connection -> CallInterruptions.carriedElsewhere(connection, here, since));
    }

    @Override
    public void transcribedUpTo(String callId, double upTo) {
        write("mark call " + callId + " as transcribed up to " + upTo + "s",
                connection -> new CallWrites(connection).transcribedUpTo(callId, upTo));
    }

    @Override
    public void transcribedWhole(String callId) {
        write("mark call " + callId + " as transcribed whole",
                connection -> new CallWrites(connection).transcribedUpTo(callId, null));
    }

    @Override
    public java.util.Map<String, Double> transcribedInPart() {
        return read("find the calls transcribed in part", connection -> new CallReads(connection).transcribedInPart());
    }

    @Override
    public void saveFacts(String callId, JsonNode facts) {
        write("save the account facts of call " + callId, connection -> new CallWrites(connection).saveFacts(callId, facts));
    }

    @Override
    public void savePrompt(String callId, int index, Prompt prompt, String node) {
        String json = Rows.json(prompt, "prompt " + index + " of call " + callId);
        write("save prompt " + index + " of call " + callId,
                connection -> new CallWrites(connection).savePrompt(callId, index, prompt, json, node));
    }

    @Override
    public void saveRedaction(String callId, Redaction redaction) {
        write("save a redaction in call " + callId, connection -> new CallWrites(connection).saveRedaction(callId, redaction));
    }

    @Override
    public void saveLoudness(String callId, LoudnessTrack track, String node) {
        String levels = Rows.json(track.levels(), "the loudness of call " + callId);
        write("save the " + track.speaker().id() + " loudness of call " + callId,
                connection -> new CallWrites(connection).saveLoudness(callId, track, levels, node));
    }

    @Override
    public void saveRecord(CallRecord record, List<LoudnessTrack> loudness) {
        write("store the analysed call " + record.call().id(),
                connection -> new CallWrites(connection).saveRecord(record, loudness));
    }

    // ---- reading one call back ----

    @Override
    public boolean exists(String callId) {
        return read("look for call " + callId, connection -> new CallReads(connection).exists(callId));
    }

    @Override
    public java.util.Set<String> stored(java.util.Collection<String> callIds) {
        return read("look for " + callIds.size() + " call(s)", connection -> new CallReads(connection).stored(callIds));
    }

    @Override
    public Optional<Instant> oldestCallStart() {
        return read("look for the oldest call", connection -> new CallReads(connection).oldestCallStart());
    }

    @Override
    public Optional<Optional<String>> agentOf(String callId) {
        return read("look for call " + callId, connection -> new CallReads(connection).agentOf(callId));
    }

    @Override
    public Optional<CallRecord> find(String callId) {
        return read("read call " + callId, connection -> new CallReads(connection).find(callId));
    }

    @Override
    public List<LoudnessTrack> loudness(String callId) {
        return read("read the loudness of call " + callId, connection -> new CallReads(connection).loudness(callId));
    }

    // ---- finding calls ----

    @Override
    public CallSummary.Page search(CallQuery query) {
        return read("search calls", connection -> new CallSearch(connection).search(query));
    }

    @Override
    public List<CallInfo> recent(int limit, int offset) {
        return read("list calls", connection -> new CallSearch(connection).recent(limit, offset));
    }

    @Override
    public List<EarlierCall> callsAbout(String accountId, Instant since, String exceptCallId) {
        return read("list the calls about account " + accountId,
                connection -> new CallSearch(connection).callsAbout(accountId, since, exceptCallId));
    }

    // ---- what people said of a call ----

    @Override
    public boolean savePromptFeedback(String callId, PromptFeedback feedback) {
        return writer.run("save feedback on prompt " + feedback.prompt() + " of call " + callId,
                connection -> new CallReviews(connection).savePromptFeedback(callId, feedback));
    }

    @Override
    public boolean saveScorecardOverride(String callId, ReviewOverride override) {
        return writer.run("save a scorecard override of call " + callId,
                connection -> new CallReviews(connection).saveScorecardOverride(callId, override));
    }

    @Override
    public List<ReviewOverride> scorecardOverrides(String callId) {
        return read("read the scorecard overrides of call " + callId,
                connection -> new CallReviews(connection).scorecardOverrides(callId));
    }

    @Override
    public boolean savePromptMark(String callId, app.parley.call.PromptMark mark) {
        return writer.run("save a mark of a " + mark.rule() + " prompt of call " + callId,
                connection -> new CallReviews(connection).savePromptMark(callId, mark));
    }

    @Override
    public List<app.parley.call.PromptMark> promptMarks(String callId) {
        return read("read the prompt marks of call " + callId,
                connection -> new CallReviews(connection).promptMarks(callId));
    }

    // ---- retention ----

    @Override
    public List<String> deleteCallsStartedBefore(Instant cutoff, int max) {
        return writer.run("delete calls started before " + cutoff,
                connection -> new CallDeletion(connection).deleteCallsStartedBefore(cutoff, max));
    }

    @Override
    public void close() {
        // First: a read or a write waiting for the database gives up now rather than after retryFor.
        retry.close();
        try {
            writer.close();
        } finally {
            if (readers != null) {
                readers.close();
            }
        }
    }

    private interface SqlWrite {
        void run(Connection connection) throws java.sql.SQLException;
    }

    private void write(String what, SqlWrite write) {
        writer.run(what, connection -> {
            write.run(connection);
            return null;
        });
    }

    private <T> T read(String what, RetryingConnection.Work<T> read) {
        return readers.run(what, read);
    }
}
