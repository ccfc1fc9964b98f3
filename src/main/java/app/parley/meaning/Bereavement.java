package app.parley.meaning;

import java.util.List;

/**
 * Where the party tells of a death: "my mom passed three weeks ago", "he passed a week later",
 * "we lost my dad in March", "there was a death in the family". "Passed" is heard as "past" as
 * often as not, so "past three weeks ago" counts (unlike "the past three weeks"); a payment that
 * passed, or the past due balance, does not; nor does an exam passed ("my husband just passed the bar").
 */
final class Bereavement {
    private Bereavement() {
    }

    private static final String KIN = "(mom|mum|mother|dad|father|husband|wife|son|daughter|brother|sister|grandma"
            + "|grandmother|grandpa|grandfather|partner|fiance|fiancee|boyfriend|girlfriend|aunt|uncle|baby|parents"
            + "|best friend|dog|cat)";
    private static final String PASSED = "(passed|past|died)";

    private static final Grammar EN = Words.anyOf(
            // not a test passed: "my husband just passed the bar exam", "my son passed his driving test"
            "\\b(my|our) (\\w+ )?" + KIN + " (just |recently |suddenly )?" + PASSED + "\\b(?! (the|his|her|their|an?|my"
                    + "|all) (\\w+ )?(exam|exams|test|tests|bar|boards|class|classes|course|inspection|physical|drug test))",
            // the one lost named, then said again: "my husband Gerald, he passed that night"
            "\\b(my|our) " + KIN + " (\\w+ )?(he|she) (just |recently |suddenly )?(passed|died)\\b(?! (the|his|her|an?)"
                    + " (\\w+ )?(exam|test|bar|boards|class|course|inspection|physical))",
            // "he passed last spring", "he passed, you know, just before Thanksgiving" (not "he passed the bar last
            // year", "he passed by the house last week", "she passed out before the ambulance came")
            "\\b(he|she|they) (just |recently |suddenly )?(passed|died)( away)? (?!(the|his|her|their|an?|my|all) (\\w+ )?"
                    + "(exam|exams|test|tests|bar|boards|class|classes|course|inspection|physical)\\b)(?!(by|through|out|it|that"
                    + "|them|me|us|on it)\\b)(\\w+ ){0,3}(ago|last|later|recently|this|in|before|after|around)\\b",
            // "they took her into Saint Luke's, she passed a couple of weeks after"
            "\\b(he|she|they) (just |recently |suddenly )?(passed|died)( away)? (a couple of|couple of|a few|a|one|two"
                    + "|three|four|five|six) (days|weeks|months|day|week|month) (after|afterwards|later|ago)\\b",
            "\\b" + PASSED + " (away )?(a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple)"
                    + " (days|day|weeks|week|months|month) ago\\b",
            "\\b(lost|buried) (my|our) (\\w+ )?" + KIN + "\\b",
            "\\bdeath in (the|my|our) family\\b",
            // a pet put down: "we had to put him down in February"
            "\\bhad to put (him|her) (down|to sleep)\\b",
            // "Biscuit didn't make it" (not "he didn't make it to the appointment")
            "\\b(he|she) (didnt|did not) make it\\b(?! (to|in|on|there|back|home|through|out))");

    private static final Grammar ES = Words.anyOf(
            "\\b(fallecio|murio|fallecieron|murieron) (mi|nuestro|nuestra)\\b",
            "\\b(mi|nuestro|nuestra) (\\w+ )?(mama|papa|madre|padre|esposo|esposa|hijo|hija|hermano|hermana)"
                    + " (fallecio|murio)\\b",
            "\\bperdi a (mi|nuestro|nuestra)\\b");

    /** Where the words tell of a death: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
