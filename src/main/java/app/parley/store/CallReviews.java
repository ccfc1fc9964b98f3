package app.parley.store;

import app.parley.call.PromptFeedback;
import app.parley.call.PromptMark;
import app.parley.review.ReviewOverride;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What people said of a stored call: the agent's feedback on its prompts, reviewers' overrides
 * of its scorecard and their marks of the prompts a backtest listed. The same verdict given
 * twice (a retried request) is kept once.
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

    /** See {@link CallStore#savePromptMark}. */
    boolean savePromptMark(String callId, PromptMark mark) throws SQLException {
        if (!new CallReads(connection).exists(callId)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO backtest_marks (call_id, rule, at_s, is_right, marked_by, marked_at) "
                        + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM backtest_marks WHERE call_id = ? "
                        + "AND rule = ? AND at_s = ? AND marked_by = ? AND marked_at = ?)")) {
            OffsetDateTime at = Rows.utc(mark.markedAt());
            insert.setString(1, callId);
            insert.setString(2, mark.rule());
            insert.setDouble(3, mark.at());
            insert.setBoolean(4, mark.right());
            insert.setString(5, mark.by());
            insert.setObject(6, at);
            insert.setString(7, callId);
            insert.setString(8, mark.rule());
            insert.setDouble(9, mark.at());
            insert.setString(10, mark.by());
            insert.setObject(11, at);
            insert.executeUpdate();
        }
        return true;
    }

    /** See {@link CallStore#promptMarks}. */
    List<PromptMark> promptMarks(String callId) throws SQLException {
        List<PromptMark> marks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT rule, at_s, is_right, marked_by, marked_at FROM backtest_marks WHERE call_id = ? "
                        + "ORDER BY marked_at, id")) {
            select.setString(1, callId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    marks.add(new PromptMark(rows.getString(1), rows.getDouble(2), rows.getBoolean(3),
                            rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return marks;
    }
}
