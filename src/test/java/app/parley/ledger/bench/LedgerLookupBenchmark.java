package app.parley.ledger.bench;

import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.ledger.ImportProgress;
import app.parley.ledger.Ledger;
import app.parley.ledger.LedgerService;
import app.parley.ledger.PhoneFacts;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How long the agent waits for a caller's facts: lookups by phone (and by account) through
 * LedgerService, from the caller's number to reconciled facts with offers, uncached (the cache
 * emptied before each) and cached. The store holds ROWS rows of generated ledger (a tenth of
 * them accounts, so about 9 entries per account). Prints latency percentiles; never fails on a
 * timing.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     app.parley.ledger.bench.LedgerLookupBenchmark [ROWS (default 200000)] [LOOKUPS (default 5000)]
 * </pre>
 */
public final class LedgerLookupBenchmark {
    private LedgerLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path work = Files.createTempDirectory("parley-lookup-bench");
        ParleyConfig.Ledger config = new ConfigLoader().load(null, Map.of()).ledger();
        int accounts = LedgerImportBenchmark.generate(work.resolve("csv"), rows, new Random(42)).get("accounts");
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (Ledger ledger = Ledger.openEmbedded(work.resolve("data"), config.phone())) {
            ledger.importCsv(work.resolve("csv"), ImportProgress.NONE, false);
            LedgerService service = LedgerService.create(ledger, config, workers, Ticker.systemTicker());
            LocalDate asOf = LocalDate.of(2026, 3, 15);
            Random random = new Random(7);
            System.out.printf(Locale.ROOT, "store: %,d rows, %,d accounts; %,d lookups each, random accounts%n", rows,
                    accounts, lookups);
            // Warm up the JIT and H2's page cache on every path.
            for (int i = 0; i < 2_000; i++) {
                service.invalidateAll();
                byPhone(service, random.nextInt(accounts), asOf);
                byPhone(service, random.nextInt(accounts), asOf);
            }
            long[] uncachedPhone = new long[lookups];
            long[] cachedPhone = new long[lookups];
            long[] uncachedAccount = new long[lookups];
            long[] cachedAccount = new long[lookups];
            for (int i = 0; i < lookups; i++) {
                int account = random.nextInt(accounts);
                service.invalidateAll();
                uncachedPhone[i] = byPhone(service, account, asOf);
                cachedPhone[i] = byPhone(service, account, asOf);
                service.invalidateAll();
                uncachedAccount[i] = byAccount(service, account, asOf);
                cachedAccount[i] = byAccount(service, account, asOf);
            }
            System.out.println("| lookup | p50 | p90 | p99 | max |");
            System.out.println("|---|---|---|---|---|");
            print("by phone, uncached", uncachedPhone);
            print("by phone, cached", cachedPhone);
            print("by account, uncached", uncachedAccount);
            print("by account, cached", cachedAccount);
        } finally {
            workers.shutdown();
        }
        LedgerImportBenchmark.deleteRecursively(work);
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    /** Nanoseconds from the number as the PBX gives it to the facts in hand. */
    private static long byPhone(LedgerService service, int account, LocalDate asOf) {
        String phone = String.format(Locale.ROOT, "555-%03d-%04d", account / 10_000, account % 10_000);
        long start = System.nanoTime();
        PhoneFacts found = service.factsForPhone(phone, asOf).join();
        long took = System.nanoTime() - start;
        if (found.isUnknownCaller()) {
            throw new IllegalStateException("no account for " + phone);
        }
        return took;
    }

    private static long byAccount(LedgerService service, int account, LocalDate asOf) {
        String id = String.format(Locale.ROOT, "A%07d", account);
        long start = System.nanoTime();
        service.factsForAccount(id, asOf).join().orElseThrow();
        return System.nanoTime() - start;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", what, ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), String.format(Locale.ROOT, "%.2f ms", sorted[sorted.length - 1] / 1e6));
    }

    private static String ms(long[] sorted, double quantile) {
        return String.format(Locale.ROOT, "%.2f ms", sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e6);
    }
}
