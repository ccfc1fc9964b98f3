package app.parley.testing;

import app.parley.access.Account;
import app.parley.access.Accounts;
import app.parley.access.AuditTrail;
import app.parley.access.Role;
import app.parley.access.SignInThrottle;
import app.parley.access.Tokens;
import app.parley.web.Access;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in for tests of one capability's routes: the real {@link Access} on a router, with
 * accounts in memory and an API token per role ({@link #bearer(Role)}), so a test asks as that
 * role without a session.
 */
public final class TestAccess {
    private TestAccess() {
    }

    /** The Authorization header of the test token of {@code role}. */
    public static String bearer(Role role) {
        return "Bearer test-token-" + role.id();
    }

    /** Access on {@code router} (first thing on it), with a token per role. */
    public static Access mount(Vertx vertx, Router router) {
        return new Access(vertx, router, new InMemoryAccounts(), AuditTrail.NONE, new SignInThrottle(Clock.systemUTC()),
                Duration.ofMinutes(30), false);
    }

    /** Accounts kept in memory, with a live API token per role. */
    public static final class InMemoryAccounts implements Accounts {
        private final Map<String, Account> accounts = new LinkedHashMap<>();
        private final Map<String, String> hashes = new ConcurrentHashMap<>();
        private final Map<String, ApiToken> tokens = new ConcurrentHashMap<>();

        public InMemoryAccounts() {
            for (Role role : Role.values()) {
                tokens.put(Tokens.hash("test-token-" + role.id()),
                        new ApiToken("t-" + role.id(), "test-" + role.id(), role, "test", Instant.EPOCH, null));
            }
        }

        @Override
        public synchronized Optional<Account> find(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public synchronized Optional<String> passwordHash(String username) {
            Account a = accounts.get(username);
            return a == null || a.disabled() ? Optional.empty() : Optional.ofNullable(hashes.get(username));
        }

        @Override
        public synchronized List<Account> list() {
            return new ArrayList<>(accounts.values());
        }

        @Override
        public synchronized void add(Account account, String passwordHash) {
            accounts.put(account.username(), account);
            if (passwordHash != null) {
                hashes.put(account.username(), passwordHash);
            }
        }

        @Override
        public synchronized void update(Account account) {
            accounts.put(account.username(), account);
        }

        @Override
        public synchronized boolean setPassword(String username, String passwordHash) {
            if (!accounts.containsKey(username)) {
                return false;
            }
            hashes.put(username, passwordHash);
            return true;
        }

        @Override
        public synchronized boolean setDisabled(String username, boolean disabled) {
            Account a = accounts.get(username);
            if (a == null) {
                return false;
            }
            accounts.put(username, new Account(a.username(), a.displayName(), a.roles(), a.agentId(), a.teams(),
                    disabled, a.local()));
            return true;
        }

        @Override
        public synchronized int count() {
            return accounts.size();
        }

        @Override
        public synchronized List<String> agentIdsInTeams(Set<String> teams) {
            return accounts.values().stream().filter(a -> a.agentId() != null
                    && a.teams().stream().anyMatch(teams::contains)).map(Account::agentId).toList();
        }

        @Override
        public Optional<ApiToken> token(String tokenHash) {
            ApiToken t = tokens.get(tokenHash);
            return t == null || t.revokedAt() != null ? Optional.empty() : Optional.of(t);
        }

        @Override
        public void addToken(ApiToken token, String tokenHash) {
            tokens.put(tokenHash, token);
        }

        @Override
        public boolean revokeToken(String id) {
            for (Map.Entry<String, ApiToken> e : tokens.entrySet()) {
                ApiToken t = e.getValue();
                if (t.id().equals(id) && t.revokedAt() == null) {
                    tokens.put(e.getKey(), new ApiToken(t.id(), t.name(), t.role(), t.createdBy(), t.createdAt(),
                            Instant.now()));
                    return true;
                }
            }
            return false;
        }

        @Override
        public List<ApiToken> tokens() {
            return new ArrayList<>(tokens.values());
        }
    }
}
