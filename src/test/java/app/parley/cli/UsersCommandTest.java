package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.AuditTrail;
import app.parley.access.JdbcAccounts;
import app.parley.access.JdbcAuditTrail;
import app.parley.access.Passwords;
import app.parley.access.Role;
import app.parley.access.Tokens;
import app.parley.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parley users: accounts and tokens on the command line, kept in the store, every change audited. */
class UsersCommandTest {
    @TempDir
    Path dir;

    @Test
    void accountsAreAddedChangedDisabledAndListedWithTheirPasswordsHashedAndTheChangesAudited() throws Exception {
        Path data = dir.resolve("data");
        Path password = dir.resolve("password");
        Files.writeString(password, "first-password-123\n");
        LedgerCommandTest.Run added = LedgerCommandTest.run("users", "add", "alice", "--role", "agent", "--agent-id", "a-1",
                "--team", "north", "--name", "Alice Smith", "--password-file", password.toString(), "--data", data.toString());
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("added alice (agent)"), added.out());
        LedgerCommandTest.Run again = LedgerCommandTest.run("users", "add", "alice", "--role", "qa", "--password-file",
                password.toString(), "--data", data.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("an account alice exists already"), again.err());
        LedgerCommandTest.Run noAgentId = LedgerCommandTest.run("users", "add", "bob", "--role", "agent",
                "--password-file", password.toString(), "--data", data.toString());
        assertTrue(noAgentId.err().contains("an agent needs --agent-id"), noAgentId.err());
        LedgerCommandTest.Run badRole = LedgerCommandTest.run("users", "add", "carol", "--role", "boss",
                "--password-file", password.toString(), "--data", data.toString());
        assertTrue(badRole.err().contains("unknown role 'boss': one of agent, supervisor, qa, admin"), badRole.err());
        Files.writeString(password, "short\n");
        LedgerCommandTest.Run weak = LedgerCommandTest.run("users", "passwd", "alice", "--password-file",
                password.toString(), "--data", data.toString());
        assertTrue(weak.err().contains("password refused: a password has at least 10 characters"), weak.err());
        Files.writeString(password, "second-password-456\n");
        assertEquals(0, LedgerCommandTest.run("users", "passwd", "alice", "--password-file", password.toString(),
                "--data", data.toString()).exit());
        LedgerCommandTest.Run promoted = LedgerCommandTest.run("users", "set", "alice", "--role", "agent,supervisor",
                "--team", "north,south", "--data", data.toString());
        assertEquals(0, promoted.exit(), promoted.err());
        assertTrue(LedgerCommandTest.run("users", "set", "nobody", "--role", "qa", "--data", data.toString()).err()
                .contains("no account nobody"));
        assertEquals(0, LedgerCommandTest.run("users", "disable", "alice", "--data", data.toString()).exit());
        LedgerCommandTest.Run listed = LedgerCommandTest.run("users", "list", "--data", data.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("alice") && l.contains("agent,supervisor")
                && l.contains("a-1") && l.contains("north,south") && l.contains("disabled") && l.contains("Alice Smith")),
                listed.out());
        assertFalse(listed.out().contains("password"), "no password or hash listed");

        Database database = Database.embedded(data);
        try (JdbcAccounts accounts = new JdbcAccounts(database, Clock.systemUTC());
                JdbcAuditTrail audit = new JdbcAuditTrail(database, Clock.systemUTC())) {
            assertTrue(accounts.passwordHash("alice").isEmpty(), "a disabled account has no password to check");
            accounts.setDisabled("alice", false);
            String hash = accounts.passwordHash("alice").orElseThrow();
            assertTrue(Passwords.matches(hash, "second-password-456") && !hash.contains("second-password-456"));
            assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), accounts.find("alice").orElseThrow().roles());
            assertEquals(java.util.List.of("account-disable", "account-change", "account-password", "account-add"), audit.search(
                    new AuditTrail.Query(null, null, "alice", null, null, 10)).stream().map(AuditTrail.Event::action).toList());
        }
    }

    @Test
    void aTokenIsShownOnceKeptAsAHashAndRevoked() throws Exception {
        Path data = dir.resolve("data");
        LedgerCommandTest.Run made = LedgerCommandTest.run("users", "token-add", "nightly-import", "--role", "admin",
                "--data", data.toString());
        assertEquals(0, made.exit(), made.err());
        String token = made.out().lines().filter(l -> l.startsWith("parley_")).findFirst().orElseThrow();
        String id = made.out().split(" ")[1];
        Database database = Database.embedded(data);
        try (JdbcAccounts accounts = new JdbcAccounts(database, Clock.systemUTC())) {
            assertEquals(Role.ADMIN, accounts.token(Tokens.hash(token)).orElseThrow().role());
            assertFalse(LedgerCommandTest.run("users", "token-list", "--data", data.toString()).out().contains(token));
            assertEquals(0, LedgerCommandTest.run("users", "token-revoke", id, "--data", data.toString()).exit());
            assertTrue(accounts.token(Tokens.hash(token)).isEmpty(), "revoked");
        }
    }
}
