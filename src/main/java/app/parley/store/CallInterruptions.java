package app.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A live call whose node was lost: it is marked interrupted ({@code calls.interrupted_s}) where
 * the last words stored from that node's streams end, and those of them still open are closed
 * there. Safe to run twice, and by two nodes: a stream already closed is left as it is.
 */
final class CallInterruptions {
    static final String NODE_LOST = "node lost";

    private final Connection connection;

    CallInterruptions(Connection connection) {
        this.connection = connection;
    }

    /**
     * Marks the call interrupted where the last words stored from {@code streamIds} end (null:
     * from any of its streams; with no words, where the latest of those streams joined), and
     * closes those of them still open there. Returns that call time, or null when the call has
     * no such stream.
     */
    Double interrupt(String callId, Collection<String> streamIds) throws SQLException {
        Double[] point = new Double[1];
        Rows.inTransaction(connection, () -> {
            Map<String, Double> joined = new LinkedHashMap<>();
            Set<String> open = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream_id, joined_s, left_s FROM parties WHERE call_id = ?")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String stream = rows.getString(1);
                        if (streamIds == null || streamIds.contains(stream)) {
                            joined.put(stream, rows.getDouble(2));
                            rows.getDouble(3);
                            if (rows.wasNull()) {
                                open.add(stream);
                            }
                        }
                    }
                }
            }
            if (joined.isEmpty()) {
                return;
            }
            double at = joined.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream_id, MAX(end_s) FROM utterances WHERE call_id = ? GROUP BY stream_id")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (joined.containsKey(rows.getString(1))) {
                            at = Math.max(at, rows.getDouble(2));
                        }
                    }
                }
            }
            at = Math.round(at * 1000) / 1000.0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE parties SET left_s = ?, end_reason = ? WHERE call_id = ? AND stream_id = ? AND left_s IS NULL")) {
                for (String stream : open) {
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
