package app.parley.store;

import app.parley.testing.TestDatabase;

class PostgresCallSearchTest extends CallSearchTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres("call_search");
    }
}
