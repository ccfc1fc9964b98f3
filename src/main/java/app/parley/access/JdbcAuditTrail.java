package app.parley.access;

import app.parley.store.Database;
import app.parley.store.RetryingConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail in the store's database (H2 or PostgreSQL, schema V5). */
public final class JdbcAuditTrail implements AuditTrail, AutoCloseable {
    /** The most events one search returns. */
    public static final int MAX_LIMIT = 1000;

    private final RetryingConnection link;
    private final Clock clock;

    public JdbcAuditTrail(Database database, Clock clock) {
        this.link = new RetryingConnection(database);
        this.clock = clock;
    }

    @Override
    public void record(String actor, String source, String action, String target, String outcome, String detail) {
        Instant at = clock.instant();
        link.run("record " + action + " in the audit trail", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_events (at, actor, source, action, "
                    + "target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setString(2, clip(actor, 200));
                s.setString(3, clip(source, 100));
                s.setString(4, clip(action, 64));
                s.setString(5, clip(target, 400));
                s.setString(6, clip(outcome, 16));
                s.setString(7, detail);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<Event> search(Query q) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, source, action, target, outcome, detail "
                + "FROM audit_events WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            args.add(q.action());
        }
        if (q.text() != null) {
            sql.append(" AND (LOWER(target) LIKE ? OR LOWER(detail) LIKE ? OR LOWER(actor) LIKE ?)");
            String like = "%" + q.text().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(q.to()));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ").append(Math.max(1, Math.min(q.limit(), MAX_LIMIT)));
        return link.run("search the audit trail", c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    List<Event> out = new ArrayList<>();
                    while (r.next()) {
                        out.add(new Event(r.getLong("id"), r.getTimestamp("at").toInstant(), r.getString("actor"),
                                r.getString("source"), r.getString("action"), r.getString("target"),
                                r.getString("outcome"), r.getString("detail")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public int forgetBefore(Instant before) {
        return link.run("age out the audit trail", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_events WHERE at < ?")) {
                s.setTimestamp(1, Timestamp.from(before));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        link.close();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
