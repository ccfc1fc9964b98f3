package app.parley.store;

import app.parley.call.PromptFeedback;
import app.parley.review.ReviewOverride;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What people said of a stored call: the agent's feedback on its prompts and reviewers'
 * overrides of its scorecard. The same verdict given twice (a retried request) is kept once.
 */
final class CallReviews {
    private final Connection connection;

    CallReviews(Connection connection) {
        this.connection = connection;
    }

    /** See {@link CallStore#savePromptFeedback}. */
    boolean savePromptFeedback(String callId, PromptFeedback feedback) throws SQLException {
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
            insert.setObject(5, Rows.utc(feedback.at()));
            insert.setString(6, callId);
            insert.setInt(7, feedback.prompt());
            insert.setString(8, feedback.verdict());
            insert.executeUpdate();
        }
        return true;
    }

    /** See {@link CallStore#saveScorecardOverride}. */
    boolean saveScorecardOverride(String callId, ReviewOverride override) throws SQLException {
        if (!new CallReads(connection).exists(callId)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scorecard_overrides (call_id, element, seq, verdict, comment, reviewer, given_at) "
                        + "SELECT ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM scorecard_overrides WHERE call_id = ? "
                        + "AND element = ?), ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM scorecard_overrides "
                        + "WHERE call_id = ? AND element = ? AND reviewer = ? AND given_at = ?)")) {
            OffsetDateTime at = Rows.utc(override.at());
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
    }

    /** The call's scorecard overrides, oldest first. */
    List<ReviewOverride> scorecardOverrides(String callId) throws SQLException {
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
    }
}
