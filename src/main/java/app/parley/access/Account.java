package app.parley.access;

import java.util.Set;

/**
 * A person who may sign in. A local account has a password hash; one known from the identity
 * provider has none (its roles and teams are refreshed from the provider's claims at sign-in).
 */
public record Account(String username, String displayName, Set<Role> roles, String agentId, Set<String> teams,
        boolean disabled, boolean local) {

    public Account {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
        agentId = agentId == null || agentId.isBlank() ? null : agentId.trim();
    }

    /** The identity this account signs in as. */
    public Identity identity(String via) {
        return new Identity(username, displayName, roles, agentId, teams, via);
    }
}
