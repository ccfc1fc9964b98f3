package app.parley.rulesets;

import app.parley.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published rules files and the shared draft, in the store (H2 or PostgreSQL, schema V9).
 * Blocking: call it from a worker. Thread-safe.
 */
public interface RuleVersions extends AutoCloseable {

    /** A published rules file; {@code restoredFrom} is the version a rollback published again, else null. */
    record Version(int number, String text, String author, Instant at, String comment, int ruleCount,
            Integer restoredFrom) {
        public Summary summary() {
            return new Summary(number, author, at, comment, ruleCount, restoredFrom);
        }
    }

    /** A version without its text, for the list. */
    record Summary(int number, String author, Instant at, String comment, int ruleCount, Integer restoredFrom) {
    }

    /** The draft as last saved; {@code basedOn} is the version in force then (null before any). */
    record Draft(String text, String savedBy, Instant savedAt, boolean valid, Integer basedOn) {
    }

    /**
     * A version to store; {@code publishId} is unique per publish, so a publish run again after a
     * lost connection finds the version it stored rather than storing a second one.
     */
    record NewVersion(String publishId, String text, String author, Instant at, String comment, int ruleCount,
            Integer restoredFrom) {
    }

    /** What must succeed for a version to be stored: putting it in force. */
    interface InForce {
        void run() throws Exception;
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

    Optional<Version> latest();

    /**
     * Stores {@code version} as the next number, in one transaction with {@code clearDraft}'s
     * deletion of the draft, and runs {@code putInForce} before committing: when it fails
     * ({@link NotInForce}) or the store does ({@link app.parley.store.StoreException}), nothing is
     * stored. {@code putInForce} may run twice (a lost connection): it must be safe to.
     */
    Version append(NewVersion version, boolean clearDraft, InForce putInForce);

    Optional<Draft> draft();

    /** Saves the one draft, replacing the one there was. */
    void saveDraft(Draft draft);

    /** Deletes the draft; false when there was none. */
    boolean deleteDraft();

    @Override
    void close();

    /** The versions in {@code database}. */
    static RuleVersions create(Database database) {
        return new JdbcRuleVersions(database);
    }
}
