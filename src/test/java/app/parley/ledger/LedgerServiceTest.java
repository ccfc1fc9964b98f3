package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerServiceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dir;
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Ticker ticker = nanos::get;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "ledger-worker"));
    private Ledger stored;
    private CountingLedger ledger;
    private LedgerService service;

    /** Counts store reads per account and phone, and notes the threads they ran on. */
    static final class CountingLedger implements Ledger {
        final Ledger delegate;
        final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        CountingLedger(Ledger delegate) {
            this.delegate = delegate;
        }

        int reads(String key) {
            return reads.getOrDefault(key, new AtomicInteger()).get();
        }

        @Override
        public ImportSummary importCsv(Path source, ImportProgress progress, boolean dryRun) {
            return delegate.importCsv(source, progress, dryRun);
        }

        @Override
        public Optional<AccountLedger> account(String accountId) {
            threads.add(Thread.currentThread().getName());
            reads.computeIfAbsent(accountId, k -> new AtomicInteger()).incrementAndGet();
            return delegate.account(accountId);
        }

        @Override
        public List<String> accountsWithPhone(String e164) {
            threads.add(Thread.currentThread().getName());
            reads.computeIfAbsent(e164, k -> new AtomicInteger()).incrementAndGet();
            return delegate.accountsWithPhone(e164);
        }

        @Override
        public long latestImportId() {
            return delegate.latestImportId();
        }

        @Override
        public ImportsSince importsSince(long importId) {
            return delegate.importsSince(importId);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    @BeforeEach
    void open() {
        stored = Ledger.openEmbedded(dir.resolve("data"), Fixtures.DEFAULTS.phone());
        stored.importCsv(JdbcLedgerTest.importDir("base"), ImportProgress.NONE, false);
        ledger = new CountingLedger(stored);
        service = LedgerService.create(ledger, Fixtures.DEFAULTS, executor, ticker);
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        stored.close();
    }

    private Facts facts(String account) {
        return service.factsForAccount(account, AS_OF).join().orElseThrow();
    }

    @Test
    void anAccountIsReadOnceThenServedFromTheCacheOffTheCallersThread() {
        assertEquals("500.00", facts("B1").balance().toString());
        assertEquals("500.00", facts("B1").balance().toString());
        assertEquals(1, ledger.reads("B1"));
        assertEquals(Set.of("ledger-worker"), ledger.threads);
        assertEquals(Optional.empty(), service.factsForAccount("B9", AS_OF).join());
        assertEquals(Optional.empty(), service.factsForAccount("B9", AS_OF).join());
        assertEquals(1, ledger.reads("B9"), "an unknown account is cached too");
        // Facts for another date come from the same cached entries.
        assertEquals(LocalDate.of(2026, 4, 1), service.factsForAccount("B1", LocalDate.of(2026, 4, 1)).join()
                .orElseThrow().asOf());
        assertEquals(1, ledger.reads("B1"));
    }

    @Test
    void phonesMatchInAnyFormatAndAnUnknownCallerFindsNothing() {
        for (String written : List.of("+1 (555) 010-0101", "+15550100101", "555-010-0101", "1.555.010.0101")) {
            PhoneFacts found = service.factsForPhone(written, AS_OF).join();
            assertEquals("+15550100101", found.phone());
            assertEquals(List.of("B1"), found.accounts().stream().map(f -> f.account().id()).toList());
        }
        assertEquals(1, ledger.reads("+15550100101"), "the phone index is cached");
        PhoneFacts unknown = service.factsForPhone("555 010 9999", AS_OF).join();
        assertTrue(unknown.isUnknownCaller());
        assertEquals("+15550109999", unknown.phone());
        assertThrows(PhoneNumbers.InvalidPhoneException.class, () -> service.factsForPhone("not a number", AS_OF));
    }

    @Test
    void anImportThroughTheServiceDropsWhatItTouchedAtOnce() {
        assertEquals("500.00", facts("B1").balance().toString());
        assertEquals("900.00", facts("B2").balance().toString());
        assertEquals(List.of("B2"), names(service.factsForPhone("555 010 0202", AS_OF).join()));
        Path only = JdbcLedgerTest.importDir("update");
        ImportSummary summary = service.importCsv(only, ImportProgress.NONE);
        assertEquals(Set.of("B1", "B2", "B3"), summary.touchedAccounts());
        // BI-1 500 - BP-1 200 - BP-3 100 = 200; BI-2 is now 275 - BC-1 50 = 225 (dispute resolved): 425.
        assertEquals("425.00", facts("B1").balance().toString());
        assertEquals("Harbor Freight Company", facts("B2").account().name());
        assertEquals(2, ledger.reads("B1"));
        assertEquals(List.of(), names(service.factsForPhone("555 010 0202", AS_OF).join()), "B2's old number");
        assertEquals(List.of("B2"), names(service.factsForPhone("555 010 0222", AS_OF).join()));
    }

    @Test
    void anImportByAnotherProcessIsNoticedAtTheNextRecheck() throws Exception {
        assertEquals("500.00", facts("B1").balance().toString());
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("accounts.csv"), "account_id,name,phones,currency\n");
        Files.writeString(extra.resolve("payments.csv"), "account_id,payment_id,received_on,amount,invoice_ref\n"
                + "B1,BP-8,2026-03-12,100.00,\n");
        // Another connection to the same database, as the ledger import command would open.
        try (Ledger other = Ledger.openEmbedded(dir.resolve("data"), Fixtures.DEFAULTS.phone())) {
            other.importCsv(extra, ImportProgress.NONE, false);
        }
        assertEquals("500.00", facts("B1").balance().toString(), "within recheck_imports the cache still answers");
        nanos.addAndGet(Fixtures.DEFAULTS.cache().recheckImports().toNanos());
        assertEquals("400.00", facts("B1").balance().toString(), "after recheck_imports the import is seen");
        assertEquals(2, ledger.reads("B1"));
        facts("B2");
        facts("B2");
        assertEquals(1, ledger.reads("B2"), "an account the import did not touch stays cached");
    }

    @Test
    void entriesExpireAfterTheConfiguredTime() {
        facts("B2");
        nanos.addAndGet(Fixtures.DEFAULTS.cache().expireAfter().minus(Duration.ofSeconds(1)).toNanos());
        facts("B2");
        assertEquals(1, ledger.reads("B2"));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        facts("B2");
        assertEquals(2, ledger.reads("B2"));
    }

    @Test
    void aFailingStoreFailsTheLookupAndTheNextOneTriesAgain() {
        stored.close();
        var failed = service.factsForAccount("B1", AS_OF);
        Throwable cause = assertThrows(java.util.concurrent.CompletionException.class, failed::join).getCause();
        assertTrue(cause.getMessage().startsWith("cannot read account B1"), cause.getMessage());
        int readsAfterTheFirst = ledger.reads("B1");
        assertNotEquals(0, readsAfterTheFirst);
        // The failure is not cached: the next lookup reads again (and fails again).
        assertThrows(java.util.concurrent.CompletionException.class, service.factsForAccount("B1", AS_OF)::join);
        assertTrue(ledger.reads("B1") > readsAfterTheFirst, "read again after a failure");
    }

    @Test
    void whenTheRecheckCannotBeScheduledWhatIsCachedIsStillServed() {
        // Rejects the next task given to it: the recheck, which a lookup starts before anything else.
        java.util.concurrent.atomic.AtomicInteger toReject = new java.util.concurrent.atomic.AtomicInteger();
        LedgerService busy = LedgerService.create(ledger, Fixtures.DEFAULTS, task -> {
            if (toReject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new java.util.concurrent.RejectedExecutionException("executor saturated");
            }
            executor.execute(task);
        }, ticker);
        assertEquals("500.00", busy.factsForAccount("B1", AS_OF).join().orElseThrow().balance().toString());
        nanos.addAndGet(Fixtures.DEFAULTS.cache().recheckImports().toNanos() + 1);
        toReject.set(1);
        assertEquals("500.00", busy.factsForAccount("B1", AS_OF).join().orElseThrow().balance().toString());
        assertEquals(0, toReject.get(), "the recheck was asked for, and rejected");
    }

    private static List<String> names(PhoneFacts found) {
        return found.accounts().stream().map(f -> f.account().id()).toList();
    }
}
