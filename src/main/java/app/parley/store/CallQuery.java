package app.parley.store;

import java.time.Instant;
import java.util.List;

/**
 * What a reviewer searches calls by; every part is optional (null or empty) and the parts
 * combine with AND. {@code words}: each must have been said in the call; {@code phrases}: each
 * must have been said in one utterance, word after word. Results are newest first; {@code after}
 * is the cursor of the previous page's last call (null: the first page).
 */
public record CallQuery(List<String> words, List<String> phrases, String agent, String account, String phone,
        String promptKind, Instant from, Instant to, Double minDurationS, Double maxDurationS, int limit,
        Cursor after, java.util.Set<String> visibleAgents, boolean unassignedVisible) {
    public static final int MAX_LIMIT = 200;

    /**
     * {@code visibleAgents}: only calls taken by these agents, and with {@code unassignedVisible}
     * those with no agent known (who asks may see no others); null: every call.
     */
    public CallQuery {
        words = words == null ? List.of() : List.copyOf(words);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        visibleAgents = visibleAgents == null ? null : java.util.Set.copyOf(visibleAgents);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    public CallQuery(List<String> words, List<String> phrases, String agent, String account, String phone,
            String promptKind, Instant from, Instant to, Double minDurationS, Double maxDurationS, int limit,
            Cursor after) {
        this(words, phrases, agent, account, phone, promptKind, from, to, minDurationS, maxDurationS, limit, after,
                null, true);
    }

    public static CallQuery all(int limit) {
        return new CallQuery(null, null, null, null, null, null, null, null, null, null, limit, null);
    }

    /** The same search among the calls of {@code agents} only (and of no agent, with {@code unassigned}). */
    public CallQuery seenBy(java.util.Set<String> agents, boolean unassigned) {
        return new CallQuery(words, phrases, agent, account, phone, promptKind, from, to, minDurationS, maxDurationS,
                limit, after, agents, unassigned);
    }

    /** The same search, {@code limit} calls from {@code after} (null: the first page). */
    public CallQuery page(int limit, Cursor after) {
        return new CallQuery(words, phrases, agent, account, phone, promptKind, from, to, minDurationS, maxDurationS,
                limit, after, visibleAgents, unassignedVisible);
    }

    /** Where a page ended: the start time and id of its last call. */
    public record Cursor(Instant startedAt, String callId) {
        /** The cursor as a URL-safe token. */
        public String token() {
            // Seconds and nanoseconds: calls started within one millisecond must stay apart.
            return startedAt.getEpochSecond() + "." + startedAt.getNano() + "_" + java.util.Base64.getUrlEncoder()
                    .withoutPadding().encodeToString(callId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** Reads a {@link #token()}; a malformed token is an IllegalArgumentException. */
        public static Cursor parse(String token) {
            int cut = token.indexOf('_');
            try {
                String[] time = token.substring(0, cut).split("\\.", 2);
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                        new String(java.util.Base64.getUrlDecoder().decode(token.substring(cut + 1)),
                                java.nio.charset.StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a page cursor: '" + token + "'");
            }
        }
    }
}
