package app.parley.meaning;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a party is ending the call: "bye", "I have to go", "I gotta run, bye", "I'm hanging up",
 * "take care now", "me tengo que ir"; and the ways people wind a call up without a goodbye: "I'll
 * let you go", "we'll be in touch", "have a blessed rest of your day", "thanks for taking my call".
 * "I need to go" goes on to something else as often as it ends a call ("I need to go over this",
 * "I need to go to the bank first", and the small model's "I need to go" for "I need to
 * explain"): it is leaving only where the words stop there or go on with what people say as they
 * leave ("now", "sorry", "bye", "I'm late"). So are "let you go" (not "let you go ahead") and
 * closing thanks (not "thanks for taking my call, I'm calling about…").
 */
final class Leaving {
    private Leaving() {
    }

    private static final Grammar EN = Words.grammar(
            "\\b(i|we|ive|weve) (really )?(have to|need to|gotta|got to|got ta|have got to|must|should|better)"
                    + " (go|run|hang up|get going|head out|jump off|hop off|get off( the phone)?)\\b"
                    // "I'm" often heard "I" ("i going to hang up now and call my bank")
                    + "|\\b(im|i am|i) (hanging up|going to hang up|gonna hang up)( on you)?\\b|\\b(im|i am|i) leaving now\\b"
                    // (not "hold on, I'll hang up my coat")
                    + "|\\b(ill|i will|im just gonna|im just going to) hang up( on you| the phone)?\\b(?! (?!(now|then|right)\\b)\\w)"
                    + "|\\b(im|i am|were|we are) done (talking|here)\\b"
                    // back to the post they left for the call: "I gotta get back on the line, my supervisor's looking"
                    // (not "to work": "I really need to get back to work, I've been off sick for months")
                    + "|\\b(i|we|ive|weve) (really )?(have to|need to|gotta|got to|got ta|have got to|must|should|better)"
                    + " get back (on the line|to the line|to my desk|to my customers|to my station|to the register)\\b"
                    // off to fetch a child: "the bus is filling and I've gotta grab my son, bye"
                    + "|\\b(i|we|ive|weve) (really )?(have to|need to|gotta|got to|got ta|have got to|must|better)"
                    // (where the words stop there or go on as people leave, as for "I gotta go"; "bye" heard "by")
                    + " (grab|get|pick up|go get|go pick up) (my|the) (son|daughter|kids|kid|boy|girl|baby|grandkids)( by$)?\\b");

    /**
     * "I'm gonna go now", "I'll let you go, Sam": only where the words stop there, a goodbye or a
     * name follows; not "I'm gonna go with the six month one", "I'll let you go ahead and check".
     */
    private static final Grammar GOING = Words.grammar(
            "\\b(im|i am) (gonna|going to) go\\b"
                    + "|\\b(ill|i will|im gonna|im going to|let me|well|we will|i should|i better) let you go\\b"
                    // "so I'll let you go" heard "so i let you go"
                    + "|\\b(so|well|okay|ok|alright|then) i let you go\\b");

    /** What may follow "I'm gonna go" or "I'll let you go" as people leave. */
    private static final Set<String> GOODBYES = Set.of("now", "bye", "goodbye", "sorry", "thanks", "thank", "ok",
            "okay", "then", "mister", "miss", "missus", "ms", "mrs", "mr", "sir", "maam", "and", "take", "have",
            "enjoy", "talk");

    /**
     * Thanks that close a call where the words stop, or a name, a goodbye or a wish follows ("thanks for
     * taking my call, Mister Lee"); not "thanks for taking my call, I'm calling about…", which opens one,
     * nor "thank you for calling".
     */
    private static final Grammar THANKS = Words.grammar(
            "\\b(thanks|thank you)( so much| very much| again)? for (taking my call|taking the call|talking with me"
                    + "|talking to me|speaking with me|speaking to me|picking up)\\b"
                    + "|\\b((i|we) (really |do )?)?appreciate (your time|you taking the time|you taking my call"
                    + "|you (talking|speaking) (with|to) me|you picking up|the call)\\b");

    /** What may follow closing thanks: a title before a name, a goodbye, a wish ("and have a good one"). */
    private static final Set<String> AFTER_THANKS = Set.of("mister", "miss", "missus", "ms", "mrs", "mr", "sir",
            "maam", "bye", "goodbye", "have", "take", "again", "talk", "enjoy");
    private static final List<List<String>> AND_A_WISH = Words.phrases("and have", "and take", "and enjoy", "and bye",
            "and goodbye", "and good");

    /**
     * Words that close a call wherever they stand: "we'll be in touch", "have a blessed day, Mister Lee"
     * ("blessing day" as the recogniser may hear it).
     */
    private static final Grammar CLOSER = Words.anyOf(
            // not "we'll be in touch with your employer"
            "\\b(well|we will|ill|i will) be in touch\\b(?! with)",

            "\\b(ill|i will|im gonna|im going to|let me|well|we will) let you get back to\\b",
            "\\b(ill|i will|im gonna|im going to|let me|well|we will) let you get on with (your|the rest of your) (day|date|evening"
                    + "|night|afternoon|morning|weekend|work|shift|customers|dinner)\\b",
            "\\bhave a (good|nice|great|lovely|blessed|blessing|wonderful|fantastic|pleasant|safe|happy|merry|beautiful|terrific)"
                    + " (rest of|day|night|evening|weekend|afternoon|morning|week|holiday|one|trip|thanksgiving|christmas|harvest"
                    + "|season|shift|drive|flight)\\b",
            "\\benjoy (the|your) (rest of|day|evening|weekend|afternoon|game|party|holiday|holidays|trip|vacation|night"
                    + "|visit|visitors|company|time off|break|weather|sunshine|garden)\\b",
            "\\b(talk|speak) (to|with) you (later|then|soon|tomorrow|next week|on (monday|tuesday|wednesday|thursday"
                    + "|friday|saturday|sunday))\\b",
            // not "for so long", "so long as you pay", "so long story short", "not so long ago", "it took so long
            // to", nor "whoa, take it easy"
            "\\b(?<!(?:for|been|this|that|how|too|it) )so long\\b(?! as| that| story| ago| to)", "\\bbest of luck\\b", "\\ball the best\\b",
            "\\bgod bless\\b",

            // "I'm done talking to you, bye" (the goodbye often heard "by")
            // (not "once I'm done talking to him", "after you were done talking to her")
            "\\b(?<!(?:once|when|after|until|till|as) )(im|i am|were|we are) done (talking|speaking) (to|with) you\\b",
            "\\bgood luck (to you|with (the|your|a|an))\\b",
            // walking off: "no, you know what, I'm done, I'll call the bank myself, don't call me again", "lose my
            // number" (not "don't call me at work", "I'm done with my shift at five")
            "\\b(dont|do not) (call|contact|ring) (me|this number|here) (again|anymore|any more|ever again)\\b"
                    + "(?! (at|on|before|after|during|until|till|between|in the))",
            "\\blose my number\\b",
            "\\b(?<!(?:once|when|after|until|till|as|if) )(im|i am) (so |just )?done (ill|i will|bye|goodbye|with you)\\b",
            // not "that's all I have", which tells what the client can pay
            "\\b(thats|that is) (everything|all) (for (today|now)|from me)\\b");

    /**
     * "Have a good day" asked or told, not wished: "do you have a good day for it?", "if I have a
     * good weekend in tips".
     */
    private static final Pattern ASKED = Pattern.compile(
            "(\\b(do|would|does|dont|did) (you|they|we) |\\b(i|we|they|he|she|it|if|to|will|would|could|can|might|may"
                    + "|should|cant|id|youd) )$");

    private static final Grammar ES = Words.grammar(
            "\\b(me tengo que ir|tengo que colgar|ya me voy|voy a colgar|me tengo que retirar)\\b");

    /** What goes on from "go" when it is no leaving: "… go ahead", "go with the plan". */
    private static final Set<String> GOES_ON = Set.of("ahead", "over", "through", "to", "back", "in", "on", "out",
            "up", "with", "for", "get", "check", "see", "look", "into", "online");

    /** Words that go on naturally from "I have to go" when the call is ending. */
    private static final Set<String> THEN = Set.of("now", "then", "bye", "goodbye", "sorry", "thanks", "thank", "so", "ok",
            "okay", "i", "im", "ive", "my", "we", "talk", "call", "later", "right", "soon", "honestly", "really",
            "seriously", "please", "anyway", "but", "ya", "adios", "gracias", "luego", "perdon", "disculpe",
            // who they say it to: "oh, that's my ride at the door, I have to go, sonny" (heard "sunny")
            "sonny", "sunny", "honey", "hon", "dear", "sweetie", "sweetheart", "man", "bro", "buddy", "sir", "maam", "miss",
            "mister", "mr", "mrs", "ms", "young");

    /**
     * A wish for the road: "okay, drive safe, Kevin, bye now", "alright, you drive safe now", "stay
     * safe", "you stay cool out there, Miss Simms"; only where the words end, or a name or a goodbye follows. Not "so you can drive safe to
     * work", "I don't drive safe", "so we can all drive safe", "so my kids get home safe".
     */
    private static final Grammar ROAD = Words.grammar(
            "\\b(?<!(?:can|to|could|will|would|and|not|dont|cant|i|we|they|he|she|all|so|kids|family|everyone|must"
                    + "|should|need) )((drive|get home|stay) safe(ly)?|(stay|keep) (cool|warm|dry)( out there)?)\\b");
    private static final Set<String> BYE = Set.of("by", "bye", "goodbye", "now");

    /** "Take care", which ends a call only where the words end (or a name or "now" follows), not "take care of it". */
    private static final Grammar TAKE_CARE = Words.grammar("\\b(you )?take care\\b");

    /** "Think it over, you'll be hearing from us": a goodbye, unless it is the price of not paying. */
    private static final Grammar HEARING = Words.grammar(
            "\\b(youll|you will) (be hearing|hear) from (us|me)\\b(?! (if|unless|about|when|again if))");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "or", "otherwise");

    /**
     * "Bye", "goodbye"; not where it opens a long turn: "bye Gloria, I'm calling about your balance
     * of three twelve" is a greeting the recogniser misheard.
     */
    private static final Grammar BYE_SAID = Words.grammar("\\b(bye|goodbye|good bye)\\b");
    /** Who bids a thing goodbye rather than the caller: "kiss it goodbye", "say your truck goodbye". */
    private static final Set<String> BID = Set.of("say", "said", "saying", "kiss", "kissed", "kissing", "wave", "waving");
    /** How many words may follow a "bye" that opens a turn: "bye now, talk to you Friday, Mister Lee". */
    private static final int AFTER_A_BYE = 8;

    /** A season's wish: "happy new year to you and the whole family", "merry Christmas", "enjoy the holidays". */
    private static final Grammar SEASON_WISH = Words.grammar("\\b((happy|merry) (new year|new years|christmas"
            + "|thanksgiving|easter|fourth|hanukkah|holidays|holiday)|enjoy the holidays|enjoy your holidays)\\b");
    /** How many words may follow a season's wish in the turn it ends: "… to you and the whole family". */
    private static final int AFTER_A_WISH = 6;
    /** What opens a call after a wish ("happy new year, is this Walter?") rather than ending it. */
    private static final Set<String> OPENING = Set.of("is", "this", "am", "im", "speaking", "calling", "with", "from",
            "about", "name", "regarding", "reaching");

    /** Where the words end the call: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        List<int[]> leaving = new java.util.ArrayList<>(Words.matches(tokens, "es".equals(language) ? ES : EN).stream()
                .filter(span -> span[1] >= tokens.size() || THEN.contains(tokens.get(span[1]))
                        // "I'm hanging up and calling a lawyer" (not "I have to go and check my account")
                        || tokens.get(span[1] - 1).equals("up") && tokens.get(span[1]).equals("and"))
                .toList());
        if (!"es".equals(language)) {
            Words.matches(tokens, THANKS).stream()
                    .filter(span -> span[1] >= tokens.size() || AFTER_THANKS.contains(tokens.get(span[1]))
                            || span[1] + 1 == tokens.size() || AND_A_WISH.stream().anyMatch(w -> Words.startsAt(tokens, span[1], w)))
                    .forEach(leaving::add);
            Words.matches(tokens, GOING).stream()
                    .filter(span -> span[1] >= tokens.size() || GOODBYES.contains(tokens.get(span[1]))
                            || span[1] + 1 == tokens.size() && !GOES_ON.contains(tokens.get(span[1])))
                    .forEach(leaving::add);
            Words.matches(tokens, CLOSER).stream()
                    .filter(span -> !ASKED.matcher(String.join(" ", tokens.subList(Math.max(0, span[0] - 2), span[0]))
                            + " ").find())
                    .forEach(leaving::add);
            // not "if you don't pay by Friday you'll be hearing from us", "pay today or you'll be hearing from us"
            Words.matches(tokens, HEARING).stream()
                    .filter(span -> tokens.subList(0, span[0]).stream().noneMatch(CONDITIONS::contains))
                    .forEach(leaving::add);
            Words.matches(tokens, ROAD).stream()
                    .filter(span -> span[1] >= tokens.size() || GOODBYES.contains(tokens.get(span[1]))
                            || span[1] + 1 == tokens.size()
                            || span[1] + 3 >= tokens.size() && tokens.subList(span[1] + 1, tokens.size()).stream().anyMatch(BYE::contains))
                    .forEach(leaving::add);
            Words.matches(tokens, BYE_SAID).stream()
                    .filter(span -> span[0] > 0 || tokens.size() - span[1] <= AFTER_A_BYE)
                    // "you can kiss that truck goodbye", "say goodbye to the Silverado": a loss foretold
                    .filter(span -> tokens.subList(Math.max(0, span[0] - 3), span[0]).stream().noneMatch(BID::contains))
                    .forEach(leaving::add);
            // at the goodbye, not the greeting: "happy new year, is this Walter Pruitt?"
            Words.matches(tokens, SEASON_WISH).stream()
                    .filter(span -> tokens.size() - span[1] <= AFTER_A_WISH
                            && tokens.subList(span[1], tokens.size()).stream().noneMatch(OPENING::contains))
                    .forEach(leaving::add);
            Words.matches(tokens, TAKE_CARE).stream()
                    .filter(span -> span[1] >= tokens.size() || THEN.contains(tokens.get(span[1]))
                            || tokens.get(span[1]).equals("and")
                            || span[1] + 1 == tokens.size() && !CARED_FOR.contains(tokens.get(span[1]))
                            // "take care now" as the small model may hear it, "take care of know"
                            || span[1] + 2 == tokens.size() && tokens.get(span[1]).equals("of")
                            && NOW_HEARD.contains(tokens.get(span[1] + 1)))
                    .forEach(leaving::add);
        }
        if (!"es".equals(language) && misheardBye(tokens)) {
            int n = tokens.size();
            leaving.add(new int[] {n >= 2 && tokens.get(n - 2).equals("by") ? n - 2 : n - 1, n});
        }
        return Words.apart(leaving);
    }

    /**
     * "Forget it, we'll just keep calling, bye" as the small model writes it: "… calling by", or
     * "by" said alone. A
     * "by" that ends what was said is a goodbye unless it ends a phrase of its own ("stop by",
     * "pay it by", at the end of a partial result "by Friday").
     */
    private static boolean misheardBye(List<String> tokens) {
        int n = tokens.size();
        // a lone "by" is a goodbye far more often than a deadline cut off at a pause ("by | the
        // twentieth"): four blind calls against none
        return n == 1 && tokens.get(0).equals("by")
                || n >= 2 && n <= BYE_TURN && tokens.get(n - 1).equals("by") && !BY_ENDS.contains(tokens.get(n - 2))
                && !asksWhenBy(tokens)
                // "and bye now", "you too, bye bye now" heard "… by now" (not "it should be there by now")
                || n >= 2 && n <= BYE_NOW_TURN && tokens.get(n - 2).equals("by") && tokens.get(n - 1).equals("now")
                && (n == 2 || !BY_ENDS.contains(tokens.get(n - 3)) && !BY_NOW_ENDS.contains(tokens.get(n - 3)));
    }

    /** Words after "when" that make it a question: "when is it due by", "when was that needed again by". */
    private static final Set<String> WHEN_ASKED = Set.of("is", "was", "does", "do", "did", "are", "were", "would", "should",
            "will", "s", "its", "thats");

    /** "Eight hundred, when was that needed again by?": the deadline asked for, not a goodbye. */
    private static boolean asksWhenBy(List<String> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).equals("when") && WHEN_ASKED.contains(tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Bye now" heard "by now" ends a turn this short: "you do they are by now". */
    private static final int BYE_NOW_TURN = 6;
    /** What "by now" may end without being a goodbye: "it should be there by now", "they've known by now". */
    private static final Set<String> BY_NOW_ENDS = Set.of("there", "here", "posted", "arrived", "known", "noticed",
            "fixed", "sorted", "processed", "gone", "received", "cleared", "through", "over", "ready", "back", "out",
            "late", "used", "realized", "figured", "learned", "heard", "seen", "gotten", "got", "be", "been");

    /** A goodbye is said in a short turn: "am I speaking with Howard [B]y…" ends a long one. */
    private static final int BYE_TURN = 10;

    /** What "by" may end without being a goodbye. */
    private static final Set<String> BY_ENDS = Set.of("stop", "stopped", "stopping", "come", "came", "coming", "drop",
            "dropped", "swing", "pass", "passed", "passing", "go", "went", "goes", "stand", "get", "got", "getting",
            "pay", "paid", "it", "that", "this", "them", "done", "due", "send", "sent", "mail", "mailed", "make",
            "made", "do", "have", "had", "off", "close", "near", "right", "standing", "stood", "swung", "live",
            "lives", "sit", "sat", "walk", "walked", "drive", "drove", "pull",
            // a deadline the recogniser cut off: "the first sixty five by | Friday", "if you pick one by | Tuesday"
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "thousand", "dollars", "bucks", "payment", "payments", "plan", "balance", "amount", "pick", "choose",
            "decide", "full", "half", "rest", "settled", "closed", "cleared",
            // "when can you get that to us by", "I'm just scraping by", "I should have the money by"
            "us", "you", "me", "money", "scraping", "scrape", "squeaking", "skating");

    /** "Now" as the recogniser may hear it after "take care": "take care of know". */
    private static final Set<String> NOW_HEARD = Set.of("now", "know", "no");

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
