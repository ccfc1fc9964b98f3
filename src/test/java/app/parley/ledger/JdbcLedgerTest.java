package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the stored ledger must do on every backend: {@link EmbeddedLedgerTest} runs it on H2,
 * {@link PostgresLedgerTest} on a PostgreSQL server.
 */
abstract class JdbcLedgerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dir;

    /** This test's database, new and empty. */
    TestDatabase db;

    /** A new, empty database for one test; {@link #dir} is a folder of its own. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void newDatabaseForEachTest() {
        db = newDatabase();
    }

    static Path importDir(String name) {
        return Fixtures.root().getParent().resolve("import").resolve(name);
    }

    private Ledger open() {
        return Ledger.open(db.database(), Fixtures.DEFAULTS.phone());
    }

    @Test
    void fixturesReadBackFromTheStoreReconcileExactlyAsFromTheirFiles() throws Exception {
        try (Ledger ledger = open()) {
            for (String name : Fixtures.names().toList()) {
                ledger.importCsv(Fixtures.dir(name), ImportProgress.NONE, false);
            }
            for (String name : Fixtures.names().toList()) {
                Map<String, AccountLedger> files = MemoryLedger.read(Fixtures.dir(name), Fixtures.phones());
                for (var check : Fixtures.checks(name)) {
                    LocalDate asOf = LocalDate.parse(check.get("as_of").asText());
                    String account = check.get("account").asText();
                    assertEquals(Fixtures.reconciler().reconcile(files.get(account), asOf),
                            Fixtures.reconciler().reconcile(ledger.account(account).orElseThrow(), asOf),
                            name + " " + account + " as of " + asOf);
                }
            }
        }
    }

    @Test
    void aSecondImportUpsertsByIdAndMarksEveryAccountItTouched() throws Exception {
        try (Ledger ledger = open()) {
            ImportSummary first = ledger.importCsv(importDir("base"), ImportProgress.NONE, false);
            assertEquals(1, first.importId());
            assertEquals(Map.of("accounts.csv", 2L, "invoices.csv", 3L, "payments.csv", 2L, "credits.csv", 1L,
                    "promises.csv", 1L, "disputes.csv", 1L), first.rows());
            assertEquals(List.of("B1"), ledger.accountsWithPhone("+15550100101"));
            assertEquals(List.of("B2"), ledger.accountsWithPhone("+15550100202"));

            ImportSummary second = ledger.importCsv(importDir("update"), ImportProgress.NONE, false);
            assertEquals(2, second.importId());
            assertEquals(Set.of("B1", "B2", "B3"), second.touchedAccounts());
            // B1 is only in invoices, payments and disputes of the second import, yet marked.
            assertEquals(new Ledger.ImportsSince(2, Set.of("B1", "B2", "B3")), ledger.importsSince(1));
            assertEquals(new Ledger.ImportsSince(2, Set.of()), ledger.importsSince(2));

            AccountLedger b1 = ledger.account("B1").orElseThrow();
            assertEquals(List.of("+15550100101", "+15550100111"), b1.account().phones());
            assertEquals(Money.parse("275.00"), b1.invoices().stream().filter(i -> i.id().equals("BI-2")).findFirst()
                    .orElseThrow().amount());
            assertEquals(2, b1.invoices().size());
            assertEquals(Set.of("BP-1", "BP-3"), Set.copyOf(b1.payments().stream().map(Payment::id).toList()));
            assertEquals(List.of(Dispute.Status.RESOLVED), b1.disputes().stream().map(Dispute::status).toList());
            AccountLedger b2 = ledger.account("B2").orElseThrow();
            assertEquals("Harbor Freight Company", b2.account().name());
            assertEquals(List.of("+15550100222"), b2.account().phones());
            assertEquals(List.of(), ledger.accountsWithPhone("+15550100202"), "the replaced number no longer finds B2");
            assertEquals(1, b2.promises().size());
            assertEquals("BI-4", ledger.account("B3").orElseThrow().invoices().get(0).id());
            assertEquals(List.of(4L, 3L, 3L, 1L, 1L, 1L), counts("ledger_invoices", "ledger_accounts",
                    "ledger_payments", "ledger_credits", "ledger_promises", "ledger_disputes"));
        }
    }

    @Test
    void referencesMayPointToWhatIsAlreadyStored() throws Exception {
        Path later = dir.resolve("later");
        Files.createDirectories(later);
        Files.writeString(later.resolve("accounts.csv"), "account_id,name,phones,currency\n");
        Files.writeString(later.resolve("payments.csv"), "account_id,payment_id,received_on,amount,invoice_ref\n"
                + "B1,BP-9,2026-03-10,300.00,BI-1\n");
        Files.writeString(later.resolve("disputes.csv"), "account_id,invoice_id,opened_on,reason,status\n"
                + "B2,BI-3,2026-03-11,,open\n");
        try (Ledger ledger = open()) {
            ledger.importCsv(importDir("base"), ImportProgress.NONE, false);
            ImportSummary summary = ledger.importCsv(later, ImportProgress.NONE, false);
            assertEquals(Set.of("B1", "B2"), summary.touchedAccounts());
            Facts b1 = Fixtures.reconciler().reconcile(ledger.account("B1").orElseThrow(), AS_OF);
            assertEquals("0.00", b1.invoices().get(0).open().toString(), "BI-1 paid off by the stored-reference payment");
            assertEquals("", ledger.account("B2").orElseThrow().disputes().get(0).reason());
        }
    }

    @Test
    void anAccountsTimeZoneIsKeptAndAFileWithoutTheColumnStillImports() throws Exception {
        Path zoned = dir.resolve("zoned");
        Files.createDirectories(zoned);
        Files.writeString(zoned.resolve("accounts.csv"), "account_id,name,phones,currency,time_zone\n"
                + "Z1,Quinn,+15550100101,USD,America/Denver\nZ2,Harbor,,USD,\n");
        try (Ledger ledger = open()) {
            ledger.importCsv(zoned, ImportProgress.NONE, false);
            assertEquals("America/Denver", ledger.account("Z1").orElseThrow().account().timeZone());
            assertEquals(null, ledger.account("Z2").orElseThrow().account().timeZone(), "an empty field: none");
            ledger.importCsv(importDir("base"), ImportProgress.NONE, false);
            assertEquals(null, ledger.account("B1").orElseThrow().account().timeZone(), "files without the column");
        }
    }

    @Test
    void aDryRunChecksAgainstTheStoreAndChangesNothing() throws Exception {
        try (Ledger ledger = open()) {
            ledger.importCsv(importDir("base"), ImportProgress.NONE, false);
            List<String> before = StoreDump.of(db.database());
            ImportSummary checked = ledger.importCsv(importDir("update"), ImportProgress.NONE, true);
            assertEquals(0, checked.importId());
            assertEquals(Set.of("B1", "B2", "B3"), checked.touchedAccounts());
            assertEquals(before, StoreDump.of(db.database()));
            assertEquals(1, ledger.latestImportId());
        }
    }

    @Test
    void aRejectedImportLeavesTheStoreAsItWasEvenAfterItsGoodBatchesWereWritten() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        StringBuilder accounts = new StringBuilder("account_id,name,phones,currency\n");
        for (int i = 0; i < 5_000; i++) {
            accounts.append("X").append(i).append(",Name ").append(i).append(",,USD\n");
        }
        Files.writeString(bad.resolve("accounts.csv"), accounts);
        // Far past the first batches of accounts, which were already written in the transaction.
        Files.writeString(bad.resolve("invoices.csv"), "account_id,invoice_id,issued_on,due_on,amount\n"
                + "X1,XI-1,2026-01-01,2026-01-31,-1.00\n");
        try (Ledger ledger = open()) {
            ledger.importCsv(importDir("base"), ImportProgress.NONE, false);
            List<String> before = StoreDump.of(db.database());
            ImportRejectedException e = assertThrows(ImportRejectedException.class,
                    () -> ledger.importCsv(bad, ImportProgress.NONE, false));
            assertEquals(List.of(new ImportRejectedException.Problem("invoices.csv", 2, "amount",
                    "'-1.00' is negative; amounts are 0 or more")), e.problems());
            assertEquals(before, StoreDump.of(db.database()));
            assertTrue(ledger.account("X1").isEmpty());
        }
    }

    @Test
    void progressIsReportedPerFile() {
        List<String> reports = new java.util.ArrayList<>();
        try (Ledger ledger = open()) {
            ledger.importCsv(importDir("base"), (file, rows, done) -> reports.add(file + " " + rows + " " + done), false);
        }
        assertEquals(List.of("accounts.csv 2 true", "invoices.csv 3 true", "payments.csv 2 true", "credits.csv 1 true",
                "promises.csv 1 true", "disputes.csv 1 true"), reports);
    }

    private List<Long> counts(String... tables) throws Exception {
        List<Long> counts = new java.util.ArrayList<>();
        try (Connection connection = db.database().connect();
                Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void readsAndImportsCarryOnAfterTheDatabaseRestarts() throws Exception {
        try (Ledger ledger = open()) {
            ledger.importCsv(importDir("base"), ImportProgress.NONE, false);
            db.restart();
            assertEquals(List.of("B1"), ledger.accountsWithPhone("+15550100101"));
            db.restart();
            assertEquals(2, ledger.importCsv(importDir("update"), ImportProgress.NONE, false).importId());
            assertEquals("Harbor Freight Company", ledger.account("B2").orElseThrow().account().name());
        }
    }
}
