package app.parley.rulesets;

import app.parley.rulesets.RuleVersions.Draft;
import java.util.Optional;

/**
 * What an admin's change to the shared draft was based on: the draft of one revision, as they
 * loaded or last saved it; no draft (they were editing the rules in force); or, for a script that
 * does not say, whatever is there. A save, publish or discard whose base is no longer the draft
 * is refused, so that nobody overwrites, publishes or throws away a draft they have not seen.
 */
public record DraftBase(String revision, boolean none) {
    /** Whatever draft there is, or none: the change is made regardless. */
    public static final DraftBase ANY = new DraftBase(null, false);
    /** No draft: the change goes through only while there is none. */
    public static final DraftBase NONE = new DraftBase(null, true);

    public DraftBase {
        if (revision != null && none) {
            throw new IllegalArgumentException("a base is a revision or no draft, not both");
        }
    }

    /** The draft of {@code revision}. */
    public static DraftBase revision(String revision) {
        if (revision == null || revision.isBlank()) {
            throw new IllegalArgumentException("a draft's revision is not empty");
        }
        return new DraftBase(revision, false);
    }

    public boolean any() {
        return revision == null && !none;
    }

    /** Whether {@code now} (empty: no draft) is what this change was based on. */
    public boolean matches(Optional<Draft> now) {
        if (any()) {
            return true;
        }
        if (none) {
            return now.isEmpty();
        }
        return now.isPresent() && now.get().revision().equals(revision);
    }

    @Override
    public String toString() {
        return any() ? "any draft" : none ? "no draft" : "revision " + revision;
    }
}
