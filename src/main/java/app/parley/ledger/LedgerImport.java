package app.parley.ledger;

import app.parley.ledger.ImportRejectedException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads an import folder, checks every row and hands the records to a target in batches.
 * Files are read in dependency order (accounts, invoices, then the rest) and streamed, so a
 * million rows need memory only for their ids. Once a problem is found nothing more is
 * written, but reading goes on to report up to {@link #MAX_PROBLEMS} problems at once; the
 * caller then throws the target's work away.
 */
final class LedgerImport {
    static final int MAX_PROBLEMS = 25;
    private static final int BATCH = 2_000;
    private static final int MAX_ID = 64;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final PhoneNumbers phoneNumbers;
    private final ImportProgress progress;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> importedAccounts = new HashSet<>();
    private final Set<String> storedAccounts = new HashSet<>();
    private final Map<String, String> importedInvoices = new HashMap<>();
    private final Map<String, String> storedInvoices = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();

    LedgerImport(PhoneNumbers phoneNumbers, ImportProgress progress) {
        this.phoneNumbers = phoneNumbers;
        this.progress = progress;
    }

    /** Thrown to stop reading once {@link #MAX_PROBLEMS} problems are known. */
    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    /** What an import read; throws {@link ImportRejectedException} when anything is wrong. */
    record Result(Map<String, Long> rows, Set<String> touchedAccounts) {
    }

    Result run(Path dir, ImportTarget target) {
        try {
            checkFolder(dir);
            readAccounts(dir, target);
            read(dir, LedgerFile.INVOICES, target, this::invoice, target::invoices);
            read(dir, LedgerFile.PAYMENTS, target, this::payment, target::payments);
            read(dir, LedgerFile.CREDITS, target, this::credit, target::credits);
            read(dir, LedgerFile.PROMISES, target, this::promise, target::promises);
            read(dir, LedgerFile.DISPUTES, target, this::dispute, target::disputes);
        } catch (TooManyProblems stop) {
            // problems holds the first MAX_PROBLEMS.
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new Result(rows, touched);
    }

    private void checkFolder(Path dir) {
        if (!Files.isRegularFile(dir.resolve(LedgerFile.ACCOUNTS.fileName))) {
            problem(LedgerFile.ACCOUNTS.fileName, 0, null, Files.isDirectory(dir)
                    ? "missing: an import needs accounts.csv, and " + dir + " has none"
                    : "missing: " + dir + " is not a folder");
            throw new TooManyProblems();
        }
        Set<String> known = new HashSet<>();
        for (LedgerFile file : LedgerFile.values()) {
            known.add(file.fileName);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{csv,CSV}")) {
            for (Path file : new TreeSet<>(iterate(files))) {
                String name = file.getFileName().toString();
                if (!known.contains(name)) {
                    problem(name, 0, null, "not a ledger file (they are " + String.join(", ", fileNames())
                            + "); rename or remove it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> iterate(DirectoryStream<Path> files) {
        List<Path> list = new ArrayList<>();
        files.forEach(list::add);
        return list;
    }

    private static List<String> fileNames() {
        return Arrays.stream(LedgerFile.values()).map(file -> file.fileName).toList();
    }

    // ---- rows to records ----

    private interface RowParser<R> {
        /** The record, or null when the row has a problem (already reported). */
        R parse(Row row);
    }

    private interface Writer<R> {
        void write(List<R> records, Set<String> stored);
    }

    /** A record and where it came from. */
    private record Parsed<R>(int line, String id, String accountId, String invoiceRef, R record) {
    }

    private void readAccounts(Path dir, ImportTarget target) {
        read(dir, LedgerFile.ACCOUNTS, target, row -> {
            String id = row.id("account_id");
            if (id != null) {
                importedAccounts.add(id);
            }
            String name = row.text("name", 200);
            List<String> phones = phones(row);
            String currency = row.required("currency");
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                row.problem("currency", "'" + currency + "' is not a currency code (three capital letters such as USD)");
            }
            String zone = row.optional("time_zone");
            if (zone != null) {
                try {
                    zone = java.time.ZoneId.of(zone).getId();
                } catch (java.time.DateTimeException e) {
                    row.problem("time_zone", "'" + zone + "' is not a time zone (an IANA name such as America/Chicago)");
                }
            }
            return row.ok() ? new Account(id, name, phones, currency, zone) : null;
        }, target::accounts);
    }

    private List<String> phones(Row row) {
        String text = row.raw("phones");
        Set<String> phones = new LinkedHashSet<>();
        for (String phone : text.split(";")) {
            if (phone.isBlank()) {
                continue;
            }
            try {
                phones.add(phoneNumbers.normalize(phone));
            } catch (PhoneNumbers.InvalidPhoneException e) {
                row.problem("phones", e.getMessage());
            }
        }
        return List.copyOf(phones);
    }

    private Invoice invoice(Row row) {
        String accountId = row.id("account_id");
        String id = row.id("invoice_id");
        if (id != null && accountId != null) {
            importedInvoices.put(id, accountId);
        }
        LocalDate issued = row.date("issued_on");
        LocalDate due = row.date("due_on");
        if (issued != null && due != null && due.isBefore(issued)) {
            row.problem("due_on", "due " + due + " before it was issued (" + issued + ")");
        }
        Money amount = row.amount("amount");
        return row.ok() ? new Invoice(id, accountId, issued, due, amount) : null;
    }

    private Payment payment(Row row) {
        String accountId = row.id("account_id");
        String id = row.id("payment_id");
        LocalDate received = row.date("received_on");
        Money amount = row.amount("amount");
        String ref = row.optionalId("invoice_ref");
        return row.ok() ? new Payment(id, accountId, received, amount, ref) : null;
    }

    private Credit credit(Row row) {
        String accountId = row.id("account_id");
        String id = row.id("credit_id");
        LocalDate issued = row.date("issued_on");
        Money amount = row.amount("amount");
        String ref = row.optionalId("invoice_ref");
        return row.ok() ? new Credit(id, accountId, issued, amount, ref) : null;
    }

    private Promise promise(Row row) {
        String accountId = row.id("account_id");
        String id = row.id("promise_id");
        LocalDate made = row.date("made_on");
        LocalDate due = row.date("due_on");
        if (made != null && due != null && due.isBefore(made)) {
            row.problem("due_on", "due " + due + " before the promise was made (" + made + ")");
        }
        Money amount = row.amount("amount");
        return row.ok() ? new Promise(id, accountId, made, due, amount) : null;
    }

    private Dispute dispute(Row row) {
        String accountId = row.id("account_id");
        String invoiceId = row.id("invoice_id");
        LocalDate opened = row.date("opened_on");
        String reason = row.raw("reason").strip();
        if (reason.length() > 1000) {
            row.problem("reason", "is " + reason.length() + " characters long; at most 1000");
        }
        String statusText = row.required("status");
        Dispute.Status status = null;
        if (statusText != null) {
            switch (statusText.toLowerCase(Locale.ROOT)) {
                case "open" -> status = Dispute.Status.OPEN;
                case "resolved" -> status = Dispute.Status.RESOLVED;
                default -> row.problem("status", "'" + statusText + "' is not a dispute status (open or resolved)");
            }
        }
        return row.ok() ? new Dispute(invoiceId, accountId, opened, reason, status) : null;
    }

    // ---- reading a file ----

    private <R> void read(Path dir, LedgerFile file, ImportTarget target, RowParser<R> parser, Writer<R> writer) {
        Path path = dir.resolve(file.fileName);
        if (!Files.isRegularFile(path)) {
            return;
        }
        try (InputStream in = Files.newInputStream(path); CsvReader csv = new CsvReader(in)) {
            Map<String, Integer> columns = header(file, csv.next());
            if (columns == null) {
                return;
            }
            Map<String, Integer> firstLine = new HashMap<>();
            List<Parsed<R>> batch = new ArrayList<>(BATCH);
            long count = 0;
            List<String> fields;
            while ((fields = csv.next()) != null) {
                count++;
                Row row = new Row(file, csv.line(), columns, fields);
                if (fields.size() != columns.size()) {
                    row.problem(null, "has " + fields.size() + (fields.size() == 1 ? " field" : " fields")
                            + " where the header has " + columns.size());
                } else {
                    R record = parser.parse(row);
                    String id = row.idOf(file.idColumn());
                    String accountId = row.idOf("account_id");
                    boolean duplicate = false;
                    if (id != null) {
                        Integer earlier = firstLine.putIfAbsent(id, row.line);
                        if (earlier != null) {
                            row.problem(file.idColumn(), "duplicate " + file.idColumn() + " " + id
                                    + " (also on line " + earlier + ")");
                            duplicate = true;
                        }
                    }
                    // A row with a bad value still has its references checked, so one import
                    // reports all it can; only whole records are ever written.
                    if (!duplicate && id != null && accountId != null) {
                        batch.add(new Parsed<>(row.line, id, accountId,
                                file == LedgerFile.DISPUTES ? id : row.idOf("invoice_ref"), row.ok() ? record : null));
                    }
                }
                if (batch.size() == BATCH) {
                    flush(file, target, batch, writer);
                }
                if (count % ImportProgress.EVERY_ROWS == 0) {
                    progress.rows(file.fileName, count, false);
                }
            }
            flush(file, target, batch, writer);
            rows.put(file.fileName, count);
            progress.rows(file.fileName, count, true);
        } catch (CsvReader.FormatException e) {
            problem(file.fileName, e.line(), null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Column positions by name, or null when the header is wrong (reported). */
    private Map<String, Integer> header(LedgerFile file, List<String> header) {
        if (header == null) {
            problem(file.fileName, 0, null, "empty: a ledger file starts with the header row "
                    + String.join(",", file.columns));
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!file.columns.contains(name) && !file.optional.contains(name)) {
                problem(file.fileName, 1, name, "unknown column (the columns are " + file.allColumns() + ")");
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                problem(file.fileName, 1, name, "column given twice");
                ok = false;
            }
        }
        for (String column : file.columns) {
            if (!columns.containsKey(column)) {
                problem(file.fileName, 1, column, "missing column (the columns are "
                        + String.join(",", file.columns) + ")");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    /** Checks a batch against what is imported and stored; writes it if nothing is wrong so far. */
    private <R> void flush(LedgerFile file, ImportTarget target, List<Parsed<R>> batch, Writer<R> writer) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> ids = batch.stream().map(Parsed::id).toList();
        Map<String, String> owners = target.storedOwners(file, ids);
        for (Parsed<R> parsed : batch) {
            String owner = owners.get(parsed.id());
            if (owner != null && !owner.equals(parsed.accountId())) {
                problem(file.fileName, parsed.line(), "account_id", file.noun + " " + parsed.id()
                        + " belongs to account " + owner + " in the store; a record cannot move to another account");
            }
        }
        if (file != LedgerFile.ACCOUNTS) {
            checkAccounts(file, target, batch);
        }
        if (file == LedgerFile.PAYMENTS || file == LedgerFile.CREDITS || file == LedgerFile.DISPUTES) {
            checkInvoices(file, target, batch);
        }
        if (problems.isEmpty()) {
            // No problem so far means every row of the batch made a record.
            writer.write(batch.stream().map(Parsed::record).toList(), owners.keySet());
            for (Parsed<R> parsed : batch) {
                touched.add(parsed.accountId());
            }
        }
        batch.clear();
    }

    private <R> void checkAccounts(LedgerFile file, ImportTarget target, List<Parsed<R>> batch) {
        Set<String> unknown = new HashSet<>();
        for (Parsed<R> parsed : batch) {
            if (!importedAccounts.contains(parsed.accountId()) && !storedAccounts.contains(parsed.accountId())) {
                unknown.add(parsed.accountId());
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        storedAccounts.addAll(target.storedOwners(LedgerFile.ACCOUNTS, unknown).keySet());
        for (Parsed<R> parsed : batch) {
            if (!importedAccounts.contains(parsed.accountId()) && !storedAccounts.contains(parsed.accountId())) {
                problem(file.fileName, parsed.line(), "account_id", "no account " + parsed.accountId()
                        + " in accounts.csv or in the store");
            }
        }
    }

    private <R> void checkInvoices(LedgerFile file, ImportTarget target, List<Parsed<R>> batch) {
        String field = file == LedgerFile.DISPUTES ? "invoice_id" : "invoice_ref";
        Set<String> lookUp = new HashSet<>();
        for (Parsed<R> parsed : batch) {
            String ref = parsed.invoiceRef();
            if (ref != null && !importedInvoices.containsKey(ref) && !storedInvoices.containsKey(ref)) {
                lookUp.add(ref);
            }
        }
        if (!lookUp.isEmpty()) {
            storedInvoices.putAll(target.storedOwners(LedgerFile.INVOICES, lookUp));
        }
        for (Parsed<R> parsed : batch) {
            String ref = parsed.invoiceRef();
            if (ref == null) {
                continue;
            }
            String owner = importedInvoices.getOrDefault(ref, storedInvoices.get(ref));
            if (owner == null) {
                problem(file.fileName, parsed.line(), field, "no invoice " + ref + " in invoices.csv or in the store");
            } else if (!owner.equals(parsed.accountId())) {
                problem(file.fileName, parsed.line(), field, "invoice " + ref + " belongs to account " + owner
                        + ", not to " + parsed.accountId());
            }
        }
    }

    private void problem(String file, int line, String field, String message) {
        problems.add(new Problem(file, line, field, message));
        if (problems.size() >= MAX_PROBLEMS) {
            throw new TooManyProblems();
        }
    }

    /** One row's fields by column name; reading a bad value reports it and returns null. */
    private final class Row {
        final LedgerFile file;
        final int line;
        final Map<String, Integer> columns;
        final List<String> fields;
        boolean ok = true;

        Row(LedgerFile file, int line, Map<String, Integer> columns, List<String> fields) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.fields = fields;
        }

        boolean ok() {
            return ok;
        }

        void problem(String field, String message) {
            ok = false;
            LedgerImport.this.problem(file.fileName, line, field, message);
        }

        String raw(String column) {
            return fields.get(columns.get(column));
        }

        /** An optional column's value; null when the file has no such column or the field is empty. */
        String optional(String column) {
            Integer at = columns.get(column);
            String value = at == null ? "" : fields.get(at).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = raw(column).strip();
            if (value.isEmpty()) {
                problem(column, "is empty; every " + file.noun + " needs one");
                return null;
            }
            return value;
        }

        String text(String column, int max) {
            String value = required(column);
            if (value != null && value.length() > max) {
                problem(column, "is " + value.length() + " characters long; at most " + max);
                return null;
            }
            return value;
        }

        /** The id in {@code column} if it is one (without reporting anything). */
        String idOf(String column) {
            Integer at = columns.get(column);
            if (at == null) {
                return null;
            }
            String value = fields.get(at).strip();
            return value.isEmpty() || value.length() > MAX_ID ? null : value;
        }

        String id(String column) {
            return text(column, MAX_ID);
        }

        String optionalId(String column) {
            String value = raw(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > MAX_ID) {
                problem(column, "is " + value.length() + " characters long; at most " + MAX_ID);
                return null;
            }
            return value;
        }

        LocalDate date(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "'" + value + "' is not a date YYYY-MM-DD");
                return null;
            }
        }

        Money amount(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            Money amount;
            try {
                amount = Money.parse(value);
            } catch (IllegalArgumentException e) {
                problem(column, "'" + value + "' is not an amount (digits with at most 2 decimals and a '.', "
                        + "such as 1234.50)");
                return null;
            }
            if (amount.isNegative()) {
                problem(column, "'" + value + "' is negative; amounts are 0 or more");
                return null;
            }
            return amount;
        }
    }
}
