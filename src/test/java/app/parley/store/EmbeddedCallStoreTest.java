package app.parley.store;

import app.parley.testing.TestDatabase;

/** The call store's contract on the embedded H2 database; a restart is another connection's SHUTDOWN. */
class EmbeddedCallStoreTest extends JdbcCallStoreTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.embedded(data);
    }
}
