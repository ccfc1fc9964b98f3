package app.parley.meaning;

import java.util.List;

/**
 * Where the party says someone else must hear of it first: "I'd want to run it past my wife",
 * "let me talk it over with my husband", "I need to check with the bank", "before I promise
 * anything", "I'd have to look at the books". The decision, and so the payment, waits on a conversation
 * (or the household's books) with no day set.
 */
final class Consulting {
    private Consulting() {
    }

    private static final String PEOPLE = "(wife|husband|partner|spouse|girlfriend|boyfriend|fiance|fiancee|mom|mum"
            + "|mother|dad|father|parents|son|daughter|brother|sister|family|boss|lawyer|attorney|accountant|advisor"
            + "|adviser|bank|banker|roommate|her|him|them)";
    private static final String INTENDING = "(need to|have to|got to|gotta|want to|wanna|would|should|ill|let me"
            + "|id|id like to|going to|gonna|must|better|gonna have to|would have to|would want to|need|got)";

    private static final Grammar EN = Words.anyOf(
            "\\b" + INTENDING + " (\\w+ ){0,2}(talk|speak|check|discuss|go over|clear|sit down|consult)"
                    + " (it |this |that |things |everything )?(over |through )?(with|to) (my |the |our )?" + PEOPLE + "\\b",
            "\\b" + INTENDING + " (\\w+ ){0,2}(run|bounce) (it|this|that|the numbers|things) (by|past|off)\\b",
            "\\b" + INTENDING + " (\\w+ ){0,1}(ask|consult) (my|the|our) " + PEOPLE + "\\b",
            "\\bsee what (my |the )?(\\w+ )?(says|thinks|think)\\b",
            // the household's money looked over first: "I'd have to look at the books", "let me go over our budget"
            "\\b" + INTENDING + " (\\w+ ){0,2}(look at|look over|check|go over|go through|sit down with|crunch) (my |the |our )?"
                    + "(books|budget|finances|numbers|figures)\\b",
            "\\bbefore (i|we) (promise|commit|agree|decide|sign|say yes)( to)?( anything)?\\b");

    private static final Grammar ES = Words.anyOf(
            "\\b(tengo que|tendria que|necesito|debo|quiero|voy a|dejeme|deje) (\\w+ ){0,2}(hablarlo|consultarlo"
                    + "|platicarlo|hablar|consultar|platicar|verlo|checarlo) con (mi|el|la) (esposo|esposa|pareja"
                    + "|mama|papa|familia|hijo|hija|jefe|abogado|contador|banco|marido|mujer)\\b",
            "\\bantes de (comprometerme|prometer|prometerle|decidir|firmar)\\b");

    /** Where the words say someone else must hear of it first: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
