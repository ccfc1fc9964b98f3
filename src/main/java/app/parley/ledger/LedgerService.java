package app.parley.ledger;

import app.parley.config.ParleyConfig;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciled facts by account or by the caller's number, fast enough to be on the agent's
 * screen before hello. Accounts' entries and the phone index are cached (bounded, expiring);
 * an import through this service drops the accounts it touched at once, and imports made by
 * another process (the {@code ledger import} command while {@code serve} runs) are noticed by
 * the first lookup after each {@code ledger.cache.recheck_imports}.
 *
 * <p>Nothing here blocks the calling thread: store reads, and the reconciliation, run on the
 * executor given, and results come back as futures; from Vert.x, give it an executor that runs
 * tasks on workers and turn the futures into Vert.x futures on the caller's context. The
 * caller passes the as-of date: this class never reads the clock, and the ticker that drives
 * expiry is given too.
 */
public final class LedgerService {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);

    private final Ledger ledger;
    private final Reconciler reconciler;
    private final PhoneNumbers phoneNumbers;
    private final Executor executor;
    private final Ticker ticker;
    private final long recheckNanos;
    private final int maxAccounts;
    private final AsyncLoadingCache<String, Optional<AccountLedger>> accounts;
    private final AsyncLoadingCache<String, List<String>> phones;
    private final AtomicReference<CompletableFuture<Void>> recheck =
            new AtomicReference<>(CompletableFuture.completedFuture(null));
    private volatile long lastImportSeen = -1;
    /** Told of the accounts each import through this service touched (other nodes drop them at once). */
    private volatile java.util.function.Consumer<java.util.Set<String>> imported = touched -> { };
    private volatile long lastRecheckAt;

    private LedgerService(Ledger ledger, ParleyConfig.Ledger config, Executor executor, Ticker ticker) {
        this.ledger = ledger;
        this.reconciler = new Reconciler(config.offers());
        this.phoneNumbers = new PhoneNumbers(config.phone());
        this.executor = executor;
        this.ticker = ticker;
        this.recheckNanos = config.cache().recheckImports().toNanos();
        this.maxAccounts = config.cache().maxAccounts();
        this.accounts = Caffeine.newBuilder()
                .maximumSize(maxAccounts)
                .expireAfterWrite(config.cache().expireAfter())
                .executor(executor)
                .ticker(ticker)
                .buildAsync(ledger::account);
        this.phones = Caffeine.newBuilder()
                .maximumSize(maxAccounts)
                .expireAfterWrite(config.cache().expireAfter())
                .executor(executor)
                .ticker(ticker)
                .buildAsync(ledger::accountsWithPhone);
    }

    /**
     * @param executor runs store reads and reconciliations (blocking work: not an event loop)
     * @param ticker   the time source of expiry and of the import recheck ({@code Ticker.systemTicker()})
     */
    public static LedgerService create(Ledger ledger, ParleyConfig.Ledger config, Executor executor, Ticker ticker) {
        return new LedgerService(ledger, config, executor, ticker);
    }

    /** The reconciled facts of the account as of {@code asOf}; empty when there is no such account. */
    public CompletableFuture<Optional<Facts>> factsForAccount(String accountId, LocalDate asOf) {
        return fresh().thenCompose(v -> accounts.get(accountId))
                .thenApplyAsync(entries -> entries.map(ledger -> reconciler.reconcile(ledger, asOf)), executor);
    }

    /**
     * The facts of every account having the caller's number, written any common way.
     *
     * @throws PhoneNumbers.InvalidPhoneException at once, when {@code phone} is not a phone number
     */
    public CompletableFuture<PhoneFacts> factsForPhone(String phone, LocalDate asOf) {
        String e164 = phoneNumbers.normalize(phone);
        return fresh().thenCompose(v -> phones.get(e164)).thenCompose(ids -> {
            List<CompletableFuture<Optional<AccountLedger>>> loads = new ArrayList<>();
            for (String id : ids) {
                loads.add(accounts.get(id));
            }
            return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).thenApplyAsync(v -> {
                List<Facts> facts = new ArrayList<>();
                for (CompletableFuture<Optional<AccountLedger>> load : loads) {
                    load.join().ifPresent(entries -> facts.add(reconciler.reconcile(entries, asOf)));
                }
                return new PhoneFacts(e164, facts);
            }, executor);
        });
    }

    /** The number in the E.164 form lookups use. */
    public String normalizePhone(String phone) {
        return phoneNumbers.normalize(phone);
    }

    /** Imports a folder (blocks: call it from a worker) and drops what it touched from the cache. */
    public ImportSummary importCsv(Path dir, ImportProgress progress) {
        ImportSummary summary = ledger.importCsv(dir, progress, false);
        drop(summary.touchedAccounts().size(), summary.touchedAccounts());
        imported.accept(java.util.Set.copyOf(summary.touchedAccounts()));
        return summary;
    }

    /**
     * {@code listener} is given the accounts each import through this service touched, on the
     * importing thread, once they are dropped here: it must not block.
     */
    public void whenImported(java.util.function.Consumer<java.util.Set<String>> listener) {
        imported = listener;
    }

    /** Drops {@code touched} accounts, and every number, from the cache: another node imported them. */
    public void forget(java.util.Collection<String> touched) {
        drop(touched.size(), touched);
    }

    /** Forgets every cached account and number. */
    public void invalidateAll() {
        accounts.synchronous().invalidateAll();
        phones.synchronous().invalidateAll();
    }

    private void drop(int count, Iterable<String> touched) {
        if (count > maxAccounts) {
            accounts.synchronous().invalidateAll();
        } else {
            accounts.synchronous().invalidateAll(touched);
        }
        // A number may have moved to, or been added to, any account: the index is cheap to reload.
        phones.synchronous().invalidateAll();
    }

    /**
     * Completes once the cache holds nothing older than the latest import seen by a check at most
     * {@code recheck_imports} ago. Almost always already complete; at most one check runs at a time.
     */
    private CompletableFuture<Void> fresh() {
        CompletableFuture<Void> current = recheck.get();
        if (!current.isDone() || (lastImportSeen >= 0 && ticker.read() - lastRecheckAt < recheckNanos)) {
            return current;
        }
        CompletableFuture<Void> next = new CompletableFuture<>();
        if (!recheck.compareAndSet(current, next)) {
            return recheck.get();
        }
        lastRecheckAt = ticker.read();
        try {
            executor.execute(() -> {
                try {
                    long seen = lastImportSeen;
                    if (seen < 0) {
                        // The first lookup: the cache is empty, only where imports stand matters.
                        lastImportSeen = ledger.latestImportId();
                    } else {
                        Ledger.ImportsSince since = ledger.importsSince(seen);
                        if (since.latestImportId() > seen) {
                            LOG.info("ledger imports {} to {} touched {} accounts: dropped from the cache", seen + 1,
                                    since.latestImportId(), since.touchedAccounts().size());
                            drop(since.touchedAccounts().size(), since.touchedAccounts());
                        }
                        lastImportSeen = since.latestImportId();
                    }
                } catch (RuntimeException e) {
                    // Serve what is cached; the next lookup checks again.
                    LOG.warn("cannot check the ledger for new imports: {}", e.getMessage());
                    lastRecheckAt = ticker.read() - recheckNanos;
                }
                next.complete(null);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // As when the check itself fails: serve what is cached, and check again on the next lookup.
            LOG.warn("cannot check the ledger for new imports: {}", e.getMessage());
            lastRecheckAt = ticker.read() - recheckNanos;
            next.complete(null);
        }
        return next;
    }
}
