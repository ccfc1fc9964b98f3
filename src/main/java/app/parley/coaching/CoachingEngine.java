package app.parley.coaching;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Opens a {@link CoachingSession} per call with the rules in force at that moment: a rule
 * change (see {@link RulesRepository}) applies from the next call on, and a call in progress
 * keeps the rules it started with, so its cooldowns and counts stay meaningful.
 */
public final class CoachingEngine {
    private final Supplier<RuleBook> rules;

    /** {@code rules}: where the rules in force are read at each call's start (a {@link RulesRepository}). */
    public CoachingEngine(Supplier<RuleBook> rules) {
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

    /**
     * A session for a new call; {@code facts} may be {@link FactsView#NONE}. {@code callDate} is
     * the day the call takes place, where the debtor is: dates said in the call ("the fifteenth",
     * "next Friday") are understood against it.
     */
    public CoachingSession open(FactsView facts, LocalDate callDate) {
        return open(facts, callDate, CallReading.none());
    }

    /**
     * {@link #open(FactsView, LocalDate)}, reading the words with {@code reading}: sessions of
     * several rule books given the same call's words (a backtest's) read them once.
     */
    public CoachingSession open(FactsView facts, LocalDate callDate, CallReading reading) {
        return new Session(rules.get(), facts == null ? FactsView.NONE : facts, Objects.requireNonNull(callDate),
                Objects.requireNonNull(reading));
    }
}
