package app.parley.effectiveness;

import app.parley.testing.BreakingStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Speaker;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Effectiveness read from an embedded store: the calls a period holds, and a call that cannot be read skipped by id. */
class StoredCallsEffectivenessTest {
    @TempDir
    Path dir;

    @Test
    void theCallsOfThePeriodAreCountedAndAnUnreadableOneIsSkippedByName() {
        try (CallStore store = CallStore.openEmbedded(dir)) {
            for (int i = 0; i < 4; i++) {
                Instant started = Instant.parse("2026-11-2" + (3 + i) + "T10:00:00Z");
                store.saveRecord(new CallRecord(new CallInfo("c" + i, started, null, "a1", 60.0),
                        List.of(EffectivenessTest.said(Speaker.CALLER, 1, "i will pay next month"),
                                EffectivenessTest.said(Speaker.AGENT, 6, "could you pay tomorrow")),
                        List.of(EffectivenessTest.prompt("urgency", "client-defers", 3)), null), List.of());
            }
            CallQuery lastThreeDays = new CallQuery(null, null, null, null, null, null,
                    Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"), null, null, 50, null);
            EffectivenessReport report = new StoredCallsEffectiveness(BreakingStore.failingToRead(store, "c2"), ZoneOffset.UTC)
                    .report(lastThreeDays, EffectivenessTest.RULES, a -> Set.of("north"), null);
            assertEquals(2, report.calls(), "c1 and c3; c0 is before the period, c2 cannot be read");
            assertFalse(report.limited());
            assertEquals(List.of("c2"), report.skipped().stream().map(EffectivenessReport.Skipped::callId).toList());
            assertTrue(report.skipped().get(0).reason().contains("cannot be read"), report.skipped().toString());
            EffectivenessReport.Figures f = EffectivenessTest.row(report, "client-defers", "north").figures();
            assertEquals(List.of("c3", "c1"), f.followed().prompts().stream()
                    .map(EffectivenessReport.PromptAt::callId).toList());
        }
    }
}
