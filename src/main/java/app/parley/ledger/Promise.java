package app.parley.ledger;

import java.time.LocalDate;

/** A promise to pay {@code amount} by {@code dueOn}, made on {@code madeOn}. */
public record Promise(String id, String accountId, LocalDate madeOn, LocalDate dueOn, Money amount) {
}
