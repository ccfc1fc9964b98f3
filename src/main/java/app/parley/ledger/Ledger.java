package app.parley.ledger;

import app.parley.config.ParleyConfig;
import app.parley.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored ledger: imported from CSV, read one account at a time. Every method blocks on
 * I/O: call it from a worker, never from an event loop ({@link LedgerService} does that).
 */
public interface Ledger extends AutoCloseable {

    /**
     * The ledger's tables in {@code database}, beside the call records, connected: a database
     * unreachable for its {@code retryFor} fails here with a {@link app.parley.store.StoreException}.
     */
    static Ledger open(Database database, ParleyConfig.Phone phone) {
        return JdbcLedger.open(database, new PhoneNumbers(phone));
    }

    /** The embedded H2 database of {@code dataDir}: for tests and tools. */
    static Ledger openEmbedded(Path dataDir, ParleyConfig.Phone phone) {
        return open(Database.embedded(dataDir), phone);
    }

    /**
     * Imports the CSV files of {@code dir} in one transaction: all of it, or nothing and an
     * {@link ImportRejectedException} naming each bad file, line and field. With
     * {@code dryRun} everything is read and checked against the store, then rolled back.
     */
    ImportSummary importCsv(Path dir, ImportProgress progress, boolean dryRun);

    /** Everything stored for the account, or empty when there is no such account. */
    Optional<AccountLedger> account(String accountId);

    /** Accounts having the phone, given in E.164 form; sorted by id. */
    List<String> accountsWithPhone(String e164);

    /** The id of the latest import committed, 0 when none has been. */
    long latestImportId();

    /** The imports committed after import {@code importId}: the latest import's id and the accounts they touched. */
    ImportsSince importsSince(long importId);

    record ImportsSince(long latestImportId, Set<String> touchedAccounts) {
        public ImportsSince {
            touchedAccounts = Set.copyOf(touchedAccounts);
        }
    }

    @Override
    void close();
}
