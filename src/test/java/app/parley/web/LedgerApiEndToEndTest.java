package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.cli.Main;
import app.parley.ledger.PhoneFacts;
import app.parley.testing.RunningParley;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as serve runs it: the ledger imported by the CLI is looked up over HTTP and through its API. */
class LedgerApiEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theRunningServiceAnswersLookupsFromWhatTheCommandImported() throws Exception {
        Path data = dir.resolve("data");
        Path base = Path.of(LedgerApiEndToEndTest.class.getResource("/ledger/import/base").toURI());
        assertEquals(0, Main.run("ledger", "import", base.toString(), "--data", data.toString()));
        try (RunningParley parley = new RunningParley(data)) {
            JsonNode found = parley.getJson("/api/lookup?phone=%2B1%20555%20010%200202&as_of=2026-03-15");
            assertEquals("B2", found.get("accounts").get(0).get("account").get("id").asText());
            assertEquals("900.00", found.get("accounts").get(0).get("balance").asText());
            assertEquals("500.00", parley.getJson("/api/accounts/B1/facts?as_of=2026-03-15").get("balance").asText());
            assertEquals(404, parley.get("/api/lookup?phone=5550109999").statusCode());
            assertEquals(404, parley.get("/api/no-such-thing").statusCode(), "the API's catch-all still answers");
            // What the live call path will use for a connecting caller.
            PhoneFacts facts = parley.service().ledger().factsForPhone("555.010.0101", LocalDate.of(2026, 3, 15)).join();
            assertEquals("B1", facts.accounts().get(0).account().id());
        }
    }
}
