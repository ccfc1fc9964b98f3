package app.parley.meaning;

import static app.parley.meaning.Clauses.CLAUSE_BREAKS;
import static app.parley.meaning.Clauses.MODALS;

import java.util.List;
import java.util.Set;

/**
 * The tense around a day a party names: whether the words before or after it tell what happened
 * ("my hours got cut after the holidays", "back in October and the lady said…", "the orders didn't
 * pay out till January", "after everything I've gone through this year") or what someone will do
 * ("I can pay in December", "I'll have it paid off this year"). {@link Dates} reads a day, then asks
 * this whether it is told of as gone by; {@link Spans} and {@link PutOffs} ask it the same of a span
 * and of a time put off ("so eventually I just stopped answering").
 */
final class Tense extends ItemWords {
    private final DateWords lx;

    Tense(List<SpokenNumbers.Item> items, DateWords lexicon) {
        super(items);
        this.lx = lexicon;
    }

    /** Whether a past tense is said anywhere in the turn ("I paid", "I lost my job"), not one to come ("when I get paid"). */
    boolean anyPast() {
        boolean past = false;
        for (int k = 0; k < items.size(); k++) {
            // "paid" in "when I get paid" or "I'll be paid" is no past
            past |= PAST_VERBS.contains(items.get(k).word()) && (k == 0 || !NOT_PAST_BEFORE.contains(items.get(k - 1).word()));
        }
        return past;
    }

    private static final Set<String> PAST_VERBS = Set.of("paid", "sent", "mailed", "made", "was", "were",
            "lost", "passed", "died", "laid", "moved", "started", "happened", "been", "began", "ended", "quit", "left", "broke",
            "had", "ago", "perdi", "empece", "paso",
            "did", "called", "received", "found", "noticed", "realized", "realised", "learned", "discovered",
            "went", "spent", "bought", "signed", "fell", "owed", "pague", "mande", "deposite", "hice", "fue", "llame",
            // "the warehouse shut down the week before Christmas" (not "they'll shut off my power", "don't shut it off")
            "shut", "closed");

    private static final Set<String> NOT_PAST_BEFORE = Set.of("get", "gets", "getting", "be", "will", "to", "ill",
            "being", "im", "youll", "hes", "shes", "theyll", "gonna", "might", "could", "would", "may", "dont", "cant",
            "wont", "please", "should", "must",
            // "if it's paid in full by Friday": a condition, not what happened
            "its", "is", "are");

    private static final Set<String> HAVE = Set.of("ive", "weve", "youve", "have", "has", "theyve", "hes", "shes");

    /** Words that turn a clause to what is to come: "I lost my job, I can pay after Christmas". */
    static final Set<String> TO_COME = Set.of("can", "will", "ill", "id", "could", "gonna", "going",
            "would", "should", "well", "planning", "plan", "hoping", "hope", "meaning", "meant", "want", "wanted",
            "trying", "intend", "intended", "expect", "expecting",
            // "I was thinking I'd sort it out after the first of the year": a plan told in the past
            "thinking", "figuring", "puedo", "voy", "podria", "vamos");

    /**
     * A past verb in the few words before item {@code i}, with nothing between that looks ahead:
     * "my hours got cut after the holidays" (not "got it, I can pay after Christmas").
     */
    boolean pastBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
            String w = items.get(k).word();
            // "my car died so I can't pay until the twenty eighth": the day is ahead
            if ((TO_COME.contains(w) || NOT_NOW.contains(w)) && !goingAfterAPast(k)) {
                return false;
            }
            boolean got = w.equals("got") && (k == 0 || !HAVE.contains(items.get(k - 1).word()))
                    && (k + 1 >= items.size() || !Set.of("to", "it", "no").contains(items.get(k + 1).word()));
            // "I used it in January" (not "I used to pay in January")
            boolean used = w.equals("used") && lx == DateWords.EN && !is(k + 1, Set.of("to"));
            if ((got || used || PAST_VERBS.contains(w) || lx == DateWords.EN && (TOLD_PAST.contains(w) || regularPast(w)))
                    && (k == 0 || !NOT_PAST_BEFORE.contains(items.get(k - 1).word()) || w.equals("been"))
                    && !sumDueBy(k)) {
                // "can we circled back after the holidays": a past the recogniser made of "circle"
                return !(is(k - 1, TO_COME) || is(k - 2, TO_COME));
            }
        }
        return false;
    }

    /** Before "paid by", who paid it or when it was: "I paid by the fifth", "it was paid by the fifth". */
    private static final Set<String> PAID_BY_WHOM = Set.of("i", "we", "he", "she", "they", "you", "ive", "weve",
            "was", "were", "had", "already", "just", "been");

    /**
     * Whether the past form at {@code k} is a deadline, not what happened: "settle for thirteen sixty
     * paid by the twenty fifth", "the rest paid in full by Friday" (not "I paid by the fifth", "it was
     * paid by the fifth", told of as done).
     */
    private boolean sumDueBy(int k) {
        if (lx != DateWords.EN || k == 0 || !Set.of("paid", "sent", "received", "mailed").contains(items.get(k).word())) {
            return false;
        }
        boolean by = is(k + 1, Set.of("by", "before")) || is(k + 1, Set.of("in")) && is(k + 2, Set.of("full"))
                && is(k + 3, Set.of("by", "before"));
        return by && !is(k - 1, PAID_BY_WHOM);
    }

    /** "Going to" a place, not to do something: "I stopped going to the gym". */
    private static final Set<String> PLACES_GONE_TO = Set.of("the", "a", "my", "that", "this", "work", "school",
            "church", "class", "classes");

    /**
     * "I stopped going in the winter", "we quit going to the gym": a going that a past verb governs
     * is no plan to come (not "I stopped, I'm going to pay in the winter", which has its subject).
     */
    private boolean goingAfterAPast(int k) {
        if (k == 0 || lx != DateWords.EN || !items.get(k).word().equals("going")
                || is(k + 1, Set.of("to")) && !is(k + 2, PLACES_GONE_TO)) {
            return false;
        }
        String before = items.get(k - 1).word();
        return PAST_VERBS.contains(before) || TOLD_PAST.contains(before) || regularPast(before);
    }

    /**
     * Whether the words right after item {@code from} go on in the past: "the full thing in January, I
     * remember doing it", "back in October and the lady said…". Not "in January, like I said".
     */
    boolean pastRightAfter(int from) {
        if (anyBefore(from - 1, 2, HEDGED)) {
            return false; // "maybe in December, I just finished paying off my car": a day put forward
        }
        for (int k = from; k < items.size() && k < from + PAST_AFTER_REACH; k++) {
            String w = items.get(k).word();
            if (w == null || TO_COME.contains(w) || NOT_NOW.contains(w)) {
                return false;
            }
            if (is(k - 1, Set.of("like", "as")) || is(k - 2, Set.of("like", "as")) && is(k - 1, Set.of("i", "you"))) {
                continue;
            }
            if (w.equals("remember") && is(k - 1, Set.of("i")) || TOLD_PAST.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a hedge stands in the three words before item {@code i}: "maybe in the spring". */
    boolean hedgedBefore(int i) {
        return anyBefore(i, 3, HEDGED);
    }

    private static final int PAST_AFTER_REACH = 5;
    private static final Set<String> HEDGED = Set.of("maybe", "probably", "hopefully", "perhaps");

    static final Set<String> UNTIL = Set.of("till", "until");

    /** A past said in the negative: "didn't", "wasn't", or "did not". */
    private static final Set<String> NEGATED_PAST = Set.of("didnt", "wasnt", "werent", "hadnt");
    private static final Set<String> PAST_AUXILIARIES = Set.of("did", "was", "were", "had");
    private static final Set<String> NOT_OR_NEVER = Set.of("not", "never");

    /**
     * Whether the day from item {@code from} ("till January") ends a wait its clause tells in the
     * negative past: "the orders didn't pay out till January", "they never paid out till January",
     * "I had to wait till January". Not "I can't pay till January", "I didn't think I could pay till
     * March", "we're not paying till March" (heard "were not paying"), "I didn't get the bonus, it has
     * to wait till March" (another clause), "they said I didn't have to pay till March" (leave given),
     * nor "not till March" (a refusal of its own).
     */
    boolean waitedThrough(int from) {
        if (!is(from, UNTIL)) {
            return false;
        }
        for (int k = from - 1; k >= 0 && k >= from - 8; k--) {
            String w = items.get(k).word();
            if (w == null || CLAUSE_BREAKS.contains(w) || TO_COME.contains(w) || NOT_NOW.contains(w)
                    || k < from - 1 && CLAUSE_SUBJECTS_HERE.contains(w) && !is(k + 1, NOT_OR_NEVER)
                    && !NEGATED_PAST.contains(items.get(k + 1).word())) {
                return false;
            }
            String next = k + 1 < from ? items.get(k + 1).word() : null;
            boolean negated = NEGATED_PAST.contains(w)
                    || PAST_AUXILIARIES.contains(w) && is(k + 1, NOT_OR_NEVER)
                    // "did to pay out": how the recogniser often hears "didn't"
                    || w.equals("did") && is(k + 1, Set.of("to"))
                    || w.equals("never") && next != null && (PAST_VERBS.contains(next) || TOLD_PAST.contains(next)
                            || regularPast(next))
                    || w.equals("had") && is(k + 1, Set.of("to")) && !is(k - 1, Set.of("if")) && !is(k - 2, Set.of("if"));
            if (negated) {
                int verb = is(k + 1, Set.of("not", "never", "to")) ? k + 2 : k + 1;
                String v = verb < from ? items.get(verb).word() : null;
                // "were not paying" is "we're not paying"; "didn't have to pay till March" gives leave
                return v == null || !(v.endsWith("ing") || LEAVE.contains(v));
            }
        }
        return false;
    }

    /** Subjects that open another clause between a past and a day: "… the bonus, it has to wait till March". */
    private static final Set<String> CLAUSE_SUBJECTS_HERE = Set.of("i", "it", "we", "he", "she", "they", "you",
            "thats", "its", "im");
    /** Verbs after a negative past that give leave rather than tell a wait: "didn't have to", "didn't need to". */
    private static final Set<String> LEAVE = Set.of("have", "need", "gotta", "hafta");

    /** A present inability or refusal between a past and a day: the day is still ahead. */
    private static final Set<String> NOT_NOW = Set.of("cant", "cannot", "wont", "dont");

    /** "I've", "has" a few words before item {@code i}, nothing between that looks ahead: a time lived through. */
    boolean perfectBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (is(k, TO_COME)) {
                return false;
            }
            // not "I'll have it paid off this year", "I can have the money"
            if (is(k, HAVE) && !is(k - 1, TO_COME) && !is(k + 1, Set.of("to", "got", "it", "the", "this", "that"))) {
                return true;
            }
        }
        return false;
    }

    /** A past tense before item {@code i} in its own clause, no modal between: "I had a scare last year when". */
    boolean pastInItsClause(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            String w = items.get(k).word();
            if (w == null || CLAUSE_BREAKS.contains(w) || TO_COME.contains(w)) {
                return false;
            }
            if (toldPast(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words in -ed that are no past tense, or no past of the speaker's doing ("I'm tired", "supposed to"). */
    private static final Set<String> NOT_PAST_IN_ED = Set.of("hundred", "need", "indeed", "proceed", "exceed",
            "succeed", "speed", "feed", "seed", "bleed", "breed", "red", "bed", "shed", "wed", "interested",
            "supposed", "used", "tired", "scared", "worried", "married", "retired", "disabled", "unemployed",
            "concerned", "prepared", "expected", "scheduled", "based", "related", "limited", "fixed", "needed",
            "owed", "allowed", "required", "guaranteed", "approved", "signed");

    /**
     * Past tenses that set a clause in the past ("the nurse came after my operation"), yet not a
     * whole turn: "like I said, I can pay on the fifth" still puts the fifth ahead.
     */
    private static final Set<String> TOLD_PAST = Set.of("came", "told", "said", "spoke", "gave", "took", "saw",
            "thought", "heard", "wrote", "sold", "brought", "felt", "met", "drove", "forgot");

    /** A regular past tense: "talked", "called", "mentioned" (not "hundred", "supposed to"). */
    private static boolean regularPast(String w) {
        // a number read from words is no verb: "two hundred on the thirtieth" ends in "ed"
        return w.length() >= 5 && w.endsWith("ed") && !NOT_PAST_IN_ED.contains(w) && w.indexOf(' ') < 0;
    }

    /** "back in March". */
    static final Set<String> BACK = Set.of("back", "since");

    private static final Set<String> SUBJECTS_AFTER_WELL = Set.of("i", "im", "ive", "id", "you", "youre", "he", "hes",
            "she", "shes", "they", "theyre", "it", "its");

    /** Whether a word of {@link Clauses#MODALS} stands in the six words before item {@code i}. */
    boolean willAct(int i) {
        // "can I just take care of it at the end of August": an offer to act reaches further than "can't"
        // ("that can't be right, I pay[d] that back in February"), unless the month is told as the past
        // ("I'll admit I used it in January", "the receipt for that payment from back in August")
        boolean toldAsPast = pastBefore(i) || is(i - 1, BACK) || is(i - 1, Set.of("in")) && is(i - 2, BACK);
        for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
            if (k < i - 6 && is(k, CLAUSE_BREAKS)) {
                return false;
            }
            if (k < i - 6 && (!is(k, WILL_ACT_FAR) || toldAsPast)) {
                continue;
            }
            // "I stopped going back in October": a habit told of, no intent
            if (is(k, MODALS) && !(is(k, Set.of("plan")) && is(k - 1, PLAN_OWNERS))
                    // "yeah, well, the plant shut down in August": "well" before a noun is no "we'll"
                    && !(is(k, Set.of("well")) && is(k + 1, PLAN_OWNERS))
                    // "well, I was laid off in September": "well" before a subject is no "we'll" either
                    && !(is(k, Set.of("well")) && is(k + 1, SUBJECTS_AFTER_WELL))
                    && !(is(k, Set.of("going")) && !is(k + 1, Set.of("to")) && toldPast(word(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Modals that say someone will act however far before the month they stand. */
    private static final Set<String> WILL_ACT_FAR = Set.of("can", "could", "ill", "will", "gonna", "shall");

    /** "laid off from the plant [heard "plan"] back in February": a plan someone has is no intent to act. */
    private static final Set<String> PLAN_OWNERS = Set.of("the", "a", "my", "your", "our", "that", "this", "his",
            "her", "their");

    /**
     * Whether a word is a past tense: "eventually I stopped", "I paid that when I switched in
     * October" tell what happened ("once I'm settled" waits on something).
     */
    static boolean toldPast(String w) {
        return w != null && (PAST_VERBS.contains(w) || TOLD_PAST.contains(w) || regularPast(w));
    }

    /** A past tense in the few words after item {@code i}: "eventually [I just] stopped". */
    boolean pastAfter(int i) {
        for (int k = i; k < items.size() && k <= i + 3; k++) {
            String w = items.get(k).word();
            if (TO_COME.contains(w)) {
                return false;
            }
            // "the holidays got away from me", the time itself the subject (not "after Christmas I got
            // more hours", "after Christmas I got to pay rent first")
            // (not "we get paid Thursdays", "it'll be paid")
            if (toldPast(w) && !is(k - 1, NOT_PAST_BEFORE)
                    || k == i && w.equals("got") && !is(k + 1, Set.of("to", "ta", "paid"))) {
                return true;
            }
        }
        return false;
    }

    /** Small words between a verb and "eventually": "turned up eventually", "sent it later". */
    private static final Set<String> PARTICLES = Set.of("up", "back", "out", "in", "through", "it", "them", "that",
            "this", "around");
    /** Past tenses that only help another verb: "we were eventually going to sort it" tells a plan. */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "had", "did");
    /** Verbs of getting a thing done: "get it paid eventually", "have it sorted". */
    static final Set<String> GETTING = Set.of("get", "gets", "getting", "got", "have", "having");
    /** What makes the past participle after it a wish: "I need it pushed back later". */
    private static final Set<String> WISHED = Set.of("need", "needs", "needed", "like", "prefer");

    /**
     * A past tense right before item {@code i}, maybe with a particle between: "it turned up
     * eventually"; not one to come ("I'll get it paid eventually") or wished ("I need it pushed
     * back later"). Narrower than {@link #pastBefore}, which looks ten words back for when a
     * thing happened: here only the verb the time belongs to counts.
     */
    boolean pastJustBefore(int i) {
        int k = i - 1;
        while (k >= 0 && k >= i - 2 && is(k, PARTICLES)) {
            k--;
        }
        String w = k >= 0 ? word(k) : null;
        if (w == null || AUXILIARIES.contains(w) || !toldPast(w)) {
            return false;
        }
        for (int b = k - 1; b >= 0 && b >= k - 3; b--) {
            if (is(b, TO_COME) || is(b, GETTING) || is(b, WISHED)) {
                return false;
            }
        }
        return true;
    }

    /** Who knew or thought, in the past: "I figured", "I knew", "I always thought". */
    private static final Set<String> EXPECTED_PAST = Set.of("figured", "knew", "suspected");

    /**
     * Whether the clause before {@code i} tells what was expected back then: "was going to catch up
     * with me", "I knew this would come back" (not "I'll get to it", "I figured I'd pay it").
     */
    boolean expectedInThePast(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
            String w = word(k);
            if (w == null) {
                continue;
            }
            if (Set.of("ill", "will", "id", "can", "could", "im", "gotta", "pay", "paying", "settle", "sort", "handle",
                    "deal", "clear", "cover", "maybe").contains(w)) {
                return false;
            }
            // not "I was gonna say, let's just settle it at some point"
            boolean toldSaying = is(k + 2, Set.of("say", "ask", "tell", "mention", "suggest"))
                    || is(k + 3, Set.of("say", "ask", "tell", "mention", "suggest"));
            if (Set.of("was", "were").contains(w) && is(k + 1, Set.of("going", "gonna")) && !toldSaying
                    || EXPECTED_PAST.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
