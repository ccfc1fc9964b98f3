package app.parley.access;

import java.util.List;
import java.util.Optional;

/** Where accounts and API tokens are kept (the call store's database: {@link JdbcAccounts}). */
public interface Accounts {

    Optional<Account> find(String username);

    /** The stored password hash of a local, enabled account. */
    Optional<String> passwordHash(String username);

    List<Account> list();

    /** Adds a local account ({@code passwordHash} set) or records a provider's one (null). */
    void add(Account account, String passwordHash);

    /** Replaces roles, teams, agent id and display name (a provider's account at each sign-in). */
    void update(Account account);

    /** @return false when there is no such account */
    boolean setPassword(String username, String passwordHash);

    /** @return false when there is no such account */
    boolean setDisabled(String username, boolean disabled);

    int count();

    /** The agent ids of the accounts whose teams include one of {@code teams}. */
    List<String> agentIdsInTeams(java.util.Set<String> teams);

    /**
     * Who is in which team: each agent id of an enabled account, with the teams of its accounts
     * (an agent id on several accounts has all their teams).
     */
    default java.util.Map<String, java.util.Set<String>> teamsByAgent() {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (Account a : list()) {
            if (a.agentId() != null && !a.disabled()) {
                out.computeIfAbsent(a.agentId(), id -> new java.util.TreeSet<>()).addAll(a.teams());
            }
        }
        out.replaceAll((agent, teams) -> java.util.Set.copyOf(teams));
        return out;
    }

    /** A machine client's token: its role, or empty when unknown or revoked. */
    Optional<ApiToken> token(String tokenHash);

    void addToken(ApiToken token, String tokenHash);

    /** @return false when there is no such live token */
    boolean revokeToken(String id);

    List<ApiToken> tokens();

    /** An API token as listed: never the token itself. */
    record ApiToken(String id, String name, Role role, String createdBy, java.time.Instant createdAt,
            java.time.Instant revokedAt) {
        public Identity identity() {
            return new Identity("token:" + name, name, java.util.Set.of(role), null, java.util.Set.of(), "token");
        }
    }
}
