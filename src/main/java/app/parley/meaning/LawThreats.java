package app.parley.meaning;

import static app.parley.meaning.Threats.CLIENT_SUBJECTS;
import static app.parley.meaning.Threats.DENIALS;
import static app.parley.meaning.Threats.EN;
import static app.parley.meaning.Threats.WE_WILL;

import java.util.List;
import java.util.Set;

/**
 * Threats of the law: acting for it ("on behalf of the sheriff"), jail held out to the client ("you could
 * spend a night in jail") or the police sent to their door ("I'll have the police at your door").
 */
final class LawThreats {
    private LawThreats() {
    }

    /** Who a collector may not claim to act for. */
    private static final Set<String> AUTHORITIES = Set.of("court", "courts", "sheriff", "sheriffs", "police", "government",
            "irs", "judge", "marshals", "fbi", "revenue");

    /** Working with the law: "we're working directly with", "our office works directly under". */
    private static final Set<String> WORKING_WITH = Set.of("working", "work", "works", "worked", "partnered", "partnering");

    /**
     * Acting for the law, or with it: "I'm handling it on behalf of the Harlan County Court", "on
     * behalf of the sheriff", "we're working directly with the state department of revenue". Not a creditor that is a public body ("on behalf of the county treasurer", "the city
     * water department"): collecting for them is lawful.
     */
    static int onBehalfOfTheLaw(List<String> tokens, int i) {
        int from;
        if (tokens.get(i).equals("behalf") && i + 1 < tokens.size() && tokens.get(i + 1).equals("of")) {
            from = i + 2;
        } else if (WORKING_WITH.contains(tokens.get(i))) {
            // "we're working directly with the state department of revenue on this account", "our office works
            // directly under the district attorney"
            int k = i + 1;
            if (k < tokens.size() && Set.of("directly", "closely").contains(tokens.get(k))) {
                k++;
            }
            if (k + 1 >= tokens.size() || !Set.of("with", "under").contains(tokens.get(k)) || !tokens.get(k + 1).equals("the")) {
                return i;
            }
            from = k + 2;
        } else {
            return i;
        }
        for (int k = from; k < tokens.size() && k <= from + 4; k++) {
            if (AUTHORITIES.contains(tokens.get(k))) {
                return k + 1;
            }
            // "on behalf of the state attorney general", "the district attorney's office"
            boolean attorney = tokens.get(k).startsWith("attorney");
            if (attorney && k + 1 < tokens.size() && tokens.get(k + 1).equals("general")) {
                return k + 2;
            }
            if (attorney && tokens.get(k - 1).equals("district")) {
                return k + 1;
            }
        }
        return i;
    }

    /** Verbs that pass a file on: "goes over to", "we'll refer it to", "turned over to". */
    private static final Set<String> PASSED_ON = Set.of("goes", "go", "going", "sent", "send", "sending", "refer",
            "referred", "referring", "turned", "turn", "turning", "handed", "hand", "handing", "forwarded", "forward",
            "passed", "pass");
    /** Who prosecutes: "the prosecutor", "the district attorney", "the DA". */
    private static final Set<String> PROSECUTION = Set.of("prosecutor", "prosecutors", "prosecution",
            "da", "das");
    /** What may stand between the verb and "to": "goes over to", "we'll refer it to", "sent the file over to". */
    private static final Set<String> PASSED_WHAT = Set.of("over", "it", "this", "that", "the", "file", "account", "case",
            "along", "straight", "right", "on", "up");

    /**
     * A file passed on for prosecution: "the file goes over to the prosecutor", "we'll refer it to the district
     * attorney". A debt is no crime; a collector may not hold out prosecution (denials are {@link Negation}'s).
     */
    static int passedToProsecution(List<String> tokens, int i) {
        if (!PASSED_ON.contains(tokens.get(i))) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && k <= i + 4 && PASSED_WHAT.contains(tokens.get(k))) {
            k++;
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).equals("to")) {
            return i;
        }
        int who = tokens.get(k + 1).equals("the") ? k + 2 : k + 1;
        if (who < tokens.size() && PROSECUTION.contains(tokens.get(who))) {
            return who + 1;
        }
        if (who + 1 < tokens.size() && tokens.get(who).equals("district") && tokens.get(who + 1).startsWith("attorney")) {
            return who + 2;
        }
        return i;
    }

    /** What a debt made criminal is called: "a criminal record", "criminal charges". */
    private static final Set<String> CRIMINAL_WHAT = Set.of("record", "charges", "charge", "case", "complaint",
            "offense", "offence", "matter", "investigation", "prosecution");

    /**
     * The debt held out as a crime on the client's record: "it turns into a criminal record and that follows you to
     * every job", "we'll be filing criminal charges". A debt is no crime; denials ("this is not a criminal matter")
     * are {@link Negation}'s.
     */
    static int madeCriminal(List<String> tokens, int i) {
        if (!tokens.get(i).equals("criminal") || i + 1 >= tokens.size() || !CRIMINAL_WHAT.contains(tokens.get(i + 1))) {
            return i;
        }
        return i + 2;
    }

    private static final Set<String> COMING = Set.of("come", "comes", "coming");
    private static final List<String> LOOKING_FOR_YOU = List.of("looking", "for", "you");

    /**
     * The law sent after the client in other words: "once a judge signs it, they'll come looking for you".
     * Said in the negative ("nobody is going to come looking for you") it is {@link Negation}'s.
     */
    static int comeLookingFor(List<String> tokens, int i) {
        if (!COMING.contains(tokens.get(i)) || !Words.startsAt(tokens, i + 1, LOOKING_FOR_YOU)) {
            return i;
        }
        return i + 1 + LOOKING_FOR_YOU.size();
    }

    /** Being locked up, for the client: "spend a night in jail", "held in contempt", "behind bars". */
    private static final Set<String> LOCKED_UP = Set.of("jail", "prison", "contempt", "bars");

    /** What makes it a consequence held out: "you could", "you'll be", "you're looking at". */
    private static final Set<String> HELD_OUT = Set.of("could", "can", "will", "would", "might", "may", "gonna", "going",
            "be", "end", "spend", "face", "facing", "looking", "land", "wind");

    /**
     * Jail held out to the client in any words: "you could spend a night in jail", "you'll be held in
     * contempt", "you're looking at time behind bars". Said in the negative ("nobody is going to
     * put you in jail", "you can't go to jail for a debt") it is {@link Negation}'s to rule out, as for any phrase.
     */
    static int lockedUp(List<String> tokens, int i) {
        String subject = tokens.get(i);
        if (!CLIENT_SUBJECTS.contains(subject)) {
            return i;
        }
        boolean heldOut = subject.length() > 3 && subject.startsWith("you"); // "you'll", "you're", "you'd"
        for (int k = i + 1; k < tokens.size() && k <= i + 8; k++) {
            String w = tokens.get(k);
            if (EN.clauseBreaks().contains(w) || CLIENT_SUBJECTS.contains(w) || DENIALS.contains(w)) {
                return i; // "you will never go to jail for this": the rights stated calmly
            }
            boolean bars = w.equals("bars") && tokens.get(k - 1).equals("behind");
            if (LOCKED_UP.contains(w) && (!w.equals("bars") || bars)) {
                return heldOut && !beingTheJail(tokens, i, k) ? k + 1 : i;
            }
            heldOut |= HELD_OUT.contains(w);
        }
        return i;
    }

    /** Where a jail is a place someone goes or is kept: "in", "to", "of" ("a guest of the county jail"). */
    private static final Set<String> PLACE_WORDS = Set.of("in", "into", "to", "inside", "behind", "at", "of", "for");

    /**
     * "You can be the sole jail" (the recogniser's "you can pay the full balance"): "be", then a noun
     * named with an article, that is the jail, with nothing that puts anyone in it ("you'll be the
     * next one in jail" does).
     */
    private static boolean beingTheJail(List<String> tokens, int subject, int jail) {
        for (int b = jail - 2; b > subject; b--) {
            if (tokens.get(b).equals("be") && Set.of("the", "a", "an").contains(tokens.get(b + 1))) {
                return tokens.subList(b + 1, jail).stream().noneMatch(PLACE_WORDS::contains);
            }
        }
        return false;
    }

    /** What the law comes with. */
    private static final Set<String> LAW = Set.of("police", "cops", "warrant", "warrants", "arrest", "arrested",
            "jail", "prison", "sheriff", "deputies", "marshals");

    private static final Set<String> HAPPENS = Set.of("happens", "happen", "happening");
    /** What of the client's may be held out as at risk: their pay, their property, their bank. */
    private static final Set<String> AT_RISK = Set.of("car", "truck", "house", "home", "wages", "wage", "paycheck",
            "paychecks", "salary", "pay", "property", "savings", "vehicle", "bank", "furniture", "belongings",
            "assets");

    /**
     * The law held out as possible: "I can't promise the police won't come knocking", "no
     * guarantee a warrant won't go out". Whatever follows the withheld promise, the law named in
     * the next words is the threat; so is what may happen to the client's pay, property or bank
     * ("I can't promise what happens with your paycheck if this sits another month").
     */
    static int harmNotRuledOut(List<String> tokens, int i) {
        int after = Negation.withheldAt(tokens, i);
        for (int k = after; after > 0 && k < tokens.size() && k <= after + 10; k++) {
            if (Negation.PROMISE_ENDS.contains(tokens.get(k))) {
                return i; // "I can't promise anything, but nobody is going to arrest you"
            }
            if (LAW.contains(tokens.get(k))) {
                return k + 1;
            }
            if (HAPPENS.contains(tokens.get(k))) {
                // "I can't promise what happens with your paycheck", "… what happens at your bank"
                for (int j = k + 1; j + 1 < tokens.size() && j <= k + 3; j++) {
                    if (tokens.get(j).equals("your") && AT_RISK.contains(tokens.get(j + 1))) {
                        return j + 2;
                    }
                }
            }
        }
        return i;
    }

    /** Where the law may turn up at the client's: "to your door", "at your house", "at your work". */
    private static final Set<String> DOORSTEPS = Set.of("door", "doorstep", "house", "home", "work", "job",
            "workplace", "place", "front", "office");
    /** Who of the law may turn up: the law's words, and the ones only a person can be. */
    private static final Set<String> LAW_AT_THE_DOOR = Set.of("police", "cops", "cop", "sheriff", "sheriffs", "deputy",
            "deputies", "marshals", "warrant");
    /**
     * Words between that make it something told or on paper, not the law sent: "the police came out to
     * your house after the break-in", "I can email the police report to your office".
     */
    private static final Set<String> TOLD_OR_ON_PAPER = Set.of("came", "went", "was", "were", "had", "did",
            "been", "report", "reports", "filed", "record", "records", "department", "number", "called", "showed",
            "arrived", "said", "told", "sent", "mailed", "emailed", "address");

    /**
     * The law turning up at the client's, whatever the verb between was heard as: "the police could
     * come to your door" (as heard, "the police goods on to your door"), "a deputy could be at your
     * work", "the police will be at the door"; not "the police won't come to your door", nor the law
     * told of or on paper ("the police came out to your house", "the police report to your office"),
     * nor a clause that moves on ("… police, and your house is safe").
     */
    static int lawAtTheDoor(List<String> tokens, int i) {
        if (!LAW_AT_THE_DOOR.contains(tokens.get(i))) {
            return i;
        }
        for (int k = i + 1; k + 2 < tokens.size() && k <= i + 5; k++) {
            String w = tokens.get(k);
            if (EN.clauseBreaks().contains(w) || DENIALS.contains(w) || w.equals("and") || TOLD_OR_ON_PAPER.contains(w)) {
                return i;
            }
            String whose = tokens.get(k + 1);
            String where = tokens.get(k + 2);
            if (Set.of("to", "at").contains(w) && (whose.equals("your") && DOORSTEPS.contains(where)
                    || whose.equals("the") && where.equals("door"))) {
                return k + 3;
            }
        }
        return i;
    }

    private static final Set<String> POLICE = Set.of("police", "cops", "sheriff");
    /** What follows "I'll have the police" when it is about their paperwork: "… report number added". */
    private static final Set<String> POLICE_PAPERS = Set.of("report", "reports", "number", "been", "involved",
            "contacted", "department", "file", "notified", "record", "records");

    /**
     * The police sent by the agent: "I'll have the police at your door" (as heard, "I'll have the
     * police or by the end of the day"); not "I'll have the police report number added to your file".
     */
    static int policeSent(List<String> tokens, int i) {
        if (i + 3 >= tokens.size() || !WE_WILL.contains(tokens.get(i)) || !tokens.get(i + 1).equals("have")
                || !tokens.get(i + 2).equals("the") || !POLICE.contains(tokens.get(i + 3))) {
            return i;
        }
        boolean papers = i + 4 < tokens.size() && POLICE_PAPERS.contains(tokens.get(i + 4));
        return papers ? i : i + 4;
    }
}
