package app.parley.meaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the party tells of work or pay lost, in any wording: "my hours at the warehouse got cut
 * in half", "they cut back my shifts", "I got let go in March", "he lost his contract", "me
 * recortaron las horas". Not hours cut by choice or told as a plan ("I cut my hours to look after
 * mom" still counts; "if they cut my hours" is a worry, no loss), nor a cut in the bill ("they cut
 * the late fees").
 */
final class IncomeLost {
    private IncomeLost() {
    }

    private static final String WHOSE = "(my|our|his|her|their)";
    private static final String WORK = "(hours|shifts|shift|pay|paycheck|wages|overtime|commission|income)";
    private static final String CUT = "(cut|reduced|slashed|chopped|cut back|cut down|cut in half|halved|dropped)";

    private static final Pattern EN = Words.anyOf(
            // "my hours at the warehouse got cut in half", "our shifts have been reduced" (not "if my hours get cut")
            "\\b(?<!(?:if|when|once|unless|before) )" + WHOSE + " " + WORK + " (\\w+ ){0,4}(got|were|was|have been|has been"
                    + "|been|keep getting|are getting|are being|just got) " + CUT + "\\b",
            // "they cut my hours", "cut back my shifts" (not "they cut the late fees")
            "\\b(?<!\\b(?:if|could|would|might|will|wont|to|if they|if he|if she|when they|once they) )(cut|cutting|reduced"
                    + "|slashed|chopped) (back |down )?" + WHOSE + " "
                    + WORK + "\\b",
            // "I got let go", "he was furloughed" (not "I let go of it", "they said they'd let me go")
            "\\b(i|we|he|she|they) (just )?(got|was|were|been|have been|has been) (let go|fired|furloughed|terminated"
                    + "|canned|downsized)\\b",
            "\\b(lost|losing) (my|our|his|her) (job|jobs|shifts|contract|position|income|second job|overtime)\\b");

    private static final Pattern ES = Words.anyOf(
            "\\bme (redujeron|recortaron|bajaron|quitaron) (las |mis )?(horas|turnos)\\b",
            "\\bme (corrieron|despidieron|liquidaron)\\b",
            "\\bperdi (mi|el) (trabajo|empleo)\\b");

    /** Where the words tell of work or pay lost: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
