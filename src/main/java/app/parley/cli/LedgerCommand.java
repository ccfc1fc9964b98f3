package app.parley.cli;

import app.parley.call.Json;
import app.parley.access.JdbcAuditTrail;
import app.parley.config.ParleyConfig;
import app.parley.ledger.Facts;
import app.parley.ledger.ImportProgress;
import app.parley.ledger.ImportSummary;
import app.parley.ledger.Ledger;
import app.parley.ledger.LedgerService;
import app.parley.ledger.PhoneFacts;
import app.parley.store.Database;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The debt ledger: import it from CSV files, show an account's reconciled facts and offers.",
        subcommands = {LedgerCommand.Import.class, LedgerCommand.FactsOf.class})
final class LedgerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: import or facts");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import accounts.csv (required), invoices.csv, payments.csv, credits.csv, promises.csv and "
                    + "disputes.csv from DIR into the store, upserting by id. All or nothing: a bad row rejects the "
                    + "whole import, naming the file, line and field, and leaves the store as it was.",
                    "Progress goes to standard error; the summary to standard output."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder of the CSV files.")
        Path dir;

        @Option(names = "--dry-run", description = "Read and check everything against the store, then change nothing.")
        boolean dryRun;

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ParleyConfig config = options.load();
            PrintWriter err = spec.commandLine().getErr();
            long started = System.nanoTime();
            // Only large files are worth a progress line; the summary gives every count.
            ImportProgress progress = (file, rows, done) -> {
                if (rows < ImportProgress.EVERY_ROWS) {
                    return;
                }
                err.printf(Locale.ROOT, "  %-13s %,12d rows%s  (%.1f s)%n", file, rows, done ? ", read" : "",
                        (System.nanoTime() - started) / 1e9);
                err.flush();
            };
            ImportSummary summary;
            Database database = Database.open(config.store(), config.data());
            try (Ledger ledger = Ledger.open(database, config.ledger().phone());
                    JdbcAuditTrail audit = new JdbcAuditTrail(database, java.time.Clock.systemUTC())) {
                try {
                    summary = ledger.importCsv(dir, progress, dryRun);
                } catch (RuntimeException e) {
                    audit.record("cli:" + System.getProperty("user.name", "?"), "command line", "ledger-import",
                            dir.toString(), "failed", e.getMessage());
                    throw e;
                }
                if (!dryRun) {
                    audit.record("cli:" + System.getProperty("user.name", "?"), "command line", "ledger-import",
                            dir.toString(), "ok", summary.totalRows() + " rows, import " + summary.importId());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            StringBuilder files = new StringBuilder();
            for (Map.Entry<String, Long> file : new java.util.TreeMap<>(summary.rows()).entrySet()) {
                files.append(files.length() == 0 ? "" : ", ").append(file.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", file.getValue()));
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "%s %,d rows from %s (%s), touching %,d accounts, "
                            + "in %.1f s (%,.0f rows/s)%s%n", dryRun ? "checked" : "imported", summary.totalRows(), dir,
                    files, summary.touchedAccounts().size(), seconds, summary.totalRows() / Math.max(seconds, 1e-9),
                    dryRun ? "; nothing was changed (--dry-run)" : "; import " + summary.importId());
            return 0;
        }
    }

    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "Show an account's facts reconciled as of a date: balance, aging, each invoice and what paid "
                    + "it, promises, and the three offers. Exit code 1 when no account matches.")
    static final class FactsOf implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        static final class Who {
            @Option(names = "--account", paramLabel = "ID", description = "The account's id.")
            String account;

            @Option(names = "--phone", paramLabel = "NUMBER",
                    description = "A phone number, written any common way (+1 (555) 010-0101, 555-010-0101).")
            String phone;
        }

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reconcile as of this date (default: today).")
        String asOf;

        @Option(names = "--json", description = "Write the facts JSON instead of a summary.")
        boolean json;

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            LocalDate date;
            try {
                date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--as-of must be a date YYYY-MM-DD, got '" + asOf + "'");
            }
            ParleyConfig config = options.load();
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = Ledger.open(Database.open(config.store(), config.data()), config.ledger().phone())) {
                // Run on this thread: a command has nothing else to do while it waits.
                LedgerService service = LedgerService.create(ledger, config.ledger(), Runnable::run, Ticker.systemTicker());
                if (who.account != null) {
                    Optional<Facts> facts = service.factsForAccount(who.account, date).join();
                    if (facts.isEmpty()) {
                        throw new NotFound("no account " + who.account);
                    }
                    out.println(json ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(facts.get())
                            : FactsText.render(facts.get()));
                } else {
                    PhoneFacts found;
                    try {
                        found = service.factsForPhone(who.phone, date).join();
                    } catch (IllegalArgumentException e) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "--phone: " + e.getMessage());
                    }
                    if (found.isUnknownCaller()) {
                        throw new NotFound("no account has the phone " + found.phone() + " (unknown caller)");
                    }
                    if (json) {
                        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(found));
                    } else {
                        for (int i = 0; i < found.accounts().size(); i++) {
                            out.println((i == 0 ? "" : "\n") + FactsText.render(found.accounts().get(i)));
                        }
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    /** Nothing matched what was asked for. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
