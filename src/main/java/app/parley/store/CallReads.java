package app.parley.store;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.CoachedBy;
import app.parley.call.Gap;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One stored call read back, for replay and review: its record, its loudness, whether it is there. */
final class CallReads {
    /** Shorter pauses between a party's streams are reconnections too quick to matter. */
    private static final double MIN_GAP_S = 0.5;
    /** Ids asked about in one query by {@link #stored}. */
    private static final int STORED_PER_QUERY = 500;

    private final Connection connection;

    CallReads(Connection connection) {
        this.connection = connection;
    }

    boolean exists(String callId) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM calls WHERE id = ?")) {
            exists.setString(1, callId);
            try (ResultSet rows = exists.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** See {@link CallStore#stored}. */
    java.util.Set<String> stored(java.util.Collection<String> callIds) throws SQLException {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(callIds));
        for (int from = 0; from < ids.size(); from += STORED_PER_QUERY) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + STORED_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(some.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM calls WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < some.size(); i++) {
                    select.setString(i + 1, some.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** See {@link CallStore#oldestCallStart}. */
    Optional<java.time.Instant> oldestCallStart() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(started_at) FROM calls");
                ResultSet rows = select.executeQuery()) {
            java.time.OffsetDateTime oldest = rows.next() ? rows.getObject(1, java.time.OffsetDateTime.class) : null;
            return Optional.ofNullable(oldest).map(java.time.OffsetDateTime::toInstant);
        }
    }

    /** See {@link CallStore#transcribedInPart}. */
    java.util.Map<String, Double> transcribedInPart() throws SQLException {
        java.util.Map<String, Double> calls = new java.util.LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, transcribed_up_to FROM calls "
                + "WHERE transcribed_up_to IS NOT NULL ORDER BY started_at")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return calls;
    }

    /** See {@link CallStore#agentOf}. */
    Optional<Optional<String>> agentOf(String callId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT agent FROM calls WHERE id = ?")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Optional.ofNullable(rows.getString(1))) : Optional.empty();
            }
        }
    }

    Optional<CallRecord> find(String callId) throws SQLException {
        CallInfo info;
        JsonNode facts;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, started_at, caller_number, agent, duration_s, facts, transcribed_after_call, rules_version, "
                        + "rules_team, transcribed_up_to FROM calls WHERE id = ?")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                CallInfo head = Rows.callInfo(rows);
                Integer rulesVersion = rows.getObject(8, Integer.class);
                info = new CallInfo(head.id(), head.startedAt(), head.callerNumber(), head.agent(), head.durationS(),
                        rows.getBoolean(7), rulesVersion == null ? null : new CoachedBy(rulesVersion, rows.getString(9)),
                        Rows.nullableDouble(rows, 10));
                facts = rows.getString(6) == null ? null : Rows.decode(rows.getString(6), JsonNode.class, callId);
            }
        }
        List<Prompt> prompts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT prompt FROM prompts WHERE call_id = ? ORDER BY idx")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    prompts.add(Rows.decode(rows.getString(1), Prompt.class, callId));
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
                            rows.getDouble(3), rows.getString(4), Rows.decodeWords(rows.getString(5), callId)));
                }
            }
        }
        return Optional.of(new CallRecord(info, utterances, prompts, facts, gaps(callId), feedback,
                redactions(callId)));
    }

    /**
     * Where a party had streams one after another (a tap that dropped and came back, or a call
     * that went on on another node after its node was lost), the time between. An interruption
     * by a lost node is a gap however short.
     */
    private List<Gap> gaps(String callId) throws SQLException {
        List<Gap> gaps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT speaker, joined_s, left_s, end_reason FROM parties WHERE call_id = ? ORDER BY speaker, joined_s")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                String speaker = null;
                double heardUntil = 0;
                boolean interrupted = false;
                while (rows.next()) {
                    String party = rows.getString(1);
                    double joined = rows.getDouble(2);
                    double left = rows.getDouble(3);
                    boolean open = rows.wasNull();
                    double until = open ? joined : left;
                    if (party.equals(speaker) && joined - heardUntil > (interrupted ? 0 : MIN_GAP_S)) {
                        gaps.add(new Gap(Speaker.of(party), heardUntil, joined));
                    }
                    if (!party.equals(speaker) || until >= heardUntil) {
                        heardUntil = until;
                        interrupted = !open && CallInterruptions.NODE_LOST.equals(rows.getString(4));
                    }
                    speaker = party;
                }
            }
        }
        gaps.sort(Comparator.comparingDouble(Gap::start));
        return gaps;
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

    List<LoudnessTrack> loudness(String callId) throws SQLException {
        List<LoudnessTrack> tracks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT speaker, start_s, step_s, levels FROM loudness_tracks WHERE call_id = ? ORDER BY speaker")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tracks.add(new LoudnessTrack(Speaker.of(rows.getString(1)), rows.getDouble(2), rows.getDouble(3),
                            Rows.decode(rows.getString(4), float[].class, callId)));
                }
            }
        }
        return tracks;
    }
}
