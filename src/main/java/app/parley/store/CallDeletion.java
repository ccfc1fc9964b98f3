package app.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Old calls deleted for {@link Retention}, with all that was stored of them (the schema cascades). */
final class CallDeletion {
    private final Connection connection;

    CallDeletion(Connection connection) {
        this.connection = connection;
    }

    /** See {@link CallStore#deleteCallsStartedBefore}. */
    List<String> deleteCallsStartedBefore(Instant cutoff, int max) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM calls WHERE started_at < ? ORDER BY started_at, id LIMIT ?")) {
            select.setObject(1, Rows.utc(cutoff));
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
        Rows.inTransaction(connection, () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM calls WHERE id = ?")) {
                for (String id : ids) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });
        return ids;
    }
}
