package app.parley.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: a signed-in person (a local account or one from the identity provider) or a
 * machine with an API token. {@code agentId} is the PBX's name for them when they take calls;
 * {@code teams} the teams they belong to (an agent) or lead (a supervisor).
 *
 * @param via how they proved it: {@code password}, {@code oidc} or {@code token}
 */
public record Identity(String name, String displayName, Set<Role> roles, String agentId, Set<String> teams,
        String via) {

    public Identity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        teams = Set.copyOf(teams);
        agentId = agentId == null || agentId.isBlank() ? null : agentId;
    }

    public boolean can(Permission permission) {
        return roles.stream().anyMatch(r -> r.permissions().contains(permission));
    }

    public Set<Permission> permissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> all.addAll(r.permissions()));
        return all;
    }
}
