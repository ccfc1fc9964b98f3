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

/**
 * {@link RuleVersions} in tables {@code rule_versions}, {@code team_profiles} and
 * {@code rule_draft}: one row, the draft being edited or, once it is discarded or published, how
 * it ended (its text kept, {@code ended_at} set).
 */
final class JdbcRuleVersions implements RuleVersions {
    private static final String COLUMNS = "version, rules_yaml, author, published_at, note, rule_count, restored_from, team";
    private static final int DRAFT_ID = 1;
    /** SQLSTATE of a duplicate key, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

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
    public Version append(NewVersion v, String draftRevision, InForce putInForce) {
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
                if (draftRevision != null && !end(c, draftRevision, new Ended(clip(v.author(), 200), v.at(), number))) {
                    throw new StaleDraft(draftRevision);
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
        return draftState().draft();
    }

    @Override
    public DraftState draftState() {
        return link.run("read the rules draft", JdbcRuleVersions::state);
    }

    @Override
    public boolean saveDraft(Draft d, DraftBase base) {
        return link.run("save the rules draft", c -> {
            if (replace(c, d, base)) {
                return true;
            }
            DraftState now = state(c);
            if (now.draft().isPresent() && now.draft().get().revision().equals(d.revision())) {
                return true; // this very save, run again after the connection was lost as it committed
            }
            if (base.revision() != null || !now.equals(DraftState.NEVER)) {
                return false;
            }
            // The first draft there has ever been: the row is made.
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rule_draft (rules_yaml, saved_by, saved_at, "
                    + "valid, based_on, revision, id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                bindDraft(insert, d);
                insert.setInt(7, DRAFT_ID);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // Made meanwhile by another save: overwritten only by a save that does not mind.
                return base.any() && replace(c, d, base);
            }
        });
    }

    /** Writes {@code d} over the row if what is stored is what {@code base} expects. */
    private static boolean replace(Connection c, Draft d, DraftBase base) throws SQLException {
        String expected = base.any() ? "" : base.none() ? " AND ended_at IS NOT NULL" : " AND revision = ? AND ended_at IS NULL";
        try (PreparedStatement update = c.prepareStatement("UPDATE rule_draft SET rules_yaml = ?, saved_by = ?, "
                + "saved_at = ?, valid = ?, based_on = ?, revision = ?, ended_by = NULL, ended_at = NULL, "
                + "published_as = NULL WHERE id = ?" + expected)) {
            bindDraft(update, d);
            update.setInt(7, DRAFT_ID);
            if (base.revision() != null) {
                update.setString(8, base.revision());
            }
            return update.executeUpdate() > 0;
        }
    }

    @Override
    public boolean endDraft(String revision, Ended ended) {
        return link.run("discard the rules draft", c -> {
            if (end(c, revision, ended)) {
                return true;
            }
            // Run again after the connection was lost as it committed: the draft is ended, by this.
            DraftState now = state(c);
            return now.draft().isEmpty() && now.ended().filter(e -> e.publishedAs() == null
                    && e.by().equals(clip(ended.by(), 200))).isPresent() && revision.equals(storedRevision(c));
        });
    }

    /** Ends the draft of {@code revision} as {@code ended}; false when it is not the draft being edited. */
    private static boolean end(Connection c, String revision, Ended ended) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE rule_draft SET ended_by = ?, ended_at = ?, published_as = ? "
                + "WHERE id = ? AND revision = ? AND ended_at IS NULL")) {
            s.setString(1, clip(ended.by(), 200));
            s.setTimestamp(2, Timestamp.from(ended.at()));
            if (ended.publishedAs() == null) {
                s.setNull(3, Types.INTEGER);
            } else {
                s.setInt(3, ended.publishedAs());
            }
            s.setInt(4, DRAFT_ID);
            s.setString(5, revision);
            return s.executeUpdate() > 0;
        }
    }

    private static DraftState state(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rules_yaml, saved_by, saved_at, valid, based_on, revision, "
                + "ended_by, ended_at, published_as FROM rule_draft WHERE id = ?")) {
            s.setInt(1, DRAFT_ID);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return DraftState.NEVER;
                }
                Timestamp endedAt = r.getTimestamp("ended_at");
                if (endedAt != null) {
                    return new DraftState(Optional.empty(), Optional.of(new Ended(r.getString("ended_by"),
                            endedAt.toInstant(), r.getObject("published_as", Integer.class))));
                }
                return new DraftState(Optional.of(new Draft(r.getString("rules_yaml"), r.getString("saved_by"),
                        r.getTimestamp("saved_at").toInstant(), r.getBoolean("valid"),
                        r.getObject("based_on", Integer.class), r.getString("revision"))), Optional.empty());
            }
        }
    }

    private static String storedRevision(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT revision FROM rule_draft WHERE id = ?")) {
            s.setInt(1, DRAFT_ID);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
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
        s.setString(6, d.revision());
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
