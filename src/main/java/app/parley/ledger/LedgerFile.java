package app.parley.ledger;

import java.util.List;

/** The CSV files of an import, in the order they are read, with exactly their columns. */
enum LedgerFile {
    ACCOUNTS("accounts.csv", "account", "account_id", "name", "phones", "currency"),
    INVOICES("invoices.csv", "invoice", "account_id", "invoice_id", "issued_on", "due_on", "amount"),
    PAYMENTS("payments.csv", "payment", "account_id", "payment_id", "received_on", "amount", "invoice_ref"),
    CREDITS("credits.csv", "credit", "account_id", "credit_id", "issued_on", "amount", "invoice_ref"),
    PROMISES("promises.csv", "promise", "account_id", "promise_id", "made_on", "due_on", "amount"),
    DISPUTES("disputes.csv", "dispute", "account_id", "invoice_id", "opened_on", "reason", "status");

    final String fileName;
    /** What one row is, for messages. */
    final String noun;
    final List<String> columns;

    LedgerFile(String fileName, String noun, String... columns) {
        this.fileName = fileName;
        this.noun = noun;
        this.columns = List.of(columns);
    }

    /** The column that identifies a row: its id (a dispute's is its invoice). */
    String idColumn() {
        return columns.get(this == ACCOUNTS ? 0 : 1);
    }
}
