package app.parley.coaching;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.meaning.DateMention;
import java.util.List;
import java.util.Set;

/** One validated rule of a {@link RuleBook}. Times are in seconds. */
record Rule(String name, String kind, String situation, Prompt.Severity severity, Speaker speaker, Trigger trigger,
        double waitSeconds, List<Condition> unless, List<Condition> requires, double cooldown, int maxPerCall,
        Template message, Template fallback, int line) {

    /**
     * Whether the rule waits on the other party's answer: an {@code unless} on what they say ("the
     * agent acknowledged the hardship"), which may come at the end of their reply.
     */
    boolean awaitsAnswer() {
        return unless.stream().anyMatch(c -> c.what() instanceof Concepts && c.by() != null && c.by() != speaker);
    }

    /** What starts a rule: the speaker's words, what they meant, or their voice. */
    sealed interface Trigger permits Said, Dated, OptionsLaidOut, Loud, Overlapping, Rate, Contact {
    }

    /** Judged once, when the call connects, on its contact facts ({@link FactsView.Contact}) rather than on words. */
    sealed interface Contact extends Trigger permits OutsideHours, CallCount, AfterConversation {
    }

    /** The call connected outside [{@code from}, {@code to}) at the debtor's location (in any zone they may be in). */
    record OutsideHours(java.time.LocalTime from, java.time.LocalTime to) implements Contact {
    }

    /** This call is more than the {@code moreThan}-th about the debt within {@code seconds}. */
    record CallCount(int moreThan, double seconds) implements Contact {
    }

    /** A conversation with the client about the debt took place less than {@code seconds} before. */
    record AfterConversation(double seconds) implements Contact {
    }

    /** The speaker named a date that reaches as far as one of {@code reaches} (near, later, past). */
    record Dated(Set<DateMention.Reach> reaches) implements Trigger, What {
    }

    /** The speaker laid out more than {@code moreThan} alternatives in one turn. */
    record OptionsLaidOut(int moreThan) implements Trigger {
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

    /** Something that happened, by a party (null: either), within a window, at least so many times. */
    record Condition(What what, Speaker by, Window within, int atLeast) {
    }

    /** What a condition looks for. */
    sealed interface What permits Concepts, Dated, SameDay, State, AnyOf {
    }

    /** One of these conditions holds ({@code any:} in {@code requires}); each has its own speaker and window. */
    record AnyOf(List<Condition> options) implements What {
    }

    /** A day the triggering words name was named before ("yes, the twenty ninth is fine" after the agent proposed it). */
    record SameDay() implements What {
    }

    /** Phrases of these concepts were said (each of them). */
    record Concepts(List<String> names) implements What {
    }

    /** The call reached a state ({@link CallState}), with these slots filled. */
    record State(String name, List<String> slots) implements What {
    }

    /** Where a condition looks, ending at the moment the rule is evaluated. */
    sealed interface Window permits WholeCall, SinceTrigger, BeforeTrigger, Last {
    }

    /** Since the call started. */
    record WholeCall() implements Window {
    }

    /** Since the triggering words started. */
    record SinceTrigger() implements Window {
    }

    /**
     * From the call's start until the triggering words started: what had happened already when they
     * were said, not what was done in answer to them while the rule waited.
     */
    record BeforeTrigger() implements Window {
    }

    /** The last {@code seconds}; in {@code requires}, from that long before the triggering words began. */
    record Last(double seconds) implements Window {
    }
}
