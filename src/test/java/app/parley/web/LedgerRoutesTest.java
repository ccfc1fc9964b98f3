package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.ledger.AccountLedger;
import app.parley.ledger.ImportProgress;
import app.parley.ledger.ImportSummary;
import app.parley.ledger.Ledger;
import app.parley.ledger.LedgerService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The ledger API over real HTTP, on a Vert.x router as WebServer mounts it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private Vertx vertx;
    private Ledger ledger;
    private final Set<String> readThreads = ConcurrentHashMap.newKeySet();
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        ParleyConfig.Ledger config = new ConfigLoader().load(null, Map.of()).ledger();
        ledger = Ledger.openEmbedded(dir.resolve("data"), config.phone());
        ledger.importCsv(Path.of(LedgerRoutesTest.class.getResource("/ledger/import/base").toURI()),
                ImportProgress.NONE, false);
        vertx = Vertx.vertx();
        LedgerService service = LedgerService.create(new ThreadNoting(ledger), config,
                task -> vertx.executeBlocking(() -> {
                    task.run();
                    return null;
                }, false), Ticker.systemTicker());
        // "Today" is 2026-03-15 for the default as_of.
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
        Router router = Router.router(vertx);
        new LedgerRoutes(service, clock).mount(app.parley.testing.TestAccess.mount(vertx, router));
        port = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    @AfterAll
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        ledger.close();
    }

    /** Notes the threads store reads run on. */
    private final class ThreadNoting implements Ledger {
        private final Ledger delegate;

        ThreadNoting(Ledger delegate) {
            this.delegate = delegate;
        }

        @Override
        public ImportSummary importCsv(Path source, ImportProgress progress, boolean dryRun) {
            return delegate.importCsv(source, progress, dryRun);
        }

        @Override
        public Optional<AccountLedger> account(String accountId) {
            readThreads.add(Thread.currentThread().getName());
            return delegate.account(accountId);
        }

        @Override
        public List<String> accountsWithPhone(String e164) {
            readThreads.add(Thread.currentThread().getName());
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

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", app.parley.testing.TestAccess.bearer(app.parley.access.Role.ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void accountFactsHaveTheContractFieldNames() throws Exception {
        HttpResponse<String> response = get("/api/accounts/B1/facts?as_of=2026-03-15");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode facts = JSON.readTree(response.body());
        assertEquals(List.of("as_of", "account", "balance", "past_due", "disputed", "unapplied", "aging",
                "last_payment", "on_time_ratio", "avg_days_late", "promises", "invoices", "unapplied_entries",
                "oldest_days_past_due", "offers"), fields(facts));
        assertEquals(List.of("id", "name", "phones", "currency", "time_zone"), fields(facts.get("account")));
        assertEquals(List.of("current", "d1_30", "d31_60", "d61_90", "d91_plus"), fields(facts.get("aging")));
        assertEquals(List.of("date", "amount"), fields(facts.get("last_payment")));
        assertEquals(List.of("kept", "broken", "open", "items"), fields(facts.get("promises")));
        JsonNode invoice = facts.get("invoices").get(0);
        assertEquals(List.of("id", "issued_on", "due_on", "amount", "paid", "credited", "open", "days_past_due",
                "status", "paid_off_on", "dispute", "evidence"), fields(invoice));
        assertEquals(List.of("kind", "id", "date", "amount", "entry_amount", "invoice_ref"),
                fields(invoice.get("evidence").get(0)));
        assertEquals(List.of("opened_on", "reason", "status"), fields(facts.get("invoices").get(1).get("dispute")));
        assertEquals(List.of("kind", "base", "discount_pct", "discount", "authority_pct", "authority_total", "rate_pct",
                "interest", "total", "instalments"), fields(facts.get("offers").get(0)));
        assertEquals(List.of("due_on", "amount"), fields(facts.get("offers").get(0).get("instalments").get(0)));
        // Amounts are 2-decimal strings; dates ISO; ratios numbers or null.
        assertTrue(facts.get("balance").isTextual());
        assertEquals("500.00", facts.get("balance").asText());
        assertEquals("2026-03-15", facts.get("as_of").asText());
        assertEquals("2026-02-10", invoice.get("evidence").get(0).get("date").asText());
        assertTrue(facts.get("on_time_ratio").isNull());
        assertEquals(43, invoice.get("days_past_due").asInt());
        assertTrue(!readThreads.isEmpty(), "the routes read the ledger");
        assertTrue(readThreads.stream().allMatch(name -> name.startsWith("vert.x-worker-thread")), readThreads.toString());
    }

    @Test
    void asOfDefaultsToToday() throws Exception {
        JsonNode facts = JSON.readTree(get("/api/accounts/B2/facts").body());
        assertEquals("2026-03-15", facts.get("as_of").asText());
        assertEquals("900.00", facts.get("balance").asText());
    }

    @Test
    void lookupByPhoneInAnyFormat() throws Exception {
        for (String phone : List.of("%2B1%20(555)%20010-0101", "%2B15550100101", "555-010-0101")) {
            HttpResponse<String> response = get("/api/lookup?phone=" + phone + "&as_of=2026-03-15");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode found = JSON.readTree(response.body());
            assertEquals(List.of("phone", "accounts"), fields(found));
            assertEquals("+15550100101", found.get("phone").asText());
            assertEquals("B1", found.get("accounts").get(0).get("account").get("id").asText());
        }
    }

    @Test
    void errorsAreJsonNamingTheField() throws Exception {
        assertError(get("/api/accounts/B9/facts"), 404, "id", "no account with id B9");
        assertError(get("/api/accounts/B1/facts?as_of=2026-02-30"), 400, "as_of",
                "query parameter as_of must be a date YYYY-MM-DD, got '2026-02-30'");
        assertError(get("/api/lookup"), 400, "phone", "query parameter phone is required, such as ?phone=%2B15550100101");
        assertError(get("/api/lookup?phone=abc"), 400, "phone",
                "query parameter phone: 'abc' is not a phone number (unexpected 'a')");
        HttpResponse<String> unknown = get("/api/lookup?phone=555-010-9999");
        assertError(unknown, 404, "phone", "no account has the phone +15550109999");
        assertEquals("+15550109999", JSON.readTree(unknown.body()).get("phone").asText());
        assertError(get("/api/lookup?phone=555-010-0101&as_of=yesterday"), 400, "as_of",
                "query parameter as_of must be a date YYYY-MM-DD, got 'yesterday'");
    }

    private static void assertError(HttpResponse<String> response, int status, String field, String message)
            throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(message, error.get("error").asText());
        assertEquals(field, error.get("field").asText());
    }
}
