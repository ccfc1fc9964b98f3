package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TapChoiceTest {
    private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
    private final TapChoice choice = new TapChoice(Duration.ofSeconds(15));

    private static TapChoice.Report report(int streams, int capacity, Instant heard) {
        return new TapChoice.Report("127.0.0.1", 9200, streams, capacity, heard);
    }

    @Test
    void theLeastLoadedLiveNodeTakesTheCall() {
        Map<String, TapChoice.Report> reports = Map.of("a", report(4, 20, NOW), "b", report(2, 20, NOW),
                "c", report(6, 20, NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("a", "b", "c"), reports, Map.of(), NOW));
    }

    @Test
    void loadIsMeasuredAgainstEachNodesCapacity() {
        // a carries 2 calls of 4, b 3 of 30.
        Map<String, TapChoice.Report> reports = Map.of("a", report(4, 4, NOW), "b", report(6, 30, NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("a", "b"), reports, Map.of(), NOW));
    }

    @Test
    void nodesWithNoLimitAreComparedByTheirCalls() {
        Map<String, TapChoice.Report> reports = Map.of("a", report(6, 0, NOW), "b", report(2, 0, NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("a", "b"), reports, Map.of(), NOW));
    }

    @Test
    void callsPlacedSinceTheLastReportCount() {
        // Two calls answered together: the reports say nothing yet of the first.
        Map<String, TapChoice.Report> reports = Map.of("a", report(0, 20, NOW), "b", report(0, 20, NOW));
        assertEquals(Optional.of("a"), choice.choose(List.of("a", "b"), reports, Map.of(), NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("a", "b"), reports, Map.of("a", 1), NOW));
    }

    @Test
    void aNodeThatIsNotUpIsNeverChosen() {
        Map<String, TapChoice.Report> reports = Map.of("a", report(0, 20, NOW), "b", report(8, 20, NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("b"), reports, Map.of(), NOW));
    }

    @Test
    void aNodeThatHasNotReportedIsNotChosen() {
        Map<String, TapChoice.Report> reports = Map.of("b", report(8, 20, NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("a", "b"), reports, Map.of(), NOW));
        assertEquals(Optional.empty(), choice.choose(List.of("a"), reports, Map.of(), NOW));
    }

    @Test
    void aStaleReportCountsOnlyWhenNoneIsFresh() {
        Instant old = NOW.minusSeconds(60);
        Map<String, TapChoice.Report> reports = Map.of("a", report(0, 20, old), "b", report(8, 20, NOW));
        assertEquals(Optional.of("b"), choice.choose(List.of("a", "b"), reports, Map.of(), NOW));
        assertEquals(Optional.of("a"), choice.choose(List.of("a"), reports, Map.of(), NOW));
    }

    @Test
    void aTieGoesToTheFirstNodeById() {
        Map<String, TapChoice.Report> reports = Map.of("c", report(2, 20, NOW), "a", report(2, 20, NOW),
                "b", report(2, 20, NOW));
        assertEquals(Optional.of("a"), choice.choose(List.of("c", "b", "a"), reports, Map.of(), NOW));
    }
}
