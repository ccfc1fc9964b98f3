package app.parley.ledger;

import app.parley.testing.TestDatabase;

/** The stored ledger on a PostgreSQL server the test starts (see {@link app.parley.testing.PostgresServer}). */
class PostgresLedgerTest extends JdbcLedgerTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres("ledger");
    }
}
