package app.parley.cli;

import app.parley.access.Account;
import app.parley.access.Accounts;
import app.parley.access.JdbcAccounts;
import app.parley.access.JdbcAuditTrail;
import app.parley.access.Passwords;
import app.parley.access.Role;
import app.parley.access.Tokens;
import app.parley.config.ParleyConfig;
import app.parley.store.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Local accounts and API tokens in Parley's store. A password is typed at the prompt (or "
                + "read from standard input, or from --password-file), never given as an argument; every change "
                + "goes to the audit trail.",
        subcommands = {UsersCommand.Add.class, UsersCommand.SetAccount.class, UsersCommand.Passwd.class, UsersCommand.Disable.class,
                UsersCommand.Enable.class, UsersCommand.ListUsers.class, UsersCommand.TokenAdd.class,
                UsersCommand.TokenRevoke.class, UsersCommand.TokenList.class})
final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: add, set, passwd, disable, enable, list, token-add, token-revoke or token-list");
    }

    /** The store's accounts, the audit trail, and who is at the keyboard. */
    abstract static class StoreCommand implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ParleyConfig config = options.load();
            Database database = Database.open(config.store(), config.data());
            try (JdbcAccounts accounts = new JdbcAccounts(database, Clock.systemUTC());
                    JdbcAuditTrail audit = new JdbcAuditTrail(database, Clock.systemUTC())) {
                return run(accounts, (action, target, detail) -> audit.record(
                        "cli:" + System.getProperty("user.name", "?"), "command line", action, target, "ok", detail));
            }
        }

        abstract int run(Accounts accounts, Audit audit) throws IOException;

        interface Audit {
            void record(String action, String target, String detail);
        }

        CommandLine.ParameterException error(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    /** A new password from --password-file, the console (typed twice) or standard input's first line. */
    abstract static class WithPassword extends StoreCommand {
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line "
                + "of this file (for scripts).")
        Path passwordFile;

        String newPassword(String username) throws IOException {
            String password;
            Console console = System.console();
            if (passwordFile != null) {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                password = lines.isEmpty() ? "" : lines.get(0);
            } else if (console != null) {
                char[] first = console.readPassword("New password for %s: ", username);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    throw error("the two passwords differ");
                }
                password = new String(first);
            } else {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? "" : line;
            }
            String weakness = Passwords.weakness(password);
            if (weakness != null) {
                throw error("password refused: " + weakness);
            }
            return password;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a local account.")
    static final class Add extends WithPassword {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "agent, supervisor, qa or admin; several separated by commas.")
        List<String> roles;

        @Option(names = "--name", paramLabel = "TEXT", description = "Display name (default: the username).")
        String displayName;

        @Option(names = "--agent-id", paramLabel = "ID", description = "The PBX's agent id of this person (agents).")
        String agentId;

        @Option(names = "--team", split = ",", paramLabel = "TEAM",
                description = "Teams the person belongs to (an agent) or leads (a supervisor).")
        List<String> teams = List.of();

        @Override
        int run(Accounts accounts, Audit audit) throws IOException {
            if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
                throw error("a username is 1 to 64 letters, digits, '.', '_', '@' or '-', got '" + username + "'");
            }
            Set<Role> parsed = roles(roles, this);
            if (parsed.contains(Role.AGENT) && (agentId == null || agentId.isBlank())) {
                throw error("an agent needs --agent-id (the PBX's name for them)");
            }
            if (accounts.find(username).isPresent()) {
                throw error("an account " + username + " exists already (change its password with passwd)");
            }
            String hash = Passwords.hash(newPassword(username));
            Account account = new Account(username, displayName == null ? username : displayName, parsed, agentId,
                    new LinkedHashSet<>(teams), false, true);
            accounts.add(account, hash);
            audit.record("account-add", username, "roles " + ids(parsed) + (agentId == null ? "" : ", agent " + agentId)
                    + (teams.isEmpty() ? "" : ", teams " + String.join(",", teams)));
            spec.commandLine().getOut().println("added " + username + " (" + ids(parsed) + ")");
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change an account's roles, teams, agent id or display name (what is not given stays).")
    static final class SetAccount extends StoreCommand {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", split = ",", paramLabel = "ROLE", description = "The roles, replacing the old ones.")
        List<String> roles;

        @Option(names = "--team", split = ",", paramLabel = "TEAM", description = "The teams, replacing the old ones.")
        List<String> teams;

        @Option(names = "--agent-id", paramLabel = "ID", description = "The PBX's agent id.")
        String agentId;

        @Option(names = "--name", paramLabel = "TEXT", description = "Display name.")
        String displayName;

        @Override
        int run(Accounts accounts, Audit audit) {
            Account old = accounts.find(username).orElseThrow(() -> error("no account " + username));
            Set<Role> newRoles = roles == null ? old.roles() : roles(roles, this);
            String newAgent = agentId == null ? old.agentId() : agentId;
            if (newRoles.contains(Role.AGENT) && (newAgent == null || newAgent.isBlank())) {
                throw error("an agent needs --agent-id (the PBX's name for them)");
            }
            Account changed = new Account(username, displayName == null ? old.displayName() : displayName, newRoles,
                    newAgent, teams == null ? old.teams() : new LinkedHashSet<>(teams), old.disabled(), old.local());
            accounts.update(changed);
            audit.record("account-change", username, "roles " + ids(changed.roles()) + (changed.agentId() == null ? ""
                    : ", agent " + changed.agentId()) + ", teams " + teams(changed.teams()));
            spec.commandLine().getOut().println("changed " + username + " (" + ids(changed.roles()) + ")");
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a local account's password.")
    static final class Passwd extends WithPassword {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        int run(Accounts accounts, Audit audit) throws IOException {
            if (accounts.find(username).isEmpty()) {
                throw error("no account " + username);
            }
            accounts.setPassword(username, Passwords.hash(newPassword(username)));
            audit.record("account-password", username, null);
            spec.commandLine().getOut().println("password of " + username + " changed");
            return 0;
        }
    }

    /** Disable or enable an account by name. */
    abstract static class Switch extends StoreCommand {
        @Parameters(paramLabel = "USERNAME")
        String username;

        abstract boolean disable();

        @Override
        int run(Accounts accounts, Audit audit) {
            if (!accounts.setDisabled(username, disable())) {
                throw error("no account " + username);
            }
            audit.record(disable() ? "account-disable" : "account-enable", username, null);
            spec.commandLine().getOut().println(username + (disable() ? " disabled" : " enabled"));
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it can no longer sign in, and its sessions end within seconds.")
    static final class Disable extends Switch {
        @Override
        boolean disable() {
            return true;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends Switch {
        @Override
        boolean disable() {
            return false;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers extends StoreCommand {
        @Override
        int run(Accounts accounts, Audit audit) {
            var out = spec.commandLine().getOut();
            out.printf("%-20s %-28s %-12s %-16s %-9s %s%n", "username", "roles", "agent id", "teams", "state", "name");
            for (Account a : accounts.list()) {
                out.printf("%-20s %-28s %-12s %-16s %-9s %s%n", a.username(), ids(a.roles()),
                        a.agentId() == null ? "-" : a.agentId(), a.teams().isEmpty() ? "-" : teams(a.teams()),
                        a.disabled() ? "disabled" : a.local() ? "local" : "provider", a.displayName());
            }
            return 0;
        }
    }

    @Command(name = "token-add", mixinStandardHelpOptions = true,
            description = "Create an API token for a machine client (a nightly import), scoped to one role; the token "
                    + "is printed once and only its hash is kept. A metrics scraper has a token of its own "
                    + "(metrics.token_file), which opens /metrics only.")
    static final class TokenAdd extends StoreCommand {
        @Parameters(paramLabel = "NAME", description = "What uses it, e.g. nightly-import.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "agent, supervisor, qa or admin.")
        String role;

        @Override
        int run(Accounts accounts, Audit audit) {
            Role scoped = roles(List.of(role), this).iterator().next();
            String token = Tokens.newToken();
            String id = Tokens.newId();
            accounts.addToken(new Accounts.ApiToken(id, name, scoped, "cli:" + System.getProperty("user.name", "?"),
                    java.time.Instant.now(), null), Tokens.hash(token));
            audit.record("token-add", id, name + " (" + scoped.id() + ")");
            spec.commandLine().getOut().println("token " + id + " for " + name + " (" + scoped.id()
                    + "); send it as 'Authorization: Bearer <token>'. Shown this once:");
            spec.commandLine().getOut().println(token);
            return 0;
        }
    }

    @Command(name = "token-revoke", mixinStandardHelpOptions = true, description = "Revoke an API token by its id.")
    static final class TokenRevoke extends StoreCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        int run(Accounts accounts, Audit audit) {
            if (!accounts.revokeToken(id)) {
                throw error("no live token " + id);
            }
            audit.record("token-revoke", id, null);
            spec.commandLine().getOut().println("token " + id + " revoked");
            return 0;
        }
    }

    @Command(name = "token-list", mixinStandardHelpOptions = true, description = "List the API tokens (never the tokens).")
    static final class TokenList extends StoreCommand {
        @Override
        int run(Accounts accounts, Audit audit) {
            var out = spec.commandLine().getOut();
            for (Accounts.ApiToken t : accounts.tokens()) {
                out.printf("%-18s %-24s %-11s %s%s%n", t.id(), t.name(), t.role().id(), t.createdAt(),
                        t.revokedAt() == null ? "" : "  revoked " + t.revokedAt());
            }
            return 0;
        }
    }

    static Set<Role> roles(List<String> ids, StoreCommand command) {
        Set<Role> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.add(Role.byId(id).orElseThrow(() -> command.error("unknown role '" + id + "': one of "
                    + String.join(", ", Role.ids()))));
        }
        return out;
    }

    /** Teams in a stable order (an account's set has none). */
    static String teams(java.util.Collection<String> teams) {
        return String.join(",", teams.stream().sorted().toList());
    }

    static String ids(Set<Role> roles) {
        return String.join(",", roles.stream().sorted().map(Role::id).toList()).toLowerCase(Locale.ROOT);
    }
}
