package app.parley.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows guessing down: after a few failed sign-ins for one account, or many from one address,
 * each further attempt must wait, the wait doubling with each failure up to a ceiling. An
 * attempt counts from when it begins; a success clears its account's count and takes itself
 * back from its address's. Failures are forgotten after {@link #MEMORY}.
 * Pure but for the clock, which is passed in.
 */
public final class SignInThrottle {
    /** Failures allowed for one account before attempts are slowed. */
    static final int ACCOUNT_FREE = 3;
    /** Failures allowed from one address (it may try many accounts) before attempts are slowed. */
    static final int ADDRESS_FREE = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    static final Duration MEMORY = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Cache<String, Failures> failures;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(MEMORY)
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000L).build();
    }

    /** How long an attempt for {@code account} from {@code address} must wait now (zero: go ahead). */
    public Duration waitFor(String account, String address) {
        Duration a = wait(failures.getIfPresent(accountKey(account)), ACCOUNT_FREE);
        Duration b = wait(failures.getIfPresent(addressKey(address)), ADDRESS_FREE);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * An attempt begins: it counts as a failure until {@link #succeeded} says otherwise, so that
     * attempts sent all at once are slowed too (the password check takes a while).
     */
    public void attempting(String account, String address) {
        Instant now = clock.instant();
        failures.asMap().merge(accountKey(account), new Failures(1, now), (o, n) -> new Failures(o.count() + 1, now));
        failures.asMap().merge(addressKey(address), new Failures(1, now), (o, n) -> new Failures(o.count() + 1, now));
    }

    /** The attempt was right: the account's failures are forgotten, and the address's count takes this one back. */
    public void succeeded(String account, String address) {
        failures.invalidate(accountKey(account));
        failures.asMap().computeIfPresent(addressKey(address),
                (k, f) -> f.count() <= 1 ? null : new Failures(f.count() - 1, f.last()));
    }

    private Duration wait(Failures f, int free) {
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 16);
        Duration penalty = FIRST_WAIT.multipliedBy(1L << doublings);
        if (penalty.compareTo(LONGEST_WAIT) > 0) {
            penalty = LONGEST_WAIT;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
