package app.parley.meaning;

import static app.parley.meaning.Threats.CLIENT_SUBJECTS;
import static app.parley.meaning.Threats.DENIALS;
import static app.parley.meaning.Threats.EN;
import static app.parley.meaning.Threats.heard;

import app.parley.meaning.Threats.Lexicon;

import java.util.List;
import java.util.Set;

/**
 * Threats to take the client's property or pay: "we will take your car", "they'll garnish your wages",
 * "it'll come straight out of every paycheck", "we'll send someone to take the truck".
 */
final class SeizureThreats {
    private SeizureThreats() {
    }

    /**
     * What "your" is heard as "our" before, where the agency taking its own makes no sense: "we'll
     * come and take our truck".
     */
    private static final Set<String> OURS_MISHEARD = Set.of("car", "truck", "house", "home", "vehicle");

    /** A seizure verb, then the client's property: "take your car", "garnish your wages". */
    static int seizure(List<String> tokens, int i, Lexicon lx) {
        if (!heard(tokens.get(i), lx.seize())) {
            return i;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            boolean heardOur = lx == EN && tokens.get(k).equals("our") && k + 1 < tokens.size()
                    && OURS_MISHEARD.contains(tokens.get(k + 1));
            if ((lx.owner().contains(tokens.get(k)) || heardOur) && k + 1 < tokens.size()
                    && lx.property().contains(tokens.get(k + 1))) {
                if (tokens.get(i).equals("take") && paymentAsked(tokens, i)) {
                    return i; // "can I take your car(d)", "let me take your car(d) payment"
                }
                int end = k + 2;
                if (tokens.get(k + 1).equals("car") && end < tokens.size() && lx.cardWords().contains(tokens.get(end))) {
                    return i; // "take your car details": the recogniser's "card"
                }
                return end;
            }
        }
        return i;
    }

    /** "Can I take", "let me take", "would you like me to take": the agent offers to take a payment. */
    private static boolean paymentAsked(List<String> tokens, int take) {
        String one = take >= 1 ? tokens.get(take - 1) : "";
        String two = take >= 2 ? tokens.get(take - 2) : "";
        return one.equals("me") || one.equals("i") && Set.of("can", "could", "may", "shall").contains(two)
                || one.equals("to") && two.equals("me");
    }

    /** The agency's future, said before what it will do: "we'll", "they're gonna", "we will". */
    private static final Set<String> AGENCY_FUTURE = Set.of("well", "theyll", "ill");
    /** What follows the agency's "we'll" when it acts ("we'll have", "we'll send"), not "well, we can …". */
    private static final Set<String> AGENCY_ACTS = Set.of("have", "send", "be", "come", "get", "go", "need", "start",
            "take", "tow", "repossess", "just", "arrange", "schedule");
    /** Verbs that take a vehicle away ("empty the house" is moving out, "freeze" a loan's terms). */
    private static final Set<String> TAKE_AWAY = Set.of("take", "taking", "seize", "seizing", "repossess",
            "repossessing", "tow", "towing");
    /** What may follow the vehicle taken: the clause's end or when ("… the car tonight", "… the truck and …"). */
    private static final Set<String> AFTER_THE_VEHICLE = Set.of("and", "tonight", "today", "tomorrow", "away", "back",
            "if", "unless", "this", "next", "by", "before", "from", "off", "right", "first", "while", "so", "or", "too",
            "on", "at", "then", "now");
    /** What a vehicle or home is, said with "the" rather than "your". */
    private static final Set<String> TAKEN_WITH_THE = Set.of("car", "truck", "vehicle", "house");

    /**
     * The client's car taken, said with "the" after the agency's "we'll": "we'll have a truck out
     * there tonight to take the car" (the dispatch heard "a threat out there"); not "you can take
     * the car to the dealer" (the vehicle must end its clause or be followed by when), "we will
     * freeze the car loan", a surrender the client asked for, nor "I'll take the car[d] now
     * instead", which takes a payment.
     */
    static int vehicleTakenByUs(List<String> tokens, int i) {
        if (!TAKE_AWAY.contains(tokens.get(i)) || i + 2 >= tokens.size() || !tokens.get(i + 1).equals("the")
                || !TAKEN_WITH_THE.contains(tokens.get(i + 2))
                || i + 3 < tokens.size() && EN.cardWords().contains(tokens.get(i + 3))
                || tokens.get(i).equals("take") && (paymentAsked(tokens, i) || i == 0 || !tokens.get(i - 1).equals("to"))) {
            // "okay, I'll take the car[d] now instead": only "to take the car" takes it away
            return i;
        }
        if (i + 3 < tokens.size() && !AFTER_THE_VEHICLE.contains(tokens.get(i + 3)) || tokens.contains("surrender")) {
            // "… take the car to the dealer", "… the car loan", "freeze the car loan"; a surrender the client asked for
            return i;
        }
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            String w = tokens.get(k);
            if (CLIENT_SUBJECTS.contains(w) || EN.clauseBreaks().contains(w) || DENIALS.contains(w)) {
                return i;
            }
            boolean weWill = Set.of("we", "they").contains(w) && Set.of("will", "are", "re").contains(tokens.get(k + 1))
                    // "we're going to", heard "were": not "you were going to take the car to the shop"
                    || Set.of("were", "theyre").contains(w) && Set.of("going", "gonna").contains(tokens.get(k + 1))
                    && !(k > 0 && Set.of("you", "i", "he", "she", "it", "they", "that").contains(tokens.get(k - 1)));
            if (AGENCY_FUTURE.contains(w) && AGENCY_ACTS.contains(tokens.get(k + 1)) || weWill) {
                return i + 3;
            }
        }
        return i;
    }

    private static final java.util.regex.Pattern TAKEN_FROM_WHERE_IT_STANDS = java.util.regex.Pattern.compile("(take|takes|taking|tow|tows|towing"
            + "|haul|hauls|pull|pulls) (the|a|your) (car|truck|vehicle|van) (right )?(off|out of|from) (the|your)"
            + " (lot|driveway|street|job site|jobsite|work|workplace|parking lot|yard|garage|job)\\b");

    /**
     * The vehicle taken from where it stands, whoever the recogniser made the subject: "we send a
     * truck out to your job site and take[s] the car right off the lot", "tow your truck out of
     * the driveway". Nobody takes a car off a lot in a collections call but to seize it.
     */
    static int vehicleTakenFromWhereItStands(List<String> tokens, int i) {
        if (!TAKE_AWAY.contains(tokens.get(i)) && !Set.of("takes", "tows", "haul", "hauls", "pull", "pulls")
                .contains(tokens.get(i))) {
            return i;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (OTHER_TAKERS.contains(tokens.get(k))) {
                return i; // "if you trade it in, the dealer will take the car off the lot"
            }
        }
        return Words.endOfMatchAt(tokens, i, TAKEN_FROM_WHERE_IT_STANDS, 9);
    }

    /** Who else takes a car off a lot: the client, a dealer, a buyer. */
    private static final Set<String> OTHER_TAKERS = Set.of("you", "i", "dealer", "dealership", "buyer", "mechanic", "shop",
            "youll", "ill", "trade", "sell", "sold");

    private static final Set<String> SEND = Set.of("send", "sends", "sending", "dispatch");
    /** Who is sent: a person ("someone") or one named after an article ("a guy", "the sheriff"), never a letter. */
    private static final Set<String> SENT = Set.of("someone", "somebody", "people", "guys", "agents", "officers",
            "repo", "collectors", "men");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "our");
    private static final Set<String> SENT_AFTER_ARTICLE = Set.of("guy", "man", "team", "truck", "agent", "officer",
            "sheriff", "driver", "collector", "tow", "repo", "marshal", "deputy");
    /** Who is sent only to take something. */
    private static final Set<String> TAKERS = Set.of("truck", "tow", "repo");
    /** What may follow the one sent when what it comes for is left unsaid. */
    private static final Set<String> AFTER_A_TAKER = Set.of("and", "out", "over", "round", "around", "so", "if",
            "tomorrow", "today", "tonight", "now", "then", "for");
    private static final Set<String> SENT_TO = Set.of("take", "get", "collect", "pick", "grab", "repossess", "tow",
            "seize", "your", "visit", "knock");

    /** What is sent that takes nothing: "we'll send a statement out for your car loan". */
    private static final Set<String> PAPERS = Set.of("letter", "letters", "bill", "statement", "statements", "receipt",
            "link", "copy", "notice", "paperwork", "form", "forms", "email", "text", "reminder", "invoice", "quote",
            "confirmation", "payment", "check", "money", "refund", "title", "payoff", "release", "lien", "details",
            "docs", "documents", "agreement", "contract", "info");

    /** What "for your car" names that is no seizure: "the paperwork for your car loan". */
    private static final Set<String> NOT_THE_THING = Set.of("loan", "payment", "payments", "note", "title", "insurance",
            "account", "bill", "lease", "registration", "keys");

    /**
     * Someone sent out for the client's property, whoever the recogniser made of them: "we're
     * sending the truck out for your car", heard "sending the drop out for your car" (not "we'll send
     * the title for your car").
     */
    static int sentFor(List<String> tokens, int i) {
        if (!SEND.contains(tokens.get(i))) {
            return i;
        }
        if (i + 1 < tokens.size() && Set.of("you", "me", "us", "it", "that", "this", "them").contains(tokens.get(i + 1))) {
            return i; // "we'll send you the paperwork for your car", "send it in for your car"
        }
        for (int k = i + 1; k + 2 < tokens.size() && k <= i + 4; k++) {
            if (REMOVAL_BREAKS.contains(tokens.get(k)) || PAPERS.contains(tokens.get(k))) {
                return i; // "send a letter for your records"
            }
            if (tokens.get(k).equals("for") && Set.of("out", "round", "around").contains(tokens.get(k - 1))
                    && EN.owner().contains(tokens.get(k + 1))
                    && EN.property().contains(tokens.get(k + 2))
                    && !(k + 3 < tokens.size() && NOT_THE_THING.contains(tokens.get(k + 3)))) {
                return k + 3;
            }
        }
        return i;
    }

    /**
     * Someone sent to the client's door or property: "we'll send someone to take the truck", "I
     * can send a guy round to your house", whatever the recogniser made of the property.
     */
    static int dispatch(List<String> tokens, int i) {
        if (!SEND.contains(tokens.get(i)) || i + 2 >= tokens.size()) {
            return i;
        }
        int who = SENT.contains(tokens.get(i + 1)) ? i + 2
                : ARTICLES.contains(tokens.get(i + 1)) && SENT_AFTER_ARTICLE.contains(tokens.get(i + 2)) ? i + 3 : -1;
        if (who < 0) {
            return i;
        }
        if (who < tokens.size() && tokens.get(who - 1).equals("tow") && tokens.get(who).equals("truck")) {
            who++; // "send a tow truck out"
        }
        // "we're sending a truck [and you'll be walking]": what it comes for goes without saying
        // (not "we'll send the tow yard a release")
        int taker = who >= i + 3 && TAKERS.contains(tokens.get(i + 2))
                && (who == tokens.size() || AFTER_A_TAKER.contains(tokens.get(who))) ? who : i;
        for (int k = who; k < tokens.size() && k <= who + 3; k++) {
            if (REMOVAL_BREAKS.contains(tokens.get(k))) {
                return taker;
            }
            if (SENT_TO.contains(tokens.get(k))) {
                return k + 1;
            }
        }
        return taker;
    }

    /** Who says they will have a truck out: "I'll have", "we'll have", "we're gonna have". */
    private static final Set<String> WILL_HAVE = Set.of("ill", "well", "will", "gonna", "to", "wed", "id");
    /** Where the truck is had: "out there", "over", "at your place". */
    private static final Set<String> OUT_THERE = Set.of("out", "over", "round", "around", "there", "here", "at", "by");
    /** What the truck is had out for: "for that Corolla", "to take it". */
    private static final Set<String> TRUCK_FOR = Set.of("for", "to");

    /**
     * "I'll have a tow truck out there for that Corolla", heard "I'll have dropped truck out there": a truck had out
     * for the client's car, whatever the recogniser made of "a tow" (not "we have a truck payment plan").
     */
    static int truckHadOut(List<String> tokens, int i) {
        if (!tokens.get(i).equals("have") || i == 0 || !WILL_HAVE.contains(tokens.get(i - 1))) {
            return i;
        }
        int truck = -1;
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            if (tokens.get(k).equals("truck")) {
                truck = k;
                break;
            }
        }
        if (truck < 0 || truck + 1 >= tokens.size() || !OUT_THERE.contains(tokens.get(truck + 1))) {
            return i;
        }
        for (int k = truck + 1; k < tokens.size() && k <= truck + 4; k++) {
            if (TRUCK_FOR.contains(tokens.get(k))) {
                return k + 1;
            }
        }
        return i;
    }

    private static final java.util.regex.Pattern HAS_THE_ADDRESS = java.util.regex.Pattern.compile("(tow )?(truck|driver"
            + "|repo (man|guy|company|team)) (already |now )?(has|have|got|knows) (your|yard|ur) (address|place)\\b");

    /**
     * The tow truck told as on its way: "the truck already has your address" (heard "have yard address"). A truck
     * knows the client's address only to come for the vehicle.
     */
    static int truckHasTheAddress(List<String> tokens, int i) {
        if (!Set.of("truck", "tow", "driver", "repo").contains(tokens.get(i))) {
            return i;
        }
        return Words.endOfMatchAt(tokens, i, HAS_THE_ADDRESS, 7);
    }

    private static final java.util.regex.Pattern SEEN_GOING = java.util.regex.Pattern.compile("(watch|watching|see|seeing)"
            + " (your|ur|the) (car|truck|vehicle|van) (go|going|get|getting|being) (up|towed|hauled|taken|away|pulled"
            + "|repossessed|hooked)\\b");

    /**
     * The vehicle's taking pictured: "I'd hate for your neighbours to watch your car go up on a hook Saturday
     * morning", "see your truck get towed".
     */
    static int vehicleSeenGoing(List<String> tokens, int i) {
        if (!tokens.get(i).startsWith("watch") && !tokens.get(i).startsWith("see")) {
            return i;
        }
        return Words.endOfMatchAt(tokens, i, SEEN_GOING, 5);
    }

    private static final Set<String> SOLD = Set.of("sold", "auctioned");
    private static final Set<String> MAY_BE = Set.of("can", "could", "will", "would", "might", "may", "gonna", "to");
    private static final Set<String> COVER = Set.of("cover", "pay", "satisfy", "settle", "clear");

    /**
     * The client's property sold for the debt, held out: "a lien goes on the property and it can be sold to cover the
     * balance"; not the sale told ("the truck was sold at auction to cover part of the loan").
     */
    static int soldToCover(List<String> tokens, int i) {
        if (!SOLD.contains(tokens.get(i)) || i < 2 || !tokens.get(i - 1).equals("be") || !MAY_BE.contains(tokens.get(i - 2))
                || i + 2 >= tokens.size() || !tokens.get(i + 1).equals("to") || !COVER.contains(tokens.get(i + 2))) {
            return i;
        }
        return i + 3;
    }

    /** What is done to a bank account held out: frozen, emptied, levied (not "take", a payment from it). */
    private static final Set<String> FREEZE = Set.of("freeze", "freezing", "empty", "emptying", "levy", "levying",
            "drain", "draining", "seize", "seizing", "attach", "garnish", "garnishing");
    private static final Set<String> ACCOUNTS = Set.of("account", "accounts", "checking", "savings");
    private static final Set<String> ACCOUNT_HOLDERS = Set.of("your", "ur", "his", "her");

    /** "We freeze your checking account and take it out ourselves", "levy your bank account". */
    static int accountFrozen(List<String> tokens, int i) {
        if (!FREEZE.contains(tokens.get(i)) || i + 2 >= tokens.size() || !ACCOUNT_HOLDERS.contains(tokens.get(i + 1))) {
            return i;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 3; k++) {
            if (ACCOUNTS.contains(tokens.get(k))) {
                return k + 1;
            }
        }
        return i;
    }

    /** What a driving licence is called and how the recogniser may hear "your" before it. */
    private static final Set<String> LICENCE = Set.of("license", "licence", "licenses", "licences");
    private static final Set<String> SUSPENDED = Set.of("suspended", "revoked", "pulled", "yanked", "taken");
    /** Whose licence: "your", and the recogniser's "our" ("our driver's license get suspended"). */
    private static final Set<String> LICENCE_HOLDERS = Set.of("your", "our", "ur");
    private static final Set<String> DRIVING = Set.of("drivers", "driver", "driving");
    /** Of the words that tell or rule it out, those that only join clauses: "… suspended, and", "if". */
    private static final Set<String> JOINING = Set.of("if", "and", "so");

    /**
     * A driving licence held out as lost over the debt: "your driver's license gets suspended until it's paid" (the
     * recogniser's "our driver's license get suspended"); denials are {@link Negation}'s.
     */
    static int licenceSuspended(List<String> tokens, int i) {
        if (!LICENCE_HOLDERS.contains(tokens.get(i))) {
            return i;
        }
        int k = i + 1;
        if (k < tokens.size() && DRIVING.contains(tokens.get(k))) {
            k++;
        }
        if (k >= tokens.size() || !LICENCE.contains(tokens.get(k))) {
            return i;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 5; j++) {
            if (TOLD_OR_RULED_OUT.contains(tokens.get(j)) && !JOINING.contains(tokens.get(j))) {
                return i; // "your license was suspended last year", "can't be suspended"
            }
            if (SUSPENDED.contains(tokens.get(j))) {
                return j + 1;
            }
        }
        return i;
    }

    private static final Set<String> GO_AFTER = Set.of("go", "going", "come", "coming");
    /** Who goes after the client's things: the agency ("we'll go straight after your wages", heard "we all go"). */
    private static final Set<String> AGENCY = Set.of("we", "well", "were", "ill", "they", "theyll", "theyre");
    /** What may stand between the agency and its verb: "we will go", "we all go" (heard for "we'll"), "we just go". */
    private static final Set<String> AGENCY_THEN = Set.of("will", "all", "just", "are", "re");
    /** After the pay named, what makes it a day of the payment: "after your paycheck clears", "… pay date". */
    private static final Set<String> PAY_DAY = Set.of("clears", "clear", "hits", "lands", "comes", "goes", "date",
            "day", "is", "arrives");

    /**
     * Where the words after the agency's "go" or "come" begin ("we'll go [straight] …", "they're
     * coming …"), past one of {@code how}; -1 when token {@code i} is no such verb of the agency's.
     */
    private static int agencyGoes(List<String> tokens, int i, Set<String> how) {
        if (!GO_AFTER.contains(tokens.get(i)) || i == 0 || !(AGENCY.contains(tokens.get(i - 1))
                || i > 1 && AGENCY.contains(tokens.get(i - 2)) && AGENCY_THEN.contains(tokens.get(i - 1)))) {
            return -1;
        }
        int k = i + 1;
        return k < tokens.size() && how.contains(tokens.get(k)) ? k + 1 : k;
    }

    /** Whose things: the client's, or told to someone else of the client ("… we'll go after his paycheck"). */
    private static final Set<String> PURSUED = Set.of("your", "ur", "his", "her", "their");

    /**
     * The client's pay or property pursued: "we'll go straight after your wages", "they're
     * coming after your house", to a mother "we all [we'll] go after his paycheck"; not the payment
     * scheduled ("it can go out after your payday").
     */
    static int goneAfter(List<String> tokens, int i) {
        int k = agencyGoes(tokens, i, Set.of("straight", "right"));
        if (k < 0 || k + 2 >= tokens.size() || !tokens.get(k).equals("after") || !PURSUED.contains(tokens.get(k + 1))
                || !EN.property().contains(tokens.get(k + 2))
                || k + 3 < tokens.size() && PAY_DAY.contains(tokens.get(k + 3))) {
            return i;
        }
        return k + 3;
    }

    /**
     * The agency going to the client's people: "we'll go straight to your payroll department",
     * "they're going to your employer" (not "let's go to your options").
     */
    static int goneTo(List<String> tokens, int i) {
        int k = agencyGoes(tokens, i, Set.of("straight", "right", "directly"));
        if (k < 0 || k + 2 >= tokens.size() || !tokens.get(k).equals("to") || !EN.owner().contains(tokens.get(k + 1))
                || !EN.people().contains(tokens.get(k + 2))) {
            return i;
        }
        return k + 3;
    }

    /**
     * The client's people's number held up: "I have your mother's number right here in the file",
     * "we've got your boss's number on file"; not a contact checked ("we still have your husband's
     * number as the main number"). Said with what the agent will not do ("… but we won't call
     * her") the next clause is Negation's to weigh, as for any phrase.
     */
    static int theirNumberHeld(List<String> tokens, int i) {
        if (!Set.of("have", "got").contains(tokens.get(i)) || i == 0
                || !Set.of("i", "we", "ive", "weve", "still", "already", "also").contains(tokens.get(i - 1))
                || i + 3 >= tokens.size() || !EN.owner().contains(tokens.get(i + 1))) {
            return i;
        }
        String whose = tokens.get(i + 2);
        boolean theirs = whose.endsWith("s") && EN.people().contains(whose.substring(0, whose.length() - 1));
        if (!theirs || !Set.of("number", "phone").contains(tokens.get(i + 3))) {
            return i;
        }
        // held up ("right here in the file"), not checked ("… as the main number", "… listed", "… here as a second contact")
        List<String> after = tokens.subList(i + 4, Math.min(tokens.size(), i + 8));
        if (after.contains("as") || after.contains("listed")) {
            return i;
        }
        boolean heldUp = Words.startsAt(tokens, i + 4, List.of("right", "here")) || after.contains("file");
        return heldUp ? i + 4 : i;
    }

    /** A share of the client's pay taken: "have a quarter of every check taken out". */
    static int shareOfPayTaken(List<String> tokens, int i) {
        if (!tokens.get(i).equals("of") || i + 2 >= tokens.size() || !EVERY.contains(tokens.get(i + 1))
                || !PAY_CHECKS.contains(tokens.get(i + 2))) {
            return i;
        }
        // had taken ("have a quarter of every check taken out"), not told as it is ("twenty dollars of every
        // paycheck is taken out automatically", "a quarter of every check is already garnished")
        boolean had = false;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            had |= Set.of("have", "get", "got").contains(tokens.get(k));
        }
        if (!had) {
            return i;
        }
        for (int k = i + 3; k < tokens.size() && k <= i + 5; k++) {
            if (Set.of("is", "are", "was", "already").contains(tokens.get(k))) {
                return i;
            }
            if (Set.of("taken", "garnished", "withheld", "deducted", "pulled", "docked").contains(tokens.get(k))) {
                return k + 1;
            }
        }
        return i;
    }
    private static final Set<String> PAY_CHECKS = Set.of("paycheck", "paychecks", "wages", "wage", "salary", "check",
            "checks", "pay");

    /**
     * Things carried out of the client's home: "that couch can be hauled right out of your living
     * room", read from "can … out of your living room" since the verb is the word the recogniser
     * most often loses ("can be smaller right out of").
     */
    static int removal(List<String> tokens, int i) {
        if (!REMOVAL_MODALS.contains(tokens.get(i))) {
            return i;
        }
        for (int k = i + 1; k + 3 < tokens.size() && k <= i + 5; k++) {
            if (tokens.get(k).equals("out") && tokens.get(k + 1).equals("of") && tokens.get(k + 2).equals("your")
                    && ROOMS.contains(tokens.get(k + 3))) {
                return k + (tokens.get(k + 3).equals("living") && k + 4 < tokens.size() ? 5 : 4);
            }
            if (REMOVAL_BREAKS.contains(tokens.get(k))) {
                return i;
            }
        }
        return i;
    }

    private static final Set<String> REMOVAL_BREAKS = Set.of("if", "so", "because", "when", "then", "and", "but");
    private static final Set<String> REMOVAL_MODALS = Set.of("can", "could", "will", "gonna", "might", "would");
    private static final Set<String> ROOMS = Set.of("living", "house", "home", "apartment", "garage", "driveway",
            "bedroom", "kitchen", "yard");

    /**
     * A seizure said in the passive: "we'll have the truck picked up off your driveway", "a judge
     * can have your paycheck taken", "your tax refund next spring will be taken to cover it".
     */
    static int takenFromThem(List<String> tokens, int i) {
        String t = tokens.get(i);
        // the client's property, not "I can have the late fee taken off", "have that taken care of"
        if (HAVE_IT.contains(t) && i + 3 < tokens.size() && THEIRS.contains(tokens.get(i + 1))
                && EN.property().contains(tokens.get(i + 2)) && TAKEN.contains(tokens.get(i + 3))) {
            return i + 4;
        }
        if (THEIRS.contains(t) && !t.equals("the") && i + 1 < tokens.size()) {
            int k = i + 1;
            if (tokens.get(k).equals("tax") && k + 1 < tokens.size()) {
                k++;
            }
            if (tokens.get(k).equals("refund")) {
                // what will be done to it, not what was ("your tax refund was intercepted last year")
                boolean coming = false;
                for (int j = k + 1; j < tokens.size() && j <= k + 6; j++) {
                    coming |= MODALS.contains(tokens.get(j));
                    if (coming && (TAKEN.contains(tokens.get(j)) || WITHHELD.contains(tokens.get(j)))) {
                        return j + 1;
                    }
                }
            }
            // "your wages get garnished", "your truck will be repossessed", "your next paycheck could get
            // garnished": what will happen to it, not what did or can't ("your wages were garnished last
            // year", "your wages can't be garnished for this")
            int owned = EN.property().contains(tokens.get(i + 1)) ? i + 1
                    : i + 2 < tokens.size() && EN.property().contains(tokens.get(i + 2)) ? i + 2 : -1;
            boolean warded = false; // "to make sure your car doesn't get repossessed", "to keep your wages from"
            for (int b = Math.max(0, i - 3); b < i; b++) {
                warded |= WARDING_OFF.contains(tokens.get(b));
            }
            boolean coming = false;
            // "your paycheck is going to start getting garnished": six words on
            for (int j = owned + 1; owned > 0 && !warded && j < tokens.size() && j <= owned + 6; j++) {
                String w = tokens.get(j);
                if (TOLD_OR_RULED_OUT.contains(w) || w.equals("to") && !tokens.get(j - 1).equals("going")) {
                    break; // not "want your truck to get repossessed"; "is going to be repossessed" goes on
                }
                coming |= MODALS.contains(w) || GETTING.contains(w);
                if (coming && TAKEN.contains(w) && !w.equals("picked")
                        && !(j + 1 < tokens.size() && tokens.get(j + 1).equals("care"))) {
                    return j + 1; // not "your car gets taken care of", "your car will be picked up by the shop"
                }
            }
        }
        return i;
    }

    /** What makes a passive future: "your car gets towed", "is going to be taken". */
    private static final Set<String> GETTING = Set.of("get", "gets", "getting", "going");
    /** What makes it told or ruled out: "was garnished", "already taken", "can't be seized". */
    private static final Set<String> TOLD_OR_RULED_OUT = Set.of("was", "were", "already", "got", "been", "cant",
            "cannot", "wont", "not", "never", "isnt", "arent", "wasnt", "couldnt", "wouldnt", "shouldnt", "doesnt",
            "dont", "didnt", "if", "and", "but", "so", "because");
    /** Words before it that make it what the agent helps the client avoid: "to make sure your car doesn't …". */
    private static final Set<String> WARDING_OFF = Set.of("sure", "avoid", "prevent", "keep", "stop", "protect");

    private static final Set<String> HAVE_IT = Set.of("have", "get", "had", "having");
    private static final Set<String> MODALS = Set.of("will", "could", "would", "can", "gonna", "might", "may");
    private static final Set<String> THEIRS = Set.of("the", "your", "his", "her", "their", "that");
    private static final Set<String> TAKEN = Set.of("picked", "taken", "seized", "towed", "garnished", "repossessed",
            "impounded", "hauled");
    private static final Set<String> WITHHELD = Set.of("intercepted", "kept", "withheld", "tape", "taped");

    private static final Set<String> DEDUCT = Set.of("take", "taking", "taken", "come", "coming", "comes", "deduct",
            "deducted", "deducting", "pull", "pulling", "pulled", "dock", "docking", "docked");
    private static final Set<String> EVERY = Set.of("your", "every", "each", "ur");
    private static final Set<String> EARNINGS = Set.of("paycheck", "paychecks", "wages", "wage", "salary");
    /** A pay cheque called a check: taken "out of your check" (not "from your check", a payment by check). */
    private static final Set<String> CHECKS_OF_PAY = Set.of("check", "checks");
    /** The pay moving by itself: "your paycheck could start coming straight to us". */
    private static final Set<String> REDIRECTED = Set.of("coming", "come", "comes", "going", "go", "goes",
            "redirected", "routed", "diverted", "deposited", "paid");

    /**
     * Money taken from the client's pay without them: "it'll come straight out of every
     * paycheck", "we'll take it out of your wages", "part of your paycheck could start coming
     * straight to us": a garnishment said in other words.
     */
    static int deduction(List<String> tokens, int i) {
        if (EVERY.contains(tokens.get(i)) && i + 1 < tokens.size() && EARNINGS.contains(tokens.get(i + 1))) {
            // the pay itself coming to us, not "a copy of your paycheck stub to us"
            boolean moving = false;
            for (int k = i + 2; k + 1 < tokens.size() && k <= i + 8; k++) {
                moving |= REDIRECTED.contains(tokens.get(k));
                if (moving && tokens.get(k).equals("to") && tokens.get(k + 1).equals("us")) {
                    return k + 2;
                }
                if (REMOVAL_BREAKS.contains(tokens.get(k))) {
                    break;
                }
            }
        }
        if (!DEDUCT.contains(tokens.get(i))) {
            return i;
        }
        for (int k = i + 1; k + 2 < tokens.size() && k <= i + 4; k++) {
            boolean outOf = tokens.get(k).equals("out") && tokens.get(k + 1).equals("of");
            int owner = outOf ? k + 2 : tokens.get(k).equals("from") ? k + 1 : -1;
            if (owner > 0 && owner + 1 < tokens.size() && EVERY.contains(tokens.get(owner))
                    && (EARNINGS.contains(tokens.get(owner + 1)) || outOf && CHECKS_OF_PAY.contains(tokens.get(owner + 1)))) {
                return owner + 2; // "they start taking it out of your check"
            }
        }
        return i;
    }
}
