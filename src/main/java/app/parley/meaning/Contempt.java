package app.parley.meaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the agent blames or belittles the client: the debt made the client's fault ("that's on
 * you", "it was your job to read it", "you did this to yourself") or the client made a fool of
 * ("are you even listening", "it's not rocket science", "a child could follow that", "don't play dumb",
 * sarcasm: "I'm sure the check is in the mail", "that's what they all say"). Words any calm agent
 * may say ("it's your choice which plan", "is this a good time") are not among them; said in the
 * negative ("it's not your fault") they are no match ({@link Negation}).
 */
final class Contempt {
    private Contempt() {
    }

    private static final Pattern EN = Pattern.compile(String.join("|",
            "\\b(thats|that is|its|it is|this is|that was) (all |totally |entirely )?on you\\b",
            "\\b(it was|it is|its|that was|that is|thats|was) (always )?your (own )?(job|responsibility|fault|mess|doing"
                    + "|lookout)\\b",
            "\\byou (did|brought) (this|it|that) (on|to) yourself\\b",
            "\\b(are|were|do|did|can|have) you even (listening|listen|read|reading|hear|heard|understand|care"
                    + "|paying attention|trying|looked|look|know)\\b",
            "\\b(not|isnt|aint) (exactly )?rocket science\\b",
            "\\bhow hard (is|can) (it|that|this)\\b",
            "\\bhow many times (do i|have i|must i|am i)\\b",
            "\\ba (child|kid|five year old|toddler|monkey) could\\b",
            "\\b(dont|do not|stop) (you )?play(ing)? dumb\\b",
            "\\b(keep|lose|drop|watch|check) (that|the|your) attitude\\b",
            "\\bim sure (\\w+ ){1,6}in the mail\\b",
            // disbelief: the client's word dismissed as everyone's excuse
            "\\b(thats|that is) what they all say\\b",
            "\\b(ive|i have|weve|we have) heard (that|this|it) (one )?(before|a hundred times|a thousand times)\\b",
            "\\bdo you (really |honestly )?think (this|it|that|the debt|the balance) (just |will just |is just going to )?"
                    + "(goes|go|will go|is going to go|disappears|vanishes) away\\b"));

    private static final Pattern ES = Pattern.compile(String.join("|",
            "\\b(es|fue|era) (su|tu) (culpa|problema|responsabilidad)\\b",
            "\\b(usted|tu) (se lo|te lo) busco\\b",
            "\\b(que tan|tan) dificil (es|puede ser)\\b",
            "\\bni siquiera (escucha|escuchas|lee|lees|entiende|entiendes)\\b",
            "\\bcuantas veces (le|te) (tengo|lo tengo)\\b"));

    /** Where the words blame or belittle: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        return Words.apart(Words.matches(tokens, "es".equals(language) ? ES : EN));
    }
}
