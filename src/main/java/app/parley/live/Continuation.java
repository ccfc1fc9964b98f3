package app.parley.live;

import java.time.Instant;

/**
 * A call that was live on another node of the cluster, lost with that node, whose taps now land
 * here: it goes on as a second segment of the same record, on the call's own clock (it started at
 * {@code startedAt}), its prompts numbered after the {@code promptsSoFar} already raised.
 */
public record Continuation(Instant startedAt, int promptsSoFar) {
}
