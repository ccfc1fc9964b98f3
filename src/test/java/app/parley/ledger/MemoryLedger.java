package app.parley.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An import target in memory, starting empty: reads and checks an import folder without a
 * store, and groups what it read by account. Used to check a folder and to load fixtures.
 */
final class MemoryLedger implements ImportTarget {
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final Map<String, Credit> credits = new LinkedHashMap<>();
    private final Map<String, Promise> promises = new LinkedHashMap<>();
    private final Map<String, Dispute> disputes = new LinkedHashMap<>();

    /** Reads {@code dir}; throws {@link ImportRejectedException} as an import into an empty store would. */
    static Map<String, AccountLedger> read(java.nio.file.Path dir, PhoneNumbers phones) {
        MemoryLedger memory = new MemoryLedger();
        new LedgerImport(phones, ImportProgress.NONE).run(dir, memory);
        return memory.byAccount();
    }

    Map<String, AccountLedger> byAccount() {
        Map<String, AccountLedger> ledgers = new LinkedHashMap<>();
        Map<String, List<Invoice>> invoicesOf = group(invoices.values(), Invoice::accountId);
        Map<String, List<Payment>> paymentsOf = group(payments.values(), Payment::accountId);
        Map<String, List<Credit>> creditsOf = group(credits.values(), Credit::accountId);
        Map<String, List<Promise>> promisesOf = group(promises.values(), Promise::accountId);
        Map<String, List<Dispute>> disputesOf = group(disputes.values(), Dispute::accountId);
        for (Account account : accounts.values()) {
            String id = account.id();
            ledgers.put(id, new AccountLedger(account, invoicesOf.getOrDefault(id, List.of()),
                    paymentsOf.getOrDefault(id, List.of()), creditsOf.getOrDefault(id, List.of()),
                    promisesOf.getOrDefault(id, List.of()), disputesOf.getOrDefault(id, List.of())));
        }
        return ledgers;
    }

    private static <R> Map<String, List<R>> group(Collection<R> records, Function<R, String> account) {
        Map<String, List<R>> groups = new HashMap<>();
        for (R record : records) {
            groups.computeIfAbsent(account.apply(record), key -> new ArrayList<>()).add(record);
        }
        return groups;
    }

    @Override
    public Map<String, String> storedOwners(LedgerFile file, Collection<String> ids) {
        return Map.of();
    }

    @Override
    public void accounts(List<Account> records, Set<String> stored) {
        records.forEach(record -> accounts.put(record.id(), record));
    }

    @Override
    public void invoices(List<Invoice> records, Set<String> stored) {
        records.forEach(record -> invoices.put(record.id(), record));
    }

    @Override
    public void payments(List<Payment> records, Set<String> stored) {
        records.forEach(record -> payments.put(record.id(), record));
    }

    @Override
    public void credits(List<Credit> records, Set<String> stored) {
        records.forEach(record -> credits.put(record.id(), record));
    }

    @Override
    public void promises(List<Promise> records, Set<String> stored) {
        records.forEach(record -> promises.put(record.id(), record));
    }

    @Override
    public void disputes(List<Dispute> records, Set<String> stored) {
        records.forEach(record -> disputes.put(record.invoiceId(), record));
    }
}
