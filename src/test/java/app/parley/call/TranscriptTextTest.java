package app.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTextTest {
    @Test
    void utterancesPromptsGapsAndRedactionsInTimeOrder() {
        CallRecord record = new CallRecord(new CallInfo("c9", Instant.parse("2026-11-23T10:00:00Z"), "5550100101",
                "agent-7", 75.25),
                List.of(new Utterance(Speaker.AGENT, 1.0, 2.0, "good morning", List.of()),
                        new Utterance(Speaker.CALLER, 63.44, 65.0, "i will pay next month", List.of())),
                List.of(new Prompt("urgency", "client-defers", 65.2, "Set a deadline", "next month", Speaker.CALLER,
                        Prompt.Severity.WARN)),
                null, List.of(new Gap(Speaker.CALLER, 10, 12.5)), List.of(),
                List.of(new Redaction("card", Speaker.CALLER, 41.2, 47.9)));
        assertEquals("""
                Call c9
                Started 2026-11-23 10:00:00 UTC, lasted 1:15.3
                Agent: agent-7; caller: 5550100101

                [0:01.0] Agent: good morning
                [0:10.0]   -- caller's audio lost until 0:12.5
                [0:41.2]   -- caller's card number redacted
                [1:03.4] Caller: i will pay next month
                [1:05.2]   >> prompt urgency (warn): Set a deadline [next month]
                """, TranscriptText.of(record));
    }
}
