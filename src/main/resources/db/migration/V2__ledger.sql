-- The ledger imported from the billing system: accounts, what was invoiced, paid, credited,
-- promised and disputed. Rows are upserted by id; a record never moves to another account.
-- Amounts are exact decimals with 2 places; dates are calendar dates.

-- One row per import that committed; ledger_accounts.import_id marks the accounts an import
-- touched, so a running service can drop exactly those from its cache.
CREATE TABLE ledger_imports (
    id          INTEGER PRIMARY KEY,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(1000) NOT NULL,
    row_count   BIGINT NOT NULL
);

CREATE TABLE ledger_accounts (
    account_id VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    currency   VARCHAR(3) NOT NULL,
    import_id  INTEGER NOT NULL
);

CREATE INDEX ledger_accounts_by_import ON ledger_accounts (import_id);

-- Each phone of an account in E.164 form (+15550100101), in the order the import gave them.
CREATE TABLE ledger_phones (
    account_id VARCHAR(64) NOT NULL,
    position   INTEGER NOT NULL,
    phone      VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, position)
);

CREATE INDEX ledger_phones_by_phone ON ledger_phones (phone);

CREATE TABLE ledger_invoices (
    invoice_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    issued_on  DATE NOT NULL,
    due_on     DATE NOT NULL,
    amount     NUMERIC(15, 2) NOT NULL
);

CREATE INDEX ledger_invoices_by_account ON ledger_invoices (account_id);

CREATE TABLE ledger_payments (
    payment_id  VARCHAR(64) PRIMARY KEY,
    account_id  VARCHAR(64) NOT NULL,
    received_on DATE NOT NULL,
    amount      NUMERIC(15, 2) NOT NULL,
    invoice_ref VARCHAR(64)
);

CREATE INDEX ledger_payments_by_account ON ledger_payments (account_id);

CREATE TABLE ledger_credits (
    credit_id   VARCHAR(64) PRIMARY KEY,
    account_id  VARCHAR(64) NOT NULL,
    issued_on   DATE NOT NULL,
    amount      NUMERIC(15, 2) NOT NULL,
    invoice_ref VARCHAR(64)
);

CREATE INDEX ledger_credits_by_account ON ledger_credits (account_id);

CREATE TABLE ledger_promises (
    promise_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    made_on    DATE NOT NULL,
    due_on     DATE NOT NULL,
    amount     NUMERIC(15, 2) NOT NULL
);

CREATE INDEX ledger_promises_by_account ON ledger_promises (account_id);

-- At most one dispute per invoice: a later import's row (say, now resolved) replaces it.
CREATE TABLE ledger_disputes (
    invoice_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    opened_on  DATE NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    status     VARCHAR(16) NOT NULL
);

CREATE INDEX ledger_disputes_by_account ON ledger_disputes (account_id);
