package app.parley.meaning;

import java.util.List;

/**
 * Where a party asks after the other's wellbeing: "how is the hip now?", "is she okay now?", "how
 * are you holding up?". Asked after a hardship, the question acknowledges it as well as "I'm sorry
 * to hear that" does.
 */
final class Concern {
    private Concern() {
    }

    private static final String WHO = "(you|she|he|they|your \\w+|the \\w+|her \\w+|his \\w+|it|things)";
    private static final String WELL = "(okay|ok|alright|all right|better|doing better|doing okay|doing alright"
            + "|feeling better|recovering|on the mend|holding up)";

    private static final Grammar EN = Words.anyOf(
            "\\b(how is|hows|how are|how was) " + WHO + " (now|doing|feeling|holding up|getting on|getting along"
                    + "|coming along|healing)\\b",
            // of a person ("is she okay now?"): "is the fifteenth okay?" asks about a date
            "\\b(is|are) (she|he|they|your \\w+) " + WELL + "\\b(?! (with|for|to|if))",
            "\\bi hope (she|he|they|your \\w+) (is|are|s|re)? ?" + WELL + "\\b");

    private static final Grammar ES = Words.anyOf(
            "\\bcomo (esta|sigue|se siente|van) (usted|ella|el|su \\w+|las cosas)\\b",
            "\\b(ya )?(esta|se siente) (mejor|bien) (usted|ella|el|su \\w+)\\b");

    /** Where the words ask after the other's wellbeing: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
