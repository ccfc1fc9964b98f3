package app.parley.coaching;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import java.util.List;

/** One validated rule of a {@link RuleBook}. Times are in seconds. */
record Rule(String name, String kind, Prompt.Severity severity, Speaker speaker, Trigger trigger, double waitSeconds,
        List<Condition> unless, List<Condition> requires, double cooldown, int maxPerCall, Template message,
        Template fallback, int line) {

    /** What starts a rule: the speaker's words or voice. */
    sealed interface Trigger permits Said, Loud, Overlapping, Rate {
    }

    /** The speaker said the concept ({@code atLeast} distinct times within {@code within} seconds). */
    record Said(String concept, int atLeast, double within) implements Trigger {
    }

    /** The speaker's voice {@code overDb} above their own baseline, sustained for {@code seconds}. */
    record Loud(double overDb, double seconds) implements Trigger {
    }

    /** The speaker started talking while the other party was, and both talked for {@code seconds}. */
    record Overlapping(double seconds) implements Trigger {
    }

    /** The speaker talked faster than {@code overWpm} words per minute over the last {@code seconds}. */
    record Rate(double overWpm, double seconds) implements Trigger {
    }

    /**
     * Concepts said (all of them), by a party (null: either), within a window, at least so many
     * times each.
     */
    record Condition(List<String> concepts, Speaker by, Window within, int atLeast) {
    }

    /** Where a condition looks, ending at the moment the rule is evaluated. */
    sealed interface Window permits WholeCall, SinceTrigger, Last {
    }

    /** Since the call started. */
    record WholeCall() implements Window {
    }

    /** Since the triggering words started. */
    record SinceTrigger() implements Window {
    }

    /** The last {@code seconds}. */
    record Last(double seconds) implements Window {
    }
}
