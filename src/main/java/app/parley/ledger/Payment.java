package app.parley.ledger;

import java.time.LocalDate;

/** Money received; {@code invoiceRef} (may be null) names the invoice the payer meant it for. */
public record Payment(String id, String accountId, LocalDate receivedOn, Money amount, String invoiceRef) {
}
