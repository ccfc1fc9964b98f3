package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * Where the agent passes as someone they are not, in more words than a rules file's phrases hold:
 * a lawyer ("I'm actually the staff attorney handling your file") or the county ("I'm calling from
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
            return end > i ? end : speakingForTheCounty(tokens, i);
        });
    }

    /** A county office that may be the creditor: collecting its bill is lawful ("the county water department"). */
    private static final Set<String> COUNTY_CREDITOR = Set.of("water", "hospital", "clinic", "health", "medical", "utility",
            "utilities", "treasurer", "library", "parks", "recreation", "ambulance", "ems", "sewer", "trash", "waste",
            "landfill", "electric", "housing", "college", "school", "schools", "tax", "assessor", "airport", "transit",
            "nursing", "animal", "fair", "golf");

    /** Words of the bill, whose source "from the county" then names ("it's from the county", "a fine from the county"). */
    private static final Set<String> OF_THE_BILL = Set.of("its", "it", "this", "that", "bill", "bills", "balance", "debt",
            "account", "loan", "owed", "owe", "fine", "fines", "fee", "fees", "charge", "charges", "statement", "invoice",
            "money", "ticket", "citation", "assessment", "lien", "notice", "letter", "refund", "check");

    /**
     * The agent speaking for the county: "I'm calling from the county debt enforcement office", "I'm
     * with the county legal department". Not the bill's source: "it's from the county water
     * department", "your account with the county".
     */
    private static int speakingForTheCounty(List<String> tokens, int i) {
        if (!Set.of("from", "with").contains(tokens.get(i)) || i + 2 >= tokens.size()
                || !tokens.get(i + 1).equals("the") || !tokens.get(i + 2).equals("county")) {
            return i;
        }
        if (i > 0 && OF_THE_BILL.contains(tokens.get(i - 1))
                || i + 3 < tokens.size() && COUNTY_CREDITOR.contains(tokens.get(i + 3))) {
            return i;
        }
        return i + 3;
    }

    /** What may stand between "I'm" and "attorney" in a claim to be one: "I'm actually the staff attorney". */
    private static final Set<String> LAWYER_CLAIM_FILLER = Set.of("actually", "really", "also", "the", "a", "an", "staff",
            "in", "house", "inhouse", "senior", "assigned", "your", "one", "of", "firms", "legal", "licensed", "managing",
            "supervising", "lead", "head", "associate", "our", "practicing");

    /**
     * The agent claiming to be a lawyer, in more words than the phrases hold: "I'm actually the staff
     * attorney handling your file", "I am one of the firm's attorneys". Not "I'm not an attorney",
     * "I'm talking to an attorney" (only the words of a title may stand between).
     */
    private static int lawyerClaimed(List<String> tokens, int i) {
        int k;
        if (tokens.get(i).equals("im")) {
            k = i + 1;
        } else if (tokens.get(i).equals("i") && i + 1 < tokens.size() && tokens.get(i + 1).equals("am")) {
            k = i + 2;
        } else {
            return i;
        }
        for (int between = 0; k < tokens.size() && between <= 4; k++, between++) {
            String word = tokens.get(k);
            if (Set.of("attorney", "attorneys", "lawyer", "lawyers", "counsel").contains(word)) {
                return between > 0 ? k + 1 : i; // "im attorney" with nothing between: a name heard so, or a lost word
            }
            if (!LAWYER_CLAIM_FILLER.contains(word)) {
                return i;
            }
        }
        return i;
    }

}
