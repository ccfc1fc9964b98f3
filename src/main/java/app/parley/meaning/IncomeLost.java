package app.parley.meaning;

import java.util.List;

/**
 * Where the party tells of work or pay lost, in any wording: "my hours at the warehouse got cut
 * in half", "they cut back my shifts", "my husband got let go in March", "they lost their jobs",
 * "me recortaron las horas". Not a worry ("if my hours get cut", "I'm scared of losing my job"),
 * nor "paid off" as the small model hears it ("I'd rather just get laid off this week"),
 * nor a loss denied ("my hours have not been cut"), nor a cheque ("when they cut my commission
 * check"), nor a cut in the bill ("they cut the late fees").
 */
final class IncomeLost {
    private IncomeLost() {
    }

    private static final String WHOSE = "(my|our|his|her|their)";
    /** Who is let go: "me", "us", "my husband", the client among many ("about forty of us"). */
    private static final String LET_GO = "(me|us|him|her|them|my (husband|wife|partner|son|daughter)|(\\w+ ){1,3}of us)";
    private static final String WORK = "(hours|shifts|shift|pay|paycheck|wages|overtime|commission|income)";
    private static final String CUT = "(cut|reduced|slashed|chopped|cut back|cut down|cut in half|halved|dropped)";
    /** Words between the work and its cut that end the reading: a denial, a new clause, what else was cut. */
    private static final String GAP = "((?!(not|never|havent|hasnt|and|but|so|because|or|if|call|payment|bill)\\b)\\w+ ){0,4}";
    /** Who lost it: "I", "we", "he", "they", or one of theirs: "my husband", "our son". */
    private static final String WHO = "(i|we|he|she|they|(my|our) (husband|wife|partner|son|daughter|dad|mom|father"
            + "|mother|boyfriend|girlfriend|brother|sister|roommate))";

    /** How much work is left: "twenty", "a couple of", "thirty two". */
    private static final String FEW = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen"
            + "|eighteen|twenty|twenty \\w+|thirty|thirty \\w+|a few|a couple|a couple of|part time)";

    private static final Grammar EN = Words.anyOf(
            // "my hours at the warehouse got cut in half", "our shifts have been reduced" (not "if my hours get cut")
            "\\b(?<!(?:if|when|once|unless|before|may|might) )" + WHOSE + " " + WORK + " " + GAP + "(got|were|was|have been"
                    + "|has been|been|keep getting|are getting|are being|just got) " + CUT + "\\b",
            // "they cut my hours", "cut back my shifts", "they took away my overtime" (not "they cut the late fees",
            // "when they cut my commission check", "if they cut my hours")
            "\\b(?<!\\b(?:if|could|would|might|may|will|wont|to|of|about|theyll|if they|if he|if she|when they|once they) )"
                    + "(cut|cutting|reduced|slashed|chopped|took away|taken away) (back |down )?" + WHOSE + " " + WORK
                    + "\\b(?! (check|checks|stub))",
            // "I got let go", "my husband was furloughed", "I've been let go" (not "I let go of it")
            "\\b" + WHO + " (just |recently |also |finally |both )?(got|was|were|been|have been|has been|ive been|weve been"
                    + "|both got|were both|have both been) (just |recently |also |finally |both )?(let go|laid off|fired"
                    + "|furloughed|terminated|canned|downsized)\\b",
            // "my whole department got laid off", "the plant laid off everybody in my department"
            "\\b(my|our) (whole |entire )?(department|team|crew|shift|unit|division|office|plant|store|location)"
                    + " (just |all )?(got|was|were) (all )?(laid off|let go|furloughed|shut down|closed)\\b",
            "\\b(they|the (plant|company|factory|mill|shop|store|warehouse|hospital|firm|school|district|owner|boss"
                    + "|agency|dealership|bank|county|city|state)|my (boss|job|employer|company)) (just )?laid off"
                    + " (everybody|everyone|half|the whole|all of us|a bunch of us|most of us|my whole)\\b",
            "\\b(ive|weve|hes|shes|theyve) (both )?been (let go|fired|furloughed|laid off)\\b",
            // the client among many: "two hundred of us got let go the same afternoon", "half of us were laid off"
            "\\b(\\w+ ){1,3}of us (all |just )?(got|were|have been) (let go|laid off|furloughed)\\b",
            // a workplace closed, that no client is a customer of: "the plant shut down in April"
            "\\b(the|my|our) (plant|factory|mill|warehouse) (just )?(shut down|closed|closed down|went under)\\b",
            // "yeah, just got laid off in June", "we're both laid off now", "since being laid off" (not "my coworker
            // got laid off", nor "I'd rather just get laid off this week", the small model's "get it paid off")
            "^((yeah|yes|well|so|and|oh|um|uh|but|no|look|i) )*(just )?got (laid off|let go|furloughed)\\b",
            "\\b(im|i am|were|we are|hes|shes|he is|she is|theyre|they are) (both |still |now |currently )?(laid off"
                    + "|furloughed)\\b",
            "\\b(since|after|from|with) (being|getting) (laid off|let go|furloughed)\\b",
            // told by who did it: "the plant let me go about three weeks back", "they laid us off in May" (not "let me go
            // get my card", "hang on, let me go ahead and check")
            "\\b(they|the (plant|company|factory|mill|shop|store|restaurant|warehouse|hospital|firm|school|district|owner"
                    + "|boss|job|office|site|place|agency|dealership|bank|county|city|state)|my (boss|job|employer|company|manager"
                    + "|work)|work) (just |finally |already )?(let " + LET_GO + " go\\b(?! (ahead|get|check|grab|see|look|find"
                    + "|ask|and|to|back|over|through|on|with|in|out))|laid " + LET_GO + " off\\b|laid off " + LET_GO + "\\b)",
            // the workplace shut by who runs it: "they shut down the stamping line at the plant in April", "they closed the
            // plant" (not "if they close the plant", "they closed the store early", a time, nor "closed my account")
            "\\b(?<!(?:if|when|once|before|unless) )(they|the (company|owners|owner|corporate|management)|corporate|management)"
                    + " (just |finally |went and )?(shut down|shut|closed down|closed) (the|my|our|that|this|their) (\\w+ ){0,2}"
                    + "(line|plant|factory|store|shop|department|office|site|warehouse|mill|location|branch|restaurant|center"
                    + "|centre|division|unit)\\b(?! (early|for the (day|night|holiday|holidays|weekend)|at (five|six|seven|eight|nine|ten|noon|midnight)))",
            // the work itself gone: "work dried up after Thanksgiving", "jobs have slowed way down since the storm"
            // (not "if work dries up", "before business slowed down for the holidays")
            "\\b(?<!(?:if|when|once|unless|before|until) )(work|business|jobs|gigs|contracts|orders|my work|our work"
                    + "|the work|the jobs|construction) (has |have |had |just |kind of |pretty much |completely |totally |all )?"
                    + "(dried up|slowed down|slowed way down|died off|died down|dropped off)\\b",
            // "I lost my job" (not "I'm scared of losing my job")
            "\\blost (my|our|his|her|their) (job|jobs|shifts|contract|position|income|second job|overtime)\\b",
            // what is left of the work: "I'm down to twenty hours a week", "he's only getting two shifts now" (not
            // "I'm working forty hours a week", "I'm down to pick up shifts", "down to my last two days of vacation",
            // "only getting two days off", "only getting paid in three days")
            "\\b(im|i am|were|we are|hes|shes|he is|she is|ive been|weve been|theyve been|theyre) (down to|only (getting"
                    + "|working|pulling)) (like |about |maybe )?" + FEW + " (hours|shifts|days)( a| per| each)? (week|month"
                    + "|now|anymore|lately|these days)\\b",
            // the hours left, the unit unsaid: "the plant cut everybody's hours, I'm down to like twenty five a week"
            "\\b(im|i am|were|we are|hes|shes|he is|she is|ive been|weve been|theyve been|theyre) down to (like |about "
                    + "|maybe )?" + FEW + " (a|per) week\\b");

    private static final Grammar ES = Words.anyOf(
            "\\bme (redujeron|recortaron|bajaron|quitaron) (las |mis )?(horas|turnos)\\b",
            // not "me corrieron la fecha de pago", a date moved
            "\\bme (corrieron|despidieron|liquidaron)\\b(?! (la|el|los|las) (fecha|pago|cita|plazo))",
            "\\bperdi (mi|el) (trabajo|empleo)\\b");

    /** Where the words tell of work or pay lost: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
