package app.parley.ledger;

import java.util.List;

/** Everything stored for one account, in no particular order: the input of reconciliation. */
public record AccountLedger(Account account, List<Invoice> invoices, List<Payment> payments, List<Credit> credits,
        List<Promise> promises, List<Dispute> disputes) {
    public AccountLedger {
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        credits = List.copyOf(credits);
        promises = List.copyOf(promises);
        disputes = List.copyOf(disputes);
    }
}
