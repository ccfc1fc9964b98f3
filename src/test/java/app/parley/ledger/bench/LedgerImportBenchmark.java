package app.parley.ledger.bench;

import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.ledger.ImportSummary;
import app.parley.ledger.Ledger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How long a large ledger import takes: generates ROWS rows of CSV (a tenth accounts, the rest
 * invoices, payments, credits, promises and disputes in realistic proportions), imports them
 * into a fresh embedded store, then imports the same folder again (every row an update). Prints
 * wall time, the process's CPU time (other work on a shared machine inflates the wall time, not
 * the CPU time) and the load average; never fails on a timing.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     app.parley.ledger.bench.LedgerImportBenchmark [ROWS (default 1000000)] [WORK_DIR]
 * </pre>
 */
public final class LedgerImportBenchmark {
    private LedgerImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean temporary = args.length < 2;
        Path work = temporary ? Files.createTempDirectory("parley-ledger-bench") : Path.of(args[1]);
        ParleyConfig.Ledger config = new ConfigLoader().load(null, Map.of()).ledger();
        Path csv = work.resolve("csv");
        long started = System.nanoTime();
        Map<String, Integer> written = generate(csv, rows, new Random(42));
        System.out.printf(Locale.ROOT, "generated %,d rows %s in %.1f s (%s)%n", rows, written,
                seconds(started), csv);
        Path data = work.resolve("data");
        try (Ledger ledger = Ledger.openEmbedded(data, config.phone())) {
            for (String pass : new String[] {"first import (inserts)", "second import (updates)"}) {
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                ImportSummary summary = ledger.importCsv(csv, (file, count, done) -> {
                    if (done) {
                        System.out.printf(Locale.ROOT, "  %-13s %,10d rows at %5.1f s%n", file, count, seconds(start));
                    }
                }, false);
                double took = seconds(start);
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                System.out.printf(Locale.ROOT, "%s: %,d rows, %,d accounts in %.1f s = %,.0f rows/s; "
                                + "CPU %.1f s (%,.0f rows per CPU second); load average %.1f%n", pass,
                        summary.totalRows(), summary.touchedAccounts().size(), took, summary.totalRows() / took, cpu,
                        summary.totalRows() / cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        System.out.printf(Locale.ROOT, "store size %,d MB; java %s, %d cores, max heap %,d MB%n",
                Files.size(data.resolve("parley.mv.db")) >> 20, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (temporary) {
            deleteRecursively(work);
        }
    }

    /** CPU time of the whole process (all threads, H2's background writer included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes the six files; returns the rows per file. */
    static Map<String, Integer> generate(Path dir, int rows, Random random) throws IOException {
        Files.createDirectories(dir);
        int accounts = Math.max(1, rows / 10);
        int invoices = rows * 4 / 10;
        int payments = rows * 35 / 100;
        int credits = rows / 20;
        int promises = rows / 40;
        int disputes = Math.max(0, rows - accounts - invoices - payments - credits - promises);
        LocalDate start = LocalDate.of(2025, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("accounts.csv"))) {
            out.write("account_id,name,phones,currency\n");
            for (int a = 0; a < accounts; a++) {
                out.write(String.format(Locale.ROOT, "A%07d,\"Customer %d, Inc.\",+1 (555) %03d-%04d,USD%n", a, a,
                        a / 10_000, a % 10_000));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("invoices.csv"))) {
            out.write("account_id,invoice_id,issued_on,due_on,amount\n");
            for (int i = 0; i < invoices; i++) {
                LocalDate issued = start.plusDays(random.nextInt(400));
                out.write("A" + pad(i % accounts) + ",INV" + pad(i) + "," + issued + "," + issued.plusDays(30) + ","
                        + cents(random) + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("payments.csv"))) {
            out.write("account_id,payment_id,received_on,amount,invoice_ref\n");
            for (int i = 0; i < payments; i++) {
                int invoice = random.nextInt(invoices);
                String ref = random.nextBoolean() ? "INV" + pad(invoice) : "";
                out.write("A" + pad(invoice % accounts) + ",PAY" + pad(i) + "," + start.plusDays(random.nextInt(450))
                        + "," + cents(random) + "," + ref + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("credits.csv"))) {
            out.write("account_id,credit_id,issued_on,amount,invoice_ref\n");
            for (int i = 0; i < credits; i++) {
                int invoice = random.nextInt(invoices);
                out.write("A" + pad(invoice % accounts) + ",CRN" + pad(i) + "," + start.plusDays(random.nextInt(450))
                        + "," + cents(random) + ",INV" + pad(invoice) + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("promises.csv"))) {
            out.write("account_id,promise_id,made_on,due_on,amount\n");
            for (int i = 0; i < promises; i++) {
                LocalDate made = start.plusDays(random.nextInt(450));
                out.write("A" + pad(random.nextInt(accounts)) + ",PRM" + pad(i) + "," + made + "," + made.plusDays(14)
                        + "," + cents(random) + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("disputes.csv"))) {
            out.write("account_id,invoice_id,opened_on,reason,status\n");
            for (int i = 0; i < disputes; i++) {
                int invoice = (int) ((long) i * invoices / Math.max(1, disputes));
                out.write("A" + pad(invoice % accounts) + ",INV" + pad(invoice) + ","
                        + start.plusDays(random.nextInt(450)) + ",\"Disputed, see ticket " + i + "\"," + (random.nextBoolean() ? "open" : "resolved") + "\n");
            }
        }
        return Map.of("accounts", accounts, "invoices", invoices, "payments", payments, "credits", credits,
                "promises", promises, "disputes", disputes);
    }

    private static String pad(int n) {
        return String.format(Locale.ROOT, "%07d", n);
    }

    private static String cents(Random random) {
        int cents = 100 + random.nextInt(500_000);
        return cents / 100 + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
