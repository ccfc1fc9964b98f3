package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * Where the client objects to how the agent treats them: "don't talk to me like I'm a liar",
 * "there's no need to be rude", "are you threatening me?", "you don't know the first thing about me",
 * or echoes a threat in disbelief ("you're gonna take my truck?", "please don't call my work",
 * "arrested? oh my god"). Whatever the agent said, the client heard it as hostile: the agent's slip
 * shows in the answer even when the recogniser garbled the slip itself. Not being heard ("are you
 * even listening?") is an objection of an upset client, not a sign of the agent's temper.
 */
final class Reproach {
    private Reproach() {
    }

    private static final String TREATMENT = "(talk|talking|speak|speaking|shout|shouting|yell|yelling|scream|screaming"
            + "|threaten|threatening|lecture|lecturing|patronize|patronizing|patronise|patronising|insult|insulting"
            + "|raise your voice|raising your voice|interrupt|interrupting|talk over|talking over)";
    private static final String PROPERTY = "(car|truck|van|house|home|wages|paycheck|salary|pay|vehicle|furniture|kids)";
    private static final String PEOPLE = "(work|job|boss|employer|manager|office|wife|husband|partner|family|kids"
            + "|mother|mom|mum|father|dad|parents|neighbors|neighbours|neighbor|neighbour)";

    private static final Grammar EN = Words.anyOf(
            "\\b(dont|do not|stop|quit) (you )?(dare )?" + TREATMENT + "( to| at)? me\\b",
            "\\bdont you dare\\b",
            // "please do not raise your voice [at me]", whatever the recogniser made of "at me"
            "\\b(dont|do not|stop|quit) (you )?(raise|raising) your voice\\b",
            "\\b(dont|do not|stop|quit) (you )?(cut|cutting) me off\\b",
            "\\b(how|the way) (you|youre|you are) " + TREATMENT + "( to)? me\\b",
            "\\b(talk|talking|speak|speaking|treat|treating) (to )?me like\\b",
            "\\bno need (to be|to get|for) (so )?(rude|rudeness|nasty|sarcastic|sarcasm|that|personal|like that)\\b",
            "\\bno need to " + TREATMENT + "\\b",
            // "you don't have to get nasty about it", "you didn't have to be so rude" (not "you don't have to be
            // sorry", "you don't have to get personal details")
            "\\byou (dont|do not|didnt|did not) (have|need) to (be|get) (so |that |all )?(rude|nasty|mean|snippy|snotty|smart"
                    + "|sarcastic|ugly|hostile|rude about it|nasty about it|personal about it|like that)\\b",
            "\\bare you (threatening|insulting|accusing|mocking|patronizing|patronising)\\b",
            // "are you calling me a liar", not "why are you calling me"
            "\\bare you calling me (a|an|names|stupid|dumb|irresponsible|lazy)\\b",
            "\\b(is that a threat|sounds like a threat|how dare you|who do you think you are|who are you to)\\b",
            "\\bwhat did you just (say to me|call me)\\b",
            // cut short: "I was trying to tell you something"
            "\\b(i was|im) (just |only )?trying to (tell|explain) (you )?(something|why|what)\\b",
            "\\b(thats|that is|that was) (so |really |very |pretty |just |incredibly |extremely )?(rude|uncalled for"
                    + "|out of line|insulting|offensive|a threat)\\b(?! of (me|them|him|her|us))",
            // "are you seriously threatening my job", the "are you" misheard; not "my boss is threatening to…"
            "\\b(you|youre|you are|are you)( seriously| now| really)? threatening (me|my)\\b",
            "^(\\w+ )?seriously threatening (me|my)\\b",
            // not "you don't know anything about my family plan"
            "\\byou dont know (the first thing|anything|a thing|nothing|one thing|a single thing|jack|squat) about "
                    + "(me|my life|my situation|my family|what im going through|my circumstances)\\b(?! (plan|insurance"
                    + "|policy|account|payout|discount|members?))",
            // talked down to, told to the agent: "don't you talk down to me like that" (not "my ex is always talking
            // down to me", "thank you for not talking down to me"), the verb lost by the recogniser
            "\\b(dont|do not|stop|quit|youre|you are|you) (you )?(talk|talking|speak|speaking|look|looking) down (to|at|on) me\\b",
            "\\bdont (you )?(\\w+ )?down to me like (that|this)\\b",
            "\\b(dont|do not|stop) call(ing)? me (a )?(liar|stupid|an idiot|idiot|names|clueless|dumb)\\b",
            // "don't take that tone with me, pal", "I'm not going to be called a liar" (the tone heard "own")
            "\\b(dont|do not) (you )?take (that|this|a) (tone|own|tome)( with me)?\\b",
            "\\bnot (going to|gonna) be (called|treated like) (a liar|a criminal|a thief|a deadbeat|stupid|an idiot)\\b",
            "\\b(im|i am) recording (this|you)\\b",
            // "you can't threaten me like that", which the recogniser often hears as "you can threaten me"
            "\\byou (cant|can|cannot|can not) (threaten|yell at|shout at|scream at|insult|lecture|patronize|patronise"
                    + "|talk to me like|speak to me like|treat me like)( me)?\\b",
            "\\b(im|i am) (writing|taking|putting) down your name\\b",
            "\\b(i want to|let me|can i|i need to|i wanna|put me through to) (talk|speak) (to|with) "
                    + "(your|a) (supervisor|manager|boss)\\b",
            "\\b(dont|do not) need (a|your|the|any) (lecture|lecturing|sermon|attitude)\\b",
            "\\b(im|i am|i didnt|i did not) (not )?(call|calling|come|pick up|picking up) (\\w+ ){0,2}to (be|get) "
                    + "(lectured|yelled at|shouted at|insulted)\\b");

    /**
     * Not heard: "are you even listening?", "did you even hear what I just said?". Said to an agent who
     * went on about the balance past a hardship, as often as to one who snapped: the client is upset
     * (anger), which is no sign of the agent's temper.
     */
    private static final Grammar EN_UNHEARD = Words.anyOf(
            "\\bdid you (even )?(hear|listen to) (what|a word|anything) i\\b",
            // the debt told to the client's people, objected to: "did you just tell my grandma about this?" (not "did
            // you tell my mom what this is about?", asked); the agent's slip is the telling, read on its own
            "\\bdid you (just|seriously|really|actually)( just)? (tell|told) (my|her|his|our)\\b",
            "\\b(are you even listening|(youre|you are) not (even )?listening|you arent (even )?listening"
                    + "|(youre|you are) not (even )?hearing me|you arent (even )?hearing me|you (dont|do not|never) listen)\\b");

    /**
     * A threat echoed in disbelief: the agent said it, the client repeats it back, or names it ("are
     * you threatening me?", "is that a threat?") when the threat was too veiled for the words to show.
     */
    private static final Grammar EN_ECHO = Words.anyOf(
            "\\b(are you|you|youre|you are)( seriously| now| really| actually)? threatening (me|my)\\b",
            // "are you threatening to call my boss" (not "my landlord is threatening to evict me")
            "\\b(are you|youre|you are)( seriously| now| really| actually)? threatening to \\w+ (me|my)\\b",
            "\\b(are you|youre|you are) (trying|going) to threaten me\\b",
            // not a third party's "letter sounds like a threat to evict me"
            "\\b(is that|was that|sounds like|sounded like|that sounds like|that sounded like) a threat\\b(?! to (?!me\\b)\\w+)",
            "\\b(did you|you) just threaten(ed)? me\\b",
            "\\b(you|youre|you are|youll|you will|your) (\\w+ ){0,3}(take|taking|seize|seizing|repossess|repossessing"
                    + "|tow|towing|garnish|garnishing) my " + PROPERTY + "\\b",
            "\\b(dont|do not|never) (\\w+ )?(call|ring|phone|contact|tell|email|visit|speak to|talk to) my " + PEOPLE
                    + "\\b(?! (number|phone|address|email|line|extension))",
            "^(arrested|arrest|jail|prison|a warrant)\\b",
            // "you're gonna put me in jail?" (not "are you going to…", nor "they can put you in jail for this")
            "\\b(you|youre|you are|youll|you will|youd|you would) (\\w+ ){0,3}(put|send|throw|have) me "
                    + "((in|to|into) )?(jail|prison|arrested)\\b");

    private static final Grammar ES = Words.anyOf(
            "\\bno me (hable|hables|grite|grites|trate|trates|falte|faltes|amenace|amenaces|insulte|insultes)\\b",
            "\\bno (tiene|hay) (por que|porque|necesidad de) (gritar|gritarme|hablarme|amenazar|amenazarme|insultar)\\b",
            "\\b(me|nos) (esta|estas) (amenazando|gritando|insultando|faltando)\\b",
            "\\bcomo se atreve\\b");

    private static final Grammar ES_UNHEARD = Words.anyOf("\\b(me|usted) (esta|estas) escuchando\\b");

    private static final Grammar ES_ECHO = Words.anyOf(
            // said to the agent, not of a third party ("mi casero me está amenazando con sacarme")
            "^(\\w+ )?(usted )?(me|nos) (esta|estas) amenazando\\b",
            "\\b(?<!no )(es|eso es) una amenaza\\b",
            "\\bno (me )?(llame|llames) a mi (trabajo|jefe|familia|esposa|esposo|mama|papa)\\b",
            "\\b(me|nos) (va|van) a (quitar|embargar) (mi|la|el) (carro|coche|casa|sueldo|camioneta)\\b");

    /** Where the words object to the other party's treatment or echo a threat: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        List<int[]> spans = new java.util.ArrayList<>(Words.matches(tokens, "es".equals(language) ? ES : EN));
        spans.addAll(findEcho(tokens, language));
        return Words.apart(spans);
    }

    /**
     * Where the words object to the other party's treatment ("I don't need a lecture from you",
     * "are you threatening me", "are you even listening"), a threat echoed back aside: an angry
     * client, where an echo may be a frightened one.
     */
    static List<int[]> findObjection(List<String> tokens, String language) {
        boolean es = "es".equals(language);
        List<int[]> spans = new java.util.ArrayList<>(Words.matches(tokens, es ? ES : EN));
        spans.addAll(Words.matches(tokens, es ? ES_UNHEARD : EN_UNHEARD));
        return Words.apart(spans);
    }

    /**
     * Where the words echo a threat back ("you're gonna take my truck?", "wait, you can take my
     * truck"): token ranges [from, to). A question asked of one's own accord ("are you going to
     * garnish my wages?") repeats nothing: the client is worried, not answering a threat.
     */
    static List<int[]> findEcho(List<String> tokens, String language) {
        boolean es = "es".equals(language);
        return Words.matches(tokens, es ? ES_ECHO : EN_ECHO).stream()
                .filter(span -> es || span[0] == 0 || !ASKING.contains(tokens.get(span[0] - 1)) && !reported(tokens, span[0]))
                .toList();
    }

    /**
     * Whether the words before {@code at} report someone else's saying: "my neighbor said you guys can
     * take my car", "somebody told me you'll garnish my wages". The client asks about it; nobody
     * threatened them on this call.
     */
    private static boolean reported(List<String> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
            String word = tokens.get(k);
            boolean reporting = REPORTING.contains(word) || word.equals("told") && k + 1 < at && tokens.get(k + 1).equals("me");
            if (reporting) {
                // "hold on, you just said you guys are gonna take my car": the agent's own words, echoed
                int subject = k - 1;
                while (subject >= 0 && Set.of("just", "already", "literally").contains(tokens.get(subject))) {
                    subject--;
                }
                return subject < 0 || !Set.of("you", "youve", "youd", "yall").contains(tokens.get(subject));
            }
        }
        return false;
    }

    /** Words that report another's saying: "she said", "I heard", "they claim". */
    private static final Set<String> REPORTING = Set.of("said", "says", "heard", "saying", "claims", "claimed", "read");

    /** Words that put a question before "you": "are you going to…", "will you…", "can you…". */
    private static final Set<String> ASKING = Set.of("are", "will", "can", "could", "would", "do",
            "did", "is", "gonna", "wont", "arent");
}
