package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;

/** The call store's contract on the embedded H2 database; a restart is another connection's SHUTDOWN. */
class EmbeddedCallStoreTest extends JdbcCallStoreTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.embedded(data);
    }

    /** A Java function in the WHERE clause that waits ({@link H2HeldStatement}): H2 is inside the statement meanwhile. */
    @Override
    HeldStatement heldStatement() throws Exception {
        H2HeldStatement.arm();
        try (Connection connection = db.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ALIAS IF NOT EXISTS PARLEY_HELD FOR '" + H2HeldStatement.class.getName() + ".held'");
        }
        return new HeldStatement() {
            @Override
            public String sql() {
                return "SELECT COUNT(*) FROM utterances WHERE PARLEY_HELD()";
            }

            @Override
            public void awaitRunning() throws InterruptedException {
                assertTrue(H2HeldStatement.awaitRunning(), "H2 ran the held statement");
            }

            @Override
            public void release() {
                H2HeldStatement.release();
            }

            @Override
            public void close() {
                H2HeldStatement.release();
            }
        };
    }
}
