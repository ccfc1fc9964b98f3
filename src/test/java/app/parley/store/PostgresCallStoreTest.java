package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.testing.CapturedLog;
import app.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The call store's contract on a real PostgreSQL server started by the test (see
 * {@link app.parley.testing.PostgresServer}), a new database for each test; a restart is
 * {@code pg_ctl restart -m fast}.
 */
class PostgresCallStoreTest extends JdbcCallStoreTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres("call_store");
    }

    /** An advisory lock this test holds, which the statement waits for once it has begun (its snapshot taken). */
    @Override
    HeldStatement heldStatement() throws Exception {
        long key = 4242;
        Connection holder = db.database().connect();
        try (Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + key + ")");
        }
        return new HeldStatement() {
            @Override
            public String sql() {
                return "SELECT COUNT(*) FROM utterances WHERE (SELECT 1 FROM pg_advisory_xact_lock_shared(" + key + ")) = 1";
            }

            @Override
            public void awaitRunning() throws Exception {
                try (Statement statement = holder.createStatement()) {
                    for (int polls = 0; polls < 6_000; polls++) {
                        try (ResultSet rows = statement.executeQuery(
                                "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
                            rows.next();
                            if (rows.getInt(1) > 0) {
                                return;
                            }
                        }
                        Thread.sleep(10);
                    }
                }
                throw new AssertionError("the held statement never waited for its lock");
            }

            @Override
            public void release() throws Exception {
                try (Statement statement = holder.createStatement()) {
                    statement.execute("SELECT pg_advisory_unlock(" + key + ")");
                }
            }

            @Override
            public void close() throws Exception {
                holder.close();
            }
        };
    }

    /** Regression guard: without the migration lock, nodes racing on an empty database fail on duplicate tables. */
    @Test
    void nodesStartingTogetherMigrateOnce() throws Exception {
        int nodes = 6;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService starting = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Connection>> connections = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                Database database = db.database();
                connections.add(starting.submit(() -> {
                    together.await();
                    return database.connect();
                }));
            }
            for (Future<Connection> connection : connections) {
                connection.get(60, TimeUnit.SECONDS).close();
            }
        } finally {
            starting.shutdownNow();
        }
        List<String> applied = new ArrayList<>();
        try (Connection connection = db.database().connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT script FROM schema_version ORDER BY version")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        assertEquals(Migrations.SCRIPTS, applied);
    }

    /**
     * The server ends the session in the middle of an analysed call's transaction (a trigger
     * terminates its own backend once, after the call and its utterances were written): the
     * transaction is run again whole on a new connection, and everything is stored once.
     */
    @Test
    void aRecordWhoseSessionEndsMidTransactionIsStoredOnceWhole() throws Exception {
        try (Connection connection = db.database().connect(); Statement statement = connection.createStatement()) {
            // A sequence, not a table: what nextval takes is not rolled back with the killed transaction.
            statement.execute("CREATE SEQUENCE kills");
            statement.execute("CREATE FUNCTION kill_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF nextval('kills') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
                    + "RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER kill_once AFTER INSERT ON prompts FOR EACH ROW EXECUTE FUNCTION kill_once()");
        }
        Prompt prompt = new Prompt("urgency", "client-defers", 1.5, "Set a deadline", "later", Speaker.CALLER,
                Prompt.Severity.WARN);
        CallRecord record = new CallRecord(new CallInfo("analysed", Instant.parse("2026-11-23T10:00:00Z"), "1", "a", 2.0),
                List.of(new Utterance(Speaker.CALLER, 0, 1, "hello", List.of()),
                        new Utterance(Speaker.AGENT, 1, 2, "hi", List.of())), List.of(prompt), null);
        try (CapturedLog log = new CapturedLog(); CallStore store = open()) {
            store.saveRecord(record);
            assertEquals(1, log.linesContaining("store unreachable, retrying").size(), "the session was ended once");
            CallRecord stored = store.find("analysed").orElseThrow();
            assertEquals(List.of("hello", "hi"), stored.utterances().stream().map(Utterance::text).toList());
            assertEquals(List.of(prompt), stored.prompts());
        }
        try (Connection connection = db.database().connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM calls), "
                        + "(SELECT COUNT(*) FROM utterances), (SELECT COUNT(*) FROM prompts), (SELECT last_value FROM kills)")) {
            rows.next();
            assertEquals(List.of(1L, 2L, 1L, 2L), List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)),
                    "calls, utterances, prompts, and inserts into prompts tried");
        }
    }
}
