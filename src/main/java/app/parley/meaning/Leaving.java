package app.parley.meaning;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the client is ending the call: "I have to go", "I gotta run, bye", "I'm hanging up",
 * "take care now", "me tengo que ir". "I need to go" goes on to something else as often as it ends a call ("I
 * need to go over this", "I need to go to the bank first", and the small model's "I need to go"
 * for "I need to explain"): it is leaving only where the words stop there or go on with what
 * people say as they leave ("now", "sorry", "bye", "I'm late").
 */
final class Leaving {
    private Leaving() {
    }

    private static final Pattern EN = Pattern.compile(
            "\\b(i|we) (really )?(have to|need to|gotta|got to|must|should|better) (go|run|hang up|get going|head out"
                    + "|get off( the phone)?)\\b|\\b(im|i am) (hanging up|going to hang up|gonna hang up|leaving now)\\b");

    private static final Pattern ES = Pattern.compile(
            "\\b(me tengo que ir|tengo que colgar|ya me voy|voy a colgar|me tengo que retirar)\\b");

    /** Words that go on naturally from "I have to go" when the call is ending. */
    private static final Set<String> THEN = Set.of("now", "bye", "goodbye", "sorry", "thanks", "thank", "so", "ok",
            "okay", "i", "im", "ive", "my", "we", "talk", "call", "later", "right", "soon", "honestly", "really",
            "seriously", "please", "anyway", "but", "ya", "adios", "gracias", "luego", "perdon", "disculpe");

    /** "Take care", which ends a call only where the words end (or a name or "now" follows), not "take care of it". */
    private static final Pattern TAKE_CARE = Pattern.compile("\\b(you )?take care\\b");

    /** Where the words end the call: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        List<int[]> leaving = new java.util.ArrayList<>(Words.matches(tokens, "es".equals(language) ? ES : EN).stream()
                .filter(span -> span[1] >= tokens.size() || THEN.contains(tokens.get(span[1])))
                .toList());
        if (!"es".equals(language)) {
            Words.matches(tokens, TAKE_CARE).stream()
                    .filter(span -> span[1] >= tokens.size() || THEN.contains(tokens.get(span[1]))
                            || span[1] + 1 == tokens.size() && !CARED_FOR.contains(tokens.get(span[1])))
                    .forEach(leaving::add);
        }
        return Words.apart(leaving);
    }

    /** What "take care" takes as an object ("take care of it"), never a name. */
    private static final Set<String> CARED_FOR = Set.of("of", "it", "that", "this", "everything", "things", "the");

    /**
     * At the end of a partial result the next words may still make it something else ("… go over
     * it"), and so may the one word after "take care" ("take care of it").
     */
    static boolean undecided(List<String> tokens, int end) {
        return end >= tokens.size() || end + 1 == tokens.size() && tokens.get(end - 1).equals("care");
    }
}
