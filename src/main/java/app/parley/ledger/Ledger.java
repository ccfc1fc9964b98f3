package app.parley.ledger;

import app.parley.config.ParleyConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored ledger: imported from CSV, read one account at a time. Every method blocks on
 * I/O: call it from a worker, never from an event loop ({@link LedgerService} does that).
 */
public interface Ledger extends AutoCloseable {

    /** The embedded default: tables in the H2 database of {@code dataDir}, beside the call records. */
    static Ledger openEmbedded(Path dataDir, ParleyConfig.Phone phone) {
        return JdbcLedger.openEmbedded(dataDir, new PhoneNumbers(phone));
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
