package app.parley.meaning;

import java.util.Set;

/**
 * Words that bound a clause or point back into it, shared by the readers of days ({@link Tense},
 * {@link Spans}, {@link PutOffs}, {@link OtherDays}): where a clause ends, who opens one, who will
 * act, what "it" is, "that's when".
 */
final class Clauses {
    private Clauses() {
    }

    /** Words that end a clause told in the past: "I got laid off, so when my unemployment kicks in …". */
    static final Set<String> CLAUSE_BREAKS = Set.of("but", "so", "and", "because", "then", "now");

    /** Who opens a clause of their own: "after Thanksgiving | I start a second job". */
    static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "we", "he", "she", "they");

    /** Words that say someone will act: "I'll pay in December", "we can do it in March". */
    static final Set<String> MODALS = Set.of("ill", "will", "well", "youll", "itll", "shell", "hell",
            "theyll", "gonna", "going", "can", "could", "should", "shall", "hope", "hopefully", "plan",
            "planning", "want", "wanna", "until", "till", "wont", "cant");

    /** What stands for the debt in a clause: "pay it", "get this done", "take care of everything". */
    static final Set<String> THE_PAYMENT = Set.of("it", "this", "that", "them", "everything");

    /** "That's when", "which is when", "es cuando": a clause about a day already named. */
    static final Set<String> ANAPHORA = Set.of("thats", "which", "whats", "eso");
}
