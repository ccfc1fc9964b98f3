package app.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A live call whose node was lost: the streams it had open are closed at the end of the last
 * words stored from them, and the call is marked interrupted there ({@code calls.interrupted_s}).
 * Safe to run twice, and by two nodes: a stream already closed is left as it is.
 */
final class CallInterruptions {
    static final String NODE_LOST = "node lost";

    private final Connection connection;

    CallInterruptions(Connection connection) {
        this.connection = connection;
    }

    /**
     * Closes the call's open streams among {@code streamIds} (null: every open stream) at the
     * point its last stored words from them end (or, with no words, where the latest joined);
     * returns that call time, or null when no such stream was open.
     */
    Double interrupt(String callId, Collection<String> streamIds) throws SQLException {
        Double[] point = new Double[1];
        Rows.inTransaction(connection, () -> {
            Map<String, Double> open = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream_id, joined_s FROM parties WHERE call_id = ? AND left_s IS NULL")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (streamIds == null || streamIds.contains(rows.getString(1))) {
                            open.put(rows.getString(1), rows.getDouble(2));
                        }
                    }
                }
            }
            if (open.isEmpty()) {
                return;
            }
            double at = open.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream_id, MAX(end_s) FROM utterances WHERE call_id = ? GROUP BY stream_id")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (open.containsKey(rows.getString(1))) {
                            at = Math.max(at, rows.getDouble(2));
                        }
                    }
                }
            }
            at = Math.round(at * 1000) / 1000.0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE parties SET left_s = ?, end_reason = ? WHERE call_id = ? AND stream_id = ? AND left_s IS NULL")) {
                for (String stream : open.keySet()) {
                    update.setDouble(1, at);
                    update.setString(2, NODE_LOST);
                    update.setString(3, callId);
                    update.setString(4, stream);
                    update.executeUpdate();
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE calls SET interrupted_s = ?, duration_s = CASE WHEN duration_s IS NULL OR duration_s < ? "
                            + "THEN ? ELSE duration_s END WHERE id = ?")) {
                update.setDouble(1, at);
                update.setDouble(2, at);
                update.setDouble(3, at);
                update.setString(4, callId);
                update.executeUpdate();
            }
            point[0] = at;
        });
        return point[0];
    }
}
