package app.parley.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed roles of a collections floor, and what each may do. A person may hold several
 * (a supervisor who also reviews calls is {@code supervisor,qa}).
 */
public enum Role {
    /** Their own live screen, their own past calls, feedback on their prompts. */
    AGENT(EnumSet.of(Permission.LIVE_OWN, Permission.CALLS_OWN, Permission.PROMPT_FEEDBACK)),
    /** Live screens and calls of their team(s). */
    SUPERVISOR(EnumSet.of(Permission.LIVE_OWN, Permission.LIVE_TEAM, Permission.CALLS_OWN, Permission.CALLS_TEAM,
            Permission.PROMPT_FEEDBACK)),
    /** Search, replay, recordings and scorecards of every call; overrides signed with their own name. */
    QA(EnumSet.of(Permission.CALLS_ALL, Permission.CALLS_TEAM, Permission.CALLS_OWN, Permission.SCORECARD_OVERRIDE)),
    /** Rules, ledger imports, users, tokens, retention, the audit trail. */
    ADMIN(EnumSet.of(Permission.RULES_READ, Permission.RULES_EDIT, Permission.LEDGER_IMPORT, Permission.LEDGER_READ,
            Permission.USERS_ADMIN, Permission.AUDIT_READ, Permission.HEALTH));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The name used in configuration, the command line and the store. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The names, for an error message. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Role::id).toList();
    }
}
