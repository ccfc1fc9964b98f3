package app.parley.ledger;

import app.parley.store.Database;
import app.parley.store.RetryingConnection;
import app.parley.store.StoreException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger over JDBC, in SQL that H2 and PostgreSQL both accept. Reads share one connection
 * (one at a time, each a few indexed queries); an import opens its own, so reads go on while
 * it runs and see it only once it commits. Upserts are batched: ids already stored are
 * updated, the others inserted. A read or an import that loses its connection is run again on
 * a new one (see {@link RetryingConnection}); an import is one transaction, so it is run again
 * whole.
 */
final class JdbcLedger implements Ledger {
    /** Ids per {@code IN (...)} query. */
    private static final int IN_CHUNK = 500;

    private final Database database;
    private final PhoneNumbers phoneNumbers;
    private final RetryingConnection readLink;
    private final String description;
    /** The live read connection, set by {@link #query} before each attempt. */
    private Connection reads;

    private JdbcLedger(Database database, PhoneNumbers phoneNumbers) {
        this.database = database;
        this.phoneNumbers = phoneNumbers;
        this.readLink = new RetryingConnection(database);
        this.description = database.describe();
    }

    /** Connects at once, retrying for the database's {@code retryFor}, so that a bad setting shows at start-up. */
    static JdbcLedger open(Database database, PhoneNumbers phoneNumbers) {
        JdbcLedger ledger = new JdbcLedger(database, phoneNumbers);
        ledger.query("open the ledger", () -> null);
        return ledger;
    }

    @Override
    public String toString() {
        return "ledger in the " + description;
    }

    // ---- import ----

    @Override
    public ImportSummary importCsv(Path dir, ImportProgress progress, boolean dryRun) {
        try (RetryingConnection link = new RetryingConnection(database)) {
            return link.run("import " + dir + " into the ledger", connection -> importCsv(connection, dir, progress, dryRun));
        }
    }

    private ImportSummary importCsv(Connection connection, Path dir, ImportProgress progress, boolean dryRun)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            // Claimed first: a second import at the same time waits here, or fails, before reading anything.
            long importId = nextImportId(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ledger_imports (id, imported_at, source, row_count) VALUES (?, ?, ?, 0)")) {
                insert.setLong(1, importId);
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                String source = dir.toAbsolutePath().normalize().toString();
                insert.setString(3, source.length() > 1000 ? source.substring(source.length() - 1000) : source);
                insert.executeUpdate();
            }
            LedgerImport.Result result;
            try (Target target = new Target(connection, importId)) {
                result = new LedgerImport(phoneNumbers, progress).run(dir, target);
                target.finish(result.touchedAccounts());
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ledger_imports SET row_count = ? WHERE id = ?")) {
                update.setLong(1, result.rows().values().stream().mapToLong(Long::longValue).sum());
                update.setLong(2, importId);
                update.executeUpdate();
            }
            if (dryRun) {
                connection.rollback();
            } else {
                connection.commit();
            }
            return new ImportSummary(dryRun ? 0 : importId, dir, result.rows(), result.touchedAccounts());
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException broken) {
                // The connection is gone, and the transaction with it; the failure says why.
                e.addSuppressed(broken);
            }
            throw e;
        }
    }

    private static long nextImportId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_imports")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The import's writes, all in the import's transaction. Statements are prepared once per
     * import; a table that was empty when the import began has nothing stored to look up.
     */
    private static final class Target implements ImportTarget, AutoCloseable {
        private final Connection connection;
        private final long importId;
        private final Set<String> upsertedAccounts = new HashSet<>();
        private final Set<LedgerFile> emptyAtStart = java.util.EnumSet.noneOf(LedgerFile.class);
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        Target(Connection connection, long importId) throws SQLException {
            this.connection = connection;
            this.importId = importId;
            for (LedgerFile file : LedgerFile.values()) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT 1 FROM " + table(file) + " FETCH FIRST 1 ROWS ONLY")) {
                    if (!rows.next()) {
                        emptyAtStart.add(file);
                    }
                }
            }
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return statement;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }

        @Override
        public Map<String, String> storedOwners(LedgerFile file, Collection<String> ids) {
            Map<String, String> owners = new HashMap<>();
            if (emptyAtStart.contains(file)) {
                return owners;
            }
            String table = table(file);
            String idColumn = file.idColumn();
            List<String> all = new ArrayList<>(new HashSet<>(ids));
            sql("look up stored " + file.noun + "s", () -> {
                for (int from = 0; from < all.size(); from += IN_CHUNK) {
                    List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                    PreparedStatement select = statement("SELECT " + idColumn + ", account_id FROM " + table + " WHERE "
                            + idColumn + " IN (" + "?, ".repeat(chunk.size() - 1) + "?)");
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            owners.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
            });
            return owners;
        }

        @Override
        public void accounts(List<Account> accounts, Set<String> stored) {
            sql("write accounts", () -> {
                upsert(accounts, stored, Account::id,
                        "UPDATE ledger_accounts SET name = ?, currency = ?, time_zone = ?, import_id = ? WHERE account_id = ?",
                        "INSERT INTO ledger_accounts (name, currency, time_zone, import_id, account_id) VALUES (?, ?, ?, ?, ?)",
                        (statement, account) -> {
                            statement.setString(1, account.name());
                            statement.setString(2, account.currency());
                            statement.setString(3, account.timeZone());
                            statement.setLong(4, importId);
                            statement.setString(5, account.id());
                        });
                if (!stored.isEmpty()) {
                    PreparedStatement delete = statement("DELETE FROM ledger_phones WHERE account_id = ?");
                    for (Account account : accounts) {
                        if (stored.contains(account.id())) {
                            delete.setString(1, account.id());
                            delete.addBatch();
                        }
                    }
                    delete.executeBatch();
                }
                PreparedStatement insert = statement(
                        "INSERT INTO ledger_phones (account_id, position, phone) VALUES (?, ?, ?)");
                boolean any = false;
                for (Account account : accounts) {
                    for (int i = 0; i < account.phones().size(); i++) {
                        insert.setString(1, account.id());
                        insert.setInt(2, i);
                        insert.setString(3, account.phones().get(i));
                        insert.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    insert.executeBatch();
                }
                accounts.forEach(account -> upsertedAccounts.add(account.id()));
            });
        }

        @Override
        public void invoices(List<Invoice> invoices, Set<String> stored) {
            sql("write invoices", () -> upsert(invoices, stored, Invoice::id,
                    "UPDATE ledger_invoices SET account_id = ?, issued_on = ?, due_on = ?, amount = ? WHERE invoice_id = ?",
                    "INSERT INTO ledger_invoices (account_id, issued_on, due_on, amount, invoice_id) VALUES (?, ?, ?, ?, ?)",
                    (statement, invoice) -> {
                        statement.setString(1, invoice.accountId());
                        statement.setObject(2, invoice.issuedOn());
                        statement.setObject(3, invoice.dueOn());
                        statement.setBigDecimal(4, invoice.amount().toBigDecimal());
                        statement.setString(5, invoice.id());
                    }));
        }

        @Override
        public void payments(List<Payment> payments, Set<String> stored) {
            sql("write payments", () -> upsert(payments, stored, Payment::id,
                    "UPDATE ledger_payments SET account_id = ?, received_on = ?, amount = ?, invoice_ref = ? "
                            + "WHERE payment_id = ?",
                    "INSERT INTO ledger_payments (account_id, received_on, amount, invoice_ref, payment_id) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    (statement, payment) -> bindMoney(statement, payment.accountId(), payment.receivedOn(),
                            payment.amount(), payment.invoiceRef(), payment.id())));
        }

        @Override
        public void credits(List<Credit> credits, Set<String> stored) {
            sql("write credits", () -> upsert(credits, stored, Credit::id,
                    "UPDATE ledger_credits SET account_id = ?, issued_on = ?, amount = ?, invoice_ref = ? "
                            + "WHERE credit_id = ?",
                    "INSERT INTO ledger_credits (account_id, issued_on, amount, invoice_ref, credit_id) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    (statement, credit) -> bindMoney(statement, credit.accountId(), credit.issuedOn(),
                            credit.amount(), credit.invoiceRef(), credit.id())));
        }

        @Override
        public void promises(List<Promise> promises, Set<String> stored) {
            sql("write promises", () -> upsert(promises, stored, Promise::id,
                    "UPDATE ledger_promises SET account_id = ?, made_on = ?, due_on = ?, amount = ? WHERE promise_id = ?",
                    "INSERT INTO ledger_promises (account_id, made_on, due_on, amount, promise_id) VALUES (?, ?, ?, ?, ?)",
                    (statement, promise) -> {
                        statement.setString(1, promise.accountId());
                        statement.setObject(2, promise.madeOn());
                        statement.setObject(3, promise.dueOn());
                        statement.setBigDecimal(4, promise.amount().toBigDecimal());
                        statement.setString(5, promise.id());
                    }));
        }

        @Override
        public void disputes(List<Dispute> disputes, Set<String> stored) {
            sql("write disputes", () -> upsert(disputes, stored, Dispute::invoiceId,
                    "UPDATE ledger_disputes SET account_id = ?, opened_on = ?, reason = ?, status = ? WHERE invoice_id = ?",
                    "INSERT INTO ledger_disputes (account_id, opened_on, reason, status, invoice_id) VALUES (?, ?, ?, ?, ?)",
                    (statement, dispute) -> {
                        statement.setString(1, dispute.accountId());
                        statement.setObject(2, dispute.openedOn());
                        statement.setString(3, dispute.reason());
                        statement.setString(4, dispute.status().id());
                        statement.setString(5, dispute.invoiceId());
                    }));
        }

        /** Marks the accounts that only other files touched with this import, for caches to drop. */
        void finish(Set<String> touched) {
            sql("mark the accounts the import touched", () -> {
                PreparedStatement update = statement("UPDATE ledger_accounts SET import_id = ? WHERE account_id = ?");
                int pending = 0;
                for (String account : touched) {
                    if (upsertedAccounts.contains(account)) {
                        continue;
                    }
                    update.setLong(1, importId);
                    update.setString(2, account);
                    update.addBatch();
                    if (++pending % 2_000 == 0) {
                        update.executeBatch();
                    }
                }
                if (pending % 2_000 != 0) {
                    update.executeBatch();
                }
            });
        }

        private void bindMoney(PreparedStatement statement, String accountId, LocalDate date, Money amount,
                String invoiceRef, String id) throws SQLException {
            statement.setString(1, accountId);
            statement.setObject(2, date);
            statement.setBigDecimal(3, amount.toBigDecimal());
            if (invoiceRef == null) {
                statement.setNull(4, Types.VARCHAR);
            } else {
                statement.setString(4, invoiceRef);
            }
            statement.setString(5, id);
        }

        private interface Binder<R> {
            void bind(PreparedStatement statement, R record) throws SQLException;
        }

        /** Both statements take the same parameters in the same order, the id last. */
        private <R> void upsert(List<R> records, Set<String> stored, java.util.function.Function<R, String> id,
                String updateSql, String insertSql, Binder<R> binder) throws SQLException {
            PreparedStatement update = statement(updateSql);
            PreparedStatement insert = statement(insertSql);
            boolean updates = false;
            boolean inserts = false;
            for (R record : records) {
                if (stored.contains(id.apply(record))) {
                    binder.bind(update, record);
                    update.addBatch();
                    updates = true;
                } else {
                    binder.bind(insert, record);
                    insert.addBatch();
                    inserts = true;
                }
            }
            if (updates) {
                update.executeBatch();
            }
            if (inserts) {
                insert.executeBatch();
            }
        }

        private static String table(LedgerFile file) {
            return switch (file) {
                case ACCOUNTS -> "ledger_accounts";
                case INVOICES -> "ledger_invoices";
                case PAYMENTS -> "ledger_payments";
                case CREDITS -> "ledger_credits";
                case PROMISES -> "ledger_promises";
                case DISPUTES -> "ledger_disputes";
            };
        }
    }

    // ---- reads ----

    @Override
    public synchronized Optional<AccountLedger> account(String accountId) {
        return query("read account " + accountId, () -> {
            Account account;
            try (PreparedStatement select = reads.prepareStatement(
                    "SELECT name, currency, time_zone FROM ledger_accounts WHERE account_id = ?")) {
                select.setString(1, accountId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    account = new Account(accountId, rows.getString(1), phones(accountId), rows.getString(2),
                            rows.getString(3));
                }
            }
            List<Invoice> invoices = new ArrayList<>();
            forEach("SELECT invoice_id, issued_on, due_on, amount FROM ledger_invoices WHERE account_id = ?", accountId,
                    rows -> invoices.add(new Invoice(rows.getString(1), accountId, date(rows, 2), date(rows, 3),
                            money(rows, 4))));
            List<Payment> payments = new ArrayList<>();
            forEach("SELECT payment_id, received_on, amount, invoice_ref FROM ledger_payments WHERE account_id = ?",
                    accountId, rows -> payments.add(new Payment(rows.getString(1), accountId, date(rows, 2),
                            money(rows, 3), rows.getString(4))));
            List<Credit> credits = new ArrayList<>();
            forEach("SELECT credit_id, issued_on, amount, invoice_ref FROM ledger_credits WHERE account_id = ?",
                    accountId, rows -> credits.add(new Credit(rows.getString(1), accountId, date(rows, 2),
                            money(rows, 3), rows.getString(4))));
            List<Promise> promises = new ArrayList<>();
            forEach("SELECT promise_id, made_on, due_on, amount FROM ledger_promises WHERE account_id = ?", accountId,
                    rows -> promises.add(new Promise(rows.getString(1), accountId, date(rows, 2), date(rows, 3),
                            money(rows, 4))));
            List<Dispute> disputes = new ArrayList<>();
            forEach("SELECT invoice_id, opened_on, reason, status FROM ledger_disputes WHERE account_id = ?", accountId,
                    rows -> disputes.add(new Dispute(rows.getString(1), accountId, date(rows, 2), rows.getString(3),
                            Dispute.Status.valueOf(rows.getString(4).toUpperCase(java.util.Locale.ROOT)))));
            return Optional.of(new AccountLedger(account, invoices, payments, credits, promises, disputes));
        });
    }

    private List<String> phones(String accountId) throws SQLException {
        List<String> phones = new ArrayList<>();
        forEach("SELECT phone FROM ledger_phones WHERE account_id = ? ORDER BY position", accountId,
                rows -> phones.add(rows.getString(1)));
        return phones;
    }

    @Override
    public synchronized List<String> accountsWithPhone(String e164) {
        return query("look up phone " + e164, () -> {
            List<String> accounts = new ArrayList<>();
            forEach("SELECT DISTINCT account_id FROM ledger_phones WHERE phone = ? ORDER BY account_id", e164,
                    rows -> accounts.add(rows.getString(1)));
            return accounts;
        });
    }

    @Override
    public synchronized long latestImportId() {
        return query("check for new imports", this::latest);
    }

    private long latest() throws SQLException {
        try (Statement statement = reads.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM ledger_imports")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public synchronized ImportsSince importsSince(long importId) {
        return query("check for new imports", () -> {
            long latest = latest();
            Set<String> touched = new HashSet<>();
            if (latest > importId) {
                try (PreparedStatement select = reads.prepareStatement(
                        "SELECT account_id FROM ledger_accounts WHERE import_id > ?")) {
                    select.setLong(1, importId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            touched.add(rows.getString(1));
                        }
                    }
                }
            }
            return new ImportsSince(latest, touched);
        });
    }

    /** Not synchronized: closing ends a read that waits for the database to come back. */
    @Override
    public void close() {
        readLink.close();
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void forEach(String sql, String parameter, RowReader reader) throws SQLException {
        try (PreparedStatement select = reads.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    private static Money money(ResultSet rows, int column) throws SQLException {
        BigDecimal amount = rows.getBigDecimal(column);
        return Money.of(amount);
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private interface SqlQuery<T> {
        T run() throws SQLException;
    }

    private static void sql(String what, SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T query(String what, SqlQuery<T> query) {
        return readLink.run(what, live -> {
            reads = live;
            return query.run();
        });
    }
}
