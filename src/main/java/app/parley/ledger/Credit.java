package app.parley.ledger;

import java.time.LocalDate;

/** A credit note; {@code invoiceRef} (may be null) names the invoice it credits. */
public record Credit(String id, String accountId, LocalDate issuedOn, Money amount, String invoiceRef) {
}
