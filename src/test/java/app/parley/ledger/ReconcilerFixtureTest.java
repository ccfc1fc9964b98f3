package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hand-computed fixture, read from its CSV files and reconciled without a store. */
class ReconcilerFixtureTest {

    static Stream<String> fixtures() throws Exception {
        return Fixtures.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reconciliationGivesTheHandComputedFacts(String name) {
        Map<String, AccountLedger> ledgers = MemoryLedger.read(Fixtures.dir(name), Fixtures.phones());
        for (var check : Fixtures.checks(name)) {
            LocalDate asOf = LocalDate.parse(check.get("as_of").asText());
            String account = check.get("account").asText();
            AccountLedger ledger = ledgers.get(account);
            assertNotNull(ledger, name + ": no account " + account);
            Facts facts = Fixtures.reconciler().reconcile(ledger, asOf);
            Fixtures.assertSubset(check.get("facts"), facts.toJson(), name + " as of " + asOf + ": facts");
        }
    }
}
