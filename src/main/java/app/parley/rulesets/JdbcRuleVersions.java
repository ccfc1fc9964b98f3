package app.parley.rulesets;

import app.parley.store.Database;
import app.parley.store.RetryingConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RuleVersions} in tables {@code rule_versions} and {@code rule_draft}. */
final class JdbcRuleVersions implements RuleVersions {
    private static final String COLUMNS = "version, rules_yaml, author, published_at, note, rule_count, restored_from, team";
    private static final int DRAFT_ID = 1;

    private final RetryingConnection link;

    JdbcRuleVersions(Database database) {
        this.link = new RetryingConnection(database);
    }

    @Override
    public List<Summary> list() {
        return link.run("list the rule versions", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT version, author, published_at, note, rule_count, "
                    + "restored_from, team FROM rule_versions ORDER BY version DESC"); ResultSet r = s.executeQuery()) {
                List<Summary> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Summary(r.getInt("version"), r.getString("author"),
                            r.getTimestamp("published_at").toInstant(), r.getString("note"), r.getInt("rule_count"),
                            r.getObject("restored_from", Integer.class), r.getString("team")));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Version> get(int number) {
        return link.run("read rule version " + number, c -> one(c, "SELECT " + COLUMNS
                + " FROM rule_versions WHERE version = ?", number));
    }

    @Override
    public Optional<Version> latest() {
        return link.run("read the latest rule version", c -> one(c, "SELECT " + COLUMNS
                + " FROM rule_versions WHERE team IS NULL ORDER BY version DESC LIMIT 1", null));
    }

    @Override
    public Version append(NewVersion v, boolean clearDraft, InForce putInForce) {
        return link.run("store a rule version", c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Optional<Version> stored = one(c, "SELECT " + COLUMNS + " FROM rule_versions WHERE publish_id = ?",
                        v.publishId());
                if (stored.isPresent()) {
                    c.rollback();
                    return stored.get();
                }
                int number;
                try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_versions");
                        ResultSet r = s.executeQuery()) {
                    r.next();
                    number = r.getInt(1);
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO rule_versions (" + COLUMNS
                        + ", publish_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setInt(1, number);
                    s.setString(2, v.text());
                    s.setString(3, clip(v.author(), 200));
                    s.setTimestamp(4, Timestamp.from(v.at()));
                    s.setString(5, clip(v.comment(), 1000));
                    s.setInt(6, v.ruleCount());
                    if (v.restoredFrom() == null) {
                        s.setNull(7, Types.INTEGER);
                    } else {
                        s.setInt(7, v.restoredFrom());
                    }
                    s.setString(8, v.team());
                    s.setString(9, v.publishId());
                    s.executeUpdate();
                }
                if (v.team() != null) {
                    pointProfile(c, v.team(), number, clip(v.author(), 200), v.at());
                }
                if (clearDraft) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM rule_draft WHERE id = ?")) {
                        s.setInt(1, DRAFT_ID);
                        s.executeUpdate();
                    }
                }
                try {
                    putInForce.run(number);
                } catch (Exception e) {
                    throw new NotInForce(e);
                }
                c.commit();
                return new Version(number, v.text(), clip(v.author(), 200), v.at(), clip(v.comment(), 1000),
                        v.ruleCount(), v.restoredFrom(), v.team());
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        });
    }

    @Override
    public Optional<Draft> draft() {
        return link.run("read the rules draft", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT rules_yaml, saved_by, saved_at, valid, based_on "
                    + "FROM rule_draft WHERE id = ?")) {
                s.setInt(1, DRAFT_ID);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Draft(r.getString("rules_yaml"), r.getString("saved_by"),
                            r.getTimestamp("saved_at").toInstant(), r.getBoolean("valid"),
                            r.getObject("based_on", Integer.class)));
                }
            }
        });
    }

    @Override
    public void saveDraft(Draft d) {
        link.run("save the rules draft", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE rule_draft SET rules_yaml = ?, saved_by = ?, "
                    + "saved_at = ?, valid = ?, based_on = ? WHERE id = ?")) {
                bindDraft(update, d);
                update.setInt(6, DRAFT_ID);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rule_draft (rules_yaml, saved_by, saved_at, "
                    + "valid, based_on, id) VALUES (?, ?, ?, ?, ?, ?)")) {
                bindDraft(insert, d);
                insert.setInt(6, DRAFT_ID);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean deleteDraft() {
        return link.run("discard the rules draft", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM rule_draft WHERE id = ?")) {
                s.setInt(1, DRAFT_ID);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<Profile> profiles() {
        return link.run("list the teams' rules profiles", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT team, version, set_by, set_at FROM team_profiles "
                    + "ORDER BY team"); ResultSet r = s.executeQuery()) {
                List<Profile> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Profile(r.getString("team"), r.getInt("version"), r.getString("set_by"),
                            r.getTimestamp("set_at").toInstant()));
                }
                return out;
            }
        });
    }

    @Override
    public boolean removeProfile(String team, InForce putInForce) {
        return link.run("return team " + team + " to the floor's rules", c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int removed;
                try (PreparedStatement s = c.prepareStatement("DELETE FROM team_profiles WHERE team = ?")) {
                    s.setString(1, team);
                    removed = s.executeUpdate();
                }
                if (removed == 0) {
                    c.rollback();
                    return false;
                }
                try {
                    putInForce.run(0);
                } catch (Exception e) {
                    throw new NotInForce(e);
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        });
    }

    /** Points {@code team}'s profile at {@code version}: updated, or inserted when it had none. */
    private static void pointProfile(Connection c, String team, int version, String by, java.time.Instant at)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE team_profiles SET version = ?, set_by = ?, "
                + "set_at = ? WHERE team = ?")) {
            update.setInt(1, version);
            update.setString(2, by);
            update.setTimestamp(3, Timestamp.from(at));
            update.setString(4, team);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO team_profiles (team, version, set_by, set_at) "
                + "VALUES (?, ?, ?, ?)")) {
            insert.setString(1, team);
            insert.setInt(2, version);
            insert.setString(3, by);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    @Override
    public void close() {
        link.close();
    }

    private static void bindDraft(PreparedStatement s, Draft d) throws SQLException {
        s.setString(1, d.text());
        s.setString(2, clip(d.savedBy(), 200));
        s.setTimestamp(3, Timestamp.from(d.savedAt()));
        s.setBoolean(4, d.valid());
        if (d.basedOn() == null) {
            s.setNull(5, Types.INTEGER);
        } else {
            s.setInt(5, d.basedOn());
        }
    }

    private static Optional<Version> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (key != null) {
                s.setObject(1, key);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Version(r.getInt("version"), r.getString("rules_yaml"), r.getString("author"),
                        r.getTimestamp("published_at").toInstant(), r.getString("note"), r.getInt("rule_count"),
                        r.getObject("restored_from", Integer.class), r.getString("team")));
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The connection is gone: the transaction with it.
        }
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // The connection is gone; RetryingConnection opens a new one.
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
