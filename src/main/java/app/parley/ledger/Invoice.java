package app.parley.ledger;

import java.time.LocalDate;

public record Invoice(String id, String accountId, LocalDate issuedOn, LocalDate dueOn, Money amount) {
}
