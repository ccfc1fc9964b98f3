package app.parley.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.FactsView;
import app.parley.live.FactsLookup;
import app.parley.store.CallStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contact facts for a call: from the clock, the caller's number and the store's earlier calls about the account. */
class ContactFactsLookupTest {
    private static final Instant NOW = Instant.parse("2026-11-09T15:00:00Z");

    @TempDir
    Path dir;

    private static JsonNode account(String id) {
        return Json.MAPPER.createObjectNode().set("account", Json.MAPPER.createObjectNode().put("id", id));
    }

    private static void storeCall(CallStore store, String id, Instant started, String account, boolean clientSpoke) {
        List<Utterance> said = clientSpoke
                ? List.of(new Utterance(Speaker.CALLER, 1, 2, "hello", List.of(new Word("hello", 1, 2, 1))))
                : List.of(new Utterance(Speaker.AGENT, 1, 2, "hello", List.of(new Word("hello", 1, 2, 1))));
        store.saveRecord(new CallRecord(new CallInfo(id, started, "+1 212 555 0100", "agent-1", 30.0), said,
                List.of(), account(account)));
    }

    @Test
    void earlierCallsAboutTheAccountAndTheZonesOfTheNumber() throws Exception {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            storeCall(store, "a", NOW.minus(Duration.ofDays(1)), "ACC-1", true);
            storeCall(store, "b", NOW.minus(Duration.ofDays(3)), "ACC-1", false);
            storeCall(store, "c", NOW.minus(Duration.ofDays(2)), "ACC-2", true);
            storeCall(store, "old", NOW.minus(Duration.ofDays(120)), "ACC-1", true);
            storeCall(store, "this-call", NOW, "ACC-1", true);
            FactsLookup ledger = phone -> CompletableFuture.completedFuture(
                    new FactsLookup.CallFacts(account("ACC-1"), FactsView.NONE));
            ContactFactsLookup lookup = new ContactFactsLookup(ledger, store, new CallerZones("US"),
                    Clock.fixed(NOW, ZoneOffset.UTC), Runnable::run);

            FactsView.Contact contact = lookup.lookup("+1 212 555 0100", "this-call").toCompletableFuture().get()
                    .coaching().contact();
            assertEquals(NOW, contact.connected());
            assertEquals(List.of(ZoneId.of("America/New_York")), contact.zones());
            assertEquals(List.of(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1))), contact.calls(),
                    "this account's calls of the last 90 days, not this one");
            assertEquals(List.of(NOW.minus(Duration.ofDays(1))), contact.conversations(), "the client spoke in one");
        }
    }

    @Test
    void theAccountsTimeZoneWinsOverTheNumbers() throws Exception {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            JsonNode facts = account("ACC-9");
            ((com.fasterxml.jackson.databind.node.ObjectNode) facts.get("account")).put("time_zone", "America/Denver");
            FactsLookup ledger = phone -> CompletableFuture.completedFuture(new FactsLookup.CallFacts(facts,
                    FactsView.NONE));
            ContactFactsLookup lookup = new ContactFactsLookup(ledger, store, new CallerZones("US"),
                    Clock.fixed(NOW, ZoneOffset.UTC), Runnable::run);
            assertEquals(List.of(ZoneId.of("America/Denver")), lookup.lookup("+1 212 555 0100", "x")
                    .toCompletableFuture().get().coaching().contact().zones(), "moved from New York to Denver");
        }
    }

    @Test
    void anUnknownCallerStillHasWhenAndWhereButNoHistory() throws Exception {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            ContactFactsLookup lookup = new ContactFactsLookup(phone -> CompletableFuture.completedFuture(null), store,
                    new CallerZones("US"), Clock.fixed(NOW, ZoneOffset.UTC), Runnable::run);
            FactsLookup.CallFacts facts = lookup.lookup("(310) 555-0100", "x").toCompletableFuture().get();
            assertTrue(facts.json().isNull(), "shown as an unknown caller");
            assertEquals(List.of(ZoneId.of("America/Los_Angeles")), facts.coaching().contact().zones());
            assertEquals(List.of(), facts.coaching().contact().calls());
        }
    }
}
