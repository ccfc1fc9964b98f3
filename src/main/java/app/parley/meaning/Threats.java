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

    record Lexicon(Set<String> contact, Set<String> toWith, Set<String> letKnow, Set<String> give,
            Set<String> giveWhat, Set<String> possessive, Set<String> owner, Set<String> people, Set<String> notPeople, Set<String> seize,
            Set<String> property, Set<String> cardWords, Set<String> askingClient, Set<String> clauseBreaks) {
    }

    static final Lexicon EN = new Lexicon(
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
            // "give your shift manager a call" heard "a goal"; "give your boss a heads up"
            Set.of("a", "ring", "call", "bell", "buzz", "visit", "shout", "goal", "heads"),
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

    /** One way a threat is said, read from token {@code i}: where it ends, or {@code i}. */
    private interface Reading {
        int end(List<String> tokens, int i);
    }

    /** The English readings beyond contact and seizure, tried in this order. */
    private static final List<Reading> EN_ONLY = List.of(SeizureThreats::deduction, SeizureThreats::removal,
            SeizureThreats::dispatch, LawThreats::policeSent, SeizureThreats::goneAfter, ContactThreats::exposure,
            (tokens, i) -> ContactThreats.toldOf(tokens, i, EN), (tokens, i) -> ContactThreats.contactedFromHere(tokens, i, EN),
            LawThreats::harmNotRuledOut, SeizureThreats::takenFromThem, ContactThreats::workplaceCalled,
            LawThreats::lockedUp, SeizureThreats::sentFor, SeizureThreats::goneTo,
            SeizureThreats::shareOfPayTaken, SeizureThreats::theirNumberHeld, LawThreats::lawAtTheDoor,
            SeizureThreats::vehicleTakenByUs, SeizureThreats::vehicleTakenFromWhereItStands,
            ContactThreats::calledToBeTold, SeizureThreats::truckHadOut, ContactThreats::endsUpWithThem,
            LawThreats::passedToProsecution, SeizureThreats::soldToCover, SeizureThreats::accountFrozen,
            SeizureThreats::licenceSuspended, ContactThreats::callingTheirPeople, LawThreats::madeCriminal,
            ContactThreats::wouldWantToKnow, LawThreats::comeLookingFor, ContactThreats::askedAround,
            SeizureThreats::truckHasTheAddress, SeizureThreats::vehicleSeenGoing, ContactThreats::madeKnown);

    /** Where the words threaten a third party's involvement or a seizure: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        Lexicon lx = language.equals("es") ? ES : EN;
        return Words.scan(tokens, i -> {
            int end = ContactThreats.contact(tokens, i, lx);
            if (end == i) {
                end = SeizureThreats.seizure(tokens, i, lx);
            }
            for (int r = 0; r < EN_ONLY.size() && end == i && lx == EN; r++) {
                end = EN_ONLY.get(r).end(tokens, i);
            }
            // "were you able to get in touch with your supervisor": the client asked, from "get in touch"
            int asked = tokens.get(i).equals("touch") ? Math.max(0, i - 2) : i;
            // a threat that names its own subject ("[if you won't pay] I'll have the police …", "… once she hears about
            // it") asks nothing
            boolean ownSubject = WE_WILL.contains(tokens.get(i)) || ContactThreats.SUBJECTS.containsKey(tokens.get(i));
            if (end > i && (ownSubject || !askingTheClient(tokens, asked, lx))) {
                return end;
            }
            // a regret names its own subject ("… don't you? I'd hate for this to end up on your manager's desk")
            return lx == EN ? VeiledThreats.end(tokens, i) : i;
        });
    }

    static final Set<String> WE_WILL = Set.of("ill", "well");

    /** Who would be locked up: the client (not "so he's going to be in jail for a while", a relative's term told). */
    static final Set<String> CLIENT_SUBJECTS = Set.of("you", "youll", "youre", "youd");
    /** A denial between the client and the jail: "you'll never", "you won't", "you're not going to". */
    static final Set<String> DENIALS = Set.of("not", "never", "wont", "cant", "cannot", "no", "dont",
            "doesnt", "isnt", "arent", "wouldnt", "couldnt", "aint", "shouldnt");

    /**
     * One of the verbs, or a word one letter off a verb of seven letters or more: the recogniser's
     * "varnish" for "garnish".
     */
    static boolean heard(String word, Set<String> verbs) {
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

    /**
     * Whether a threat read up to token {@code end} may still turn into something else when the
     * next words come: "take your car" at the end of a partial result is often "take your card
     * details" once the recogniser has heard more.
     */
    static boolean undecided(List<String> tokens, int end) {
        return end == tokens.size() && (AMBIGUOUS_LAST.contains(tokens.get(end - 1))
                // "… and tell your daughter" may go on "… congratulations on the news"
                || EN.people().contains(tokens.get(end - 1)) && tokens.subList(Math.max(0, end - 4), end).contains("tell"))
                // "I need to speak with your mother directly" may go on "… is she there?"
                || end >= tokens.size() - 2 && tokens.subList(Math.max(0, end - 4), end).stream().anyMatch(ON_THIS_LINE::contains);
    }

    /** Verbs of talking on the line itself, which the words after may make a request to come to the phone. */
    static final Set<String> ON_THIS_LINE = Set.of("speak", "speaking", "talk", "talking");

    /**
     * Last words the next may still change: "car" may be "card", "the police" may go on "report", "check"
     * may be "checking" ("comes out of your checking this Friday").
     */
    private static final Set<String> AMBIGUOUS_LAST = Set.of("car", "police", "cops", "sheriff", "check");

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
