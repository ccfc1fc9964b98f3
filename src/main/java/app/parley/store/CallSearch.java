package app.parley.store;

import app.parley.call.CallInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding stored calls: the QA search (words said, phrases, filters, newest first, a page at a
 * time), the newest calls, and an account's earlier calls for the contact rules.
 */
final class CallSearch {
    private final Connection connection;

    CallSearch(Connection connection) {
        this.connection = connection;
    }

    /** One page of the calls that match, newest first. */
    CallSummary.Page search(CallQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT c.id, c.started_at, c.caller_number, c.agent, c.duration_s, c.account_id, c.transcribed_up_to "
                        + "FROM calls c WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        // Each word narrows through the index of words said; phrases are then checked word by
        // word in the utterances of the calls that have all their words.
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        query.words().forEach(w -> terms.addAll(SearchTerms.words(w)));
        query.phrases().forEach(p -> terms.addAll(SearchTerms.words(p)));
        // A rare word drives the search from the index (few calls to look at); common words are
        // checked call by call, newest first, which soon finds a page of calls that said them.
        String driving = rarestIfRare(terms);
        for (String term : terms) {
            if (term.equals(driving)) {
                sql.append(" AND c.id IN (SELECT t.call_id FROM call_terms t WHERE t.term = ?)");
            } else {
                sql.append(" AND EXISTS (SELECT 1 FROM call_terms t WHERE t.term = ? AND t.call_id = c.id)");
            }
            args.add(term);
        }
        for (String phrase : query.phrases()) {
            if (SearchTerms.words(phrase).size() > 1) {
                sql.append(" AND EXISTS (SELECT 1 FROM utterances u WHERE u.call_id = c.id AND u.is_final "
                        + "AND u.search_text LIKE ?)");
                args.add("%" + likeEscaped(SearchTerms.padded(phrase)) + "%");
            }
        }
        if (notBlank(query.agent())) {
            sql.append(" AND c.agent = ?");
            args.add(query.agent());
        }
        if (query.visibleAgents() != null) {
            List<String> seen = query.visibleAgents().stream().sorted().toList();
            String unassigned = query.unassignedVisible() ? "c.agent IS NULL" : "1 = 0";
            if (seen.isEmpty()) {
                sql.append(" AND ").append(unassigned);
            } else {
                sql.append(" AND (c.agent IN (").append(String.join(", ", java.util.Collections.nCopies(seen.size(),
                        "?"))).append(") OR ").append(unassigned).append(")");
                args.addAll(seen);
            }
        }
        if (notBlank(query.account())) {
            sql.append(" AND c.account_id = ?");
            args.add(query.account());
        }
        if (notBlank(query.phone())) {
            sql.append(" AND c.caller_number IN (?, ?)");
            args.add(query.phone());
            args.add(query.phone().startsWith("+") ? query.phone().substring(1) : "+" + query.phone());
        }
        if (notBlank(query.promptKind())) {
            sql.append(" AND c.id IN (SELECT p.call_id FROM prompts p WHERE p.kind = ?)");
            args.add(query.promptKind());
        }
        if (query.from() != null) {
            sql.append(" AND c.started_at >= ?");
            args.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND c.started_at < ?");
            args.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (query.minDurationS() != null) {
            sql.append(" AND c.duration_s >= ?");
            args.add(query.minDurationS());
        }
        if (query.maxDurationS() != null) {
            sql.append(" AND c.duration_s <= ?");
            args.add(query.maxDurationS());
        }
        if (query.after() != null) {
            OffsetDateTime at = OffsetDateTime.ofInstant(query.after().startedAt(), ZoneOffset.UTC);
            sql.append(" AND (c.started_at < ? OR (c.started_at = ? AND c.id < ?))");
            args.add(at);
            args.add(at);
            args.add(query.after().callId());
        }
        sql.append(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<CallInfo> calls = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.add(Rows.callInfo(rows).transcribedUpTo(Rows.nullableDouble(rows, 7)));
                    accounts.add(rows.getString(6));
                }
            }
        }
        String next = null;
        if (calls.size() > query.limit()) {
            calls = calls.subList(0, query.limit());
            CallInfo last = calls.get(calls.size() - 1);
            next = new CallQuery.Cursor(last.startedAt(), last.id()).token();
        }
        String firstPhrase = !query.phrases().isEmpty() ? SearchTerms.padded(query.phrases().get(0))
                : terms.isEmpty() ? null : " " + terms.iterator().next() + " ";
        List<String> ids = calls.stream().map(CallInfo::id).toList();
        java.util.Map<String, java.util.Map<String, Integer>> counts = promptCounts(ids);
        java.util.Map<String, CallSummary.Match> matches = firstPhrase == null ? java.util.Map.of()
                : firstMatches(ids, firstPhrase);
        List<CallSummary> summaries = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String id = calls.get(i).id();
            summaries.add(new CallSummary(calls.get(i), accounts.get(i), counts.getOrDefault(id, java.util.Map.of()),
                    matches.get(id)));
        }
        return new CallSummary.Page(summaries, next);
    }

    /** Calls with a word beyond which it is cheaper to walk the calls newest first than to list them all. */
    private static final int RARE_TERM_CALLS = 2_000;

    /** The word said in the fewest calls, when it is said in fewer than {@link #RARE_TERM_CALLS}; else null. */
    private String rarestIfRare(java.util.Set<String> terms) throws SQLException {
        String rarest = null;
        int fewest = RARE_TERM_CALLS;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM call_terms WHERE term = ? LIMIT " + RARE_TERM_CALLS + ") x")) {
            for (String term : terms) {
                count.setString(1, term);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) < fewest) {
                        fewest = rows.getInt(1);
                        rarest = term;
                    }
                }
            }
        }
        return rarest;
    }

    /** Prompts raised per kind, for each of the calls of a page, in one query. */
    private java.util.Map<String, java.util.Map<String, Integer>> promptCounts(List<String> callIds) throws SQLException {
        java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.HashMap<>();
        if (callIds.isEmpty()) {
            return counts;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT call_id, kind, COUNT(*) FROM prompts WHERE call_id IN (" + Rows.placeholders(callIds.size())
                        + ") GROUP BY call_id, kind")) {
            Rows.bind(select, callIds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getString(1), id -> new java.util.TreeMap<>())
                            .put(rows.getString(2), rows.getInt(3));
                }
            }
        }
        return counts;
    }

    /** For each of the calls of a page, its first final utterance that holds the words, in one query. */
    private java.util.Map<String, CallSummary.Match> firstMatches(List<String> callIds, String padded)
            throws SQLException {
        java.util.Map<String, CallSummary.Match> matches = new java.util.HashMap<>();
        if (callIds.isEmpty()) {
            return matches;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT call_id, speaker, start_s, text FROM utterances WHERE call_id IN (" + Rows.placeholders(callIds.size())
                        + ") AND is_final AND search_text LIKE ? ORDER BY call_id, start_s")) {
            Rows.bind(select, callIds);
            select.setString(callIds.size() + 1, "%" + likeEscaped(padded) + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    matches.putIfAbsent(rows.getString(1),
                            new CallSummary.Match(rows.getString(2), rows.getDouble(3), rows.getString(4)));
                }
            }
        }
        return matches;
    }

    /** Search terms hold letters, digits and spaces only, but a LIKE pattern must not be widened by them. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "").replace("%", "").replace("_", "");
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** Calls, newest first. */
    List<CallInfo> recent(int limit, int offset) throws SQLException {
        List<CallInfo> calls = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, started_at, caller_number, agent, duration_s, transcribed_up_to FROM calls "
                        + "ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.add(Rows.callInfo(rows).transcribedUpTo(Rows.nullableDouble(rows, 6)));
                }
            }
        }
        return calls;
    }

    /** See {@link CallStore#callsAbout}. */
    List<CallStore.EarlierCall> callsAbout(String accountId, Instant since, String exceptCallId) throws SQLException {
        List<CallStore.EarlierCall> calls = new ArrayList<>();
        // A call in which the client's words were recognised counts as a conversation with them.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.started_at, EXISTS (SELECT 1 FROM utterances u WHERE u.call_id = c.id "
                        + "AND u.speaker = 'caller' AND u.is_final) FROM calls c "
                        + "WHERE c.account_id = ? AND c.started_at >= ? AND c.id <> ? ORDER BY c.started_at")) {
            select.setString(1, accountId);
            select.setObject(2, since.atOffset(java.time.ZoneOffset.UTC));
            select.setString(3, exceptCallId == null ? "" : exceptCallId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.add(new CallStore.EarlierCall(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            rows.getBoolean(2)));
                }
            }
        }
        return calls;
    }
}
