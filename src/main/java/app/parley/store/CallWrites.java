package app.parley.store;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * A call written as it happens (the live path) or whole (an analysed recording). Every write is
 * safe to run twice, as a retry after a lost connection runs it: rows are upserted by key
 * (update, then insert where nothing was updated) or inserted where absent.
 */
final class CallWrites {
    private final Connection connection;

    CallWrites(Connection connection) {
        this.connection = connection;
    }

    void startCall(CallInfo call) throws SQLException {
        if (new CallReads(connection).exists(call.id())) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO calls (id, started_at, caller_number, agent, duration_s, transcribed_after_call, "
                        + "rules_version, rules_team) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, call.id());
            insert.setObject(2, Rows.utc(call.startedAt()));
            insert.setString(3, call.callerNumber());
            insert.setString(4, call.agent());
            Rows.setNullableDouble(insert, 5, call.durationS());
            insert.setBoolean(6, call.transcribedAfterCall());
            if (call.rules() == null) {
                insert.setNull(7, Types.INTEGER);
                insert.setNull(8, Types.VARCHAR);
            } else {
                insert.setInt(7, call.rules().version());
                insert.setString(8, call.rules().team());
            }
            insert.executeUpdate();
        }
    }

    /** {@code node}: the cluster node carrying the stream (null: a single Parley). */
    void joinParty(String callId, String streamId, Speaker speaker, double joinedAt, String node) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE parties SET speaker = ?, joined_s = ?, left_s = NULL, end_reason = NULL, node_id = ? "
                        + "WHERE call_id = ? AND stream_id = ?")) {
            update.setString(1, speaker.id());
            update.setDouble(2, joinedAt);
            update.setString(3, node);
            update.setString(4, callId);
            update.setString(5, streamId);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO parties (call_id, stream_id, speaker, joined_s, node_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, callId);
            insert.setString(2, streamId);
            insert.setString(3, speaker.id());
            insert.setDouble(4, joinedAt);
            insert.setString(5, node);
            insert.executeUpdate();
        }
    }

    void leaveParty(String callId, String streamId, double leftAt, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE parties SET left_s = ?, end_reason = ? WHERE call_id = ? AND stream_id = ? "
                        + "AND (end_reason IS NULL OR end_reason <> ?)")) {
            update.setDouble(1, leftAt);
            update.setString(2, reason.length() > 400 ? reason.substring(0, 400) : reason);
            update.setString(3, callId);
            update.setString(4, streamId);
            // A node taken for lost may still close its streams as it goes: where the others marked
            // them ended stands (see CallInterruptions).
            update.setString(5, CallInterruptions.NODE_LOST);
            update.executeUpdate();
        }
    }

    /**
     * {@code words}: the utterance's words as JSON, encoded before the write so a retry does not
     * encode again. Not written when another node has taken the stream's party over from that
     * time on ({@link CallInterruptions#STREAM_TAKEN_OVER}).
     */
    void saveUtterance(String callId, String streamId, int seq, Utterance utterance, String words, boolean isFinal)
            throws SQLException {
        boolean written;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE utterances SET speaker = ?, start_s = ?, end_s = ?, text = ?, words = ?, is_final = ?, "
                        + "search_text = ? WHERE call_id = ? AND stream_id = ? AND seq = ? AND NOT "
                        + CallInterruptions.STREAM_TAKEN_OVER)) {
            bindUtterance(update, callId, streamId, seq, utterance, words, isFinal);
            written = update.executeUpdate() > 0;
        }
        if (!written) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO utterances (speaker, start_s, end_s, text, words, is_final, search_text, "
                            + "call_id, stream_id, seq) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                            + "WHERE NOT " + CallInterruptions.STREAM_TAKEN_OVER)) {
                // Refused here too when the update was: the row is absent, or its stream taken over.
                bindUtterance(insert, callId, streamId, seq, utterance, words, isFinal);
                written = insert.executeUpdate() > 0;
            }
        }
        if (written && isFinal) {
            new SearchIndex(connection).indexTerms(callId, SearchTerms.distinct(utterance.text()));
        }
    }


    /**
     * SQL, true when {@code node} may write to the call: with no node (a single Parley, a call
     * analysed after it ended), always; a node, unless another took the call over from it
     * ({@link CallInterruptions#NODE_TAKEN_OVER}). Bound by {@link #bindCarries}.
     */
    private static String carries(String node) {
        return node == null ? "1 = 1" : "NOT " + CallInterruptions.NODE_TAKEN_OVER;
    }

    private static void bindCarries(PreparedStatement statement, int first, String callId, String node)
            throws SQLException {
        if (node != null) {
            statement.setString(first, callId);
            statement.setString(first + 1, node);
        }
    }

    /** The utterance, its key (8 to 10), and the stream taken over from its start (11 to 13). */
    private static void bindUtterance(PreparedStatement statement, String callId, String streamId, int seq,
            Utterance utterance, String words, boolean isFinal) throws SQLException {
        statement.setString(1, utterance.speaker().id());
        statement.setDouble(2, utterance.start());
        statement.setDouble(3, utterance.end());
        statement.setString(4, utterance.text());
        statement.setString(5, words);
        statement.setBoolean(6, isFinal);
        statement.setString(7, SearchTerms.padded(utterance.text()));
        statement.setString(8, callId);
        statement.setString(9, streamId);
        statement.setInt(10, seq);
        statement.setString(11, callId);
        statement.setString(12, streamId);
        statement.setDouble(13, utterance.start());
    }

    void deleteUtterance(String callId, String streamId, int seq) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM utterances WHERE call_id = ? AND stream_id = ? AND seq = ?")) {
            delete.setString(1, callId);
            delete.setString(2, streamId);
            delete.setInt(3, seq);
            delete.executeUpdate();
        }
    }

    void updateDuration(String callId, double durationS, Instant endedAt, String node) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE calls SET duration_s = ?, ended_at = COALESCE(?, ended_at) WHERE id = ? AND " + carries(node))) {
            update.setDouble(1, durationS);
            if (endedAt == null) {
                update.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(2, Rows.utc(endedAt));
            }
            update.setString(3, callId);
            bindCarries(update, 4, callId, node);
            update.executeUpdate();
        }
    }

    /** {@code upTo} null: the call's words are whole. */
    void transcribedUpTo(String callId, Double upTo) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE calls SET transcribed_up_to = ? WHERE id = ?")) {
            Rows.setNullableDouble(update, 1, upTo);
            update.setString(2, callId);
            update.executeUpdate();
        }
    }

    void saveFacts(String callId, JsonNode facts) throws SQLException {
        String json = facts == null || facts.isNull() ? null : facts.toString();
        String account = facts == null ? null : facts.path("account").path("id").textValue();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE calls SET facts = ?, account_id = ? WHERE id = ?")) {
            update.setString(1, json);
            update.setString(2, account);
            update.setString(3, callId);
            update.executeUpdate();
        }
    }

    /**
     * Replaces the prompt stored under that index: a retried write is stored once. {@code node}:
     * see {@link #carries}.
     */
    void savePrompt(String callId, int index, Prompt prompt, String json, String node) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE prompts SET kind = ?, at_s = ?, prompt = ? WHERE call_id = ? AND idx = ? AND " + carries(node))) {
            bindPrompt(update, callId, index, prompt, json);
            bindCarries(update, 6, callId, node);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO prompts (kind, at_s, prompt, call_id, idx) SELECT ?, ?, ?, ?, ? WHERE " + carries(node))) {
            bindPrompt(insert, callId, index, prompt, json);
            bindCarries(insert, 6, callId, node);
            insert.executeUpdate();
        }
    }

    private static void bindPrompt(PreparedStatement statement, String callId, int index, Prompt prompt, String json)
            throws SQLException {
        statement.setString(1, prompt.kind());
        statement.setDouble(2, prompt.at());
        statement.setString(3, json);
        statement.setString(4, callId);
        statement.setInt(5, index);
    }

    void saveRedaction(String callId, Redaction redaction) throws SQLException {
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
    }

    /** {@code levels}: the track's levels as JSON. {@code node}: see {@link #carries}. */
    void saveLoudness(String callId, LoudnessTrack track, String levels, String node) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE loudness_tracks SET start_s = ?, step_s = ?, levels = ? WHERE call_id = ? AND speaker = ? AND "
                        + carries(node))) {
            update.setDouble(1, track.startS());
            update.setDouble(2, track.stepS());
            update.setString(3, levels);
            update.setString(4, callId);
            update.setString(5, track.speaker().id());
            bindCarries(update, 6, callId, node);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO loudness_tracks (start_s, step_s, levels, call_id, speaker) SELECT ?, ?, ?, ?, ? WHERE "
                        + carries(node))) {
            insert.setDouble(1, track.startS());
            insert.setDouble(2, track.stepS());
            insert.setString(3, levels);
            insert.setString(4, callId);
            insert.setString(5, track.speaker().id());
            bindCarries(insert, 6, callId, node);
            insert.executeUpdate();
        }
    }

    /**
     * A whole finished call in one transaction, each party's utterances under a stream named
     * after the party. Run again as a whole if the connection is lost: each step is an upsert.
     */
    void saveRecord(CallRecord record, List<LoudnessTrack> loudness) throws SQLException {
        String id = record.call().id();
        Rows.inTransaction(connection, () -> {
            startCall(record.call());
            int[] seq = new int[Speaker.values().length];
            for (Utterance utterance : record.utterances()) {
                String stream = "recording-" + utterance.speaker().id();
                saveUtterance(id, stream, seq[utterance.speaker().ordinal()]++, utterance,
                        Rows.json(utterance.words(), "the words of an utterance of call " + id), true);
            }
            for (int i = 0; i < record.prompts().size(); i++) {
                savePrompt(id, i, record.prompts().get(i), Rows.json(record.prompts().get(i), "prompt " + i + " of call " + id),
                        null);
            }
            saveFacts(id, record.facts());
            double duration = record.call().durationS() == null ? 0 : record.call().durationS();
            updateDuration(id, duration, record.call().startedAt().plusMillis(Math.round(duration * 1000)), null);
            for (LoudnessTrack track : loudness) {
                saveLoudness(id, track, Rows.json(track.levels(), "the loudness of call " + id), null);
            }
            for (Redaction redaction : record.redactions()) {
                saveRedaction(id, redaction);
            }
        });
    }
}
