package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.store.CallQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallSearchParamsTest {
    private static CallQuery parse(Map<String, String> params) {
        return CallSearchParams.parse(params::get);
    }

    @Test
    void wordsPhrasesAndFilters() {
        CallQuery q = parse(Map.of("q", " pay \"next  month\" lawyer \"\" ", "agent", "a7", "kind", "urgency",
                "from", "2026-11-01", "to", "2026-11-02", "min_duration", "30", "limit", "10"));
        assertEquals(List.of("pay", "lawyer"), q.words());
        assertEquals(List.of("next  month"), q.phrases());
        assertEquals("a7", q.agent());
        assertEquals("urgency", q.promptKind());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"), q.to(), "the to day is included");
        assertEquals(30.0, q.minDurationS());
        assertNull(q.maxDurationS());
        assertEquals(10, q.limit());
    }

    @Test
    void defaultsWhenNothingIsGiven() {
        CallQuery q = parse(Map.of());
        assertEquals(List.of(), q.words());
        assertEquals(CallSearchParams.DEFAULT_LIMIT, q.limit());
        assertNull(q.after());
    }

    @Test
    void eachBadValueNamesItsParameter() {
        assertBad("from", Map.of("from", "yesterday"), "YYYY-MM-DD");
        assertBad("to", Map.of("from", "2026-11-02", "to", "2026-11-01"), "after from");
        assertBad("limit", Map.of("limit", "0"), "1 to 200");
        assertBad("limit", Map.of("limit", "ten"), "'ten'");
        assertBad("min_duration", Map.of("min_duration", "-3"), "'-3'");
        assertBad("after", Map.of("after", "garbage"), "next");
        assertBad("q", Map.of("q", "\"next month"), "unclosed");
    }

    private static void assertBad(String field, Map<String, String> params, String says) {
        BadParameter e = assertThrows(BadParameter.class, () -> parse(params));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
