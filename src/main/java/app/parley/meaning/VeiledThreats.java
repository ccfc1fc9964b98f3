package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * A threat dressed as regret: "I'd hate for this to end up on your manager's desk", "it'd be a
 * real shame if they got a call about this", "it'd be a shame if you had to start taking the bus
 * to work", "I'd hate for you to walk out one morning and find the truck isn't in your driveway",
 * "you wouldn't want your boss to find out about this, would you". The regret itself says nothing;
 * what the agent holds out after it is a harm to the client's people or property, which a debt
 * collector may not threaten. Regret over what is no such harm ("I'd hate for you to miss this
 * discount", "it'd be a shame to let the late fees pile up", "I'd hate for your kids to go without")
 * is no threat, nor is sympathy for what the client told ("I hate to hear that your car got towed",
 * "that's a shame, I'm sorry your truck was repossessed").
 */
final class VeiledThreats {
    private VeiledThreats() {
    }

    /** How far after the regret the harm may come. */
    private static final int REACH = 16;
    /** How far after "for this to" the client's people may stand for the debt to reach them. */
    private static final int DEBT_GOES_REACH = 6;

    /** Where a threat held out after a regret, read from token {@code i}, ends; {@code i} when none. */
    static int end(List<String> tokens, int i) {
        int hinted = hinted(tokens, i);
        if (hinted > i) {
            return hinted;
        }
        int ratherThan = ratherThanThem(tokens, i);
        if (ratherThan > i) {
            return ratherThan;
        }
        int othersLost = othersLost(tokens, i);
        if (othersLost > i) {
            return othersLost;
        }
        int from = regret(tokens, i);
        if (from < 0) {
            return i;
        }
        int until = Math.min(tokens.size(), from + REACH);
        // the debt itself going somewhere: "I'd hate for this to get back to your employer"
        boolean debtGoes = from + 2 < tokens.size() && tokens.get(from).equals("for")
                && THE_DEBT.contains(tokens.get(from + 1)) && tokens.get(from + 2).equals("to");
        for (int k = from; k < until && !BREAKS.contains(tokens.get(k)); k++) {
            // the debt's way to them said in a few words ("to end up on your manager's desk"), not any person later
            // on ("for this to drag on to where we have to involve your husband", a threat read as such)
            boolean reaches = debtGoes && k <= from + DEBT_GOES_REACH;
            int end = Math.max(peopleReached(tokens, k, until, reaches), Math.max(called(tokens, k), propertyLost(tokens, k)));
            if (end > k) {
                return end;
            }
        }
        return i;
    }

    /**
     * Where the words after a regret begin: "[I'd] hate for", "hate to see", "[it'd be] a (real)
     * shame if", "a pity if", "[it'd be] awful if", and the recogniser's "be ashamed as"; -1 when
     * token {@code i} starts none.
     */
    private static int regret(List<String> tokens, int i) {
        String word = tokens.get(i);
        String before = i > 0 ? tokens.get(i - 1) : "";
        String after = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        String then = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
        // not sympathy for what is told ("I hate to hear that", "that's a shame, I'm sorry")
        boolean regret = word.equals("hate") && HATERS.contains(before) && HATE_WHAT.contains(after)
                && !(after.equals("to") && SYMPATHY.contains(then))
                || (word.equals("shame") || word.equals("pity")) && A_SHAME.contains(before) && SHAME_WHAT.contains(after)
                || word.equals("ashamed") && before.equals("be")
                // "it would be awful if", "it would be really unfortunate if"
                || BAD.contains(word) && after.equals("if") && (before.equals("be") || i > 1 && tokens.get(i - 2).equals("be"));
        // "you wouldn't want your boss to find out about this, would you", read from "wouldn't" so that it is
        // the warning's own word, not a denial before it
        if (WOULDNT.contains(word) && after.equals("want") && (YOUR.contains(then) || THE_DEBT.contains(then))) {
            return i + 2;
        }
        return regret ? i + 1 : -1;
    }

    /**
     * A wink that closes a veiled threat: "if you know what I mean", "you get my drift" (not "you know what I'm
     * saying", as often a filler: "we can time it with your paycheck, you know what I'm saying").
     */
    private static final List<List<String>> WINKS = Words.phrases("if you know what i mean",
            "if you know what im saying", "if you catch my drift", "you get my drift", "if you get my drift",
            "you catch my drift");

    /**
     * A harm hinted and closed with a wink: "accounts that get ignored have a way of ending up attached to
     * whatever's sitting in the driveway, if you know what I mean". The wink says the words before it
     * mean more than they say; with the client's property or people in them, a threat. Read from the
     * wink's first word, looking back over the words before it.
     */
    private static int hinted(List<String> tokens, int i) {
        int n = 0;
        for (List<String> wink : WINKS) {
            if (Words.startsAt(tokens, i, wink)) {
                n = wink.size();
                break;
            }
        }
        if (n == 0) {
            return i;
        }
        for (int k = i - 1; k >= 0 && k >= i - REACH; k--) {
            String word = tokens.get(k);
            if (LOSABLE.contains(word) || word.equals("driveway")
                    || PEOPLE.contains(singular(word)) && k > 0 && YOUR.contains(tokens.get(k - 1))) {
                return i + n;
            }
        }
        return i;
    }

    /** How settling it is said after "rather": "I'd rather settle this with you", "rather sort it out with you". */
    private static final Set<String> SETTLING = Set.of("settle", "handle", "deal", "sort", "keep", "resolve", "fix");
    /** How far before "rather" the client's people may have been named: "their HR office is on my contact sheet". */
    private static final int NAMED_BEFORE_REACH = 20;

    /**
     * The debt held over the client's people as the other way to settle it: "You work at Bellamy
     * Logistics, right? Their HR office is on my contact sheet, and I'd much rather settle this with you
     * than with them." Read from "rather"; the people named in the words before it.
     */
    private static int ratherThanThem(List<String> tokens, int i) {
        if (!tokens.get(i).equals("rather") || i + 1 >= tokens.size() || !SETTLING.contains(tokens.get(i + 1))) {
            return i;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 8; k++) {
            if (!tokens.get(k).equals("than")) {
                continue;
            }
            int them = k + 1 < tokens.size() && tokens.get(k + 1).equals("with") ? k + 2 : k + 1;
            if (them >= tokens.size()) {
                return i;
            }
            if (YOUR.contains(tokens.get(them)) && them + 1 < tokens.size() && PEOPLE.contains(singular(tokens.get(them + 1)))) {
                return them + 2; // "… than with your boss"
            }
            if (!Set.of("them", "him", "her").contains(tokens.get(them))) {
                return i;
            }
            for (int b = i - 1; b >= 0 && b >= i - NAMED_BEFORE_REACH; b--) {
                if (PEOPLE.contains(singular(tokens.get(b))) || tokens.get(b).equals("hr")) {
                    return them + 1;
                }
            }
            return i;
        }
        return i;
    }

    private static final Set<String> HATERS = Set.of("id", "wed", "would", "i", "really", "just", "truly");
    private static final Set<String> HATE_WHAT = Set.of("for", "to", "if", "seeing");
    private static final Set<String> A_SHAME = Set.of("a", "real", "such", "awful", "terrible", "big");
    /** What follows a shame held out: "a shame if", "a shame to watch it get towed", "a shame for you to …". */
    private static final Set<String> SHAME_WHAT = Set.of("if", "to", "for", "when");
    /** After "hate to": sympathy with what the client told, not a regret held out. */
    private static final Set<String> SYMPATHY = Set.of("hear", "hearing", "say");
    private static final Set<String> WOULDNT = Set.of("wouldnt", "dont", "wont");
    private static final Set<String> BAD = Set.of("awful", "terrible", "unfortunate", "sad", "embarrassing");

    /**
     * The client's people, then (in the same clause) word of the debt reaching them: "your
     * manager's desk", "your boss finding out", "your neighbours hearing about it". Their people
     * alone are no harm ("I'd hate for your kids to go without").
     */
    private static int peopleReached(List<String> tokens, int k, int until, boolean debtGoes) {
        if (!YOUR.contains(tokens.get(k)) || k + 1 >= until) {
            return k;
        }
        int person = PEOPLE.contains(singular(tokens.get(k + 1))) ? k + 1
                : k + 2 < until && PEOPLE.contains(singular(tokens.get(k + 2))) ? k + 2 : -1;
        if (person < 0) {
            return k;
        }
        if (debtGoes) {
            return person + 1;
        }
        for (int m = person + 1; m < until && m <= person + 6 && !CLAUSE_ENDS.contains(tokens.get(m)); m++) {
            if (DENIED.contains(tokens.get(m))) {
                return k; // "your wife won't hear about it from us"
            }
            if (REACHING.contains(tokens.get(m))) {
                return m + 1;
            }
        }
        return k;
    }

    /** "Your manager's" heard "your managers": one of the people all the same. */
    private static String singular(String word) {
        return word.endsWith("s") && PEOPLE.contains(word.substring(0, word.length() - 1))
                ? word.substring(0, word.length() - 1) : word;
    }

    /** "If they got a call about this", "if somebody at your job gets a phone call". */
    private static int called(List<String> tokens, int k) {
        if (!CALL_RECEIVERS.contains(tokens.get(k))) {
            return k;
        }
        for (int m = k + 1; m + 1 < tokens.size() && m <= k + 5; m++) {
            if (GOT.contains(tokens.get(m))) {
                int call = tokens.get(m + 1).equals("a") ? m + 2 : m + 1;
                if (call < tokens.size() && tokens.get(call).equals("phone")) {
                    call++;
                }
                return call < tokens.size() && CALLS.contains(tokens.get(call)) ? call + 1 : k;
            }
        }
        return k;
    }

    private static final Set<String> SEEN = Set.of("seen", "watched", "known");
    private static final Set<String> WHO_SAW = Set.of("ive", "weve", "i", "we", "have");
    /** Before others who might lose: "we help people keep their homes", "so people don't lose …" (the negation's). */
    private static final Set<String> HELPED = Set.of("help", "helping", "helped", "helps", "keep", "stop", "so", "seen",
            "watched", "saw");
    private static final Set<String> OTHER_DEBTORS = Set.of("people", "folks", "clients", "customers", "others",
            "families", "guys", "someone", "somebody");

    /**
     * A loss held out by others' example: "I've seen people lose their homes over a lot less than three thousand
     * dollars", "we've watched folks lose their cars over this" (not "I've seen people pay it off in a month").
     */
    private static int othersLost(List<String> tokens, int i) {
        // "… when a bill like this just sits? People lose their homes over less": the example told bare
        boolean bare = OTHER_DEBTORS.contains(tokens.get(i)) && (i == 0 || !HELPED.contains(tokens.get(i - 1)))
                && i + 1 < tokens.size() && LOSE.contains(tokens.get(i + 1));
        if (!bare && (!SEEN.contains(tokens.get(i)) || i == 0 || !WHO_SAW.contains(tokens.get(i - 1))
                || i + 1 >= tokens.size() || !OTHER_DEBTORS.contains(tokens.get(i + 1)))) {
            return i;
        }
        int k = bare ? i + 1 : i + 2;
        if (k < tokens.size() && tokens.get(k).equals("who")) {
            k++;
        }
        if (k + 2 >= tokens.size() || !LOSE.contains(tokens.get(k)) || !Set.of("their", "the", "a").contains(tokens.get(k + 1))) {
            return i;
        }
        String lost = tokens.get(k + 2); // "their homes"
        boolean losable = LOSABLE.contains(lost) || lost.endsWith("s") && LOSABLE.contains(lost.substring(0, lost.length() - 1));
        if (losable && bare) {
            // told bare, only as set against this debt: "… over less", "… for a lot less than this" (not "people lose
            // their homes over medical bills, that's why we offer plans", "… lose their jobs for this reason")
            int over = Words.endOfMatchAt(tokens, k + 3, OVER_LESS, 6);
            return over > k + 3 ? over : i;
        }
        return losable ? k + 3 : i;
    }

    private static final java.util.regex.Pattern OVER_LESS = java.util.regex.Pattern.compile("(over|for) (a lot |way |much )?"
            + "(less|a bill like this|bills like this)\\b");

    /**
     * The client's property gone or out of reach: "lose your car", "the truck isn't in your
     * driveway", "it gets towed", "start taking the bus", "walk to work".
     */
    private static int propertyLost(List<String> tokens, int k) {
        String word = tokens.get(k);
        String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
        String then = k + 2 < tokens.size() ? tokens.get(k + 2) : "";
        if (LOSE.contains(word) && (YOUR.contains(next) || next.equals("the")) && LOSABLE.contains(then)) {
            return k + 3;
        }
        String last = k > 0 ? tokens.get(k - 1) : "";
        if (word.equals("bus") || word.equals("driveway")
                || GONE.contains(word) && !TOLD.contains(last) // "towed", not "your truck was repossessed"
                // "find your car gone"
                || word.equals("gone") && LOSABLE.contains(last)) {
            return k + 1;
        }
        if (WALK.contains(word) && next.equals("to") && WORKPLACE.contains(then)) {
            return k + 3;
        }
        return k;
    }

    private static final Set<String> YOUR = Set.of("your", "ur");
    private static final Set<String> PEOPLE = Set.of("manager", "boss", "employer", "supervisor", "work", "job",
            "coworker", "colleague", "hr", "payroll", "principal", "neighbor", "neighbour", "wife", "husband",
            "family", "kid", "children", "parent", "mother", "mom", "father", "dad", "church", "pastor", "landlord",
            "friend", "relative");
    /** Word of the debt reaching the client's people; not "see" ("I'd hate for your kids to see you worried"). */
    private static final Set<String> REACHING = Set.of("desk", "find", "finds", "finding", "found", "hear", "hears",
            "hearing", "heard", "learn", "learns", "learned", "know", "knew", "told", "called", "contacted", "call",
            "email", "letter", "notice", "word", "involved");
    private static final Set<String> DENIED = Set.of("wont", "wouldnt", "never", "not", "doesnt", "dont", "cant");
    /**
     * Where the clause of the regret ends: "… your kids to go without, so let's find a plan", "a shame
     * if you missed this offer, so feel free to have your husband call me".
     */
    private static final Set<String> BREAKS = Set.of("so", "but", "because", "lets");
    /** Where what is said of the client's people ends: "your kids to go without and then …". */
    private static final Set<String> CLAUSE_ENDS = Set.of("so", "but", "because", "and", "then", "lets", "if");
    private static final Set<String> CALL_RECEIVERS = Set.of("they", "he", "she", "someone", "somebody", "them");
    private static final Set<String> GOT = Set.of("got", "get", "gets", "getting", "received");
    private static final Set<String> CALLS = Set.of("call", "calls", "visit");
    private static final Set<String> LOSE = Set.of("lose", "losing", "lost");
    private static final Set<String> LOSABLE = Set.of("car", "truck", "van", "vehicle", "house", "home", "job",
            "wages", "paycheck");
    private static final Set<String> GONE = Set.of("towed", "repossessed", "impounded", "seized", "garnished");
    private static final Set<String> WALK = Set.of("walk", "walking");
    private static final Set<String> WORKPLACE = Set.of("work", "job");
    /** The debt spoken of: "for this to end up …", "you wouldn't want it …". */
    private static final Set<String> THE_DEBT = Set.of("this", "it", "that");
    /** Before a seizure word, what tells it as done: "your truck was repossessed", "my car got towed". */
    private static final Set<String> TOLD = Set.of("was", "were", "got", "been", "already");
}
