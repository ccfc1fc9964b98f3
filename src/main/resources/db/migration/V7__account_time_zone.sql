-- Where the debtor lives (an IANA time zone such as America/Chicago), from the ledger's
-- accounts.csv: the calling-hours check judges the time there (docs/compliance.md).
ALTER TABLE ledger_accounts ADD COLUMN time_zone VARCHAR(64);
