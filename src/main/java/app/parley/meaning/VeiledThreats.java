package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * A threat dressed as regret: "I'd hate for this to end up on your manager's desk", "it'd be a
 * real shame if they got a call about this", "it'd be a shame if you had to start taking the bus
 * to work", "I'd hate for you to walk out one morning and find the truck isn't in your driveway".
 * The regret itself says nothing; what the agent holds out after it is a harm to the client's
 * people or property, which a debt collector may not threaten. Regret over what is no such harm
 * ("I'd hate for you to miss this discount", "it'd be a shame to let the late fees pile up",
 * "I'd hate for your kids to go through this") is no threat.
 */
final class VeiledThreats {
    private VeiledThreats() {
    }

    /** How far after the regret the harm may come. */
    private static final int REACH = 16;

    /** Where a threat held out after a regret, read from token {@code i}, ends; {@code i} when none. */
    static int end(List<String> tokens, int i) {
        int from = regret(tokens, i);
        if (from < 0) {
            return i;
        }
        int until = Math.min(tokens.size(), from + REACH);
        for (int k = from; k < until; k++) {
            int end = Math.max(peopleReached(tokens, k, until), Math.max(called(tokens, k), propertyLost(tokens, k)));
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
        boolean regret = word.equals("hate") && HATERS.contains(before) && HATE_WHAT.contains(after)
                || (word.equals("shame") || word.equals("pity")) && A_SHAME.contains(before)
                || word.equals("ashamed") && before.equals("be")
                || BAD.contains(word) && before.equals("be") && after.equals("if");
        return regret ? i + 1 : -1;
    }

    private static final Set<String> HATERS = Set.of("id", "wed", "would", "i", "really", "just", "truly");
    private static final Set<String> HATE_WHAT = Set.of("for", "to", "if", "seeing");
    private static final Set<String> A_SHAME = Set.of("a", "real", "such", "awful", "terrible", "big");
    private static final Set<String> BAD = Set.of("awful", "terrible", "unfortunate", "sad", "embarrassing");

    /**
     * The client's people, then (in the same clause) word of the debt reaching them: "your
     * manager's desk", "your boss finding out", "your neighbours hearing about it". Their people
     * alone are no harm ("I'd hate for your kids to go without").
     */
    private static int peopleReached(List<String> tokens, int k, int until) {
        if (!YOUR.contains(tokens.get(k)) || k + 1 >= until) {
            return k;
        }
        int person = PEOPLE.contains(singular(tokens.get(k + 1))) ? k + 1
                : k + 2 < until && PEOPLE.contains(singular(tokens.get(k + 2))) ? k + 2 : -1;
        if (person < 0) {
            return k;
        }
        for (int m = person + 1; m < until && m <= person + 6 && !BREAKS.contains(tokens.get(m)); m++) {
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

    /**
     * The client's property gone or out of reach: "lose your car", "the truck isn't in your
     * driveway", "it gets towed", "start taking the bus", "walk to work".
     */
    private static int propertyLost(List<String> tokens, int k) {
        String word = tokens.get(k);
        String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
        String then = k + 2 < tokens.size() ? tokens.get(k + 2) : "";
        if (LOSE.contains(word) && YOUR.contains(next) && LOSABLE.contains(then)) {
            return k + 3;
        }
        if (word.equals("bus") || word.equals("driveway") || GONE.contains(word)) {
            return k + 1;
        }
        if (WALK.contains(word) && next.equals("to") && Set.of("work", "job").contains(then)) {
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
            "email", "letter", "notice", "word");
    /** Where the clause about the client's people ends: "… your kids to go without, so let's find a plan". */
    private static final Set<String> BREAKS = Set.of("so", "but", "because", "and", "then", "lets", "if");
    private static final Set<String> CALL_RECEIVERS = Set.of("they", "he", "she", "someone", "somebody", "them");
    private static final Set<String> GOT = Set.of("got", "get", "gets", "getting", "received");
    private static final Set<String> CALLS = Set.of("call", "calls", "visit");
    private static final Set<String> LOSE = Set.of("lose", "losing", "lost");
    private static final Set<String> LOSABLE = Set.of("car", "truck", "van", "vehicle", "house", "home", "job",
            "wages", "paycheck");
    private static final Set<String> GONE = Set.of("towed", "repossessed", "impounded", "seized", "garnished");
    private static final Set<String> WALK = Set.of("walk", "walking");
}
