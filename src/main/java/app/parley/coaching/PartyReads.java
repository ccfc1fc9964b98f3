package app.parley.coaching;

import app.parley.call.Speaker;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a rule book reads in one party's words: the concepts whose matches there a rule's trigger
 * or a condition looks at, and whether the options laid out in a turn are counted. A session
 * looks for nothing else in that party's words: the agent's words are never searched for the
 * client's hardship, nor the client's for the agent's debt talk, unless a rule reads them there.
 * The prompts are the same as with every concept looked for in both parties' words; looking for
 * the others was most of a session's reading (docs/backtest.md). Dates and amounts are read in
 * every party's words.
 */
record PartyReads(Set<String> concepts, boolean options) {

    /** Every concept of the book and the options: how a session read every party's words before. */
    static PartyReads everything(RuleBook book) {
        return new PartyReads(Set.copyOf(book.concepts().keySet()), true);
    }

    /** What {@code book} reads in each party's words. */
    static Map<Speaker, PartyReads> of(RuleBook book) {
        Map<Speaker, Set<String>> concepts = new EnumMap<>(Speaker.class);
        Map<Speaker, Boolean> options = new EnumMap<>(Speaker.class);
        for (Speaker party : Speaker.values()) {
            concepts.put(party, new HashSet<>());
            options.put(party, false);
        }
        boolean[] everything = {false};
        Conditions.Reads reads = new Conditions.Reads() {
            @Override
            public void concept(Speaker party, String concept) {
                concepts.get(party).add(concept);
            }

            @Override
            public void options(Speaker party) {
                options.put(party, true);
            }

            @Override
            public void everything() {
                everything[0] = true;
            }
        };
        for (Rule rule : book.rules()) {
            if (rule.trigger() instanceof Rule.Said said) {
                // Its matches are triggers, the recent ones counted ("at_least"), and checked still there (vanished).
                reads.concept(rule.speaker(), said.concept());
            } else if (rule.trigger() instanceof Rule.OptionsLaidOut) {
                reads.options(rule.speaker());
            } else if (rule.trigger() instanceof Rule.Dated && rule.speaker() == Speaker.CALLER) {
                Conditions.identityReads(reads); // a birth date given when asked is no payment put off
            }
            for (Rule.Condition condition : rule.unless()) {
                Conditions.reads(condition, book, reads);
            }
            for (Rule.Condition condition : rule.requires()) {
                Conditions.reads(condition, book, reads);
            }
        }
        Map<Speaker, PartyReads> out = new EnumMap<>(Speaker.class);
        for (Speaker party : Speaker.values()) {
            out.put(party, everything[0] ? everything(book)
                    : new PartyReads(Set.copyOf(concepts.get(party)), options.get(party)));
        }
        return out;
    }

    boolean reads(String concept) {
        return concepts.contains(concept);
    }
}
