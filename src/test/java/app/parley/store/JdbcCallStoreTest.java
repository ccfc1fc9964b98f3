package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcCallStoreTest {
    @TempDir
    Path data;

    private static Utterance said(Speaker speaker, double start, String... words) {
        List<Word> list = new java.util.ArrayList<>();
        double at = start;
        for (String word : words) {
            list.add(new Word(word, at, at + 0.3, 0.9));
            at += 0.4;
        }
        return new Utterance(speaker, start, at - 0.1, String.join(" ", words), list);
    }

    @Test
    void partialIsReplacedByFinalAndRecordReadsInTimeOrder() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("c1", Instant.parse("2026-11-23T10:00:00Z"), "5550100101", "agent-1", null));
            store.joinParty("c1", "s-agent", Speaker.AGENT, 0);
            store.joinParty("c1", "s-caller", Speaker.CALLER, 0.2);
            store.saveUtterance("c1", "s-agent", 0, said(Speaker.AGENT, 0.5, "good", "morn"), false);
            store.saveUtterance("c1", "s-agent", 0, said(Speaker.AGENT, 0.5, "good", "morning"), true);
            store.saveUtterance("c1", "s-caller", 0, said(Speaker.CALLER, 2.0, "hello"), true);
            store.saveUtterance("c1", "s-agent", 1, said(Speaker.AGENT, 3.0, "bye"), true);
            store.updateDuration("c1", 4.2, Instant.parse("2026-11-23T10:00:04Z"));
            CallRecord record = store.find("c1").orElseThrow();
            assertEquals(List.of("good morning", "hello", "bye"), record.utterances().stream().map(Utterance::text).toList());
            assertEquals(List.of(Speaker.AGENT, Speaker.CALLER, Speaker.AGENT),
                    record.utterances().stream().map(Utterance::speaker).toList());
            assertEquals(4.2, record.call().durationS());
            assertEquals("5550100101", record.call().callerNumber());
        }
    }

    @Test
    void recordJsonHasTheContractKeys() throws Exception {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("c1", Instant.parse("2026-11-23T10:00:00Z"), null, null, null));
            store.saveUtterance("c1", "s", 0, said(Speaker.CALLER, 1, "hi"), true);
            JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(store.find("c1").orElseThrow()));
            assertEquals(List.of("call", "utterances", "prompts", "facts", "gaps", "prompt_feedback"), fieldNames(json));
            assertEquals(List.of("id", "started_at", "caller_number", "agent", "duration_s"), fieldNames(json.get("call")));
            assertEquals("2026-11-23T10:00:00Z", json.get("call").get("started_at").asText());
            assertEquals(List.of("speaker", "start", "end", "text", "words"), fieldNames(json.get("utterances").get(0)));
            assertEquals(List.of("word", "start", "end", "conf"),
                    fieldNames(json.get("utterances").get(0).get("words").get(0)));
            assertEquals("caller", json.get("utterances").get(0).get("speaker").asText());
            assertTrue(json.get("prompts").isArray());
            assertTrue(json.get("facts").isNull());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void whatWasWrittenSurvivesAnUncleanStop() {
        CallStore first = CallStore.openEmbedded(data);
        first.startCall(new CallInfo("c2", Instant.now(), "5550100202", "agent-2", null));
        first.saveUtterance("c2", "s", 0, said(Speaker.CALLER, 0.4, "i", "already", "paid"), false);
        first.updateDuration("c2", 1.6, null);
        // No end of call, no final: as after a crash mid-call. Reopen the same folder.
        first.close();
        try (CallStore second = CallStore.openEmbedded(data)) {
            CallRecord record = second.find("c2").orElseThrow();
            assertEquals("i already paid", record.utterances().get(0).text());
            assertEquals(1.6, record.call().durationS());
        }
    }

    /** Regression: wasNull() was read after the agent column, so a call with no agent lost its duration. */
    @Test
    void durationIsReadBackWhenCallerAndAgentAreUnknown() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("anon", Instant.now(), null, null, null));
            store.updateDuration("anon", 12.5, Instant.now());
            assertEquals(12.5, store.find("anon").orElseThrow().call().durationS());
            assertEquals(12.5, store.recent(1, 0).get(0).durationS());
        }
    }

    @Test
    void aPartyWhoseTapCameBackHasTheTimeBetweenAsAGap() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("g", Instant.now(), null, null, null));
            store.joinParty("g", "caller-1", Speaker.CALLER, 0.1);
            store.joinParty("g", "agent-1", Speaker.AGENT, 0.1);
            store.leaveParty("g", "caller-1", 12.0, "connection closed");
            store.joinParty("g", "caller-2", Speaker.CALLER, 14.5);
            store.leaveParty("g", "caller-2", 30.0, "hangup");
            store.leaveParty("g", "agent-1", 30.0, "hangup");
            assertEquals(List.of(new app.parley.call.Gap(Speaker.CALLER, 12.0, 14.5)), store.find("g").orElseThrow().gaps());
        }
    }

    @Test
    void aRecordThatFailsHalfWayLeavesNothingBehind() throws Exception {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("kept", Instant.now(), "1", "a", 3.0));
            // Make the database refuse the second utterance, after the call and the first were written.
            try (var statement = ((JdbcCallStore) store).connection().createStatement()) {
                statement.execute("ALTER TABLE utterances ADD CONSTRAINT refuse_boom CHECK (text <> 'boom')");
            }
            Utterance good = said(Speaker.CALLER, 0, "fine");
            Utterance bad = said(Speaker.AGENT, 1, "boom");
            CallRecord record = new CallRecord(new CallInfo("analysed", Instant.now(), null, null, 2.0),
                    List.of(good, bad), List.of(), null);
            org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> store.saveRecord(record));
            assertTrue(store.find("analysed").isEmpty(), "nothing of the failed record is stored");
            assertEquals(List.of("kept"), store.recent(10, 0).stream().map(CallInfo::id).toList());
            store.saveRecord(new CallRecord(new CallInfo("analysed", Instant.now(), null, null, 2.0),
                    List.of(good), List.of(), null));
            assertEquals("fine", store.find("analysed").orElseThrow().utterances().get(0).text());
        }
    }

    @Test
    void factsPromptsAndFeedbackAreKeptWithTheCall() throws Exception {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("p", Instant.now(), "5550100101", "agent-1", null));
            store.saveFacts("p", Json.MAPPER.readTree("{\"balance\": \"420.00\"}"));
            app.parley.call.Prompt prompt = new app.parley.call.Prompt("urgency", "client-defers", 12.5,
                    "Set a deadline", "call you back next month", Speaker.CALLER, app.parley.call.Prompt.Severity.WARN);
            store.savePrompt("p", 0, prompt);
            app.parley.call.PromptFeedback helpful = new app.parley.call.PromptFeedback(0, "helpful", "agent-1",
                    Instant.parse("2026-11-23T10:00:00Z"));
            assertTrue(store.savePromptFeedback("p", helpful));
            assertTrue(store.savePromptFeedback("p", helpful), "saying it again is harmless");
            assertTrue(!store.savePromptFeedback("p", new app.parley.call.PromptFeedback(7, "dismissed", "agent-1",
                    Instant.now())), "no prompt 7");
            CallRecord record = store.find("p").orElseThrow();
            assertEquals("420.00", record.facts().get("balance").asText());
            assertEquals(List.of(prompt), record.prompts());
            assertEquals(List.of(helpful), record.promptFeedback());
        }
    }

    @Test
    void droppedPartialIsDeleted() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("c3", Instant.now(), null, null, null));
            store.saveUtterance("c3", "s", 0, said(Speaker.CALLER, 0, "uh"), false);
            store.deleteUtterance("c3", "s", 0);
            assertTrue(store.find("c3").orElseThrow().utterances().isEmpty());
        }
    }

    @Test
    void recentIsNewestFirstAndPaged() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            for (int i = 0; i < 5; i++) {
                store.startCall(new CallInfo("call-" + i, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i * 60L),
                        null, null, null));
            }
            assertEquals(List.of("call-4", "call-3"), store.recent(2, 0).stream().map(CallInfo::id).toList());
            assertEquals(List.of("call-2", "call-1"), store.recent(2, 2).stream().map(CallInfo::id).toList());
            assertTrue(store.find("nope").isEmpty());
            assertNull(store.recent(1, 0).get(0).durationS());
        }
    }

    @Test
    void startingAKnownCallAgainKeepsWhatWasStored() {
        try (CallStore store = CallStore.openEmbedded(data)) {
            store.startCall(new CallInfo("c4", Instant.parse("2026-11-23T10:00:00Z"), "111", "a", null));
            store.startCall(new CallInfo("c4", Instant.parse("2026-11-23T11:00:00Z"), "222", "b", null));
            assertEquals("111", store.find("c4").orElseThrow().call().callerNumber());
        }
    }

    @Test
    void migrationsRunOnceAcrossReopens() throws Exception {
        CallStore.openEmbedded(data).close();
        try (CallStore store = CallStore.openEmbedded(data)) {
            assertEquals(Migrations.SCRIPTS.size(), Migrations.currentVersion(((JdbcCallStore) store).connection()));
        }
    }
}
