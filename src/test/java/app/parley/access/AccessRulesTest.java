package app.parley.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles, password hashes and the sign-in throttle, without I/O (the throttle's clock is set by hand). */
class AccessRulesTest {

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void rolesGrantWhatTheFloorExpects() {
        Identity agent = new Identity("alice", "Alice", Set.of(Role.AGENT), "a-1", Set.of("north"), "password");
        assertTrue(agent.can(Permission.LIVE_OWN) && agent.can(Permission.CALLS_OWN));
        assertFalse(agent.can(Permission.CALLS_ALL) || agent.can(Permission.LIVE_TEAM) || agent.can(Permission.RULES_EDIT));
        Identity qa = new Identity("quinn", "Quinn", Set.of(Role.QA), null, Set.of(), "password");
        assertTrue(qa.can(Permission.CALLS_ALL) && qa.can(Permission.SCORECARD_OVERRIDE));
        assertFalse(qa.can(Permission.RULES_EDIT) || qa.can(Permission.AUDIT_READ));
        Identity admin = new Identity("ada", "Ada", Set.of(Role.ADMIN), null, Set.of(), "password");
        assertTrue(admin.can(Permission.RULES_EDIT) && admin.can(Permission.AUDIT_READ) && admin.can(Permission.USERS_ADMIN));
        assertFalse(admin.can(Permission.CALLS_OWN), "an admin runs the system, not the calls");
        Identity both = new Identity("sam", "Sam", Set.of(Role.SUPERVISOR, Role.QA), null, Set.of("north"), "oidc");
        assertTrue(both.can(Permission.LIVE_TEAM) && both.can(Permission.CALLS_ALL));
    }

    @Test
    void aPasswordHashIsSaltedSlowAndChecksOnlyTheRightPassword() {
        String hash = Passwords.hash("correct-horse-battery");
        assertTrue(hash.startsWith("$pbkdf2$it=" + Passwords.ITERATIONS + "$"), hash);
        assertNotEquals(hash, Passwords.hash("correct-horse-battery"), "a fresh salt each time");
        assertTrue(Passwords.matches(hash, "correct-horse-battery"));
        assertFalse(Passwords.matches(hash, "correct-horse-batterY"));
        assertFalse(Passwords.matches(null, "x"));
        assertNull(Passwords.weakness("correct-horse-battery"));
        assertEquals("a password has at least 10 characters", Passwords.weakness("short"));
        assertEquals("a password uses at least four different characters", Passwords.weakness("aaaaaaaaaaab"));
    }

    @Test
    void failedSignInsSlowTheAccountDownThenAreForgotten() {
        ManualClock clock = new ManualClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE; i++) {
            assertEquals(Duration.ZERO, throttle.waitFor("victim", "10.0.0.1"));
            throttle.attempting("victim", "10.0.0.1");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("victim", "10.0.0.9"), "by account, from any address");
        throttle.attempting("victim", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("Victim", "10.0.0.1"), "doubling; names are case-blind");
        clock.now = clock.now.plusSeconds(2);
        assertEquals(Duration.ZERO, throttle.waitFor("victim", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.waitFor("someone-else", "10.0.0.2"));
        clock.now = clock.now.plus(SignInThrottle.MEMORY).plusSeconds(1);
        throttle.attempting("victim", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("victim", "10.0.0.1"), "old failures forgotten");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        ManualClock clock = new ManualClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.ADDRESS_FREE; i++) {
            throttle.attempting("user" + i, "10.0.0.66");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("fresh-user", "10.0.0.66"));
        assertEquals(Duration.ZERO, throttle.waitFor("fresh-user", "10.0.0.67"));
        throttle.succeeded("user1", "10.0.0.66");
        assertEquals(Duration.ZERO, throttle.waitFor("fresh-user", "10.0.0.66"), "a success takes itself back");
        for (int i = 0; i < 20; i++) {
            throttle.attempting("agent" + i, "10.0.0.80");
            throttle.succeeded("agent" + i, "10.0.0.80");
        }
        assertEquals(Duration.ZERO, throttle.waitFor("agent21", "10.0.0.80"), "a floor signing in from one address");
    }
}
