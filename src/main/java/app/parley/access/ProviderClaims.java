package app.parley.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How an identity provider's ID token describes a person to Parley: the username (its
 * {@code preferred_username}, else {@code email}, else {@code sub}), the display name, the roles
 * (groups in {@code rolesClaim}, mapped by {@code roleMap}), the PBX agent id and the teams.
 */
public record ProviderClaims(String rolesClaim, Map<String, String> roleMap, String agentIdClaim, String teamsClaim) {

    /** The account the claims describe; empty when they name no one. Roles may be empty: no Parley role. */
    public Optional<Account> account(Map<String, Object> claims) {
        String username = first(claims, "preferred_username", "email", "sub");
        if (username == null) {
            return Optional.empty();
        }
        String display = first(claims, "name", "preferred_username", "email", "sub");
        Set<Role> roles = new LinkedHashSet<>();
        for (String group : strings(claims.get(rolesClaim))) {
            String role = roleMap.get(group);
            if (role != null) {
                Role.byId(role).ifPresent(roles::add);
            }
        }
        List<String> agent = strings(claims.get(agentIdClaim));
        return Optional.of(new Account(username, display, roles, agent.isEmpty() ? null : agent.get(0),
                new LinkedHashSet<>(strings(claims.get(teamsClaim))), false, false));
    }

    private static String first(Map<String, Object> claims, String... names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value instanceof String s && !s.isBlank()) {
                return s.trim();
            }
        }
        return null;
    }

    /** A claim as a list of strings: a JSON array, or one string (some providers send a single group so). */
    private static List<String> strings(Object claim) {
        if (claim instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.trim());
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().filter(String.class::isInstance).map(o -> ((String) o).trim()).filter(s -> !s.isEmpty())
                    .toList();
        }
        if (claim instanceof io.vertx.core.json.JsonArray a) {
            return strings(a.getList());
        }
        return List.of();
    }
}
