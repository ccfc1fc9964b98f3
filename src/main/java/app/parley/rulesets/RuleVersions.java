package app.parley.rulesets;

import app.parley.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published rules files, the teams' profiles and the shared draft, in the store (H2 or
 * PostgreSQL, schemas V9 and V11).
 * Blocking: call it from a worker. Thread-safe.
 */
public interface RuleVersions extends AutoCloseable {

    /**
     * A published rules file; {@code restoredFrom} is the version a rollback published again, else
     * null; {@code team} the one team it was published to, null when to everyone (the floor).
     */
    record Version(int number, String text, String author, Instant at, String comment, int ruleCount,
            Integer restoredFrom, String team) {
        public Summary summary() {
            return new Summary(number, author, at, comment, ruleCount, restoredFrom, team);
        }
    }

    /** A version without its text, for the list. */
    record Summary(int number, String author, Instant at, String comment, int ruleCount, Integer restoredFrom,
            String team) {
    }

    /** A team's profile: its agents' calls are coached with {@code version}, set by whom and when. */
    record Profile(String team, int version, String setBy, Instant setAt) {
    }

    /** The draft as last saved; {@code basedOn} is the version in force then (null before any). */
    record Draft(String text, String savedBy, Instant savedAt, boolean valid, Integer basedOn) {
    }

    /**
     * A version to store; {@code publishId} is unique per publish, so a publish run again after a
     * lost connection finds the version it stored rather than storing a second one.
     */
    record NewVersion(String publishId, String text, String author, Instant at, String comment, int ruleCount,
            Integer restoredFrom, String team) {
    }

    /** What must succeed for a version to be stored: putting it in force, as version {@code number}. */
    interface InForce {
        void run(int number) throws Exception;
    }

    /** {@link InForce} failed: nothing was stored. {@link #getCause()} is its failure. */
    final class NotInForce extends RuntimeException {
        public NotInForce(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Every version, newest first. */
    List<Summary> list();

    Optional<Version> get(int number);

    /** The latest version published to everyone: the floor's rules. */
    Optional<Version> latest();

    /**
     * Stores {@code version} as the next number, in one transaction with {@code clearDraft}'s
     * deletion of the draft and, for a version published to a team, that team's profile pointed at
     * it, and runs {@code putInForce} before committing: when it fails
     * ({@link NotInForce}) or the store does ({@link app.parley.store.StoreException}), nothing is
     * stored. {@code putInForce} may run twice (a lost connection): it must be safe to.
     */
    Version append(NewVersion version, boolean clearDraft, InForce putInForce);

    Optional<Draft> draft();

    /** Saves the one draft, replacing the one there was. */
    void saveDraft(Draft draft);

    /** Deletes the draft; false when there was none. */
    boolean deleteDraft();

    /** Every team's profile, by team name. */
    List<Profile> profiles();

    /**
     * Removes {@code team}'s profile (its calls follow the floor's rules again) in one transaction
     * with {@code putInForce}; false, and nothing run, when it had none.
     */
    boolean removeProfile(String team, InForce putInForce);

    @Override
    void close();

    /** The versions in {@code database}. */
    static RuleVersions create(Database database) {
        return new JdbcRuleVersions(database);
    }
}
