package app.parley.ledger;

import app.parley.testing.TestDatabase;

/** The stored ledger on the embedded H2 database. */
class EmbeddedLedgerTest extends JdbcLedgerTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.embedded(dir.resolve("data"));
    }
}
