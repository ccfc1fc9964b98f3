package app.parley.meaning;

import java.util.List;

/**
 * Where the agent takes up what the client just put forward, first thing in the answer: "all
 * right, that works", "sounds good", "eso me parece bien". Said as one answers a payment offered,
 * not an "I can't": the client's words were a way to pay, whatever the recogniser made of them
 * ("I can pay the whole seven twenty on Friday" heard "I can't pay …"). Only at the start of the
 * answer: "let's find something that works for you" takes nothing up, and "great" or "perfect"
 * alone are as often a filler ("great question", "perfect timing"); "that's great" is not.
 */
final class TakingUp {
    private TakingUp() {
    }

    /** Openers before the words that take it up: "all right, that works", "okay great, sounds good". */
    private static final String OPENERS_EN = "((all right|alright|okay|ok|yes|yeah|great|perfect|sure|oh|well) ){0,3}";

    private static final Grammar EN = Words.anyOf(
            // "that work" as the small model often hears "that works"
            "^" + OPENERS_EN + "(that works?|that will work|thatll work|that would work|that sounds good|sounds good"
                    + "|sounds great)\\b",
            // "thank you, Samuel, that's great": thanks for the payment offered ("thank you" heard "and you")
            "^" + OPENERS_EN + "((thank you|thanks|and you)( \\w+)? )?thats (great|wonderful|perfect|fantastic)\\b",
            // "thank you, can we set it for this Friday?": the payment offered given its day ("set" heard "said")
            "^" + OPENERS_EN + "((thank you|thanks|and you)( \\w+)? )?(can|could|shall) we (set|said|schedule|put) (it|that"
                    + "|the payment) (for|on) ");

    private static final Grammar ES = Words.anyOf(
            "^((muy bien|perfecto|claro|si|bueno|okay|ok) ){0,3}((eso )?me parece (bien|perfecto)|eso funciona"
                    + "|eso nos funciona)\\b");

    static List<int[]> find(List<String> tokens, String language) {
        return Words.matches(tokens, "es".equals(language) ? ES : EN);
    }
}
