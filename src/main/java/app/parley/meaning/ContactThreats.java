package app.parley.meaning;

import static app.parley.meaning.Threats.EN;
import static app.parley.meaning.Threats.heard;

import app.parley.meaning.Threats.Lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Threats to bring in the client's people: contacting them ("we'll be calling your employer", "I'll let
 * your boss know", "your manager would have to be told") or the debt getting round to them ("people at
 * your work start hearing about it").
 */
final class ContactThreats {
    private ContactThreats() {
    }

    /** What makes bringing the client's people in a step the agent will take: "have to involve", "we'll be involving". */
    private static final Set<String> OBLIGED = Set.of("have", "need", "going", "got");
    private static final Set<String> WILL = Set.of("will", "well", "ill", "gonna", "start", "be");

    /**
     * A contact verb, then (within a few words, in the same clause) one of the client's people:
     * "call your employer", "speak to your wife", "let your boss know", "give your wife and your
     * neighbours a ring".
     */
    static int contact(List<String> tokens, int i, Lexicon lx) {
        int end = reached(tokens, i, lx);
        // "I need to speak with your mother directly, is she there with you?": the debtor asked for, on this line, of
        // the one who answered (not "maybe I should call your wife, is she home?", a call of its own)
        boolean onThisLine = Threats.ON_THIS_LINE.contains(tokens.get(i));
        return end > i && lx == EN && onThisLine && askedToThePhone(tokens, end) ? i : end;
    }

    // "is she" ending the words: a partial result, the question still coming
    private static final java.util.regex.Pattern TO_THE_PHONE = java.util.regex.Pattern.compile("(is|are) (she|he|they)"
            + " (there|home|around|available|in)\\b|(is|are) (she|he|they)$|(put|get) (her|him|them) on\\b");
    private static final int TO_THE_PHONE_REACH = 4;

    /** Whether the words soon after {@code end} ask for the one named to come to the phone. */
    private static boolean askedToThePhone(List<String> tokens, int end) {
        for (int k = end; k < tokens.size() && k <= end + TO_THE_PHONE_REACH; k++) {
            if (Words.endOfMatchAt(tokens, k, TO_THE_PHONE, 3) > k) {
                return true;
            }
        }
        return false;
    }

    private static int reached(List<String> tokens, int i, Lexicon lx) {
        String verb = tokens.get(i);
        boolean let = lx.letKnow().contains(verb);
        boolean give = lx.give().contains(verb);
        if (!heard(verb, lx.contact()) && !let && !give) {
            return i;
        }
        if (lx == EN && i > 0 && Set.of("the", "a", "by", "over").contains(tokens.get(i - 1))) {
            return i; // "over the phone with your debit card" (heard "your dad"): a noun, no one contacted
        }
        if (lx == EN && verb.startsWith("involv") && !(i >= 2 && tokens.get(i - 1).equals("to")
                && OBLIGED.contains(tokens.get(i - 2)) || i >= 1 && WILL.contains(tokens.get(i - 1)))) {
            return i; // "we can involve your husband in the plan if you like": only "we'll have to involve him" threatens
        }
        if (lx == EN && let && i + 1 < tokens.size() && Set.of("me", "us").contains(tokens.get(i + 1))) {
            return i; // "let me correct that, nobody is calling your employer": the agent's own words, no one told
        }
        if (lx == EN && verb.equals("tell") && (i > 0 && RELAY_OPENERS.contains(tokens.get(i - 1)) || wishSent(tokens, i))
                && !harmAhead(tokens, i)) {
            // "alright, tell your mom that Tracy called": a message asked of the one on the line, not a threat
            // (what the message says is the third-party rules' to judge)
            return i;
        }
        // "let" and "give" take the people as an object in the middle ("give your wife and your
        // neighbours a ring"); the other verbs right after them or a preposition ("reach out to").
        int reach = let || give ? 7 : 3;
        for (int k = i + 1; k < tokens.size() && k <= i + reach; k++) {
            String t = tokens.get(k);
            if (lx.clauseBreaks().contains(t)) {
                return i;
            }
            // "… maybe I'll give her a call", "let her know": told or rung, not merely reached ("reach him" may be the debtor)
            boolean namedBefore = lx == EN && k == i + 1 && (let || give || TELL.contains(verb)) && PRONOUNS.contains(t)
                    && peopleNamedBefore(tokens, i, t, lx);
            // "your shift manager", "your store supervisor": one word may say which
            int person = k + 1 < tokens.size() && lx.people().contains(tokens.get(k + 1)) ? k + 1
                    : lx == EN && k + 2 < tokens.size() && lx.people().contains(tokens.get(k + 2))
                            && MODIFIERS.contains(tokens.get(k + 1)) ? k + 2 : -1;
            if (namedBefore || lx.possessive().contains(t) && person > 0
                    && (!t.equals("the") || NEIGHBOURS.contains(tokens.get(person)))) {
                int end = namedBefore ? k + 1 : person + 1;
                if (end < tokens.size() && lx.notPeople().contains(tokens.get(end))) {
                    return i; // "call your work number"
                }
                // "give your employer a call" (or a ring, a visit; the recogniser's "a tall"): any "a" noun
                int e = let ? follows(tokens, end, Set.of("know"), 4) : give ? follows(tokens, end, lx.giveWhat(), 7) : end;
                return e < 0 ? i : e;
            }
            if (!let && !give && !lx.toWith().contains(t)) {
                return i; // "tell me about your work": the people are not the ones contacted
            }
        }
        return i;
    }

    /** Words that say which of the client's people: "your shift manager", "your new boss". */
    private static final Set<String> MODIFIERS = Set.of("shift", "store", "floor", "night", "day", "site", "line",
            "new", "old", "team", "direct", "plant", "branch", "department", "office", "warehouse", "ex", "own",
            "whole", "immediate", "head");

    /** "Tell the neighbours" threatens as "tell your neighbours" does; "call the office" does not. */
    private static final Set<String> NEIGHBOURS = Set.of("neighbors", "neighbours", "neighbor", "neighbour");

    private static final Set<String> RECEIVING = Set.of("getting", "get", "gets", "receive", "receiving", "receives",
            "hear", "hearing", "hears");
    /** Told of it, said in the passive: "your manager would have to be told". */
    private static final Set<String> TOLD = Set.of("told", "notified", "informed", "contacted", "called");
    /** Words before an imperative "tell" that asks the one on the line to pass a message on. */
    private static final Set<String> RELAY_OPENERS = Set.of("alright", "okay", "ok", "please", "sure", "great",
            "thanks");

    /** A good wish sent through the one on the line: "tell your daughter congratulations", "… I said hi". */
    private static final Set<String> WISHES = Set.of("congratulations", "congrats", "hi", "hello", "happy", "merry",
            "good", "thanks", "thank", "i", "we", "best");

    /** Whether "tell your daughter" (the person in one or two words) goes on with a good wish. */
    private static boolean wishSent(List<String> tokens, int i) {
        int k = i + 1;
        if (k < tokens.size() && Set.of("your", "ur", "the").contains(tokens.get(k))) {
            k++;
        }
        for (int end = k + 1; end <= k + 2 && end < tokens.size(); end++) {
            if (WISHES.contains(tokens.get(end)) && (!Set.of("i", "we").contains(tokens.get(end))
                    || end + 1 < tokens.size() && Set.of("said", "say").contains(tokens.get(end + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Words of harm that make a message passed on a threat all the same: "tell your husband the truck will be picked up". */
    private static final Set<String> HARM = Set.of("garnish", "garnished", "garnishing", "truck", "car", "house", "home",
            "wages", "paycheck", "sue", "suing", "sued", "court", "arrest", "arrested", "jail", "police", "warrant",
            "picked", "repossess", "repossessed", "tow", "towed", "coming");

    /** Whether a word of harm comes in the ten words after {@code i}. */
    private static boolean harmAhead(List<String> tokens, int i) {
        return tokens.subList(i + 1, Math.min(tokens.size(), i + 11)).stream().anyMatch(HARM::contains);
    }

    private static final Set<String> ASKS = Set.of("does", "do", "did", "doesnt", "dont", "didnt", "would", "will",
            "sure", "bet", "think", "hope", "at", "that", "if");
    /** What comes before the misheard "let": "I'll have to [let] your employer know", "we'll [let] your boss know". */
    private static final Set<String> MUST = Set.of("to", "ill", "will", "well", "gonna", "going", "wed", "id", "we", "i");
    /**
     * What may stand between the people and "be told", besides more of the client's people ("your
     * wife and kids will be contacted"): auxiliaries only ("asked that you be called" is no threat).
     */
    private static final Set<String> PASSIVE_AUX = Set.of("would", "will", "have", "has", "to", "may", "might", "could",
            "should", "need", "needs", "going", "gonna", "also", "then", "probably", "definitely", "just", "all", "are",
            "is", "can", "must", "shall", "and");

    /**
     * Where "[would have to] be told" ends, from {@code from} on ("your manager would have to be
     * told", "your employer will be notified"); 0 when the words between are no auxiliaries or deny
     * it ("doesn't have to be told", "will never be contacted").
     */
    private static int toldInThePassive(List<String> tokens, int from, Lexicon lx) {
        for (int k = from; k + 1 < tokens.size() && k <= from + 6; k++) {
            String w = tokens.get(k);
            if (w.equals("be") && TOLD.contains(tokens.get(k + 1))) {
                return k + 2;
            }
            // a short word the recogniser put in ("your manager of would have to be told") passes
            boolean between = PASSIVE_AUX.contains(w) || lx.owner().contains(w) || lx.people().contains(w);
            if (!between && (w.length() > 2 || w.equals("no"))) {
                return 0;
            }
        }
        return 0;
    }

    /** What they receive: a call or a letter from us, or word of it. */
    private static final List<List<String>> RECEIVED = Words.phrases("a call", "a phone call", "a letter", "a visit",
            "a ring", "calls", "letters", "from us", "from me", "from our", "about this", "about it", "about the debt",
            "about your", "all about it", "all about this", "all about the debt", "all about your");

    /**
     * The client's people on the receiving end: "your employer won't be getting a call from us",
     * "your wife might hear from us". Said with "won't" it is no threat unless the promise is
     * withheld ("I can't promise …", {@link Negation}).
     */
    static int contactedFromHere(List<String> tokens, int i, Lexicon lx) {
        if (i + 1 >= tokens.size() || !lx.owner().contains(tokens.get(i)) || !lx.people().contains(tokens.get(i + 1))) {
            return i;
        }
        // "I'll have to [let] your employer know about it", the verb misheard after "have to", "I'll"; not
        // "does your wife know", "I'm sure your kids know you're doing your best"
        if (i > 1 && i + 2 < tokens.size() && tokens.get(i + 2).equals("know") && MUST.contains(tokens.get(i - 2))
                && !lx.letKnow().contains(tokens.get(i - 1)) && !ASKS.contains(tokens.get(i - 1))) {
            return i + 3;
        }
        int told = toldInThePassive(tokens, i + 2, lx);
        if (told > 0) {
            return told;
        }
        for (int k = i + 2; k + 1 < tokens.size() && k <= i + 6; k++) {
            if (RECEIVING.contains(tokens.get(k))) {
                for (List<String> what : RECEIVED) {
                    if (Words.startsAt(tokens, k + 1, what)) {
                        return k + 1 + what.size();
                    }
                }
            }
            if (lx.clauseBreaks().contains(tokens.get(k))) {
                return i;
            }
        }
        return i;
    }

    /** Work a person does for someone: "the company you work for", "the outfitter you guide for". */
    private static final Set<String> WORKING = Set.of("work", "works", "working", "guide", "drive", "drives", "clean",
            "cook", "teach", "nurse", "sub", "temp", "contract", "volunteer");

    /**
     * The client's workplace named by what they do there, and called: "we'll be calling the
     * outfitter you guide for", "contact the place you work at" (the recogniser's "the outfit or
     * of you guide for" too: the name may take a few words).
     */
    static int workplaceCalled(List<String> tokens, int i) {
        if (!EN.contact().contains(tokens.get(i)) || i + 1 >= tokens.size() || !EN.possessive().contains(tokens.get(i + 1))) {
            return i;
        }
        if (!agencyWill(tokens, i)) {
            return i; // "is it okay if I call the place you work at", "maybe contact the agency you work for"
        }
        for (int k = i + 2; k + 2 < tokens.size() && k <= i + 6; k++) {
            if (tokens.get(k).equals("you") && WORKING.contains(tokens.get(k + 1))
                    && Set.of("for", "at").contains(tokens.get(k + 2))) {
                return k + 3;
            }
        }
        return i;
    }

    /** The agency's own doing to come, in the few words before a verb: "we'll", "I'm going to", "we're". */
    private static final Set<String> AGENCY_WILL = Set.of("well", "ill", "were", "im", "wed", "id");
    /** What makes the doing asked, offered or supposed rather than said: "if I call", "maybe contact". */
    private static final Set<String> NOT_SAID_AS_DONE = Set.of("if", "maybe", "you", "whether", "could", "should",
            "can", "may");

    /** Whether the agency says it will do what token {@code i} says: "we'll be calling", "I'm going to contact". */
    private static boolean agencyWill(List<String> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String w = tokens.get(k);
            if (NOT_SAID_AS_DONE.contains(w)) {
                return false;
            }
            if (AGENCY_WILL.contains(w) || Set.of("we", "i").contains(w) && k + 1 < i
                    && Set.of("will", "are", "am", "have", "gonna").contains(tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Who the client's people are once named: "your mother's a reference … maybe I should give her a call". */
    private static final Set<String> PRONOUNS = Set.of("her", "him", "them");
    /** How far back in the turn the people may have been named. */
    private static final int NAMED_REACH = 30;

    private static boolean peopleNamedBefore(List<String> tokens, int i, String pronoun, Lexicon lx) {
        for (int k = Math.max(0, i - NAMED_REACH); k + 1 < i; k++) {
            String who = tokens.get(k + 1);
            if (who.endsWith("s") && !lx.people().contains(who)) {
                who = who.substring(0, who.length() - 1); // "your mother's"
            }
            if (lx.owner().contains(tokens.get(k)) && lx.people().contains(who)
                    && !(pronoun.equals("her") && MEN.contains(who)) && !(pronoun.equals("him") && WOMEN.contains(who))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TELL = Set.of("tell", "telling", "inform", "informing", "notify", "notifying");
    private static final Set<String> WOMEN = Set.of("wife", "mother", "mom", "mum", "sister", "daughter", "girlfriend",
            "grandmother", "grandma", "aunt", "landlady", "fiancee");
    private static final Set<String> MEN = Set.of("husband", "father", "dad", "son", "brother", "boyfriend",
            "grandfather", "grandpa", "uncle", "landlord", "fiance", "sergeant");

    private static final Set<String> OTHERS = Set.of("people", "everyone", "everybody", "folks", "anyone", "anybody",
            "coworkers", "colleagues", "neighbors", "neighbours", "boss", "employer", "family", "wife", "husband",
            "kids", "friends", "church", "principal", "landlord", "pastor", "parents", "mother", "father");
    /** Not "know": "does your wife know about it?" asks, it doesn't threaten. */
    private static final Set<String> LEARN = Set.of("hear", "hearing", "hears", "learn", "learning", "find", "finding",
            "finds", "talk", "talking", "gossip", "gossiping", "notice", "noticing", "notices");
    /** Learning of it by talk, said with what is talked about. */
    private static final Set<String> TALK = Set.of("talk", "talking", "gossip", "gossiping");
    /** Learning of it by sight: "folks notice things". */
    private static final Set<String> NOTICE = Set.of("notice", "noticing", "notices");

    private static final java.util.regex.Pattern TOLD_BY_US = java.util.regex.Pattern.compile("(hear|heard|hears|hearing"
            + "|learn|learned|learns|find out|found out|finds out) about (it|this|that|your \\w+) from us\\b");
    private static final java.util.regex.Pattern HATE_FOR_THEM_TO = java.util.regex.Pattern.compile("(id|i would|wed|we"
            + " would) hate for (them|him|her|people|folks|everyone|everybody|the neighbors|the neighbours|your \\w+"
            + "( \\w+)?) to (hear|find out|learn|know|see)\\b");
    private static final java.util.regex.Pattern GETS_AROUND = java.util.regex.Pattern.compile("(has a way of getting"
            + " around|neighbors talk|neighbours talk|people post things|people post stuff|folks post things)\\b");

    /**
     * The debt made known by the agency itself, or the client's people picturing it: "it'd be a shame if he heard
     * about it from us", "I'd hate for them to hear otherwise", "stuff like this has a way of getting around,
     * neighbours talk, people post things". Said in the negative ("you won't hear about it from us") it is no match.
     */
    static int madeKnown(List<String> tokens, int i) {
        String w = tokens.get(i);
        java.util.regex.Pattern p = w.startsWith("hear") || w.startsWith("learn") || w.startsWith("find") || w.equals("found")
                ? TOLD_BY_US : w.equals("id") || w.equals("i") || w.equals("wed") || w.equals("we") ? HATE_FOR_THEM_TO
                : w.equals("has") || w.startsWith("neighbo") || w.equals("people") || w.equals("folks") ? GETS_AROUND : null;
        if (p == null) {
            return i;
        }
        return Words.endOfMatchAt(tokens, i, p, 9);
    }

    private static final java.util.regex.Pattern ASKED_AROUND = java.util.regex.Pattern.compile("ask(ing)? around "
            + "((the|your) (neighborhood|neighbourhood|neighbors|neighbours|street|block|building|complex|town)"
            + "|(at )?your (work|job|workplace|family|church))\\b");

    /**
     * The client's people asked about the debt: "I'd be happy to ask around the neighbourhood", "asking around at
     * your work" (not "let me ask around the office", the agent's own colleagues).
     */
    static int askedAround(List<String> tokens, int i) {
        if (!tokens.get(i).startsWith("ask")) {
            return i;
        }
        return Words.endOfMatchAt(tokens, i, ASKED_AROUND, 5);
    }

    /**
     * The debt made known to the client's people, said as what may happen: "I'd hate for people at
     * your work to start hearing about it", "your neighbours might find out about this", "it's a
     * small street, folks notice things", "the kind of thing people talk about".
     */
    static int exposure(List<String> tokens, int i) {
        if (!OTHERS.contains(tokens.get(i)) && !namedBefore(tokens, i)) {
            return i;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
            if (LEARN.contains(tokens.get(k)) && Threats.DENIALS.contains(tokens.get(k - 1)) && !unpromised(tokens, i)) {
                // "so your parents won't hear about it from us": a reassurance, the hearing denied (not "the principal
                // wouldn't love hearing that …", the irony of a threat)
                return i;
            }
            if (LEARN.contains(tokens.get(k))) {
                int about = k + 1 < tokens.size() && tokens.get(k + 1).equals("out") ? k + 2 : k + 1;
                if (about + 1 < tokens.size() && tokens.get(about).equals("about")
                        && Set.of("it", "this", "that", "your").contains(tokens.get(about + 1))) {
                    return about + 2;
                }
                if (TALK.contains(tokens.get(k)) && about < tokens.size() && tokens.get(about).equals("about")
                        && (about + 1 == tokens.size() || Set.of("it", "this", "that", "you", "your")
                        .contains(tokens.get(about + 1)))) {
                    return about + 1; // "the kind of thing people talk about", "folks talking about you"
                }
                if (HEAR.contains(tokens.get(k)) && about < tokens.size() && tokens.get(about).equals("that")) {
                    // "the principal wouldn't love hearing that one of her teachers doesn't pay what she owes"
                    for (int m = about + 1; m < tokens.size() && m <= about + HEARD_THAT_REACH; m++) {
                        if (DEBT_WORDS.contains(tokens.get(m))) {
                            return m + 1;
                        }
                    }
                }
                if (NOTICE.contains(tokens.get(k)) && about < tokens.size()
                        && Set.of("things", "stuff", "it", "this", "that").contains(tokens.get(about))) {
                    return about + 1; // "it's a small street, folks notice things"
                }
                return i;
            }
        }
        return i;
    }

    /** The client's people as the subject, once named: "your sister … once she hears about it" (as "her" would be). */
    static final java.util.Map<String, String> SUBJECTS = java.util.Map.of("she", "her", "shed", "her",
            "shell", "her", "he", "him", "hed", "him", "hell", "him", "they", "them", "theyd", "them", "theyll", "them");

    private static boolean namedBefore(List<String> tokens, int i) {
        String pronoun = SUBJECTS.get(tokens.get(i));
        return pronoun != null && peopleNamedBefore(tokens, i, pronoun, Threats.EN);
    }

    private static final Set<String> HEAR = Set.of("hear", "hearing", "hears");
    /**
     * Whether the denial after the client's people is a promise withheld ("I can't promise your boss won't hear about
     * this", as {@link Negation} reads it) or a condition ("unless your employer doesn't hear about it first"); "I
     * promise your parents won't hear about it" reassures.
     */
    private static boolean unpromised(List<String> tokens, int i) {
        return Negation.unpromised(tokens, i) || tokens.subList(Math.max(0, i - 3), i).contains("unless");
    }

    /** What they would hear: that the client owes, is in debt ("… doesn't pay what she owes"). */
    private static final Set<String> DEBT_WORDS = Set.of("owe", "owes", "owed", "owing", "debt", "debts", "collections",
            "behind", "default", "defaulted", "delinquent");
    /** How far after "hearing that" what they would hear may end. */
    private static final int HEARD_THAT_REACH = 10;

    private static final List<List<String>> LET_THEM_KNOW = Words.phrases("let them know", "tell them", "inform them");

    /**
     * The client's people, then what they are to be told, whatever the recogniser made of the verb
     * before them: "[calling] your employer and your neighbours to let them know about the debt".
     */
    static int toldOf(List<String> tokens, int i, Lexicon lx) {
        if (!lx.owner().contains(tokens.get(i)) || i + 1 >= tokens.size() || !lx.people().contains(tokens.get(i + 1))) {
            return i;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 8; k++) {
            if (lx.clauseBreaks().contains(tokens.get(k))) {
                return i;
            }
            for (List<String> told : LET_THEM_KNOW) {
                if (Words.startsAt(tokens, k, told)) {
                    return k + told.size();
                }
            }
        }
        return i;
    }

    private static final Set<String> END_UP = Set.of("end", "ends", "ending", "wind", "winds", "winding", "land",
            "lands", "landing");
    /** Where a debt may end up that tells the client's people of it. */
    private static final Set<String> AT_WORK_OR_HOME = Set.of("employer", "employers", "boss", "bosses", "payroll", "hr",
            "manager", "managers", "supervisor", "coworkers", "neighbors", "neighbours", "family", "church", "landlord");
    /** How far after "end up" the people may stand: "in front of people's employers". */
    private static final int END_UP_REACH = 6;

    /**
     * The debt ending up with the client's people, said as what tends to happen: "accounts like this have a funny way
     * of ending up in front of people's employers"; not a denial ("this won't end up with your employer").
     */
    static int endsUpWithThem(List<String> tokens, int i) {
        if (!END_UP.contains(tokens.get(i)) || i + 1 >= tokens.size() || !tokens.get(i + 1).equals("up")
                || i > 0 && Threats.DENIALS.contains(tokens.get(i - 1))) {
            return i;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 1 + END_UP_REACH; k++) {
            if (EN.clauseBreaks().contains(tokens.get(k))) {
                return i;
            }
            if (AT_WORK_OR_HOME.contains(tokens.get(k))) {
                return k + 1;
            }
        }
        return i;
    }

    /** What says the agency will do it: "we'll start calling", "I'm going to call". */
    private static final Set<String> GOING_TO = Set.of("ill", "well", "gonna", "going", "start", "will", "to");
    /** The debtor's people, for {@link #callingTheirPeople}: family and work, not a lawyer or a bank. */
    private static final Set<String> THEIR_PEOPLE = Set.of("brother", "sister", "parents", "mother", "mom", "father",
            "dad", "family", "kids", "children", "son", "daughter", "wife", "husband", "boss", "employer", "work", "job",
            "manager", "coworkers", "neighbors", "neighbours", "relatives", "friends");

    /**
     * The debtor's people to be called, said to someone else: "tell him if he keeps putting us off we'll start calling
     * his brother, his parents, everybody in that family".
     */
    static int callingTheirPeople(List<String> tokens, int i) {
        if (!CALLING.contains(tokens.get(i)) || i == 0 || !GOING_TO.contains(tokens.get(i - 1)) || i + 2 >= tokens.size()
                || !Set.of("his", "her", "their").contains(tokens.get(i + 1)) || !THEIR_PEOPLE.contains(tokens.get(i + 2))) {
            return i;
        }
        return i + 3;
    }

    /** Someone who would want to know, and who they are once named: "she'd", "he'd", "they'd". */
    private static final Map<String, String> WOULD_WANT = Map.of("shed", "her", "hed", "him",
            "theyd", "them");
    private static final List<String> WANT_TO_KNOW = List.of("want", "to", "know");
    /** What they would want to know when it is the debt itself: "what's going on", "about this", "that you owe". */
    private static final List<List<String>> THE_DEBT_KNOWN = Words.phrases("whats going on", "what is going on",
            "whats happening", "what is happening", "about this", "about it", "about that", "about the debt",
            "about your", "that you", "youre", "you are");

    /**
     * The client's people said to want to know the debt, once named: "your sister Monica is the emergency
     * contact on the lease, I'm sure she'd want to know what's going on". Who would want to know is told to
     * the client to say they will be.
     */
    static int wouldWantToKnow(List<String> tokens, int i) {
        String who = WOULD_WANT.get(tokens.get(i));
        int known = i + 1 + WANT_TO_KNOW.size();
        if (who == null || !Words.startsAt(tokens, i + 1, WANT_TO_KNOW) || !peopleNamedBefore(tokens, i, who, EN)) {
            return i;
        }
        // not "if your sister helps, she'd want to know the amount"
        return THE_DEBT_KNOWN.stream().anyMatch(w -> Words.startsAt(tokens, known, w)) ? known : i;
    }

    /** What opens the telling after the call: "to let him know", "and tell her". */
    private static final Set<String> TO_TELL = Set.of("to", "and");
    private static final Set<String> CALLING = Set.of("call", "calling", "phone", "phoning", "ring", "ringing",
            "contact", "contacting");
    /** Who may be called about a payment without a threat: "we'll call your bank to let them know it's coming". */
    private static final Set<String> PAYMENT_SIDE = Set.of("bank", "credit", "card", "insurance", "insurer", "lender",
            "servicer", "provider", "account", "cell", "phone", "number", "line", "home", "work");

    /**
     * A call to someone of the client's, whoever the recogniser made of them, to tell them: "I'll be calling your
     * boss at the nursery to let him know what's going on" (heard "your dogs at a nursery"). "Him", "her", "them"
     * say that a person is called; "calling you back to let you know" is not.
     */
    static int calledToBeTold(List<String> tokens, int i) {
        if (!CALLING.contains(tokens.get(i)) || i + 2 >= tokens.size()) {
            return i;
        }
        String who = tokens.get(i + 1);
        boolean yours = who.equals("your") && !PAYMENT_SIDE.contains(tokens.get(i + 2));
        // "your sister is down as a reference, so I'll be calling her this afternoon"
        boolean namedBefore = PRONOUNS.contains(who) && peopleNamedBefore(tokens, i, who, EN);
        if (!yours && !namedBefore) {
            return i;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 8; k++) {
            int told = toldFrom(tokens, k);
            if (told > 0) {
                return told;
            }
            if (EN.clauseBreaks().contains(tokens.get(k))) {
                return i;
            }
        }
        return i;
    }

    /**
     * Where someone told, from item {@code k}, ends: "to let him know", "and tell her", "to fill her in on" (however
     * the recogniser heard the verb: "to sell her in on"); -1 when none starts there.
     */
    private static int toldFrom(List<String> tokens, int k) {
        if (k + 2 >= tokens.size() || !TO_TELL.contains(tokens.get(k)) || !PRONOUNS.contains(tokens.get(k + 2))) {
            return -1;
        }
        String verb = tokens.get(k + 1);
        if (tokens.get(k).equals("to") && k + 4 < tokens.size() && tokens.get(k + 3).equals("in")
                && tokens.get(k + 4).equals("on")) {
            return k + 5;
        }
        if (verb.equals("tell")) {
            return k + 3;
        }
        return verb.equals("let") && k + 3 < tokens.size() && tokens.get(k + 3).equals("know") ? k + 4 : -1;
    }

    /**
     * The end of the first of {@code words} within {@code reach} tokens from {@code from} (with
     * the word after it when it is "a": "a call"), or -1 (no match).
     */
    private static int follows(List<String> tokens, int from, Set<String> words, int reach) {
        for (int k = from; k < tokens.size() && k < from + reach; k++) {
            if (tokens.get(k).equals("at") && k + 1 < tokens.size() && tokens.get(k + 1).equals("all")
                    && words.contains("call")) {
                return k + 2; // "give your manager a call" as the recogniser may hear it: "at all"
            }
            if (words.contains(tokens.get(k))) {
                if (!tokens.get(k).equals("a")) {
                    return k + 1;
                }
                // "a call", or a word one letter off one ("a tall"); not "a bit of relief"
                String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
                return words.contains(next) || words.stream().anyMatch(w -> w.length() >= 4 && Words.oneLetterOff(w, next)) ? k + 2 : -1;
            }
        }
        return -1;
    }
}
