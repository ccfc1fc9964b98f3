package app.parley.rulesets;

import app.parley.testing.TestDatabase;

/** {@link RulesConsoleTest} on a PostgreSQL server the test starts (see {@link app.parley.testing.PostgresServer}). */
class PostgresRulesConsoleTest extends RulesConsoleTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres("rules");
    }
}
