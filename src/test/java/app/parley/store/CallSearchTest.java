package app.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import app.parley.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search, loudness and deletion, on every backend: {@link EmbeddedCallSearchTest} runs them on
 * H2, {@link PostgresCallSearchTest} on a PostgreSQL server.
 */
abstract class CallSearchTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path data;

    abstract TestDatabase newDatabase();

    private CallStore open() {
        return CallStore.open(newDatabase().database());
    }

    private static Utterance said(Speaker speaker, double start, String text) {
        List<Word> words = new ArrayList<>();
        double at = start;
        for (String word : text.split(" ")) {
            words.add(new Word(word, at, at + 0.3, 0.9));
            at += 0.4;
        }
        return new Utterance(speaker, start, at, text, words);
    }

    /** Call {@code n} starts n hours after T0; agent a{n%2}; each says its own lines. */
    private static void call(CallStore store, String id, int hour, String agent, String phone, double duration,
            String account, List<String> kinds, String... callerLines) {
        store.startCall(new CallInfo(id, T0.plus(Duration.ofHours(hour)), phone, agent, null));
        for (int i = 0; i < callerLines.length; i++) {
            store.saveUtterance(id, "s-caller", i, said(Speaker.CALLER, 2 + i * 5, callerLines[i]), true);
        }
        for (int i = 0; i < kinds.size(); i++) {
            store.savePrompt(id, i, new Prompt(kinds.get(i), "r", 3 + i, "m", "e", Speaker.CALLER, Prompt.Severity.WARN));
        }
        if (account != null) {
            ObjectNode facts = JsonNodeFactory.instance.objectNode();
            facts.putObject("account").put("id", account);
            store.saveFacts(id, facts);
        }
        store.updateDuration(id, duration, null);
    }

    private static List<String> ids(CallSummary.Page page) {
        return page.calls().stream().map(s -> s.call().id()).toList();
    }

    private static CallQuery query(List<String> words, List<String> phrases, String agent, String account,
            String phone, String kind) {
        return new CallQuery(words, phrases, agent, account, phone, kind, null, null, null, null, 20, null);
    }

    private CallStore seeded() {
        CallStore store = open();
        call(store, "c1", 1, "a1", "5550100101", 60, "ACC-1", List.of("urgency"),
                "i will pay next month", "I don't have the money");
        call(store, "c2", 2, "a2", "5550100102", 300, "ACC-2", List.of("options", "options"),
                "next month is better for me", "i can pay");
        call(store, "c3", 3, "a1", "5550100101", 120, null, List.of(),
                "the invoice was paid already", "month after next");
        return store;
    }

    @Test
    void wordsAndPhrasesFindTheCallsTheyWereSaidIn() {
        try (CallStore store = seeded()) {
            assertEquals(List.of("c3", "c2", "c1"), ids(store.search(query(List.of("month"), null, null, null, null, null))));
            assertEquals(List.of("c2", "c1"), ids(store.search(query(List.of("next", "pay"), null, null, null, null, null))));
            // "next month" as a phrase: c3 has both words, but not one after the other.
            assertEquals(List.of("c2", "c1"), ids(store.search(query(null, List.of("Next month"), null, null, null, null))));
            assertEquals(List.of("c1"), ids(store.search(query(null, List.of("pay next month"), null, null, null, null))));
            // Typed with an apostrophe, found as the recogniser wrote it.
            assertEquals(List.of("c1"), ids(store.search(query(List.of("DON'T"), null, null, null, null, null))));
            assertEquals(List.of(), ids(store.search(query(List.of("lawyer"), null, null, null, null, null))));
        }
    }

    @Test
    void aMatchShowsTheFirstLineThatSaidIt() {
        try (CallStore store = seeded()) {
            CallSummary c1 = store.search(query(null, List.of("next month"), null, null, null, null)).calls().get(1);
            assertEquals("c1", c1.call().id());
            assertEquals(new CallSummary.Match("caller", 2.0, "i will pay next month"), c1.match());
            assertNull(store.search(query(null, null, "a1", null, null, null)).calls().get(0).match());
        }
    }

    @Test
    void filtersCombine() {
        try (CallStore store = seeded()) {
            assertEquals(List.of("c3", "c1"), ids(store.search(query(null, null, "a1", null, null, null))));
            assertEquals(List.of("c2"), ids(store.search(query(null, null, null, "ACC-2", null, null))));
            assertEquals(List.of("c3", "c1"), ids(store.search(query(null, null, null, null, "5550100101", null))));
            assertEquals(List.of("c2"), ids(store.search(query(null, null, null, null, null, "options"))));
            assertEquals(List.of("c1"), ids(store.search(query(List.of("month"), null, "a1", null, null, "urgency"))));
            CallQuery window = new CallQuery(null, null, null, null, null, null, T0.plus(Duration.ofHours(2)),
                    T0.plus(Duration.ofHours(3)), null, null, 20, null);
            assertEquals(List.of("c2"), ids(store.search(window)));
            CallQuery longOnes = new CallQuery(null, null, null, null, null, null, null, null, 100.0, 200.0, 20, null);
            assertEquals(List.of("c3"), ids(store.search(longOnes)));
            assertEquals(java.util.Map.of("options", 2), store.search(query(null, null, null, "ACC-2", null, null))
                    .calls().get(0).prompts());
            assertEquals("ACC-2", store.search(query(null, null, null, "ACC-2", null, null)).calls().get(0).account());
        }
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsOrHoles() {
        try (CallStore store = open()) {
            for (int i = 0; i < 7; i++) {
                // Two calls share each start time, so the cursor must order by id too.
                call(store, "p" + i, i / 2, "a", null, 10, null, List.of(), "hello there");
            }
            List<String> seen = new ArrayList<>();
            CallQuery.Cursor after = null;
            int pages = 0;
            do {
                CallSummary.Page page = store.search(new CallQuery(List.of("hello"), null, null, null, null, null, null,
                        null, null, null, 3, after));
                seen.addAll(ids(page));
                after = page.next() == null ? null : CallQuery.Cursor.parse(page.next());
                pages++;
            } while (after != null);
            assertEquals(List.of("p6", "p5", "p4", "p3", "p2", "p1", "p0"), seen);
            assertEquals(3, pages);
        }
    }

    @Test
    void callsStartedWithinOneMillisecondAreEachPagedOnce() {
        try (CallStore store = open()) {
            for (int i = 0; i < 3; i++) {
                store.startCall(new CallInfo("z" + i, T0.plusNanos(100_000L * i), null, null, null));
            }
            List<String> seen = new ArrayList<>();
            CallQuery.Cursor after = null;
            do {
                CallSummary.Page page = store.search(new CallQuery(null, null, null, null, null, null, null, null, null,
                        null, 1, after));
                seen.addAll(ids(page));
                after = page.next() == null ? null : CallQuery.Cursor.parse(page.next());
            } while (after != null);
            assertEquals(List.of("z2", "z1", "z0"), seen);
        }
    }

    @Test
    void callsStoredBeforeSearchExistedAreIndexedWhenTheStoreOpens() throws Exception {
        TestDatabase db = newDatabase();
        try (CallStore store = CallStore.open(db.database())) {
            store.startCall(new CallInfo("old", T0, null, null, null));
            store.saveUtterance("old", "s", 0, said(Speaker.CALLER, 1, "my husband is in the hospital"), true);
            // As a store written before schema V4 left it: no search text, nothing in the word index.
            try (var statement = ((JdbcCallStore) store).connection().createStatement()) {
                statement.execute("UPDATE utterances SET search_text = NULL");
                statement.execute("DELETE FROM call_terms");
            }
            assertEquals(List.of(), ids(store.search(query(List.of("hospital"), null, null, null, null, null))));
        }
        try (CallStore reopened = CallStore.open(db.database())) {
            assertEquals(List.of("old"), ids(reopened.search(query(List.of("hospital"), null, null, null, null, null))));
            assertEquals(List.of("old"), ids(reopened.search(query(null, List.of("in the hospital"), null, null, null,
                    null))));
        }
    }

    @Test
    void aMalformedCursorIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallQuery.Cursor.parse("xyz"));
        assertTrue(e.getMessage().contains("xyz"));
    }

    @Test
    void partialWordsAreNotSearchableUntilFinal() {
        try (CallStore store = open()) {
            store.startCall(new CallInfo("c", T0, null, null, null));
            store.saveUtterance("c", "s", 0, said(Speaker.CALLER, 1, "i will pay"), false);
            assertEquals(List.of(), ids(store.search(query(List.of("pay"), null, null, null, null, null))));
            store.saveUtterance("c", "s", 0, said(Speaker.CALLER, 1, "i will pay"), true);
            assertEquals(List.of("c"), ids(store.search(query(List.of("pay"), null, null, null, null, null))));
        }
    }

    @Test
    void loudnessTracksRoundTripAndReplace() {
        try (CallStore store = open()) {
            store.startCall(new CallInfo("c", T0, null, null, null));
            store.saveLoudness("c", new LoudnessTrack(Speaker.AGENT, 0, 0.25, new float[] {-30.5f, -100f}));
            store.saveLoudness("c", new LoudnessTrack(Speaker.AGENT, 0, 0.25, new float[] {-31f, -20.2f, -45f}));
            store.saveLoudness("c", new LoudnessTrack(Speaker.CALLER, 0, 0.25, new float[] {-40f}));
            assertEquals(List.of(new LoudnessTrack(Speaker.AGENT, 0, 0.25, new float[] {-31f, -20.2f, -45f}),
                    new LoudnessTrack(Speaker.CALLER, 0, 0.25, new float[] {-40f})), store.loudness("c"));
        }
    }

    @Test
    void anAnalysedCallKeepsItsLoudnessInTheSameTransaction() {
        try (CallStore store = open()) {
            LoudnessTrack agent = new LoudnessTrack(Speaker.AGENT, 0, 0.25, new float[] {-30f, -28.5f});
            store.saveRecord(new app.parley.call.CallRecord(new CallInfo("a", T0, null, null, 0.5),
                    List.of(said(Speaker.AGENT, 0.1, "hello")), List.of(), null), List.of(agent));
            assertEquals(List.of(agent), store.loudness("a"));
            assertEquals(List.of("a"), ids(store.search(query(List.of("hello"), null, null, null, null, null))));
        }
    }

    @Test
    void deletingOldCallsTakesEverythingOfThemAndNothingElse() {
        try (CallStore store = seeded()) {
            store.saveLoudness("c1", new LoudnessTrack(Speaker.AGENT, 0, 0.25, new float[] {-30f}));
            List<String> deleted = store.deleteCallsStartedBefore(T0.plus(Duration.ofMinutes(150)), 100);
            assertEquals(List.of("c1", "c2"), deleted);
            assertTrue(store.find("c1").isEmpty());
            assertEquals(List.of(), store.loudness("c1"));
            assertEquals(List.of("c3"), ids(store.search(query(List.of("month"), null, null, null, null, null))));
            assertEquals(List.of(), ids(store.search(query(null, null, null, null, null, "options"))));
            assertEquals(2, store.find("c3").orElseThrow().utterances().size());
            assertEquals(List.of(), store.deleteCallsStartedBefore(T0, 100));
        }
    }
}
