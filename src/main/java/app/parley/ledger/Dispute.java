package app.parley.ledger;

import java.time.LocalDate;

/** A dispute of one invoice; there is at most one per invoice. */
public record Dispute(String invoiceId, String accountId, LocalDate openedOn, String reason, Status status) {

    public enum Status {
        OPEN, RESOLVED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
