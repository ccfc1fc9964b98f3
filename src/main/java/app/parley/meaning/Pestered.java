package app.parley.meaning;

import java.util.List;

/**
 * Where the client complains of being called too often: "you've called me four times this week",
 * "you people call here every single day", "you people call during dinner every single night",
 * "this is the third call today". Worn down by the
 * calls, they are angry at the situation, whatever words of anger they use.
 */
final class Pestered {
    private Pestered() {
    }

    private static final String CALLING = "(called|calling|call|calls|rang|ringing|ring|phoned|phoning|dial|dialing"
            + "|dialed|dialling|dialled)";
    private static final String AT = "(me|here|my phone|my house|my cell|my number|us)";
    private static final String OFTEN = "((\\w+ ){1,2}times (a |this |today|every|in )|every (single )?(day|morning"
            + "|night|hour)|every (\\w+ ){1,2}(hours|minutes|days)|every other (day|hour)|all (day|the time|week)|nonstop"
            + "|non stop|constantly|day and night|over and over)";

    private static final Grammar EN = Words.anyOf(
            "\\b" + CALLING + " " + AT + " " + OFTEN,
            // "you people call during dinner every single night", "you guys ring the house at all hours all week"
            // (not asked for, nor asked about: "can you guys call me back every day this week", "do you guys call
            // every day if I miss a payment")
            "(?<!\\b(can|could|will|would|please|should|if|to|do|does|did|how|why|when) )\\b(you people|you guys|yall|you all|your people"
                    + "|your company) (always |just )?" + CALLING
                    + "( \\w+){0,3} " + OFTEN,
            // "you people called me four times last week", however the recogniser heard the verb ("told me")
            "\\b(you people|you guys|yall|they) (" + CALLING.substring(1, CALLING.length() - 1)
                    + "|told|bothered|contacted|tried|hit) (me )?(\\w+ ){1,2}times (last|this|a|in a|every) (week|month|day)\\b",
            // "you people keep calling and calling me", "you guys keep ringing me"
            "\\b(you|they|yall|you people|you guys) (just )?keep (on )?" + CALLING + "( and " + CALLING + ")?( " + AT + ")?\\b",
            // "this is the fourth call this week", however the small model heard "call" ("the fourth all this week")
            // ("that's so third call this week": "the" heard "so")
            "\\b(the|your|so|that) (third|fourth|fifth|sixth|tenth|\\w+ hundredth) (call|time (you|someone|somebody))"
                    + "( \\w+){0,3} (today|this week|this morning)\\b",
            "\\b(the|your) (third|fourth|fifth|sixth|tenth) all (today|this week|this morning)\\b",
            // the client's workplace called, told as done: "you people called my job again" (not "please don't call my job")
            "\\b(you|people|you guys|yall|your company) (just |already |even )?(called|rang|phoned|been calling) (my (job"
                    + "|work|workplace|office|employer|boss|work number)|me at (work|my job|the office)) (again|twice"
                    + "|every day|all the time|(\\w+ ){1,2}times)\\b",
            "\\b(you|people|you guys|yall|your company) (keep|keeps|kept) calling (my (job|work|workplace|office|employer"
                    + "|boss|work number)|me at (work|my job|the office))\\b",
            // "oh great, you people again", "not you guys again", "oh, you again!"; not "could you guys again explain",
            // "thank you again"
            "(^|\\b(oh|great|fantastic|wonderful|perfect|ugh|seriously|not|god) )(you people|you guys|yall|you) again\\b",
            // "I can't be picking up the phone every two hours for you people"
            "\\b(pick|picking|pickin|answer|answering) (up )?(the|my) (phone|calls) (\\w+ ){0,3}" + OFTEN);

    private static final Grammar ES = Words.anyOf(
            "\\b(me )?(llaman|llamaron|marcan|marcaron) (\\w+ ){0,2}(todos los dias|todo el dia|a cada rato"
                    + "|(\\w+ ){1,2}veces)\\b");

    /** Where the words complain of the calls: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
