package app.parley.store;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Gap;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Redaction;
import app.parley.call.Json;
import app.parley.call.LoudnessTrack;
import app.parley.review.ReviewOverride;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The call store over JDBC, in SQL that H2 and PostgreSQL both accept. One connection, used by
 * one thread at a time: the store's own worker serialises writes, and the database answers
 * reads in microseconds to milliseconds. Every operation goes through {@link #run} or
 * {@link #query}, which reconnect and run it again when the connection is lost: each must be
 * safe to run twice (upsert, or insert where absent).
 */
final class JdbcCallStore implements CallStore {
    private static final TypeReference<List<Word>> WORDS = new TypeReference<>() { };
    /** Shorter pauses between a party's streams are reconnections too quick to matter. */
    private static final double MIN_GAP_S = 0.5;

    private final RetryingConnection link;
    private final String description;
    /** The live connection, set by {@link #query} before each attempt; replaced after a reconnection. */
    private Connection connection;
    /** True while an operation runs: operations it calls are its steps, retried only with it. */
    private boolean inOperation;

    private JdbcCallStore(Database database) {
        this.link = new RetryingConnection(database);
        this.description = database.describe();
    }

    /** Connects at once, retrying for the database's {@code retryFor}, so that a bad setting shows at start-up. */
    static JdbcCallStore open(Database database) {
        JdbcCallStore store = new JdbcCallStore(database);
        store.run("open the call store", () -> { });
        store.indexUtterancesStoredBeforeSearch();
        return store;
    }

    /**
     * Final utterances stored before search existed (schema V4) have no search text and no words
     * in the index: they get them here, once, in batches, so older calls are found like new ones.
     * SQL alone cannot do it: the words are normalised as {@link SearchTerms} does.
     */
    private synchronized void indexUtterancesStoredBeforeSearch() {
        int indexed;
        do {
            indexed = query("index utterances stored before search", () -> {
                record Unindexed(String callId, String streamId, int seq, String text) {
                }
                List<Unindexed> batch = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT call_id, stream_id, seq, text FROM utterances WHERE search_text IS NULL AND is_final "
                                + "ORDER BY call_id, stream_id, seq LIMIT 500")) {
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            batch.add(new Unindexed(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
                        }
                    }
                }
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE utterances SET search_text = ? WHERE call_id = ? AND stream_id = ? AND seq = ?")) {
                    for (Unindexed u : batch) {
                        update.setString(1, SearchTerms.padded(u.text()));
                        update.setString(2, u.callId());
                        update.setString(3, u.streamId());
                        update.setInt(4, u.seq());
                        update.executeUpdate();
                        indexTerms(u.callId(), SearchTerms.distinct(u.text()));
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
                return batch.size();
            });
        } while (indexed == 500);
    }

    /** For tests in this package: the live connection. */
    synchronized Connection connection() {
        run("open a connection", () -> { });
        return connection;
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public synchronized boolean exists(String callId) {
        return query("look for call " + callId, () -> callExists(callId));
    }

    @Override
    public synchronized Optional<Optional<String>> agentOf(String callId) {
        return query("look for call " + callId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT agent FROM calls WHERE id = ?")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(Optional.ofNullable(rows.getString(1))) : Optional.empty();
                }
            }
        });
    }

    private boolean callExists(String callId) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM calls WHERE id = ?")) {
            exists.setString(1, callId);
            try (ResultSet rows = exists.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public synchronized void startCall(CallInfo call) {
        run("start call " + call.id(), () -> {
            if (callExists(call.id())) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO calls (id, started_at, caller_number, agent, duration_s) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, call.id());
                insert.setObject(2, OffsetDateTime.ofInstant(call.startedAt(), ZoneOffset.UTC));
                insert.setString(3, call.callerNumber());
                insert.setString(4, call.agent());
                setNullableDouble(insert, 5, call.durationS());
                insert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void joinParty(String callId, String streamId, Speaker speaker, double joinedAt) {
        run("add party " + streamId + " to call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE parties SET speaker = ?, joined_s = ?, left_s = NULL, end_reason = NULL "
                            + "WHERE call_id = ? AND stream_id = ?")) {
                update.setString(1, speaker.id());
                update.setDouble(2, joinedAt);
                update.setString(3, callId);
                update.setString(4, streamId);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO parties (call_id, stream_id, speaker, joined_s) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, callId);
                insert.setString(2, streamId);
                insert.setString(3, speaker.id());
                insert.setDouble(4, joinedAt);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void leaveParty(String callId, String streamId, double leftAt, String reason) {
        run("end party " + streamId + " of call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE parties SET left_s = ?, end_reason = ? WHERE call_id = ? AND stream_id = ?")) {
                update.setDouble(1, leftAt);
                update.setString(2, reason.length() > 400 ? reason.substring(0, 400) : reason);
                update.setString(3, callId);
                update.setString(4, streamId);
                update.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void saveUtterance(String callId, String streamId, int seq, Utterance utterance,
            boolean isFinal) {
        String words;
        try {
            words = Json.MAPPER.writeValueAsString(utterance.words());
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode the words of an utterance of call " + callId, e);
        }
        run("save utterance " + seq + " of stream " + streamId + " of call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE utterances SET speaker = ?, start_s = ?, end_s = ?, text = ?, words = ?, is_final = ?, "
                            + "search_text = ? WHERE call_id = ? AND stream_id = ? AND seq = ?")) {
                bindUtterance(update, utterance, words, isFinal);
                update.setString(8, callId);
                update.setString(9, streamId);
                update.setInt(10, seq);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO utterances (speaker, start_s, end_s, text, words, is_final, search_text, "
                                    + "call_id, stream_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        bindUtterance(insert, utterance, words, isFinal);
                        insert.setString(8, callId);
                        insert.setString(9, streamId);
                        insert.setInt(10, seq);
                        insert.executeUpdate();
                    }
                }
            }
            if (isFinal) {
                indexTerms(callId, SearchTerms.distinct(utterance.text()));
            }
        });
    }

    /** Adds the words to the call's entries in the search index (words already there stay once). */
    private void indexTerms(String callId, java.util.Set<String> terms) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO call_terms (term, call_id) SELECT ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM call_terms WHERE term = ? AND call_id = ?)")) {
            for (String term : terms) {
                insert.setString(1, term);
                insert.setString(2, callId);
                insert.setString(3, term);
                insert.setString(4, callId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public synchronized void deleteUtterance(String callId, String streamId, int seq) {
        run("delete utterance " + seq + " of stream " + streamId + " of call " + callId, () -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM utterances WHERE call_id = ? AND stream_id = ? AND seq = ?")) {
                delete.setString(1, callId);
                delete.setString(2, streamId);
                delete.setInt(3, seq);
                delete.executeUpdate();
            }
        });
    }

    private static void bindUtterance(PreparedStatement statement, Utterance utterance, String words,
            boolean isFinal) throws SQLException {
        statement.setString(1, utterance.speaker().id());
        statement.setDouble(2, utterance.start());
        statement.setDouble(3, utterance.end());
        statement.setString(4, utterance.text());
        statement.setString(5, words);
        statement.setBoolean(6, isFinal);
        statement.setString(7, SearchTerms.padded(utterance.text()));
    }

    @Override
    public synchronized void updateDuration(String callId, double durationS, Instant endedAt) {
        run("update the duration of call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE calls SET duration_s = ?, ended_at = COALESCE(?, ended_at) WHERE id = ?")) {
                update.setDouble(1, durationS);
                if (endedAt == null) {
                    update.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    update.setObject(2, OffsetDateTime.ofInstant(endedAt, ZoneOffset.UTC));
                }
                update.setString(3, callId);
                update.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void saveFacts(String callId, JsonNode facts) {
        String json = facts == null || facts.isNull() ? null : facts.toString();
        String account = facts == null ? null : facts.path("account").path("id").textValue();
        run("save the account facts of call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE calls SET facts = ?, account_id = ? WHERE id = ?")) {
                update.setString(1, json);
                update.setString(2, account);
                update.setString(3, callId);
                update.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void savePrompt(String callId, int index, Prompt prompt) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(prompt);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode prompt " + index + " of call " + callId, e);
        }
        // Replaces the prompt stored under that index: a retried write is stored once.
        run("save prompt " + index + " of call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE prompts SET kind = ?, at_s = ?, prompt = ? WHERE call_id = ? AND idx = ?")) {
                bindPrompt(update, callId, index, prompt, json);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO prompts (kind, at_s, prompt, call_id, idx) VALUES (?, ?, ?, ?, ?)")) {
                bindPrompt(insert, callId, index, prompt, json);
                insert.executeUpdate();
            }
        });
    }

    private static void bindPrompt(PreparedStatement statement, String callId, int index, Prompt prompt, String json)
            throws SQLException {
        statement.setString(1, prompt.kind());
        statement.setDouble(2, prompt.at());
        statement.setString(3, json);
        statement.setString(4, callId);
        statement.setInt(5, index);
    }

    @Override
    public synchronized boolean savePromptFeedback(String callId, PromptFeedback feedback) {
        return query("save feedback on prompt " + feedback.prompt() + " of call " + callId, () -> {
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM prompts WHERE call_id = ? AND idx = ?")) {
                exists.setString(1, callId);
                exists.setInt(2, feedback.prompt());
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO prompt_feedback (call_id, idx, verdict, agent, given_at) SELECT ?, ?, ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM prompt_feedback WHERE call_id = ? AND idx = ? AND verdict = ?)")) {
                insert.setString(1, callId);
                insert.setInt(2, feedback.prompt());
                insert.setString(3, feedback.verdict());
                insert.setString(4, feedback.agent());
                insert.setObject(5, OffsetDateTime.ofInstant(feedback.at(), ZoneOffset.UTC));
                insert.setString(6, callId);
                insert.setInt(7, feedback.prompt());
                insert.setString(8, feedback.verdict());
                insert.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public synchronized void saveRedaction(String callId, Redaction redaction) {
        run("save a redaction in call " + callId, () -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO redactions (call_id, speaker, start_s, end_s, category) SELECT ?, ?, ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM redactions WHERE call_id = ? AND speaker = ? AND start_s = ?)")) {
                insert.setString(1, callId);
                insert.setString(2, redaction.speaker().id());
                insert.setDouble(3, redaction.start());
                insert.setDouble(4, redaction.end());
                insert.setString(5, redaction.category());
                insert.setString(6, callId);
                insert.setString(7, redaction.speaker().id());
                insert.setDouble(8, redaction.start());
                insert.executeUpdate();
            }
        });
    }

    private List<Redaction> redactions(String callId) throws SQLException {
        List<Redaction> redactions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT category, speaker, start_s, end_s FROM redactions WHERE call_id = ? ORDER BY start_s, speaker")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    redactions.add(new Redaction(rows.getString(1), Speaker.of(rows.getString(2)), rows.getDouble(3),
                            rows.getDouble(4)));
                }
            }
        }
        return redactions;
    }

    @Override
    public synchronized void saveRecord(CallRecord record, List<LoudnessTrack> loudness) {
        String id = record.call().id();
        // One transaction, run again as a whole if the connection is lost: each step is an upsert.
        run("store the analysed call " + id, () -> {
            connection.setAutoCommit(false);
            try {
                startCall(record.call());
                int[] seq = new int[Speaker.values().length];
                for (Utterance utterance : record.utterances()) {
                    String stream = "recording-" + utterance.speaker().id();
                    saveUtterance(id, stream, seq[utterance.speaker().ordinal()]++, utterance, true);
                }
                for (int i = 0; i < record.prompts().size(); i++) {
                    savePrompt(id, i, record.prompts().get(i));
                }
                saveFacts(id, record.facts());
                double duration = record.call().durationS() == null ? 0 : record.call().durationS();
                updateDuration(id, duration, record.call().startedAt().plusMillis(Math.round(duration * 1000)));
                for (LoudnessTrack track : loudness) {
                    saveLoudness(id, track);
                }
                for (Redaction redaction : record.redactions()) {
                    saveRedaction(id, redaction);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } catch (SQLException broken) {
                    // The connection is gone, and the transaction with it; the failure says why.
                    e.addSuppressed(broken);
                }
                throw e;
            }
            connection.setAutoCommit(true);
        });
    }

    @Override
    public synchronized Optional<CallRecord> find(String callId) {
        return query("read call " + callId, () -> {
            CallInfo info;
            JsonNode facts;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, started_at, caller_number, agent, duration_s, facts FROM calls WHERE id = ?")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    info = callInfo(rows);
                    facts = rows.getString(6) == null ? null : decode(rows.getString(6), JsonNode.class, callId);
                }
            }
            List<Prompt> prompts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT prompt FROM prompts WHERE call_id = ? ORDER BY idx")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        prompts.add(decode(rows.getString(1), Prompt.class, callId));
                    }
                }
            }
            List<PromptFeedback> feedback = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT idx, verdict, agent, given_at FROM prompt_feedback WHERE call_id = ? ORDER BY given_at, idx")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        feedback.add(new PromptFeedback(rows.getInt(1), rows.getString(2), rows.getString(3),
                                rows.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            List<Utterance> utterances = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT speaker, start_s, end_s, text, words FROM utterances WHERE call_id = ? "
                            + "ORDER BY start_s, end_s, speaker")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        utterances.add(new Utterance(Speaker.of(rows.getString(1)), rows.getDouble(2),
                                rows.getDouble(3), rows.getString(4), decodeWords(rows.getString(5), callId)));
                    }
                }
            }
            return Optional.of(new CallRecord(info, utterances, prompts, facts, gaps(callId), feedback,
                    redactions(callId)));
        });
    }

    /** Where a party had streams one after another (a tap that dropped and came back), the time between. */
    private List<Gap> gaps(String callId) throws SQLException {
        List<Gap> gaps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT speaker, joined_s, left_s FROM parties WHERE call_id = ? ORDER BY speaker, joined_s")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                String speaker = null;
                double heardUntil = 0;
                while (rows.next()) {
                    String party = rows.getString(1);
                    double joined = rows.getDouble(2);
                    double left = rows.getDouble(3);
                    boolean open = rows.wasNull();
                    if (party.equals(speaker) && joined - heardUntil > MIN_GAP_S) {
                        gaps.add(new Gap(Speaker.of(party), heardUntil, joined));
                    }
                    heardUntil = party.equals(speaker) ? Math.max(heardUntil, open ? joined : left) : (open ? joined : left);
                    speaker = party;
                }
            }
        }
        gaps.sort(java.util.Comparator.comparingDouble(Gap::start));
        return gaps;
    }

    @Override
    public synchronized List<CallInfo> recent(int limit, int offset) {
        return query("list calls", () -> {
            List<CallInfo> calls = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, started_at, caller_number, agent, duration_s FROM calls "
                            + "ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
                select.setInt(1, limit);
                select.setInt(2, offset);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        calls.add(callInfo(rows));
                    }
                }
            }
            return calls;
        });
    }

    @Override
    public synchronized List<EarlierCall> callsAbout(String accountId, Instant since, String exceptCallId) {
        return query("list the calls about account " + accountId, () -> {
            List<EarlierCall> calls = new ArrayList<>();
            // A call in which the client's words were recognised counts as a conversation with them.
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.started_at, EXISTS (SELECT 1 FROM utterances u WHERE u.call_id = c.id "
                            + "AND u.speaker = 'caller' AND u.is_final) FROM calls c "
                            + "WHERE c.account_id = ? AND c.started_at >= ? AND c.id <> ? ORDER BY c.started_at")) {
                select.setString(1, accountId);
                select.setObject(2, since.atOffset(java.time.ZoneOffset.UTC));
                select.setString(3, exceptCallId == null ? "" : exceptCallId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        calls.add(new EarlierCall(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                                rows.getBoolean(2)));
                    }
                }
            }
            return calls;
        });
    }

    /** Not synchronized: closing ends an operation that waits for the database to come back. */
    @Override
    public synchronized void saveLoudness(String callId, LoudnessTrack track) {
        String levels;
        try {
            levels = Json.MAPPER.writeValueAsString(track.levels());
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode the loudness of call " + callId, e);
        }
        run("save the " + track.speaker().id() + " loudness of call " + callId, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE loudness_tracks SET start_s = ?, step_s = ?, levels = ? WHERE call_id = ? AND speaker = ?")) {
                update.setDouble(1, track.startS());
                update.setDouble(2, track.stepS());
                update.setString(3, levels);
                update.setString(4, callId);
                update.setString(5, track.speaker().id());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO loudness_tracks (start_s, step_s, levels, call_id, speaker) VALUES (?, ?, ?, ?, ?)")) {
                insert.setDouble(1, track.startS());
                insert.setDouble(2, track.stepS());
                insert.setString(3, levels);
                insert.setString(4, callId);
                insert.setString(5, track.speaker().id());
                insert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<LoudnessTrack> loudness(String callId) {
        return query("read the loudness of call " + callId, () -> {
            List<LoudnessTrack> tracks = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT speaker, start_s, step_s, levels FROM loudness_tracks WHERE call_id = ? ORDER BY speaker")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        tracks.add(new LoudnessTrack(Speaker.of(rows.getString(1)), rows.getDouble(2), rows.getDouble(3),
                                decode(rows.getString(4), float[].class, callId)));
                    }
                }
            }
            return tracks;
        });
    }

    @Override
    public synchronized CallSummary.Page search(CallQuery query) {
        return query("search calls", () -> {
            StringBuilder sql = new StringBuilder(
                    "SELECT c.id, c.started_at, c.caller_number, c.agent, c.duration_s, c.account_id FROM calls c WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            // Each word narrows through the index of words said; phrases are then checked word by
            // word in the utterances of the calls that have all their words.
            java.util.Set<String> terms = new java.util.LinkedHashSet<>();
            query.words().forEach(w -> terms.addAll(SearchTerms.words(w)));
            query.phrases().forEach(p -> terms.addAll(SearchTerms.words(p)));
            // A rare word drives the search from the index (few calls to look at); common words are
            // checked call by call, newest first, which soon finds a page of calls that said them.
            String driving = rarestIfRare(terms);
            for (String term : terms) {
                if (term.equals(driving)) {
                    sql.append(" AND c.id IN (SELECT t.call_id FROM call_terms t WHERE t.term = ?)");
                } else {
                    sql.append(" AND EXISTS (SELECT 1 FROM call_terms t WHERE t.term = ? AND t.call_id = c.id)");
                }
                args.add(term);
            }
            for (String phrase : query.phrases()) {
                if (SearchTerms.words(phrase).size() > 1) {
                    sql.append(" AND EXISTS (SELECT 1 FROM utterances u WHERE u.call_id = c.id AND u.is_final "
                            + "AND u.search_text LIKE ?)");
                    args.add("%" + likeEscaped(SearchTerms.padded(phrase)) + "%");
                }
            }
            if (notBlank(query.agent())) {
                sql.append(" AND c.agent = ?");
                args.add(query.agent());
            }
            if (query.visibleAgents() != null) {
                List<String> seen = query.visibleAgents().stream().sorted().toList();
                String unassigned = query.unassignedVisible() ? "c.agent IS NULL" : "1 = 0";
                if (seen.isEmpty()) {
                    sql.append(" AND ").append(unassigned);
                } else {
                    sql.append(" AND (c.agent IN (").append(String.join(", ", java.util.Collections.nCopies(seen.size(),
                            "?"))).append(") OR ").append(unassigned).append(")");
                    args.addAll(seen);
                }
            }
            if (notBlank(query.account())) {
                sql.append(" AND c.account_id = ?");
                args.add(query.account());
            }
            if (notBlank(query.phone())) {
                sql.append(" AND c.caller_number IN (?, ?)");
                args.add(query.phone());
                args.add(query.phone().startsWith("+") ? query.phone().substring(1) : "+" + query.phone());
            }
            if (notBlank(query.promptKind())) {
                sql.append(" AND c.id IN (SELECT p.call_id FROM prompts p WHERE p.kind = ?)");
                args.add(query.promptKind());
            }
            if (query.from() != null) {
                sql.append(" AND c.started_at >= ?");
                args.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
            }
            if (query.to() != null) {
                sql.append(" AND c.started_at < ?");
                args.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
            }
            if (query.minDurationS() != null) {
                sql.append(" AND c.duration_s >= ?");
                args.add(query.minDurationS());
            }
            if (query.maxDurationS() != null) {
                sql.append(" AND c.duration_s <= ?");
                args.add(query.maxDurationS());
            }
            if (query.after() != null) {
                OffsetDateTime at = OffsetDateTime.ofInstant(query.after().startedAt(), ZoneOffset.UTC);
                sql.append(" AND (c.started_at < ? OR (c.started_at = ? AND c.id < ?))");
                args.add(at);
                args.add(at);
                args.add(query.after().callId());
            }
            sql.append(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?");
            args.add(query.limit() + 1);
            List<CallInfo> calls = new ArrayList<>();
            List<String> accounts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    select.setObject(i + 1, args.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        calls.add(callInfo(rows));
                        accounts.add(rows.getString(6));
                    }
                }
            }
            String next = null;
            if (calls.size() > query.limit()) {
                calls = calls.subList(0, query.limit());
                CallInfo last = calls.get(calls.size() - 1);
                next = new CallQuery.Cursor(last.startedAt(), last.id()).token();
            }
            String firstPhrase = !query.phrases().isEmpty() ? SearchTerms.padded(query.phrases().get(0))
                    : terms.isEmpty() ? null : " " + terms.iterator().next() + " ";
            List<String> ids = calls.stream().map(CallInfo::id).toList();
            java.util.Map<String, java.util.Map<String, Integer>> counts = promptCounts(ids);
            java.util.Map<String, CallSummary.Match> matches = firstPhrase == null ? java.util.Map.of()
                    : firstMatches(ids, firstPhrase);
            List<CallSummary> summaries = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                String id = calls.get(i).id();
                summaries.add(new CallSummary(calls.get(i), accounts.get(i), counts.getOrDefault(id, java.util.Map.of()),
                        matches.get(id)));
            }
            return new CallSummary.Page(summaries, next);
        });
    }

    /** Calls with a word beyond which it is cheaper to walk the calls newest first than to list them all. */
    private static final int RARE_TERM_CALLS = 2_000;

    /** The word said in the fewest calls, when it is said in fewer than {@link #RARE_TERM_CALLS}; else null. */
    private String rarestIfRare(java.util.Set<String> terms) throws SQLException {
        String rarest = null;
        int fewest = RARE_TERM_CALLS;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM call_terms WHERE term = ? LIMIT " + RARE_TERM_CALLS + ") x")) {
            for (String term : terms) {
                count.setString(1, term);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) < fewest) {
                        fewest = rows.getInt(1);
                        rarest = term;
                    }
                }
            }
        }
        return rarest;
    }

    /** Prompts raised per kind, for each of the calls of a page, in one query. */
    private java.util.Map<String, java.util.Map<String, Integer>> promptCounts(List<String> callIds) throws SQLException {
        java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.HashMap<>();
        if (callIds.isEmpty()) {
            return counts;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT call_id, kind, COUNT(*) FROM prompts WHERE call_id IN (" + placeholders(callIds.size())
                        + ") GROUP BY call_id, kind")) {
            bind(select, callIds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getString(1), id -> new java.util.TreeMap<>())
                            .put(rows.getString(2), rows.getInt(3));
                }
            }
        }
        return counts;
    }

    /** For each of the calls of a page, its first final utterance that holds the words, in one query. */
    private java.util.Map<String, CallSummary.Match> firstMatches(List<String> callIds, String padded)
            throws SQLException {
        java.util.Map<String, CallSummary.Match> matches = new java.util.HashMap<>();
        if (callIds.isEmpty()) {
            return matches;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT call_id, speaker, start_s, text FROM utterances WHERE call_id IN (" + placeholders(callIds.size())
                        + ") AND is_final AND search_text LIKE ? ORDER BY call_id, start_s")) {
            bind(select, callIds);
            select.setString(callIds.size() + 1, "%" + likeEscaped(padded) + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    matches.putIfAbsent(rows.getString(1),
                            new CallSummary.Match(rows.getString(2), rows.getDouble(3), rows.getString(4)));
                }
            }
        }
        return matches;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    /** Search terms hold letters, digits and spaces only, but a LIKE pattern must not be widened by them. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "").replace("%", "").replace("_", "");
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public synchronized boolean saveScorecardOverride(String callId, ReviewOverride override) {
        return query("save a scorecard override of call " + callId, () -> {
            if (!callExists(callId)) {
                return false;
            }
            // The same override given twice (a retried request) is kept once.
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO scorecard_overrides (call_id, element, seq, verdict, comment, reviewer, given_at) "
                            + "SELECT ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM scorecard_overrides WHERE call_id = ? "
                            + "AND element = ?), ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM scorecard_overrides "
                            + "WHERE call_id = ? AND element = ? AND reviewer = ? AND given_at = ?)")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(override.at(), ZoneOffset.UTC);
                insert.setString(1, callId);
                insert.setString(2, override.element().id());
                insert.setString(3, callId);
                insert.setString(4, override.element().id());
                insert.setString(5, override.verdict().id());
                insert.setString(6, override.comment());
                insert.setString(7, override.reviewer());
                insert.setObject(8, at);
                insert.setString(9, callId);
                insert.setString(10, override.element().id());
                insert.setString(11, override.reviewer());
                insert.setObject(12, at);
                insert.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public synchronized List<ReviewOverride> scorecardOverrides(String callId) {
        return query("read the scorecard overrides of call " + callId, () -> {
            List<ReviewOverride> overrides = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT element, verdict, comment, reviewer, given_at FROM scorecard_overrides WHERE call_id = ? "
                            + "ORDER BY given_at, seq")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        overrides.add(ReviewOverride.of(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return overrides;
        });
    }

    @Override
    public synchronized List<String> deleteCallsStartedBefore(Instant cutoff, int max) {
        return query("delete calls started before " + cutoff, () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM calls WHERE started_at < ? ORDER BY started_at, id LIMIT ?")) {
                select.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                select.setInt(2, max);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return ids;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM calls WHERE id = ?")) {
                for (String id : ids) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return ids;
        });
    }

    @Override
    public void close() {
        link.close();
    }

    private static CallInfo callInfo(ResultSet rows) throws SQLException {
        OffsetDateTime started = rows.getObject(2, OffsetDateTime.class);
        double duration = rows.getDouble(5);
        Double durationS = rows.wasNull() ? null : duration;
        return new CallInfo(rows.getString(1), started.toInstant(), rows.getString(3), rows.getString(4), durationS);
    }

    private static <T> T decode(String json, Class<T> type, String callId) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " of call " + callId + " is not valid JSON", e);
        }
    }

    private static List<Word> decodeWords(String json, String callId) {
        try {
            return Json.MAPPER.readValue(json, WORDS);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored words of call " + callId + " are not valid JSON", e);
        }
    }

    private static void setNullableDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private interface SqlQuery<T> {
        T run() throws SQLException;
    }

    private void run(String what, SqlAction action) {
        query(what, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs {@code query} on the live connection, reconnecting and running it again while the
     * connection is lost, for up to the database's {@code retryFor}.
     */
    private <T> T query(String what, SqlQuery<T> query) {
        if (inOperation) {
            // A step of an operation (saveRecord's transaction): the operation is retried, not its step.
            try {
                return query.run();
            } catch (SQLException e) {
                throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
            }
        }
        inOperation = true;
        try {
            return link.run(what, live -> {
                connection = live;
                return query.run();
            });
        } finally {
            inOperation = false;
        }
    }

}
