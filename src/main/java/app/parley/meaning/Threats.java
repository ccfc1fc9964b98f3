package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * Where a party threatens the other's people or property, in words a phrase list can't
 * enumerate: contacting a third party ("maybe I should give your wife and your neighbours a
 * ring", "we'll be calling your employer", "I'll let your boss know") or seizing property ("we
 * will take your car", "they'll garnish your wages"), sending someone to the door ("we'll send
 * someone to take the truck") or the debt getting round ("people at your work start hearing
 * about it"). Asking the client to talk to their own
 * family ("you can talk to your wife first") is no threat, nor is "call your work number", nor
 * "take your car details" (the recogniser's "card"). Whether it is said in the negative ("we
 * will never call your employer") is judged by {@link Negation}, as for any phrase.
 */
final class Threats {
    private Threats() {
    }

    private record Lexicon(Set<String> contact, Set<String> toWith, Set<String> letKnow, Set<String> give,
            Set<String> giveWhat, Set<String> possessive, Set<String> owner, Set<String> people, Set<String> notPeople, Set<String> seize,
            Set<String> property, Set<String> cardWords, Set<String> askingClient, Set<String> clauseBreaks) {
    }

    private static final Lexicon EN = new Lexicon(
            Set.of("call", "calling", "ring", "ringing", "phone", "phoning", "contact", "contacting", "tell", "telling",
                    "inform", "informing", "notify", "notifying", "visit", "visiting", "email", "emailing", "text",
                    "texting", "write", "writing", "reach", "reaching", "speak", "speaking", "talk", "talking",
                    // "get in touch with your employer's payroll office"
                    "touch",
                    // "to where we have to involve your husband in it"
                    "involve", "involving"),
            Set.of("to", "with", "out", "up", "round", "over", "down", "at"),
            // "I'll have to let your employer know", heard "live your employer"
            Set.of("let", "letting", "live"),
            Set.of("give", "giving"),
            Set.of("a", "ring", "call", "bell", "buzz", "visit", "shout"),
            Set.of("your", "the", "ur"),
            Set.of("your", "ur"),
            Set.of("wife", "husband", "partner", "spouse", "family", "kids", "children", "son", "daughter", "mother",
                    "mom", "mum", "father", "dad", "parents", "brother", "sister", "neighbors", "neighbours",
                    "neighbor", "neighbour", "employer", "employers", "boss", "work", "workplace", "job", "office",
                    "colleagues", "coworkers", "friends", "relatives", "landlord", "manager", "references", "church",
                    "school", "supervisor", "supervisors", "hr", "payroll", "coworker", "pastor", "commanding", "base",
                    "unit", "sergeant", "commander", "union", "clients", "customers",
                    // how the recogniser often hears "your employer"
                    "employed"),
            Set.of("number", "numbers", "phone", "address", "email", "line", "account", "extension", "details"),
            Set.of("take", "taking", "seize", "seizing", "repossess", "repossessing", "tow", "towing", "garnish",
                    "garnishing", "freeze", "freezing", "attach", "empty", "emptying", "dock", "docking",
                    // "we'll start garnishing your wages" as the small model may hear it
                    "vanishing"),
            Set.of("car", "truck", "house", "home", "wages", "wage", "paycheck", "paychecks", "salary", "pay",
                    "furniture", "property", "belongings", "assets", "savings", "tv", "television", "vehicle", "boat",
                    "refund"),
            Set.of("details", "detail", "detailed", "number", "numbers", "info", "information", "ending", "expiry",
                    "payment", "payments", "now"),
            Set.of("you", "youll", "youre", "youd", "yourself"),
            Set.of("if", "because", "so", "but", "when", "then", "unless", "or", "before", "after"));

    private static final Lexicon ES = new Lexicon(
            Set.of("llamar", "llamarle", "llamaremos", "llamamos", "hablar", "hablarle", "hablaremos", "avisar",
                    "avisarle", "avisaremos", "decir", "decirle", "diremos", "contactar", "contactaremos", "visitar",
                    "visitaremos", "notificar", "notificarle", "informar", "informarle", "ir", "iremos", "buscar"),
            Set.of("a", "con"),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of("su", "sus"),
            Set.of("su", "sus"),
            Set.of("familia", "familiares", "esposa", "esposo", "marido", "mujer", "hijos", "hijo", "hija", "vecinos",
                    "vecino", "vecinas", "trabajo", "jefe", "jefa", "patron", "empleador", "empresa", "oficina",
                    "padres", "mama", "papa", "suegra", "suegro", "amigos", "referencias", "hermano", "hermana"),
            Set.of("numero", "telefono", "direccion", "correo", "cuenta"),
            Set.of("embargar", "embargarle", "embargaremos", "quitar", "quitarle", "quitaremos", "llevarnos",
                    "recoger", "congelar"),
            Set.of("carro", "coche", "auto", "casa", "sueldo", "salario", "bienes", "muebles", "cuenta", "nomina",
                    "camioneta", "propiedades"),
            Set.of(),
            Set.of("usted", "puede", "pueda", "quiere", "quisiera", "podria"),
            Set.of("si", "porque", "pero", "cuando", "entonces", "o", "antes", "despues"));

    /** What makes bringing the client's people in a step the agent will take: "have to involve", "we'll be involving". */
    private static final Set<String> OBLIGED = Set.of("have", "need", "going", "got");
    private static final Set<String> WILL = Set.of("will", "well", "ill", "gonna", "start", "be");

    /** One way a threat is said, read from token {@code i}: where it ends, or {@code i}. */
    private interface Reading {
        int end(List<String> tokens, int i);
    }

    /** The English readings beyond contact and seizure, tried in this order. */
    private static final List<Reading> EN_ONLY = List.of(Threats::deduction, Threats::removal, Threats::dispatch,
            Threats::policeSent, Threats::goneAfter, Threats::exposure, (tokens, i) -> toldOf(tokens, i, EN),
            (tokens, i) -> contactedFromHere(tokens, i, EN), Threats::harmNotRuledOut, Threats::takenFromThem,
            Threats::workplaceCalled, Threats::lockedUp, Threats::onBehalfOfTheLaw, Threats::sentFor,
            Threats::goneTo, Threats::shareOfPayTaken, Threats::theirNumberHeld, Threats::lawAtTheDoor,
            Threats::vehicleTakenByUs, Threats::vehicleTakenFromWhereItStands);

    /** Where the words threaten a third party's involvement or a seizure: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        Lexicon lx = language.equals("es") ? ES : EN;
        return Words.scan(tokens, i -> {
            int end = contact(tokens, i, lx);
            if (end == i) {
                end = seizure(tokens, i, lx);
            }
            for (int r = 0; r < EN_ONLY.size() && end == i && lx == EN; r++) {
                end = EN_ONLY.get(r).end(tokens, i);
            }
            // "were you able to get in touch with your supervisor": the client asked, from "get in touch"
            int asked = tokens.get(i).equals("touch") ? Math.max(0, i - 2) : i;
            // a threat that names its own subject ("[if you won't pay] I'll have the police …") asks nothing
            boolean ownSubject = WE_WILL.contains(tokens.get(i));
            if (end > i && (ownSubject || !askingTheClient(tokens, asked, lx))) {
                return end;
            }
            // a regret names its own subject ("… don't you? I'd hate for this to end up on your manager's desk")
            return lx == EN ? VeiledThreats.end(tokens, i) : i;
        });
    }

    /**
     * A contact verb, then (within a few words, in the same clause) one of the client's people:
     * "call your employer", "speak to your wife", "let your boss know", "give your wife and your
     * neighbours a ring".
     */
    private static int contact(List<String> tokens, int i, Lexicon lx) {
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
        if (lx == EN && verb.equals("tell") && i > 0 && RELAY_OPENERS.contains(tokens.get(i - 1))
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

    private static final Set<String> RECEIVING = Set.of("getting", "get", "gets", "receive", "receiving", "receives",
            "hear", "hearing", "hears");
    /** Told of it, said in the passive: "your manager would have to be told". */
    private static final Set<String> TOLD = Set.of("told", "notified", "informed", "contacted", "called");
    /** Words before an imperative "tell" that asks the one on the line to pass a message on. */
    private static final Set<String> RELAY_OPENERS = Set.of("alright", "okay", "ok", "please", "sure", "great",
            "thanks");

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
    private static int contactedFromHere(List<String> tokens, int i, Lexicon lx) {
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
    private static int workplaceCalled(List<String> tokens, int i) {
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

    /** Who a collector may not claim to act for. */
    private static final Set<String> AUTHORITIES = Set.of("court", "courts", "sheriff", "sheriffs", "police", "government",
            "irs", "judge", "marshals", "fbi", "revenue");

    /**
     * Acting for the law, or with it: "I'm handling it on behalf of the Harlan County Court", "on
     * behalf of the sheriff", "we're working directly with the state department of revenue". Not a creditor that is a public body ("on behalf of the county treasurer", "the city
     * water department"): collecting for them is lawful.
     */
    private static int onBehalfOfTheLaw(List<String> tokens, int i) {
        int from;
        if (tokens.get(i).equals("behalf") && i + 1 < tokens.size() && tokens.get(i + 1).equals("of")) {
            from = i + 2;
        } else if (Set.of("working", "work", "partnered", "partnering").contains(tokens.get(i))) {
            // "we're working directly with the state department of revenue on this account"
            int k = i + 1;
            if (k < tokens.size() && Set.of("directly", "closely").contains(tokens.get(k))) {
                k++;
            }
            if (k + 1 >= tokens.size() || !tokens.get(k).equals("with") || !tokens.get(k + 1).equals("the")) {
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

    /** Being locked up, for the client: "spend a night in jail", "held in contempt", "behind bars". */
    private static final Set<String> LOCKED_UP = Set.of("jail", "prison", "contempt", "bars");
    /** Who would be locked up: the client (not "so he's going to be in jail for a while", a relative's term told). */
    private static final Set<String> CLIENT_SUBJECTS = Set.of("you", "youll", "youre", "youd");
    /** A denial between the client and the jail: "you'll never", "you won't", "you're not going to". */
    private static final Set<String> DENIALS = Set.of("not", "never", "wont", "cant", "cannot", "no", "dont",
            "doesnt", "isnt", "arent", "wouldnt", "couldnt", "aint", "shouldnt");
    /** What makes it a consequence held out: "you could", "you'll be", "you're looking at". */
    private static final Set<String> HELD_OUT = Set.of("could", "can", "will", "would", "might", "may", "gonna", "going",
            "be", "end", "spend", "face", "facing", "looking", "land", "wind");

    /**
     * Jail held out to the client in any words: "you could spend a night in jail", "you'll be held in
     * contempt", "you're looking at time behind bars". Said in the negative ("nobody is going to
     * put you in jail", "you can't go to jail for a debt") it is {@link Negation}'s to rule out, as for any phrase.
     */
    private static int lockedUp(List<String> tokens, int i) {
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
                return heldOut ? k + 1 : i;
            }
            heldOut |= HELD_OUT.contains(w);
        }
        return i;
    }

    /** What the law comes with. */
    private static final Set<String> LAW = Set.of("police", "cops", "warrant", "warrants", "arrest", "arrested",
            "jail", "prison", "sheriff", "deputies", "marshals");
    /**
     * The law held out as possible: "I can't promise the police won't come knocking", "no
     * guarantee a warrant won't go out". Whatever follows the withheld promise, the law named in
     * the next words is the threat; so is what may happen to the client's pay, property or bank
     * ("I can't promise what happens with your paycheck if this sits another month").
     */
    private static int harmNotRuledOut(List<String> tokens, int i) {
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
    private static int lawAtTheDoor(List<String> tokens, int i) {
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
    private static int vehicleTakenByUs(List<String> tokens, int i) {
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
    private static int vehicleTakenFromWhereItStands(List<String> tokens, int i) {
        if (!TAKE_AWAY.contains(tokens.get(i)) && !Set.of("takes", "tows", "haul", "hauls", "pull", "pulls")
                .contains(tokens.get(i))) {
            return i;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (OTHER_TAKERS.contains(tokens.get(k))) {
                return i; // "if you trade it in, the dealer will take the car off the lot"
            }
        }
        java.util.regex.Matcher m = TAKEN_FROM_WHERE_IT_STANDS.matcher(
                String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + 9))));
        return m.lookingAt() ? i + m.group().split(" ").length : i;
    }

    /** Who else takes a car off a lot: the client, a dealer, a buyer. */
    private static final Set<String> OTHER_TAKERS = Set.of("you", "i", "dealer", "dealership", "buyer", "mechanic", "shop",
            "youll", "ill", "trade", "sell", "sold");

    private static final Set<String> HAPPENS = Set.of("happens", "happen", "happening");
    /** What of the client's may be held out as at risk: their pay, their property, their bank. */
    private static final Set<String> AT_RISK = Set.of("car", "truck", "house", "home", "wages", "wage", "paycheck",
            "paychecks", "salary", "pay", "property", "savings", "vehicle", "bank", "furniture", "belongings",
            "assets");

    /** Who the client's people are once named: "your mother's a reference … maybe I should give her a call". */
    private static final Set<String> PRONOUNS = Set.of("her", "him", "them");
    /** How far back in the turn the people may have been named. */
    private static final int NAMED_REACH = 25;

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

    /**
     * Someone sent to the client's door or property: "we'll send someone to take the truck", "I
     * can send a guy round to your house", whatever the recogniser made of the property.
     */
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
    private static int sentFor(List<String> tokens, int i) {
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

    private static int dispatch(List<String> tokens, int i) {
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

    /**
     * The debt made known to the client's people, said as what may happen: "I'd hate for people at
     * your work to start hearing about it", "your neighbours might find out about this", "it's a
     * small street, folks notice things", "the kind of thing people talk about".
     */
    private static int exposure(List<String> tokens, int i) {
        if (!OTHERS.contains(tokens.get(i))) {
            return i;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
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

    private static final Set<String> HEAR = Set.of("hear", "hearing", "hears");
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
    private static int toldOf(List<String> tokens, int i, Lexicon lx) {
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

    private static final Set<String> WE_WILL = Set.of("ill", "well");
    private static final Set<String> POLICE = Set.of("police", "cops", "sheriff");
    /** What follows "I'll have the police" when it is about their paperwork: "… report number added". */
    private static final Set<String> POLICE_PAPERS = Set.of("report", "reports", "number", "been", "involved",
            "contacted", "department", "file", "notified", "record", "records");

    /**
     * The police sent by the agent: "I'll have the police at your door" (as heard, "I'll have the
     * police or by the end of the day"); not "I'll have the police report number added to your file".
     */
    private static int policeSent(List<String> tokens, int i) {
        if (i + 3 >= tokens.size() || !WE_WILL.contains(tokens.get(i)) || !tokens.get(i + 1).equals("have")
                || !tokens.get(i + 2).equals("the") || !POLICE.contains(tokens.get(i + 3))) {
            return i;
        }
        boolean papers = i + 4 < tokens.size() && POLICE_PAPERS.contains(tokens.get(i + 4));
        return papers ? i : i + 4;
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

    /**
     * The client's pay or property pursued: "we'll go straight after your wages", "they're
     * coming after your house"; not the payment scheduled ("it can go out after your payday").
     */
    private static int goneAfter(List<String> tokens, int i) {
        int k = agencyGoes(tokens, i, Set.of("straight", "right"));
        if (k < 0 || k + 2 >= tokens.size() || !tokens.get(k).equals("after") || !EN.owner().contains(tokens.get(k + 1))
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
    private static int goneTo(List<String> tokens, int i) {
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
    private static int theirNumberHeld(List<String> tokens, int i) {
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
    private static int shareOfPayTaken(List<String> tokens, int i) {
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
     * What "your" is heard as "our" before, where the agency taking its own makes no sense: "we'll
     * come and take our truck".
     */
    private static final Set<String> OURS_MISHEARD = Set.of("car", "truck", "house", "home", "vehicle");

    /** A seizure verb, then the client's property: "take your car", "garnish your wages". */
    private static int seizure(List<String> tokens, int i, Lexicon lx) {
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

    private static final Set<String> DEDUCT = Set.of("take", "taking", "taken", "come", "coming", "comes", "deduct",
            "deducted", "deducting", "pull", "pulling", "pulled", "dock", "docking", "docked");
    private static final Set<String> EVERY = Set.of("your", "every", "each", "ur");
    private static final Set<String> EARNINGS = Set.of("paycheck", "paychecks", "wages", "wage", "salary");
    /** The pay moving by itself: "your paycheck could start coming straight to us". */
    private static final Set<String> REDIRECTED = Set.of("coming", "come", "comes", "going", "go", "goes",
            "redirected", "routed", "diverted", "deposited", "paid");

    /**
     * Things carried out of the client's home: "that couch can be hauled right out of your living
     * room", read from "can … out of your living room" since the verb is the word the recogniser
     * most often loses ("can be smaller right out of").
     */
    private static int removal(List<String> tokens, int i) {
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
    private static int takenFromThem(List<String> tokens, int i) {
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
            for (int j = owned + 1; owned > 0 && !warded && j < tokens.size() && j <= owned + 5; j++) {
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

    /**
     * Money taken from the client's pay without them: "it'll come straight out of every
     * paycheck", "we'll take it out of your wages", "part of your paycheck could start coming
     * straight to us": a garnishment said in other words.
     */
    private static int deduction(List<String> tokens, int i) {
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
                    && EARNINGS.contains(tokens.get(owner + 1))) {
                return owner + 2;
            }
        }
        return i;
    }

    /**
     * One of the verbs, or a word one letter off a verb of seven letters or more: the recogniser's
     * "varnish" for "garnish".
     */
    private static boolean heard(String word, Set<String> verbs) {
        if (verbs.contains(word)) {
            return true;
        }
        if (word.length() < 7) {
            return false; // "making" is not "taking"
        }
        for (String verb : verbs) {
            if (Words.oneLetterOff(verb, word)) {
                return true;
            }
        }
        return false;
    }

    /** "Can I take", "let me take", "would you like me to take": the agent offers to take a payment. */
    private static boolean paymentAsked(List<String> tokens, int take) {
        String one = take >= 1 ? tokens.get(take - 1) : "";
        String two = take >= 2 ? tokens.get(take - 2) : "";
        return one.equals("me") || one.equals("i") && Set.of("can", "could", "may", "shall").contains(two)
                || one.equals("to") && two.equals("me");
    }

    /**
     * Whether a threat read up to token {@code end} may still turn into something else when the
     * next words come: "take your car" at the end of a partial result is often "take your card
     * details" once the recogniser has heard more.
     */
    static boolean undecided(List<String> tokens, int end) {
        return end == tokens.size() && AMBIGUOUS_LAST.contains(tokens.get(end - 1));
    }

    /** Last words the next may still change: "car" may be "card", "the police" may go on "report". */
    private static final Set<String> AMBIGUOUS_LAST = Set.of("car", "police", "cops", "sheriff");

    /** "Tell the neighbours" threatens as "tell your neighbours" does; "call the office" does not. */
    private static final Set<String> NEIGHBOURS = Set.of("neighbors", "neighbours", "neighbor", "neighbour");

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

    /**
     * "You can talk to your wife first", "would you like to call your employer": the client is
     * asked or allowed to do it, the nearest subject before the verb being "you".
     */
    private static boolean askingTheClient(List<String> tokens, int verb, Lexicon lx) {
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            String t = tokens.get(k);
            if (t.equals("i") || t.equals("we") || t.equals("ill") || t.equals("well") || t.equals("were")
                    || t.equals("im") || t.equals("they") || t.equals("theyll") || t.equals("me") || t.equals("us")
                    || t.equals("it") || t.equals("itll") || t.equals("thatll")) {
                return false;
            }
            if (lx.askingClient().contains(t)) {
                return true;
            }
        }
        return false;
    }
}
