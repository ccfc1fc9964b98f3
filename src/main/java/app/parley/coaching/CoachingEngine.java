package app.parley.coaching;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Opens a {@link CoachingSession} per call with the rules in force at that moment for the call's
 * agent: a rule change (see {@link RulesRepository}, and a team's profile in
 * {@code rulesets.Profiles}) applies from the next call on, and a call in progress keeps the rules
 * it started with, so its cooldowns and counts stay meaningful.
 */
public final class CoachingEngine {
    private final RuleBookFor rules;

    /** {@code rules}: where the rules in force are read at each call's start (a {@link RulesRepository}). */
    public CoachingEngine(Supplier<RuleBook> rules) {
        this(RuleBookFor.everyone(rules));
    }

    /** {@code rules}: which rules a call of an agent is coached with, asked at each call's start. */
    public CoachingEngine(RuleBookFor rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public static CoachingEngine of(RuleBook book) {
        Objects.requireNonNull(book);
        return new CoachingEngine(() -> book);
    }

    /** The built-in rules of a language. */
    public static CoachingEngine builtIn(String language) {
        return of(RuleBook.builtIn(language));
    }

    /** The rules a call of {@code agentId} (null: unknown) starting now is coached with. */
    public RuleBookFor.Choice choose(String agentId) {
        return rules.forAgent(agentId);
    }

    /**
     * A session for a new call; {@code facts} may be {@link FactsView#NONE}. {@code callDate} is
     * the day the call takes place, where the debtor is: dates said in the call ("the fifteenth",
     * "next Friday") are understood against it. The rules are those for no particular agent.
     */
    public CoachingSession open(FactsView facts, LocalDate callDate) {
        return open(choose(null), facts, callDate);
    }

    /** A session for a new call with the rules {@link #choose} gave for it. */
    public CoachingSession open(RuleBookFor.Choice rules, FactsView facts, LocalDate callDate) {
        return open(rules.book(), facts, callDate, CallReading.alone());
    }

    /**
     * {@link #open(FactsView, LocalDate)}, reading the words with {@code reading}: sessions of
     * several rule books given the same call's words (a backtest's) read them once.
     */
    public CoachingSession open(FactsView facts, LocalDate callDate, CallReading reading) {
        return open(choose(null).book(), facts, callDate, reading);
    }

    private static CoachingSession open(RuleBook book, FactsView facts, LocalDate callDate, CallReading reading) {
        return new Session(book, facts == null ? FactsView.NONE : facts, Objects.requireNonNull(callDate),
                Objects.requireNonNull(reading));
    }
}
