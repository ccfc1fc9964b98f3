package app.parley.store;

import app.parley.testing.TestDatabase;

class EmbeddedCallSearchTest extends CallSearchTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.embedded(data);
    }
}
