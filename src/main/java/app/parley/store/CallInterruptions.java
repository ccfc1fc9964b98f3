package app.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Live calls whose node was lost, found from which node each party stream was carried by
 * ({@code parties.node_id}): a call is marked interrupted ({@code calls.interrupted_s}) where the
 * last words stored from that node's streams end, and those of them still open, or closed by that
 * node as it stopped, end there ({@link #NODE_LOST}); a later close by that node does not move
 * them ({@link CallWrites#leaveParty}). Safe to run twice, and by two nodes: a repeat marks the
 * same point, or a later one when the lost node stored words after an earlier mark (a node taken
 * for lost may still be storing its last words).
 */
final class CallInterruptions {
    static final String NODE_LOST = "node lost";

    /**
     * SQL, true when the words of stream ?2 of call ?1 from call time ?3 on are also another
     * node's to store: the stream was marked lost and a stream of the same party joined on
     * another node after it, at or before that time. A node taken for lost that is only cut off
     * from the others (not from the PBX) goes on hearing its streams after the call was tapped
     * again elsewhere; its words from the second segment's start on would be stored twice.
     * Its words before then (the gap) are the only ones of those seconds, and are kept.
     */
    static final String STREAM_TAKEN_OVER = "EXISTS (SELECT 1 FROM parties lost JOIN parties later "
            + "ON later.call_id = lost.call_id AND later.speaker = lost.speaker AND later.node_id <> lost.node_id "
            + "AND later.joined_s > lost.joined_s "
            + "WHERE lost.call_id = ? AND lost.stream_id = ? AND lost.end_reason = '" + NODE_LOST + "' "
            + "AND later.joined_s <= ?)";

    /**
     * SQL, true when node ?2 no longer carries call ?1: its latest stream of the call was marked
     * lost and another node's stream joined after it. What such a node still writes of the call
     * (a prompt, numbered as it counts while the other node numbers on from the stored ones; its
     * loudness; the call's end as it saw it) would overwrite the other node's.
     */
    static final String NODE_TAKEN_OVER = "EXISTS (SELECT 1 FROM parties lost JOIN parties later "
            + "ON later.call_id = lost.call_id AND later.node_id <> lost.node_id AND later.joined_s > lost.joined_s "
            + "WHERE lost.call_id = ? AND lost.node_id = ? AND lost.end_reason = '" + NODE_LOST + "' "
            + "AND NOT EXISTS (SELECT 1 FROM parties again WHERE again.call_id = lost.call_id "
            + "AND again.node_id = lost.node_id AND again.joined_s >= later.joined_s))";

    private final Connection connection;

    CallInterruptions(Connection connection) {
        this.connection = connection;
    }

    /**
     * Every call {@code node} was carrying when it was lost: those with a stream of that node still
     * open, or closed as that node stopped ({@link CallStore#NODE_STOPPED}) or by an earlier mark.
     * Returns each such call and where it was marked.
     */
    Map<String, Double> interruptCallsOf(String node) throws SQLException {
        List<String> callIds = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT call_id FROM parties WHERE node_id = ? AND (left_s IS NULL OR end_reason IN (?, ?))")) {
            select.setString(1, node);
            select.setString(2, CallStore.NODE_STOPPED);
            select.setString(3, NODE_LOST);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    callIds.add(rows.getString(1));
                }
            }
        }
        Map<String, Double> marked = new LinkedHashMap<>();
        for (String callId : callIds) {
            Double at = interrupt(callId, node::equals);
            if (at != null) {
                marked.put(callId, at);
            }
        }
        return marked;
    }

    /**
     * The call goes on on node {@code here}: it is marked interrupted where the words stored from
     * the streams any other node carried end (null: it has none).
     */
    Double interruptElsewhere(String callId, String here) throws SQLException {
        return interrupt(callId, node -> here == null ? node != null : !here.equals(node));
    }

    /**
     * Marks the call interrupted where the last words stored from the streams of each node
     * {@code lost} picks end (with no words, where the latest of that node's streams joined), and
     * ends there that node's streams still open or closed as it stopped or by an earlier mark (a
     * point only ever moves later). Returns the latest such point, or null when the call has no
     * such stream.
     */
    private Double interrupt(String callId, Predicate<String> lost) throws SQLException {
        Double[] point = new Double[1];
        Rows.inTransaction(connection, () -> {
            // Each lost node's streams of the call: where its words end, and which of them end there.
            final class Carried {
                double at;
                final Set<String> ending = new HashSet<>();
            }
            Map<String, Carried> byNode = new LinkedHashMap<>();
            Map<String, Carried> byStream = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream_id, joined_s, left_s, node_id, end_reason FROM parties WHERE call_id = ?")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String stream = rows.getString(1);
                        double joinedAt = rows.getDouble(2);
                        boolean isOpen = Rows.nullableDouble(rows, 3) == null;
                        String node = rows.getString(4);
                        String reason = rows.getString(5);
                        if (lost.test(node)) {
                            Carried carried = byNode.computeIfAbsent(String.valueOf(node), n -> new Carried());
                            carried.at = Math.max(carried.at, joinedAt);
                            byStream.put(stream, carried);
                            if (isOpen || CallStore.NODE_STOPPED.equals(reason) || NODE_LOST.equals(reason)) {
                                carried.ending.add(stream);
                            }
                        }
                    }
                }
            }
            if (byNode.isEmpty()) {
                return;
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream_id, MAX(end_s) FROM utterances WHERE call_id = ? GROUP BY stream_id")) {
                select.setString(1, callId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Carried carried = byStream.get(rows.getString(1));
                        if (carried != null) {
                            carried.at = Math.max(carried.at, rows.getDouble(2));
                        }
                    }
                }
            }
            double latest = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE parties SET left_s = CASE WHEN end_reason = ? AND left_s > ? THEN left_s ELSE ? END, "
                            + "end_reason = ? WHERE call_id = ? AND stream_id = ?")) {
                for (Carried carried : byNode.values()) {
                    double at = Math.round(carried.at * 1000) / 1000.0;
                    latest = Math.max(latest, at);
                    for (String stream : carried.ending) {
                        update.setString(1, NODE_LOST);
                        update.setDouble(2, at);
                        update.setDouble(3, at);
                        update.setString(4, NODE_LOST);
                        update.setString(5, callId);
                        update.setString(6, stream);
                        update.executeUpdate();
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE calls SET interrupted_s = CASE WHEN interrupted_s IS NULL OR interrupted_s < ? THEN ? "
                            + "ELSE interrupted_s END, duration_s = CASE WHEN duration_s IS NULL OR duration_s < ? "
                            + "THEN ? ELSE duration_s END WHERE id = ?")) {
                update.setDouble(1, latest);
                update.setDouble(2, latest);
                update.setDouble(3, latest);
                update.setDouble(4, latest);
                update.setString(5, callId);
                update.executeUpdate();
            }
            point[0] = latest;
        });
        return point[0];
    }

    /**
     * The calls started since {@code since} whose streams were carried by another node than
     * {@code here} and none by {@code here}: those the PBX may tap again here after their node is
     * lost. Each with its start and how many prompts it has raised.
     */
    static List<CallStore.CarriedElsewhere> carriedElsewhere(Connection connection, String here, Instant since)
            throws SQLException {
        List<CallStore.CarriedElsewhere> calls = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.id, c.started_at, (SELECT COALESCE(MAX(p.idx) + 1, 0) FROM prompts p WHERE p.call_id = c.id) "
                        + "FROM calls c WHERE c.started_at >= ? "
                        + "AND EXISTS (SELECT 1 FROM parties s WHERE s.call_id = c.id AND s.node_id <> ?) "
                        + "AND NOT EXISTS (SELECT 1 FROM parties s WHERE s.call_id = c.id AND s.node_id = ?)")) {
            select.setObject(1, Rows.utc(since));
            select.setString(2, here);
            select.setString(3, here);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.add(new CallStore.CarriedElsewhere(rows.getString(1),
                            rows.getObject(2, java.time.OffsetDateTime.class).toInstant(), rows.getInt(3)));
                }
            }
        }
        return calls;
    }
}
