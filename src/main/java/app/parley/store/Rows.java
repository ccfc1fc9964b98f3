package app.parley.store;

import app.parley.call.CallInfo;
import app.parley.call.Json;
import app.parley.call.Word;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/** What the call store's SQL classes share: reading rows, binding values, JSON columns, transactions. */
final class Rows {
    private static final TypeReference<List<Word>> WORDS = new TypeReference<>() { };

    private Rows() {
    }

    /** A call from the columns id, started_at, caller_number, agent, duration_s, in that order. */
    static CallInfo callInfo(ResultSet rows) throws SQLException {
        OffsetDateTime started = rows.getObject(2, OffsetDateTime.class);
        double duration = rows.getDouble(5);
        Double durationS = rows.wasNull() ? null : duration;
        return new CallInfo(rows.getString(1), started.toInstant(), rows.getString(3), rows.getString(4), durationS);
    }

    /** Column {@code column} of the current row, null when SQL NULL. */
    static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String json(Object value, String what) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + what, e);
        }
    }

    static <T> T decode(String json, Class<T> type, String callId) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " of call " + callId + " is not valid JSON", e);
        }
    }

    static List<Word> decodeWords(String json, String callId) {
        try {
            return Json.MAPPER.readValue(json, WORDS);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored words of call " + callId + " are not valid JSON", e);
        }
    }

    static void setNullableDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    interface SqlAction {
        void run() throws SQLException;
    }

    /** Runs {@code action} as one transaction on {@code connection}: all of it, or, on any failure, nothing. */
    static void inTransaction(Connection connection, SqlAction action) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            action.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            } catch (SQLException broken) {
                // The connection is gone, and the transaction with it; the failure says why.
                e.addSuppressed(broken);
            }
            throw e;
        }
        connection.setAutoCommit(autoCommit);
    }
}
