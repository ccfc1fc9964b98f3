package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * Where the agent passes as someone they are not, in more words than a rules file's phrases hold:
 * a lawyer ("I'm actually the staff attorney handling your file", "this is attorney Stephen Cohen") or the county ("I'm calling from
 * the county debt enforcement office"). A false statement (12 CFR 1006.18), but said calmly it is
 * no hostile word, so apart from {@link Threats}.
 */
final class Posing {
    private Posing() {
    }

    /** Where the words pass the agent off as a lawyer or the county: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        if (!"en".equals(language)) {
            return List.of();
        }
        return Words.scan(tokens, i -> {
            int end = lawyerClaimed(tokens, i);
            if (end == i) {
                end = lawyerByTitle(tokens, i);
            }
            end = end > i ? end : speakingForTheCounty(tokens, i);
            // "calling on behalf of the Franklin County court": a false claim to act for the law, no hostility
            return end > i ? end : LawThreats.onBehalfOfTheLaw(tokens, i);
        });
    }

    /** "This is Michael Shaw from …": the speaker naming themselves a few words before. */
    private static boolean thisIsBefore(List<String> tokens, int i) {
        for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
            if (tokens.get(k).equals("this") && tokens.get(k + 1).equals("is")) {
                return true;
            }
        }
        return false;
    }

    /** Said before a name: "this is attorney Cohen" (nobody says "this is lawyer Cohen": "this is lawyer stuff"). */
    private static final Set<String> LAWYER_TITLES = Set.of("attorney", "counselor");
    /** After "this is attorney": words that name no one ("this is attorney stuff", "this is attorney client privileged"). */
    private static final Set<String> NOT_A_NAME = Set.of("s", "letter", "office", "general", "client", "stuff", "business",
            "territory", "work", "advice", "related", "matter", "level", "fees", "the", "a", "an", "for", "about", "and",
            "or", "so", "is", "was", "not", "talk", "time", "only", "now", "here", "speaking", "approved");

    /**
     * The agent naming themselves with a lawyer's title: "this is attorney Stephen Cohen" ("is" heard
     * "as"), "Stephen Cohen with the legal department". Not "this is an attorney's letter" nor "your
     * attorney", whose title is someone else's.
     */
    private static int lawyerByTitle(List<String> tokens, int i) {
        if (i + 3 < tokens.size() && tokens.get(i).equals("this") && Set.of("is", "as").contains(tokens.get(i + 1))
                && LAWYER_TITLES.contains(tokens.get(i + 2)) && !NOT_A_NAME.contains(tokens.get(i + 3))) {
            return i + 4;
        }
        // "I'm with the legal department", "calling from the legal department", "this is Michael Shaw from the legal
        // department" (not "let me check with our legal department", "an update from the legal department")
        // ("the hospital is working with the legal team" is someone else's work)
        if (i + 2 < tokens.size() && Set.of("with", "from").contains(tokens.get(i)) && (i > 0
                && Set.of("im", "am", "were", "are", "calling").contains(tokens.get(i - 1))
                || i > 1 && Set.of("work", "works", "working").contains(tokens.get(i - 1))
                && Set.of("i", "we", "im", "were", "am", "are").contains(tokens.get(i - 2))
                || thisIsBefore(tokens, i))) {
            int k = tokens.get(i + 1).equals("the") || tokens.get(i + 1).equals("our") ? i + 2 : i + 1;
            if (k + 1 < tokens.size() && Set.of("legal", "litigation").contains(tokens.get(k))
                    && LEGAL_UNITS.contains(tokens.get(k + 1))) {
                return k + 2;
            }
        }
        // "this is Mitchell Hale, attorney, with the litigation desk": a name, then the title
        if (i + 3 < tokens.size() && tokens.get(i).equals("this") && Set.of("is", "as").contains(tokens.get(i + 1))) {
            // up to three words of name: "this is Douglas Holloway (heard 'fellow way'), attorney at law"
            for (int k = i + 3; k <= i + 5 && k + 1 < tokens.size(); k++) {
                // "attorney" only: "this is Karen Lawyer with Tidewater" is a surname (or "Sawyer" misheard)
                if (tokens.get(k).equals("attorney") && tokens.subList(i + 2, k).stream().noneMatch(NOT_NAMES::contains)
                        && OFFICE_AFTER_TITLE.contains(tokens.get(k + 1))) {
                    return k + 1;
                }
            }
        }
        return i;
    }

    /** A lawyers' unit named as where the agent works: "the legal department", "the litigation desk". */
    private static final Set<String> LEGAL_UNITS = Set.of("department", "desk", "division", "team", "unit", "office");
    /** Before a lawyer's title, words that make it someone else's or nobody's: "this is your attorney's letter". */
    private static final Set<String> NOT_NAMES = Set.of("your", "my", "his", "her", "their", "our", "an", "a", "the", "not",
            "about", "for", "from", "just", "only", "what", "why", "where", "like", "no", "any");
    /** After "this is Mitchell Hale, attorney": where the lawyer works ("with", "at", "for", "from", "here"). */
    private static final Set<String> OFFICE_AFTER_TITLE = Set.of("with", "at", "for", "from", "here", "representing",
            "handling", "in", "on");

    /** A county office that may be the creditor: collecting its bill is lawful ("the county water department"). */
    private static final Set<String> COUNTY_CREDITOR = Set.of("water", "hospital", "clinic", "health", "medical", "utility",
            "utilities", "treasurer", "library", "parks", "recreation", "ambulance", "ems", "sewer", "trash", "waste",
            "landfill", "electric", "housing", "college", "school", "schools", "tax", "assessor", "airport", "transit",
            "nursing", "animal", "fair", "golf", "recorder", "clerk", "general", "court", "courts", "university", "lottery");

    /** Words of the bill, whose source "from the county" then names ("it's from the county", "a fine from the county"). */
    private static final Set<String> OF_THE_BILL = Set.of("its", "it", "this", "that", "bill", "bills", "balance", "debt",
            "account", "loan", "owed", "owe", "fine", "fines", "fee", "fees", "charge", "charges", "statement", "invoice",
            "money", "ticket", "citation", "assessment", "lien", "notice", "letter", "refund", "check", "file", "us", "plan",
            "assistance", "release", "records", "paperwork");

    /**
     * Governments an agent may pass as speaking for: "from the county", "from the state office of student aid
     * collections" (a private agency's name made to sound like the state's).
     */
    private static final Set<String> GOVERNMENTS = Set.of("county", "countys", "state", "states", "city", "citys",
            "federal", "government", "governments");

    /** Who speaks for themselves before "from the county": "I'm calling from", "this is Mike from", "we work with". */
    private static final Set<String> FIRST_PERSON = Set.of("i", "im", "we", "were", "weve", "ive");
    /** A denial between the speaker and the county: "I'm not calling from the county". */
    private static final Set<String> DENIED = Set.of("not", "never", "dont", "arent", "isnt", "nobody");

    /**
     * The agent speaking for the county (or the state, the city): "I'm calling from the county debt enforcement office", "I
     * also work with the county", "this is Mike from the county's recovery unit". Not the bill's
     * source ("it's from the county water department", "your file from the county", "assistance from
     * the county"), a county office that is the creditor ("the county treasurer's office", "the
     * county general hospital"), someone else's work ("my sister works with the county"), nor a
     * denial ("I'm not calling from the county").
     */
    private static int speakingForTheCounty(List<String> tokens, int i) {
        // "I work alongside the county on files like yours", "I do work for the county" (not "we're collecting for the
        // City of Marlow Water Department", a government the creditor)
        if (!Set.of("from", "with", "alongside", "for").contains(tokens.get(i)) || i + 2 >= tokens.size()
                || !tokens.get(i + 1).equals("the") || !GOVERNMENTS.contains(tokens.get(i + 2))
                || tokens.get(i).equals("for") && (i == 0 || !Set.of("work", "works", "working").contains(tokens.get(i - 1)))) {
            return i;
        }
        if (i > 0 && OF_THE_BILL.contains(tokens.get(i - 1))) {
            return i;
        }
        // "from the City of Springfield Water Department": the creditor named after "of" and a place name
        int creditorReach = i + 3 < tokens.size() && tokens.get(i + 3).equals("of") ? i + 6 : i + 4;
        for (int k = i + 3; k < tokens.size() && k <= creditorReach; k++) {
            String word = tokens.get(k);
            if (COUNTY_CREDITOR.contains(word) || word.endsWith("s") && COUNTY_CREDITOR.contains(word.substring(0,
                    word.length() - 1))) {
                return i;
            }
        }
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String word = tokens.get(k);
            if (DENIED.contains(word)) {
                return i;
            }
            if (FIRST_PERSON.contains(word) || word.equals("is") && k > 0 && tokens.get(k - 1).equals("this")) {
                return i + 3;
            }
        }
        return i;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** How the recogniser hears "I'm" before an article: "in the attorney of record", "him and attorney". */
    private static final Set<String> HEARD_IM = Set.of("in", "him");
    /** After a lawyer's title heard after "in": the role it is claimed in ("of record", "on this account", "handling"). */
    private static final Set<String> ROLE_AFTER = Set.of("of", "on", "for", "handling", "assigned", "here", "with",
            "and", "so");

    /** What may stand between "I'm" and "attorney" in a claim to be one: "I'm actually the staff attorney". */
    private static final Set<String> LAWYER_CLAIM_FILLER = Set.of("actually", "really", "also", "the", "a", "an", "staff",
            "in", "house", "inhouse", "senior", "assigned", "one", "of", "firms", "legal", "licensed", "managing",
            "supervising", "lead", "head", "associate", "our", "practicing");

    /**
     * The agent claiming to be a lawyer, in more words than the phrases hold: "I'm actually the staff
     * attorney handling your file", "I am one of the firm's attorneys". Not "I'm not an attorney",
     * "I'm talking to an attorney" (only the words of a title may stand between).
     */
    private static int lawyerClaimed(List<String> tokens, int i) {
        int k;
        // "I'm" is heard "in" as often as not ("in the debt collector"), and "I'm an" as "him and": "I should let
        // you know I'm [heard "in"] the attorney of record on this account", "I'm an [heard "him and"] attorney
        // here at the firm", only with a role after it (not "in the attorney's office", "in the attorney
        // general's")
        boolean heardIn = HEARD_IM.contains(tokens.get(i)) && i + 1 < tokens.size()
                && (ARTICLES.contains(tokens.get(i + 1)) || tokens.get(i + 1).equals("and"));
        if (tokens.get(i).equals("im") || heardIn) {
            k = i + 1;
        } else if (tokens.get(i).equals("i") && i + 1 < tokens.size() && tokens.get(i + 1).equals("am")) {
            k = i + 2;
        } else {
            return i;
        }
        for (int between = 0; k < tokens.size() && between <= 5; k++, between++) {
            String word = tokens.get(k);
            if (Set.of("attorney", "attorneys", "lawyer", "lawyers", "counsel").contains(word)) {
                if (heardIn && !(k + 1 == tokens.size() || ROLE_AFTER.contains(tokens.get(k + 1)))) {
                    return i;
                }
                return between > 0 ? k + 1 : i; // "im attorney" with nothing between: a name heard so, or a lost word
            }
            // the word after a heard "I'm" is its article, "and" among them ("him and attorneys")
            if (!LAWYER_CLAIM_FILLER.contains(word) && !(heardIn && k == i + 1)) {
                return i;
            }
        }
        return i;
    }

}
