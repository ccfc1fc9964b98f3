package app.parley.store;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where call records live, written incrementally while the call happens. Every method blocks
 * on I/O: call it from a worker, never from an event loop.
 */
public interface CallStore extends AutoCloseable {

    /**
     * The call store in {@code database}, connected: a database unreachable for its
     * {@code retryFor} fails here with a {@link StoreException}.
     */
    static CallStore open(Database database) {
        return open(database, DEFAULT_READ_CONNECTIONS);
    }

    /** What {@code store.read_connections} defaults to, for {@link #open(Database)}. */
    int DEFAULT_READ_CONNECTIONS = 4;

    /**
     * {@link #open(Database)}, with up to {@code readConnections} connections for searches and
     * replays besides the one that writes.
     */
    static CallStore open(Database database, int readConnections) {
        return JdbcCallStore.open(database, readConnections);
    }

    /** The embedded H2 database in {@code dataDir}, needing no server: for tests and tools. */
    static CallStore openEmbedded(Path dataDir) {
        return open(Database.embedded(dataDir));
    }

    /** Whether a call with this id is stored (without reading it). */
    boolean exists(String callId);

    /** Which of these calls are stored (without reading them). */
    java.util.Set<String> stored(java.util.Collection<String> callIds);

    /** When the call that started first of those stored started; empty when none is stored. */
    Optional<Instant> oldestCallStart();

    /** The agent who took a stored call (empty inside when none is known); empty when there is no such call. */
    Optional<Optional<String>> agentOf(String callId);

    /** Records a new call; a call already stored under that id is left as it is. */
    void startCall(CallInfo call);

    /** A party's audio stream joined the call at {@code joinedAt} seconds of call time. */
    default void joinParty(String callId, String streamId, Speaker speaker, double joinedAt) {
        joinParty(callId, streamId, speaker, joinedAt, null);
    }

    /**
     * As above, carried by the cluster node {@code node} (its id; null: a single Parley), which
     * is how the other nodes find the node's calls if it is lost ({@link #interruptCallsOf}).
     */
    void joinParty(String callId, String streamId, Speaker speaker, double joinedAt, String node);

    /** The stream ended; {@code reason} says how (hangup, closed, or the protocol error). */
    void leaveParty(String callId, String streamId, double leftAt, String reason);

    /** The end reason of a stream that its node closed as it stopped (the call may go on elsewhere). */
    String NODE_STOPPED = "shutdown";

    /**
     * The cluster node {@code node} was lost: each call it was carrying (a stream of it still
     * open, or closed as it stopped) is marked interrupted where the last words stored from that
     * node's streams end, and those streams still open are closed there. Returns each call marked
     * and its point. Safe to repeat, and by several nodes: the point stays, or moves to words the
     * lost node stored after an earlier mark.
     */
    java.util.Map<String, Double> interruptCallsOf(String node);

    /**
     * The call goes on on node {@code here} after the node that carried it was lost: it is
     * marked interrupted where the words stored from the other nodes' streams end, and those
     * still open are closed there. Returns that call time (null: no other node carried it).
     */
    Double markInterrupted(String callId, String here);

    /**
     * The calls started since {@code since} that other nodes than {@code here} carried and
     * {@code here} never did: those whose taps may land here once their node is lost.
     */
    List<CarriedElsewhere> carriedElsewhere(String here, Instant since);

    /** A call another node carried: when it started, and how many prompts it had raised. */
    record CarriedElsewhere(String callId, Instant startedAt, int prompts) {
    }

    /**
     * Inserts or replaces utterance {@code seq} of a stream; partial rows are replaced by finals.
     * Not stored when the stream's node was lost and the party's words from the utterance's start
     * on are another node's ({@link #savePrompt(String, int, app.parley.call.Prompt, String)}).
     */
    void saveUtterance(String callId, String streamId, int seq, Utterance utterance, boolean isFinal);

    /** Removes a partial utterance the recogniser later dropped (it heard no words after all). */
    void deleteUtterance(String callId, String streamId, int seq);

    /** The caller's account facts as shown when the call connected (null: unknown caller). */
    void saveFacts(String callId, com.fasterxml.jackson.databind.JsonNode facts);

    /** Prompt number {@code index} of the call (its position in the order raised). */
    default void savePrompt(String callId, int index, app.parley.call.Prompt prompt) {
        savePrompt(callId, index, prompt, null);
    }

    /**
     * The same, written by cluster node {@code node} (null: a single Parley). A node taken for lost
     * that goes on hearing its calls (cut off from the other nodes, not from the PBX) writes nothing
     * more to a call once another node has tapped it again: not its prompts, loudness or end here,
     * and of its words ({@link #saveUtterance}) only those before the other node's streams joined.
     * What it would write the other node writes, and would be overwritten or stored twice.
     */
    void savePrompt(String callId, int index, app.parley.call.Prompt prompt, String node);

    /**
     * What the agent said of a prompt; saying the same again changes nothing.
     *
     * @return false when the call has no such prompt
     */
    boolean savePromptFeedback(String callId, app.parley.call.PromptFeedback feedback);

    /** Payment or identity data was said and redacted; the same stretch again changes nothing. */
    void saveRedaction(String callId, app.parley.call.Redaction redaction);

    /** The call has lasted {@code durationS} so far, or in all when {@code endedAt} is given. */
    default void updateDuration(String callId, double durationS, Instant endedAt) {
        updateDuration(callId, durationS, endedAt, null);
    }

    /** The same, written by cluster node {@code node}: see {@link #savePrompt(String, int, app.parley.call.Prompt, String)}. */
    void updateDuration(String callId, double durationS, Instant endedAt, String node);

    /**
     * Parley stopped while the call was still being decoded: its stored words are whole up to
     * call time {@code upTo} (seconds), the rest is to be transcribed from its recordings.
     */
    void transcribedUpTo(String callId, double upTo);

    /** The rest of a call marked by {@link #transcribedUpTo} is stored: its words are whole. */
    void transcribedWhole(String callId);

    /** Calls marked by {@link #transcribedUpTo}, oldest first, with the time their words are whole up to. */
    java.util.Map<String, Double> transcribedInPart();

    /**
     * Stores a whole finished call (a recording {@code analyze} transcribed) in one transaction:
     * all of it, or, on any failure, nothing. Each party's utterances go under a stream named
     * after the party.
     */
    default void saveRecord(CallRecord record) {
        saveRecord(record, List.of());
    }

    /** {@link #saveRecord(CallRecord)}, with the parties' loudness tracks, in the same transaction. */
    void saveRecord(CallRecord record, List<app.parley.call.LoudnessTrack> loudness);

    Optional<CallRecord> find(String callId);

    /** Calls, newest first. */
    List<CallInfo> recent(int limit, int offset);

    /** An earlier call about an account: when it started, and whether the client spoke in it (a conversation). */
    record EarlierCall(Instant startedAt, boolean conversation) {
    }

    /** The calls about account {@code accountId} started at or after {@code since}, but {@code exceptCallId}. */
    List<EarlierCall> callsAbout(String accountId, Instant since, String exceptCallId);

    /** Replaces a party's loudness track of the call. */
    default void saveLoudness(String callId, app.parley.call.LoudnessTrack track) {
        saveLoudness(callId, track, null);
    }

    /** The same, written by cluster node {@code node}: see {@link #savePrompt(String, int, app.parley.call.Prompt, String)}. */
    void saveLoudness(String callId, app.parley.call.LoudnessTrack track, String node);

    /** The parties' loudness tracks of the call (none for calls stored before tracks were kept). */
    List<app.parley.call.LoudnessTrack> loudness(String callId);

    /**
     * Keeps a reviewer's override of a scorecard row, after those given before; the same one
     * again (same element, reviewer and time) is kept once.
     *
     * @return false when there is no such call
     */
    boolean saveScorecardOverride(String callId, app.parley.review.ReviewOverride override);

    /** The call's scorecard overrides, oldest first. */
    List<app.parley.review.ReviewOverride> scorecardOverrides(String callId);

    /**
     * Keeps a reviewer's mark of a prompt of the call (one a backtest listed); the same mark again
     * (same rule, second, reviewer and time) is kept once.
     *
     * @return false when there is no such call
     */
    boolean savePromptMark(String callId, app.parley.call.PromptMark mark);

    /** The marks of the call's prompts, oldest first. */
    List<app.parley.call.PromptMark> promptMarks(String callId);

    /** One page of the calls that match, newest first. */
    CallSummary.Page search(CallQuery query);

    /** The ids of calls a search found, newest first; {@code more}: others matched beyond them. */
    record Matches(List<String> ids, boolean more) {
        public Matches {
            ids = List.copyOf(ids);
        }
    }

    /** The ids of at most {@code max} calls {@code query} finds, newest first, read page by page. */
    default Matches matching(CallQuery query, int max) {
        List<String> ids = new java.util.ArrayList<>();
        CallQuery.Cursor after = null;
        while (true) {
            CallSummary.Page page = search(query.page(CallQuery.MAX_LIMIT, after));
            for (CallSummary call : page.calls()) {
                if (ids.size() == max) {
                    return new Matches(ids, true);
                }
                ids.add(call.call().id());
            }
            if (page.next() == null) {
                return new Matches(ids, false);
            }
            after = CallQuery.Cursor.parse(page.next());
        }
    }

    /**
     * Deletes up to {@code max} of the oldest calls that started before {@code cutoff}, with all
     * that was stored of them, in one transaction.
     *
     * @return the ids of the calls deleted
     */
    List<String> deleteCallsStartedBefore(Instant cutoff, int max);

    @Override
    void close();
}
