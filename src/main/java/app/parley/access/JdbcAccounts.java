package app.parley.access;

import app.parley.store.Database;
import app.parley.store.RetryingConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts and API tokens in the store's database (H2 or PostgreSQL, schema V5). */
public final class JdbcAccounts implements Accounts, AutoCloseable {
    private static final String COLUMNS = "username, display_name, roles, agent_id, teams, password_hash, disabled";

    private final RetryingConnection link;
    private final Clock clock;

    public JdbcAccounts(Database database, Clock clock) {
        this.link = new RetryingConnection(database);
        this.clock = clock;
    }

    @Override
    public Optional<Account> find(String username) {
        return link.run("read account " + username, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM accounts WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(account(r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return link.run("read account " + username, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT password_hash FROM accounts WHERE username = ? AND NOT disabled")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Account> list() {
        return link.run("list accounts", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM accounts ORDER BY username");
                    ResultSet r = s.executeQuery()) {
                List<Account> out = new ArrayList<>();
                while (r.next()) {
                    out.add(account(r));
                }
                return out;
            }
        });
    }

    @Override
    public void add(Account account, String passwordHash) {
        link.run("add account " + account.username(), c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO accounts (" + COLUMNS
                    + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, account.username());
                s.setString(2, account.displayName());
                s.setString(3, roles(account.roles()));
                s.setString(4, account.agentId());
                s.setString(5, String.join(",", account.teams().stream().sorted().toList()));
                s.setString(6, passwordHash);
                s.setBoolean(7, account.disabled());
                Timestamp now = Timestamp.from(clock.instant());
                s.setTimestamp(8, now);
                s.setTimestamp(9, now);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void update(Account account) {
        link.run("update account " + account.username(), c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE accounts SET display_name = ?, roles = ?, "
                    + "agent_id = ?, teams = ?, updated_at = ? WHERE username = ?")) {
                s.setString(1, account.displayName());
                s.setString(2, roles(account.roles()));
                s.setString(3, account.agentId());
                s.setString(4, String.join(",", account.teams().stream().sorted().toList()));
                s.setTimestamp(5, Timestamp.from(clock.instant()));
                s.setString(6, account.username());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean setPassword(String username, String passwordHash) {
        return link.run("set the password of " + username, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE accounts SET password_hash = ?, updated_at = ? WHERE username = ?")) {
                s.setString(1, passwordHash);
                s.setTimestamp(2, Timestamp.from(clock.instant()));
                s.setString(3, username);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean setDisabled(String username, boolean disabled) {
        return link.run((disabled ? "disable " : "enable ") + username, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE accounts SET disabled = ?, updated_at = ? WHERE username = ?")) {
                s.setBoolean(1, disabled);
                s.setTimestamp(2, Timestamp.from(clock.instant()));
                s.setString(3, username);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int count() {
        return link.run("count accounts", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM accounts");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    @Override
    public List<String> agentIdsInTeams(Set<String> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Account a : list()) {
            if (a.agentId() != null && !a.disabled() && a.teams().stream().anyMatch(teams::contains)) {
                out.add(a.agentId());
            }
        }
        return out;
    }

    @Override
    public Optional<ApiToken> token(String tokenHash) {
        return link.run("read an API token", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, role, created_by, created_at, revoked_at "
                    + "FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
                s.setString(1, tokenHash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(token(r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void addToken(ApiToken token, String tokenHash) {
        link.run("add API token " + token.name(), c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_tokens (id, name, role, token_hash, "
                    + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, token.id());
                s.setString(2, token.name());
                s.setString(3, token.role().id());
                s.setString(4, tokenHash);
                s.setString(5, token.createdBy());
                s.setTimestamp(6, Timestamp.from(token.createdAt()));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean revokeToken(String id) {
        return link.run("revoke API token " + id, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                s.setTimestamp(1, Timestamp.from(clock.instant()));
                s.setString(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<ApiToken> tokens() {
        return link.run("list API tokens", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, role, created_by, created_at, revoked_at "
                    + "FROM api_tokens ORDER BY created_at DESC, id");
                    ResultSet r = s.executeQuery()) {
                List<ApiToken> out = new ArrayList<>();
                while (r.next()) {
                    out.add(token(r));
                }
                return out;
            }
        });
    }

    @Override
    public void close() {
        link.close();
    }

    private static Account account(ResultSet r) throws SQLException {
        Set<Role> roles = new LinkedHashSet<>();
        for (String id : split(r.getString("roles"))) {
            Role.byId(id).ifPresent(roles::add); // a role a later version dropped is ignored, not fatal
        }
        return new Account(r.getString("username"), r.getString("display_name"), roles, r.getString("agent_id"),
                new LinkedHashSet<>(split(r.getString("teams"))), r.getBoolean("disabled"),
                r.getString("password_hash") != null);
    }

    private static ApiToken token(ResultSet r) throws SQLException {
        Timestamp revoked = r.getTimestamp("revoked_at");
        return new ApiToken(r.getString("id"), r.getString("name"), Role.byId(r.getString("role")).orElseThrow(),
                r.getString("created_by"), r.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }
}
