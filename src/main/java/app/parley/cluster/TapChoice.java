package app.parley.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Which node takes a new call's taps: the live node with the most room, by what each node last
 * reported of itself and the calls the follower has placed on it since (a report can lag behind
 * a burst of calls answered together). No clock of its own and no I/O: a pure choice.
 */
final class TapChoice {
    /** What a node said of itself, stamped when the follower heard it. */
    record Report(String host, int port, int streams, int capacity, Instant heard) {
        /** The calls it carries: two streams each, a lone party counting as one call. */
        int calls() {
            return (streams + 1) / 2;
        }
    }

    private final Duration fresh;

    /** A report older than {@code fresh} counts only when no node has a newer one. */
    TapChoice(Duration fresh) {
        this.fresh = fresh;
    }

    /**
     * The node for a new call among {@code live} (the nodes up now), by their {@code reports}
     * and the calls {@code placed} on each and not yet over; empty when no live node has said
     * where it takes taps. The least loaded relative to its capacity ({@code calls.max_live};
     * 0, no limit, is always room) wins, then the one with
     * fewer calls, then the first by id, so that a tie is decided the same way every time.
     */
    Optional<String> choose(Collection<String> live, Map<String, Report> reports, Map<String, Integer> placed,
            Instant now) {
        Comparator<String> byLoad = Comparator.<String>comparingDouble(node -> load(node, reports, placed))
                .thenComparingInt(node -> calls(node, reports, placed)).thenComparing(Comparator.naturalOrder());
        Optional<String> freshest = live.stream().filter(reports::containsKey)
                .filter(node -> !reports.get(node).heard().isBefore(now.minus(fresh))).min(byLoad);
        return freshest.isPresent() ? freshest : live.stream().filter(reports::containsKey).min(byLoad);
    }

    private static int calls(String node, Map<String, Report> reports, Map<String, Integer> placed) {
        return Math.max(reports.get(node).calls(), placed.getOrDefault(node, 0));
    }

    private static double load(String node, Map<String, Report> reports, Map<String, Integer> placed) {
        int capacity = reports.get(node).capacity();
        return capacity <= 0 ? 0 : calls(node, reports, placed) / (double) capacity;
    }
}
