package app.parley.coaching;

import app.parley.call.CoachedBy;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which rules coach a call of an agent: the agent's team's profile when there is one, else the
 * floor's rules ({@code rulesets.Profiles}). Answered from memory, without I/O: it is asked on
 * the live path's event loop when a call starts. Thread-safe.
 */
@FunctionalInterface
public interface RuleBookFor {

    /** The rules chosen for a call, and which published version they are (null: not a published version). */
    record Choice(RuleBook book, CoachedBy coachedBy) {
        public Choice {
            Objects.requireNonNull(book);
        }
    }

    /** The rules for a call of {@code agentId} (null: no agent known). */
    Choice forAgent(String agentId);

    /** The same rules for every call, whichever they are at each call's start; no version is known. */
    static RuleBookFor everyone(Supplier<RuleBook> rules) {
        Objects.requireNonNull(rules);
        return agentId -> new Choice(rules.get(), null);
    }
}
