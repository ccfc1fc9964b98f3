package app.parley.rulesets;

import app.parley.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published rules files, the teams' profiles and the shared draft, in the store (H2 or
 * PostgreSQL, schemas V9, V11 and V14).
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

    /**
     * The draft as last saved; {@code basedOn} is the version in force then (null before any);
     * {@code revision} is new at each save and never used again, so it names this save.
     */
    record Draft(String text, String savedBy, Instant savedAt, boolean valid, Integer basedOn, String revision) {
    }

    /** How a draft ended: discarded ({@code publishedAs} null) or published as that version; by whom, when. */
    record Ended(String by, Instant at, Integer publishedAs) {
        public boolean published() {
            return publishedAs != null;
        }
    }

    /**
     * The shared draft now: the one being edited, or else how the last one ended (both empty
     * before the first draft).
     */
    record DraftState(Optional<Draft> draft, Optional<Ended> ended) {
        public static final DraftState NEVER = new DraftState(Optional.empty(), Optional.empty());
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

    /** The draft a publish was to end is no longer the one being edited: nothing was stored. */
    final class StaleDraft extends RuntimeException {
        public StaleDraft(String revision) {
            super("the draft of revision " + revision + " is no longer the one being edited");
        }
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
     * Stores {@code version} as the next number, in one transaction with the end of the draft of
     * revision {@code draftRevision} (published as this version; null: the draft is left alone)
     * and, for a version published to a team, that team's profile pointed at it, and runs
     * {@code putInForce} before committing: when that draft is no longer the one being edited
     * ({@link StaleDraft}), {@code putInForce} fails ({@link NotInForce}) or the store does
     * ({@link app.parley.store.StoreException}), nothing is stored. {@code putInForce} may run
     * twice (a lost connection): it must be safe to.
     */
    Version append(NewVersion version, String draftRevision, InForce putInForce);

    /** The draft being edited; empty when there is none. */
    Optional<Draft> draft();

    /** The draft being edited, or how the last one ended. */
    DraftState draftState();

    /**
     * Saves {@code draft} as the one draft if the draft stored now is what {@code base} expects,
     * checked and written in one statement, so that a save made meanwhile (on this node or
     * another) is never overwritten; false, and nothing written, when it is not.
     */
    boolean saveDraft(Draft draft, DraftBase base);

    /**
     * Ends the draft of {@code revision} as {@code ended} (discarded: its text is kept, no longer
     * the draft); false, and nothing written, when that draft is no longer the one being edited.
     */
    boolean endDraft(String revision, Ended ended);

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
