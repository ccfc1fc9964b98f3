package app.parley.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an import's records go: the store inside one transaction, or memory for a check.
 * The import asks it what is already stored, so references and upserts can be checked.
 */
interface ImportTarget {

    /** For each of {@code ids} of {@code file}'s kind already stored: the account it belongs to. */
    Map<String, String> storedOwners(LedgerFile file, Collection<String> ids);

    /** Upserts; {@code stored} are the ids among them already in the store. */
    void accounts(List<Account> accounts, Set<String> stored);

    void invoices(List<Invoice> invoices, Set<String> stored);

    void payments(List<Payment> payments, Set<String> stored);

    void credits(List<Credit> credits, Set<String> stored);

    void promises(List<Promise> promises, Set<String> stored);

    void disputes(List<Dispute> disputes, Set<String> stored);
}
