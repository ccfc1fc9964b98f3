package app.parley.ledger;

import java.util.List;

/** The CSV files of an import, in the order they are read, with exactly their columns (and optional ones). */
enum LedgerFile {
    ACCOUNTS("accounts.csv", "account", List.of("time_zone"), "account_id", "name", "phones", "currency"),
    INVOICES("invoices.csv", "invoice", List.of(), "account_id", "invoice_id", "issued_on", "due_on", "amount"),
    PAYMENTS("payments.csv", "payment", List.of(), "account_id", "payment_id", "received_on", "amount", "invoice_ref"),
    CREDITS("credits.csv", "credit", List.of(), "account_id", "credit_id", "issued_on", "amount", "invoice_ref"),
    PROMISES("promises.csv", "promise", List.of(), "account_id", "promise_id", "made_on", "due_on", "amount"),
    DISPUTES("disputes.csv", "dispute", List.of(), "account_id", "invoice_id", "opened_on", "reason", "status");

    final String fileName;
    /** What one row is, for messages. */
    final String noun;
    final List<String> columns;
    /** Columns a file may have besides its own (older files lack them). */
    final List<String> optional;

    LedgerFile(String fileName, String noun, List<String> optional, String... columns) {
        this.fileName = fileName;
        this.noun = noun;
        this.optional = optional;
        this.columns = List.of(columns);
    }

    /** Every column the header may name, for messages. */
    String allColumns() {
        List<String> all = new java.util.ArrayList<>(columns);
        optional.forEach(column -> all.add(column + " (optional)"));
        return String.join(",", all);
    }

    /** The column that identifies a row: its id (a dispute's is its invoice). */
    String idColumn() {
        return columns.get(this == ACCOUNTS ? 0 : 1);
    }
}
