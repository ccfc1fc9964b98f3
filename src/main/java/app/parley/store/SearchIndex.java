package app.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The word index search answers from: each final utterance's words in {@code call_terms}, and
 * its {@code search_text} that phrases are matched in (normalised by {@link SearchTerms}).
 */
final class SearchIndex {
    /** Utterances indexed per transaction by {@link #indexUtterancesStoredBeforeSearch}. */
    static final int BACKFILL_BATCH = 500;

    private final Connection connection;

    SearchIndex(Connection connection) {
        this.connection = connection;
    }

    /** Adds the words to the call's entries in the search index (words already there stay once). */
    void indexTerms(String callId, Set<String> terms) throws SQLException {
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

    /**
     * Final utterances stored before search existed (schema V4) have no search text and no words
     * in the index: one batch of them gets both here, in one transaction. SQL alone cannot do it:
     * the words are normalised as {@link SearchTerms} does.
     *
     * @return how many were indexed; fewer than {@link #BACKFILL_BATCH} when none are left
     */
    int indexUtterancesStoredBeforeSearch() throws SQLException {
        record Unindexed(String callId, String streamId, int seq, String text) {
        }
        List<Unindexed> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT call_id, stream_id, seq, text FROM utterances WHERE search_text IS NULL AND is_final "
                        + "ORDER BY call_id, stream_id, seq LIMIT " + BACKFILL_BATCH)) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Unindexed(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
                }
            }
        }
        Rows.inTransaction(connection, () -> {
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
            }
        });
        return batch.size();
    }
}
