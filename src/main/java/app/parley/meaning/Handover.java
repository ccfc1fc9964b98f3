package app.parley.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the one the call is for came to the phone after someone else answered, read from the
 * call as a whole rather than from one turn: the caller names themselves with a name the agent
 * asked for ("may I speak with Angela" … "hi, this is Angela, sorry"), however the recogniser heard
 * that name, as long as it heard it the same way twice ("the oven" for Devon); or the caller speaks
 * of the one who answered as their own ("this is her husband" … "my husband said something about
 * the hospital"). Neither needs the name to end the turn, nor a greeting before it.
 */
public final class Handover {
    private Handover() {
    }

    private static final String TITLE_EN = "(?:mister|mr|misses|mrs|miss|ms)";

    /** The agent asking for someone by name; the name is the one or two words after. */
    private static final Pattern ASKED_EN = Pattern.compile("\\b(?:(?:speak|talk|speaking|talking) (?:with|to)"
            + "|is (?:this|that)|(?:looking|calling|asking) for|(?:trying to )?reach(?: out to)?|get a hold of"
            + "|(?:get|put) on)"
            + " (?:(" + TITLE_EN + ") )?(\\w+)(?: (\\w+))?");

    /** "is Angela there", "is Mrs Reyes available". */
    private static final Pattern ASKED_THERE_EN = Pattern.compile("\\bis (?:(" + TITLE_EN + ") )?(\\w+)(?: (\\w+))?"
            + " (?:there|home|available|around|in)\\b");

    private static final String TITLE_ES = "(?:el senor|la senora|la senorita|senor|senora|senorita|don|dona)";

    private static final Pattern ASKED_ES = Pattern.compile("\\b(?:hablar con|comunicarme con|me comunica con"
            + "|comunica con|se encuentra|esta|busco a|buscamos a|hablo con|es usted)"
            + " (?:(" + TITLE_ES + ") )?(\\w+)(?: (\\w+))?");

    /** Words after "speak with", "is this" that are no name: "is this a good time", "speak with you", "sir". */
    private static final Set<String> NO_NAME = Set.of("a", "an", "my", "your", "his", "her", "their", "our", "this", "that",
            "it", "its", "there", "here", "still", "really", "okay", "ok", "good", "right", "correct", "about", "for",
            "someone", "somebody", "anyone", "anybody", "in", "on", "at", "available", "home", "you", "me", "him", "them",
            "us", "and", "or", "is", "the", "whoever", "who", "what", "going", "regarding", "concerning", "now", "today",
            "sir", "maam", "everything", "nothing", "something", "anything", "everyone", "everybody", "mam", "madam", "out", "alright", "fine", "all", "some", "any", "one", "he", "she", "they",
            "usted", "el", "la", "un", "una", "su", "mi", "alguien", "ella", "ellos", "que", "con", "de", "por", "ahora",
            "bien", "aqui", "ahi", "disponible", "senor", "senora", "joven");

    /** After "the": a name heard as "the oven" is a name, "the account holder" is not. */
    private static final Set<String> NO_NAME_AFTER_THE = Set.of("account", "person", "owner", "right", "correct",
            "residence", "household", "home", "number", "holder", "manager", "homeowner", "party", "one", "lady", "man",
            "gentleman", "best", "same", "other", "main", "primary", "customer", "client", "responsible", "head", "guy",
            "patient", "borrower", "cardholder", "debtor", "resident", "student", "parent", "guarantor", "tenant");

    /** After a name asked for, words that say it was the name's owner's ("is this angela's cell phone"). */
    private static final Set<String> OWNED = Set.of("phone", "cell", "number", "house", "residence", "home", "line");

    /** A caller naming themselves: the name follows. */
    private static final Grammar NAMING_EN = Words.grammar("\\b(?:this is|im|i am|its|it is) (\\w+)");

    private static final Grammar NAMING_ES = Words.grammar("\\b(?:soy|habla|le habla|me llamo) (\\w+)");

    /** Before "Angela here": a greeting or nothing ("yeah, Angela here"), not "we don't have an Angela here". */
    private static final Set<String> OPENS_A_TURN = Set.of("hello", "hi", "hey", "yeah", "yes", "yep", "okay", "ok", "uh",
            "um", "oh", "sorry");

    /** Before "Angela speaking": not asked after ("is this angela speaking", "if angela"). */
    private static final Set<String> ASKS_AFTER = Set.of("is", "was", "if", "whether", "not", "when", "until", "til", "an",
            "a", "any", "no", "named", "called", "of", "for", "with", "to", "tell", "ask");

    /**
     * After the name, words that make it someone else's or someone else: "this is Angela's husband"
     * (heard "angela husband"), "Angela's phone", "I'm Chris senior", "soy María su mamá".
     */
    private static final Pattern NOT_HERSELF = Pattern.compile("(?:s|senior|sr|junior|jr|the|phone|number|house|place"
            + "|account|you|youre|your|wants|want|again|that|isnt|is|doesnt|was|has|said|owes|says|told|called|aint"
            + "|su|el|la|tu|esposo|esposa|mama|papa|hijo|hija|hermano|hermana|mujer|marido|vecino|vecina|amigo|amiga"
            + "|" + ThirdParty.RELATION.substring(1, ThirdParty.RELATION.length() - 1) + ")");

    /**
     * Who the one who answered said they are to the one called for, as the one called for would
     * speak of them: "this is her husband" is "my husband" in the debtor's mouth. Only a partner or a
     * parent, who would not say the same of the debtor nor of their own people (not "I'm his
     * roommate" … "my roommate owes you?"; not "this is her daughter" … "I have to pick up my
     * daughter"; not "this is his fiance", spelled alike for both; not "this is his husband" …
     * "my husband isn't here").
     */
    private static final Pattern RELATION_GIVEN_EN = Pattern.compile("\\b(?:this is|im|i am|its|it is|just) (?:(?:her"
            + "|\\w+s) (husband|boyfriend)|(?:his|\\w+s) (wife|girlfriend)|(?:his|her|their|\\w+s) (mother|mom|mum|father|dad"
            + "|stepmother|stepfather))\\b");

    private static final Pattern RELATION_GIVEN_ES = Pattern.compile("\\b(?:soy|habla|le habla) (?:su|el|la) (esposo"
            + "|esposa|marido|mujer|mama|papa|madre|padre)\\b");

    private static final Pattern OWN_EN = Pattern.compile("\\bmy (\\w+)\\b");

    private static final Pattern OWN_ES = Pattern.compile("\\bmi (\\w+)\\b");

    /** The words one relation goes by: "this is his mom" is "my mother" too. */
    private static final List<Set<String>> SAME_RELATION = List.of(Set.of("mother", "mom", "mum"),
            Set.of("father", "dad"), Set.of("esposo", "marido"), Set.of("esposa", "mujer", "senora"),
            Set.of("mama", "madre"), Set.of("papa", "padre"));

    /**
     * Whether the caller's words after someone else answered say the one called for came to the
     * phone. {@code agentWords}: the agent's words so far (where names were asked for);
     * {@code callerBefore}: the caller's words up to the other's answer (who the other said they
     * were); {@code callerAfter}: the caller's words since.
     */
    public static boolean cameToThePhone(List<String> agentWords, List<String> callerBefore, List<String> callerAfter,
            String language) {
        boolean es = "es".equals(language);
        String after = String.join(" ", callerAfter);
        for (List<String> name : namesAskedFor(String.join(" ", agentWords), es)) {
            if (namesThemselves(callerAfter, name, es)) {
                return true;
            }
        }
        // who the one who answered said they are, then the caller speaking of that one as their own
        String all = String.join(" ", callerBefore) + " " + after;
        Matcher given = (es ? RELATION_GIVEN_ES : RELATION_GIVEN_EN).matcher(all);
        String relation = null;
        int givenEnd = -1;
        while (given.find()) {
            for (int g = 1; g <= given.groupCount(); g++) {
                if (given.group(g) != null) {
                    relation = given.group(g);
                    givenEnd = given.end();
                }
            }
        }
        if (relation == null) {
            return false;
        }
        Set<String> same = sameRelation(relation);
        Matcher own = (es ? OWN_ES : OWN_EN).matcher(all);
        while (own.find(givenEnd)) {
            if (same.contains(own.group(1))) {
                return true;
            }
            givenEnd = own.end();
        }
        return false;
    }

    /**
     * The names the agent asked for ("may I speak with Angela Reyes": angela; "is Mrs Reyes there":
     * mrs reyes, a surname only with its title, which a husband or a mother may share); a name heard
     * as words ("the oven") must come back whole.
     */
    static List<List<String>> namesAskedFor(String agent, boolean es) {
        List<List<String>> names = new ArrayList<>();
        List<Matcher> asks = es ? List.of(ASKED_ES.matcher(agent))
                : List.of(ASKED_EN.matcher(agent), ASKED_THERE_EN.matcher(agent));
        for (Matcher asked : asks) {
            while (asked.find()) {
                String title = asked.group(1);
                String first = asked.group(2);
                String second = asked.group(3);
                if (NO_NAME.contains(first) && !first.equals("the") || first.length() < 2) {
                    continue;
                }
                if (title != null && !es) {
                    names.add(List.of(canon(title), first));
                } else if (first.equals("the")) {
                    if (second != null && !NO_NAME.contains(second) && !NO_NAME_AFTER_THE.contains(second)) {
                        names.add(List.of(first, second));
                    }
                } else {
                    boolean owned = second != null && OWNED.contains(second) && first.endsWith("s");
                    names.add(List.of(owned ? first.substring(0, first.length() - 1) : first));
                }
            }
        }
        return names;
    }

    private static boolean namesThemselves(List<String> caller, List<String> name, boolean es) {
        // the name is the last word each match takes
        for (int[] naming : Words.matches(caller, es ? NAMING_ES : NAMING_EN)) {
            if (nameAt(caller, naming[1] - 1, name)) {
                return true;
            }
        }
        if (es) {
            return false;
        }
        // "angela speaking", "angela reyes speaking", "yeah angela here"
        for (int k = 0; k + name.size() < caller.size(); k++) {
            if (!caller.subList(k, k + name.size()).equals(name) || k > 0 && ASKS_AFTER.contains(caller.get(k - 1))) {
                continue;
            }
            int next = k + name.size();
            boolean opens = k == 0 || OPENS_A_TURN.contains(caller.get(k - 1));
            if (caller.get(next).equals("speaking") || opens && caller.get(next).equals("here")
                    || next + 1 < caller.size() && caller.get(next + 1).equals("speaking")
                            && !NOT_HERSELF.matcher(caller.get(next)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name stands in the words from {@code at}, and the word after does not make it someone else's. */
    private static boolean nameAt(List<String> words, int at, List<String> name) {
        if (at + name.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!canon(words.get(at + k)).equals(name.get(k))) {
                return false;
            }
        }
        return at + name.size() == words.size() || !NOT_HERSELF.matcher(words.get(at + name.size())).matches();
    }

    /** One spelling of a title: "mister" is "mr". */
    private static String canon(String word) {
        return switch (word) {
            case "mister" -> "mr";
            case "misses", "missus" -> "mrs";
            default -> word;
        };
    }

    private static Set<String> sameRelation(String relation) {
        return SAME_RELATION.stream().filter(s -> s.contains(relation)).findFirst().orElse(Set.of(relation));
    }
}
