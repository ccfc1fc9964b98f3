package app.parley.bench;

import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Utterance;
import app.parley.store.Database;
import app.parley.store.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes many call records in JDBC batches, the rows the store writes for them (calls, final
 * utterances with their search text, the word index, prompts and the agents' feedback on them,
 * and, when given, the parties' loudness tracks): a store of 100 000 calls in minutes rather
 * than the hour one-by-one upserts take. The benchmark checks the result reads back through the
 * store.
 *
 * @return how many calls said the word {@code SearchBenchmark.RARE[0]}
 */
final class BulkFill {
    private static final int BATCH = 500;

    private BulkFill() {
    }

    static int fill(Database database, Iterator<CallRecord> records) throws Exception {
        return fill(database, records, record -> List.of());
    }

    /** {@link #fill(Database, Iterator)}, with each call's loudness tracks as {@code loudness} makes them. */
    static int fill(Database database, Iterator<CallRecord> records, Function<CallRecord, List<LoudnessTrack>> loudness)
            throws Exception {
        int rare = 0;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement call = connection.prepareStatement(
                    "INSERT INTO calls (id, started_at, caller_number, agent, duration_s, ended_at, facts, account_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement utterance = connection.prepareStatement(
                            "INSERT INTO utterances (call_id, stream_id, seq, speaker, start_s, end_s, text, words, is_final, "
                                    + "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)");
                    PreparedStatement term = connection.prepareStatement("INSERT INTO call_terms (term, call_id) VALUES (?, ?)");
                    PreparedStatement prompt = connection.prepareStatement(
                            "INSERT INTO prompts (call_id, idx, kind, at_s, prompt) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement feedback = connection.prepareStatement(
                            "INSERT INTO prompt_feedback (call_id, idx, verdict, agent, given_at) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement track = connection.prepareStatement(
                            "INSERT INTO loudness_tracks (call_id, speaker, start_s, step_s, levels) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                while (records.hasNext()) {
                    CallRecord record = records.next();
                    String id = record.call().id();
                    call.setString(1, id);
                    call.setObject(2, OffsetDateTime.ofInstant(record.call().startedAt(), ZoneOffset.UTC));
                    call.setString(3, record.call().callerNumber());
                    call.setString(4, record.call().agent());
                    call.setDouble(5, record.call().durationS());
                    call.setObject(6, OffsetDateTime.ofInstant(record.call().startedAt()
                            .plusMillis(Math.round(record.call().durationS() * 1000)), ZoneOffset.UTC));
                    call.setString(7, record.facts().toString());
                    call.setString(8, record.facts().path("account").path("id").asText());
                    call.addBatch();
                    java.util.Set<String> words = new java.util.LinkedHashSet<>();
                    int[] seq = new int[2];
                    for (Utterance u : record.utterances()) {
                        utterance.setString(1, id);
                        utterance.setString(2, "recording-" + u.speaker().id());
                        utterance.setInt(3, seq[u.speaker().ordinal()]++);
                        utterance.setString(4, u.speaker().id());
                        utterance.setDouble(5, u.start());
                        utterance.setDouble(6, u.end());
                        utterance.setString(7, u.text());
                        utterance.setString(8, Json.MAPPER.writeValueAsString(u.words()));
                        utterance.setString(9, SearchTerms.padded(u.text()));
                        utterance.addBatch();
                        words.addAll(SearchTerms.distinct(u.text()));
                    }
                    if (words.contains(SearchBenchmark.RARE[0])) {
                        rare++;
                    }
                    for (String word : words) {
                        term.setString(1, word);
                        term.setString(2, id);
                        term.addBatch();
                    }
                    for (int i = 0; i < record.prompts().size(); i++) {
                        Prompt p = record.prompts().get(i);
                        prompt.setString(1, id);
                        prompt.setInt(2, i);
                        prompt.setString(3, p.kind());
                        prompt.setDouble(4, p.at());
                        prompt.setString(5, Json.MAPPER.writeValueAsString(p));
                        prompt.addBatch();
                    }
                    for (PromptFeedback f : record.promptFeedback()) {
                        feedback.setString(1, id);
                        feedback.setInt(2, f.prompt());
                        feedback.setString(3, f.verdict());
                        feedback.setString(4, f.agent());
                        feedback.setObject(5, OffsetDateTime.ofInstant(f.at(), ZoneOffset.UTC));
                        feedback.addBatch();
                    }
                    for (LoudnessTrack t : loudness.apply(record)) {
                        track.setString(1, id);
                        track.setString(2, t.speaker().id());
                        track.setDouble(3, t.startS());
                        track.setDouble(4, t.stepS());
                        track.setString(5, Json.MAPPER.writeValueAsString(t.levels()));
                        track.addBatch();
                    }
                    if (++n % BATCH == 0 || !records.hasNext()) {
                        call.executeBatch();
                        utterance.executeBatch();
                        term.executeBatch();
                        prompt.executeBatch();
                        feedback.executeBatch();
                        track.executeBatch();
                        connection.commit();
                    }
                    if (n % 20_000 == 0) {
                        System.out.printf(java.util.Locale.ROOT, "  ... %,d calls%n", n);
                    }
                }
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                try (var statement = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    statement.execute("ANALYZE");
                }
            }
        }
        return rare;
    }
}
