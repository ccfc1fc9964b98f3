package app.parley.meaning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether words are said in the negative: "I'm not angry", "we are not taking legal action",
 * "nobody is suing you", "we won't take your car". A negation word governs what follows it
 * within a few words, until a new clause starts (a subject pronoun or a conjunction): in "if
 * you don't pay we will sue you" the "don't" is about paying, not suing.
 */
public final class Negation {
    /** How far before the words a negation may stand. */
    static final int REACH = 5;

    private static final Map<String, Set<String>> CUES = Map.of(
            "en", Set.of("not", "never", "no", "nobody", "nobodys", "noone", "noones", "nothing", "nothings", "dont",
                    "doesnt", "didnt", "wont",
                    "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "wouldnt", "shouldnt", "aint", "neither",
                    "nor", "without"),
            "es", Set.of("no", "nunca", "nadie", "nada", "ningun", "ninguna", "ninguno", "jamas", "tampoco", "sin", "ni"));
    /**
     * "We can't garnish your wages": a negated ability negates the act right after it, yet not a
     * date further on ("I can't pay until next month" still names next month), so these count for
     * {@link #negated} only.
     */
    private static final Map<String, Set<String>> ABILITY_CUES = Map.of(
            "en", Set.of("cant", "cannot", "couldnt", "mustnt", "neednt"),
            "es", Set.of());
    private static final Map<String, Set<String>> CLAUSE_STARTS = Map.of(
            "en", Set.of("i", "we", "you", "he", "she", "they", "it", "im", "were", "youre", "theyre", "ill", "well",
                    "youll", "and", "but", "so", "because", "if", "then", "or", "unless", "otherwise", "until",
                    "when", "maybe", "perhaps", "probably"),
            "es", Set.of("yo", "nosotros", "usted", "ustedes", "el", "ella", "ellos", "y", "pero", "si", "porque",
                    "entonces", "o", "sino", "cuando", "hasta", "quizas", "tal", "mejor"));

    /** Subjects that are nobody: the clause they open is negated, whatever its verb ("nothing" is not: "nothing will stop us"). */
    private static final Map<String, Set<String>> NOBODY = Map.of(
            "en", Set.of("nobody", "nobodys", "noone", "noones"),
            "es", Set.of("nadie"));

    /** "I don't know, maybe next month": a hedge starts a clause of its own, even right before the words. */
    private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "probably", "quizas", "tal", "mejor");

    /**
     * A negation word and the word after it that make an idiom negating nothing further on: "no
     * problem, by Monday you could settle", "I don't know, sometime soon", "not sure, next month".
     */
    private static final Map<String, Map<String, Set<String>>> IDIOMS = Map.of(
            "en", Map.of("no", Set.of("problem", "problems", "worries", "worry", "doubt", "matter", "question",
                            "thanks", "kidding", "offense", "idea", "clue",
                            // a self-correction: "next Thursday, no wait, this Thursday"
                            "wait", "sorry", "actually", "hold"),
                    "dont", Set.of("know", "worry"), "not", Set.of("sure"),
                    "never", Set.of("mind")),
            "es", Map.of("no", Set.of("importa", "problema", "pasa", "sabria"),
                    "sin", Set.of("problema")));

    /** Before "no", words that make it take back what went before, not negate what follows: "wait, no". */
    private static final Set<String> TAKING_BACK = Set.of("wait", "hmm", "hm", "actually");
    /**
     * After "wait, no": words that start over ("put me down for…", "let's say…"); not a noun the "no"
     * is the determiner of ("hmm, no police are coming").
     */
    private static final Set<String> RESTARTS = Set.of("put", "lets", "let", "make", "do", "how", "what", "maybe", "just",
            "change", "instead", "rather", "better", "scratch", "the", "that", "this", "sorry");

    /** "I don't know if I can do Friday": the idiom's question carries the negation on. */
    private static final Set<String> OPEN_QUESTIONS = Set.of("if", "whether", "how", "what", "when", "that", "si",
            "como", "cuando");

    /** Words that carry no predicate of their own: a negation reaches past them. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("is", "are", "was", "were", "be", "been", "being", "am", "going", "gonna", "to", "will",
                    "would", "could", "should", "can", "do", "does", "did", "have", "has", "had", "ever", "really",
                    "even", "just", "at", "all", "actually", "any", "anyone", "anybody", "a", "an", "the", "about", "one",
                    "here", "there", "try", "trying", "want", "planning", "intend",
                    // "I don't want to keep thinking about it", "we won't keep calling", "you don't need to"
                    "keep", "keeps", "keeping", "need", "wanna"),
            "es", Set.of("le", "lo", "la", "les", "los", "se", "me", "te", "nos", "vamos", "va", "van", "voy", "a",
                    "ha", "han", "he", "hemos", "es", "esta", "estamos", "ir", "ser", "nada", "que", "para",
                    "queremos", "pensamos"));

    private Negation() {
    }

    /**
     * Whether the words at tokens {@code [from, to)}, found as a phrase made of
     * {@code phraseWords}, are negated: by a negation inside them that the phrase does not have
     * ("we will not sue you" found as "we will sue you"), or by one before them in the same clause.
     */
    public static boolean negated(List<String> tokens, int from, int to, java.util.Collection<String> phraseWords,
            String language) {
        String lang = language.equals("es") ? "es" : "en";
        if (lang.equals("en") && (unpromised(tokens, from) || unpromised(tokens, to))) {
            return false; // "I can't promise the police won't come knocking": the denial itself is withheld
        }
        Set<String> cues = CUES.get(lang);
        Set<String> starts = CLAUSE_STARTS.get(lang);
        for (int k = from; k < to; k++) {
            if (cues.contains(tokens.get(k)) && !phraseWords.contains(tokens.get(k))) {
                return true;
            }
        }
        if (lang.equals("en") && from > 0 && ENDED.contains(tokens.get(from - 1)) && tokens.get(from).endsWith("ing")) {
            return true; // "I'd rather do it all at once and be done thinking about it": the doing ended
        }
        if (lang.equals("en") && rightNamed(tokens, from)) {
            return true; // "you have the right to dispute it" heard "the right to the stupid": the client's right, named
        }
        if (deniedAfter(tokens, to, lang)) {
            return true; // "the police have nothing to do with it", "jail isn't on the table"
        }
        if (lang.equals("en") && cantHeardCan(tokens, from) && !Words.matches(tokens, REASSURED).isEmpty()) {
            return true; // "this is a civil debt, you can['t] be arrested over it, and nobody is sending the police"
        }
        if (lang.equals("en") && aSuit(tokens, from, to)
                && (dismissedAfter(tokens, to) || someoneElsesPastAct(tokens, from))) {
            return true; // "the college filed a lawsuit back in 2024 and the court dismissed it"
        }
        if (lang.equals("en") && disclaimed(tokens, from)
                && tokens.subList(from, to).stream().anyMatch(cues::contains)) {
            return true; // "I'm not saying I don't owe the bill": a denial put aside denies nothing
        }
        if (from < tokens.size() && starts.contains(tokens.get(from))) {
            return false; // the words open their own clause: what came before is about something else
        }
        return governed(tokens, from, lang, true) || lang.equals("en") && wontMisheard(tokens, from);
    }

    /**
     * Whether the words name what the client has a right to: "you have the right to [the] …", "it's your right to …"
     * (not "we have the right to take your car").
     */
    private static boolean rightNamed(List<String> tokens, int from) {
        int k = from >= 1 && Set.of("the", "a").contains(tokens.get(from - 1)) ? from - 1 : from;
        if (k < 3 || !tokens.get(k - 1).equals("to") || !tokens.get(k - 2).equals("right")) {
            return false;
        }
        if (tokens.get(k - 3).equals("your")) {
            return true;
        }
        // "you have the right", "you still have the right", "you've got the right"
        return tokens.get(k - 3).equals("the") && tokens.subList(Math.max(0, k - 6), k - 3).contains("you")
                || tokens.get(k - 3).equals("the") && tokens.subList(Math.max(0, k - 6), k - 3).contains("youve");
    }

    /**
     * A turn that tells the client the law has no part in it: "nobody is sending the police", "this is a civil debt"
     * (heard "civil death"), "it's not a crime" (not "this isn't a civil matter anymore").
     */
    private static final Grammar REASSURED = Words.anyOf(
            "\\b(nobody|no one|noone) (is |will |would |s )?(going to |gonna )?(sending|send|coming|arresting|arrest"
                    + "|calling the police|call the police)\\b",
            "\\b(this is|its|it is|thats|that is|this debt is|it was|this was) (just |only |purely )?a civil (debt|death|matter"
                    + "|case)\\b",
            "\\b(its|it is|thats|that is) not a (crime|criminal matter)\\b");
    private static final Set<String> AFTER_CAN = Set.of("be", "get", "go", "ever");

    /** Whether a "can" stands right before the words ("you can be arrested"), as the recogniser often hears "can't". */
    private static boolean cantHeardCan(List<String> tokens, int from) {
        return from >= 1 && tokens.get(from - 1).equals("can")
                || from >= 2 && tokens.get(from - 2).equals("can") && AFTER_CAN.contains(tokens.get(from - 1));
    }

    /** Words that put aside what follows them: "I'm not saying I don't owe it", "I never said I wouldn't pay". */
    private static final List<List<String>> DISCLAIMERS = Words.phrases("not saying", "not denying", "not disputing",
            "not claiming", "never said", "didnt say", "not trying to say",
            // "I'm not going to tell you it's not mine": the denial held back, not made
            "not going to tell", "not gonna tell", "wont tell", "not telling", "not going to say", "not gonna say",
            "wont say", "not gonna pretend", "not going to pretend", "wont pretend", "cant pretend");

    private static final Set<String> SAID_OF = Set.of("that", "i", "we", "you", "he", "she", "they", "it", "im", "its",
            "thats");

    /** Whether a disclaimer ends right before token {@code from}, or before "[that] I" there. */
    private static boolean disclaimed(List<String> tokens, int from) {
        int end = from;
        while (end >= 1 && end > from - 2 && SAID_OF.contains(tokens.get(end - 1))) {
            end--;
        }
        for (List<String> d : DISCLAIMERS) {
            int start = end - d.size();
            if (start >= 0 && tokens.subList(start, end).equals(d)) {
                return true;
            }
        }
        return false;
    }

    /** What withholds a promise: what follows it, denied or not, is held out as possible ({@link Threats} reads it too). */
    static final List<List<String>> WITHHELD = Words.phrases("cant promise", "cannot promise", "can not promise",
            "not promise", "couldnt promise", "wont promise", "cant guarantee", "cannot guarantee", "not guarantee",
            "no guarantee", "no guarantees", "couldnt tell you");

    /** The end of a withheld promise starting at token {@code i}, or -1 if none starts there. */
    static int withheldAt(List<String> tokens, int i) {
        for (List<String> w : WITHHELD) {
            if (Words.startsAt(tokens, i, w)) {
                return i + w.size();
            }
        }
        return -1;
    }

    /** "I can't promise anything, but nobody is going to arrest you": the withheld promise ends there. */
    static final Set<String> PROMISE_ENDS = Set.of("anything", "but", "though", "however", "yet");

    /** How far before the words a withheld promise may stand: "I can't promise that warrants won't go out and the police". */
    private static final int WITHHELD_REACH = 12;

    /** Whether a withheld promise ("I can't promise …", "there's no guarantee …") comes shortly before token {@code from}. */
    static boolean unpromised(List<String> tokens, int from) {
        for (int k = Math.max(0, from - WITHHELD_REACH); k + 1 < from; k++) {
            int end = withheldAt(tokens, k);
            if (end > 0 && end <= from && tokens.subList(end, from).stream().noneMatch(PROMISE_ENDS::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "We won't contact your employer" as the small model often writes it: "we want contact your
     * employer". "Want" right before a verb, with no "to", is not English; "won't" is.
     */
    private static boolean wontMisheard(List<String> tokens, int from) {
        Set<String> subjects = Set.of("we", "i", "they", "he", "she", "you", "will", "well", "ill");
        Set<String> adverbs = Set.of("also", "just", "really", "definitely", "certainly", "never", "still");
        return from >= 2 && Set.of("want", "won").contains(tokens.get(from - 1)) && (subjects.contains(tokens.get(from - 2))
                || from >= 3 && adverbs.contains(tokens.get(from - 2)) && subjects.contains(tokens.get(from - 3)));
    }

    /** A predicate right after the words that denies them: "the police aren't involved", "court is not an option". */
    private static boolean deniedAfter(List<String> tokens, int to, String lang) {
        if (to >= tokens.size()) {
            return false;
        }
        String next = tokens.get(to);
        String after = to + 1 < tokens.size() ? tokens.get(to + 1) : "";
        if (lang.equals("en") && next.equals("were") && weAreNotGoingTo(tokens, to + 1)) {
            return false; // "I apologize, we're [heard "were"] not going to contact your employer": a clause of its own
        }
        if (lang.equals("en") && next.equals("were") && after.equals("not") && to + 2 < tokens.size()
                && WE_ARE_NOT.contains(tokens.get(to + 2))) {
            return false; // "… whenever you get around to it, we're [heard "were"] not in any hurry": a clause of its own
        }
        return lang.equals("en") ? DENYING_VERBS.contains(next)
                || DENIABLE_VERBS.contains(next) && DENIALS.contains(after)
                : next.equals("no") && DENIABLE_VERBS_ES.contains(after) || next.equals("nada");
    }

    /** After "were not": words that make it "we're not" ("we're not in any hurry"), not a past ("were not made"). */
    private static final Set<String> WE_ARE_NOT = Set.of("in", "worried", "asking", "looking", "trying", "expecting",
            "rushing", "pushing", "here", "calling", "saying", "sure", "gonna");

    /** Before a doing, words that end it: "done thinking about it", "stop calling me", "quit worrying about it". */
    private static final Set<String> ENDED = Set.of("done", "stop", "quit", "stopped");

    /** Words of a lawsuit: only a suit is told of as history or dismissed ("they reduced my hours" is a hardship). */
    private static final Set<String> SUITS = Set.of("lawsuit", "lawsuits", "suit", "sue", "sued", "suing", "court");

    private static boolean aSuit(List<String> tokens, int from, int to) {
        return tokens.subList(from, Math.min(to, tokens.size())).stream().anyMatch(SUITS::contains);
    }

    /** What a court did to a suit told of: "… and the court dismissed it", "… but the case got thrown out". */
    private static final List<List<String>> DISMISSED = Words.phrases("dismissed it", "dismissed the case",
            "dismissed that", "was dismissed", "got dismissed", "been dismissed", "were dismissed", "threw it out",
            "tossed it out", "got thrown out", "was thrown out");

    /** How far after the words a dismissal may stand: "filed a lawsuit back in twenty twenty four and the court dismissed it". */
    private static final int DISMISSED_WITHIN = 12;

    /** Whether a suit told of, at the words ending at {@code to}, was dismissed in the same sentence. */
    private static boolean dismissedAfter(List<String> tokens, int to) {
        int end = Math.min(tokens.size(), to + DISMISSED_WITHIN);
        return Words.containsAny(tokens.subList(Math.min(to, end), end), DISMISSED);
    }

    private static final Set<String> OTHERS = Set.of("they", "he", "she", "theyve", "hes", "shes");
    private static final Set<String> OWNERS = Set.of("the", "your", "his", "her", "their");

    /**
     * Whether the words (a suit) begin with a past act of someone else's: "the college filed a
     * lawsuit", "they sued you back in 2019" (history told, which a partial result shows before any
     * "and the court dismissed it"), not "we filed", "I'll file".
     */
    private static boolean someoneElsesPastAct(List<String> tokens, int from) {
        if (from < 1 || from >= tokens.size() || !tokens.get(from).endsWith("ed")) {
            return false;
        }
        return OTHERS.contains(tokens.get(from - 1)) || from >= 2 && OWNERS.contains(tokens.get(from - 2))
                && !Set.of("we", "i", "you").contains(tokens.get(from - 1));
    }

    /** Verbs after "not going to" that keep "were" a real past: "warrants were not going to be issued". */
    private static final Set<String> PASSIVE_AFTER = Set.of("be", "get", "have", "happen");

    /** "Not going to contact", "not gonna call" from {@code k}: what "we're" goes on with, an act of theirs. */
    private static boolean weAreNotGoingTo(List<String> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).equals("not")) {
            return false;
        }
        int verb = k + 2 < tokens.size() && tokens.get(k + 1).equals("gonna") ? k + 2
                : k + 3 < tokens.size() && tokens.get(k + 1).equals("going") && tokens.get(k + 2).equals("to") ? k + 3 : -1;
        return verb > 0 && !PASSIVE_AFTER.contains(tokens.get(verb));
    }

    private static final Set<String> DENYING_VERBS = Set.of("isnt", "arent", "wont", "wasnt", "werent", "aint");
    private static final Set<String> DENIABLE_VERBS = Set.of("is", "are", "will", "was", "were", "have", "has", "had",
            "would");
    private static final Set<String> DENIALS = Set.of("not", "never", "nothing", "no");
    private static final Set<String> DENIABLE_VERBS_ES = Set.of("es", "esta", "va", "tiene", "son", "estan", "van");

    /** Last words of a clause that turns something down: "no good", "won't work", "isn't possible". */
    private static final Set<String> TURNED_DOWN_ENDS = Set.of("good", "work", "possible",
            // "I haven't even filed yet | whenever the government gets to it"
            "yet");

    /**
     * Whether a negation before token {@code from}, in the same clause, governs the words there
     * (a date: "there's nothing left at the end of the month"). Looser than {@link #negated}: words
     * of any kind may stand between.
     */
    public static boolean governs(List<String> tokens, int from, String language) {
        return governed(tokens, from, language.equals("es") ? "es" : "en", false);
    }

    /** "Not X or Y", "ni X ni Y": the second of two things joined shares the first's negation. */
    private static final Map<String, Set<String>> JOINS = Map.of("en", Set.of("or", "nor"), "es", Set.of("ni"));

    /**
     * Whether the words before the join at {@code join} are negated, within {@link #REACH} twice
     * over and in one clause: "we're not going to take your car or garnish your wages".
     */
    private static boolean conjunctNegated(List<String> tokens, int join, String lang) {
        for (int k = join - 1; k >= 0 && k >= join - 2 * REACH; k--) {
            String token = tokens.get(k);
            if (CUES.get(lang).contains(token) || ABILITY_CUES.get(lang).contains(token)) {
                return true;
            }
            if (CLAUSE_STARTS.get(lang).contains(token)) {
                return false; // another clause, or the subject: a negation of this one would come after it
            }
        }
        return false;
    }

    /** Cues that may be an answer, "no", as the recogniser hears it: "not that's not mine". */
    private static final Set<String> ANSWERS = Set.of("no", "not");
    /** What opens a clause of its own right after the answer: "no, that's not mine", "no, there's no way". */
    private static final Set<String> OPENED_AFTER_AN_ANSWER = Set.of("thats", "theres");

    /** "Nobody's" after "no doubt", as the recogniser may hear its last syllable (not "he's": "no doubt he's busy"). */
    private static final Set<String> HEARD_BODYS = Set.of("his");

    /** How the recogniser may hear the "body" of "nobody" before "is": "no dog is suing you", "no buddy is". */
    private static final Set<String> NOBODY_HEARD = Set.of("dog", "buddy", "bodys", "bodies");

    /** What follows "nobody" as a subject, never the idiom "no doubt": "no doubt is suing you". */
    private static final Set<String> SUBJECTS_VERB = Set.of("is", "s", "has");
    /** A subject before "no doubt" makes it the idiom: "the creditor no doubt is …", "they no doubt …". */
    private static final Set<String> SUBJECTS_BEFORE = Set.of("they", "he", "she", "we", "i", "you", "it", "creditor",
            "bank", "company", "lender", "court", "judge", "who", "that", "which", "theyre", "hes", "shes", "theyll");

    /**
     * "Nobody is suing you" as the recogniser may hear it, "no doubt is suing you", "no doubt he is
     * taking your paycheck" ("no-bod-y"): {@code k} at "doubt".
     */
    private static boolean nobodyHeardNoDoubt(List<String> tokens, int k, String lang) {
        if (lang.equals("en") && k > 0 && NOBODY_HEARD.contains(tokens.get(k)) && tokens.get(k - 1).equals("no")
                && k + 1 < tokens.size() && SUBJECTS_VERB.contains(tokens.get(k + 1))) {
            return true; // "no dog is suing you", "no buddy is": "nobody's"
        }
        if (!lang.equals("en") || k <= 0 || !tokens.get(k).equals("doubt") || !tokens.get(k - 1).equals("no")
                || k >= 2 && SUBJECTS_BEFORE.contains(tokens.get(k - 2))) {
            return false; // "the creditor no doubt will take your car": the idiom, after its subject
        }
        if (k + 1 < tokens.size() && HEARD_BODYS.contains(tokens.get(k + 1))) {
            return true; // "no doubt his suing you": "nobody's"
        }
        int verb = k + 1 < tokens.size() && tokens.get(k + 1).equals("he") ? k + 2 : k + 1;
        return verb < tokens.size() && SUBJECTS_VERB.contains(tokens.get(verb));
    }

    /** A negated auxiliary that can end a condition with its verb left out: "if it isn't", "if you don't". */
    private static final Set<String> ENDING_AUXILIARIES = Set.of("isnt", "arent", "dont", "doesnt", "wont", "didnt",
            "cant", "wasnt");
    private static final Set<String> CONDITION_SUBJECTS = Set.of("it", "you", "they", "he", "she", "that", "this", "we");
    /** What opens the main clause right after such a condition: "if it isn't, your refund …", "if you don't, we'll …". */
    private static final Set<String> MAIN_CLAUSE_OPENERS = Set.of("your", "the", "we", "well", "ill", "i", "theyll",
            "they", "then", "youll", "its", "thats", "itll", "that");

    /**
     * Whether the negation at {@code k} ends a condition whose verb is left out ("if it isn't", "if you
     * don't"), the main clause opening right after it: what follows is not negated.
     */
    private static boolean ellipticalCondition(List<String> tokens, int k) {
        return k >= 2 && k + 1 < tokens.size() && ENDING_AUXILIARIES.contains(tokens.get(k))
                && CONDITION_SUBJECTS.contains(tokens.get(k - 1)) && tokens.get(k - 2).equals("if")
                && MAIN_CLAUSE_OPENERS.contains(tokens.get(k + 1));
    }

    /**
     * With {@code strict}, only auxiliaries and the like may stand between the negation and the
     * words ("we are not going to arrest you"); a word with a meaning of its own takes the
     * negation for itself ("if it isn't paid, we'll garnish your wages": "paid" is negated),
     * unless the negation is the clause's subject ("nobody is coming with a warrant").
     */
    private static boolean governed(List<String> tokens, int from, String lang, boolean strict) {
        Set<String> cues = CUES.get(lang);
        Set<String> starts = CLAUSE_STARTS.get(lang);
        boolean meaningBetween = false;
        if (strict && from >= 1 && JOINS.get(lang).contains(tokens.get(from - 1))) {
            return conjunctNegated(tokens, from - 1, lang);
        }
        for (int k = from - 1; k >= 0 && k >= from - REACH; k--) {
            String token = tokens.get(k);
            if (nobodyHeardNoDoubt(tokens, k, lang) || token.equals("he") && nobodyHeardNoDoubt(tokens, k - 1, lang)) {
                return true;
            }
            if (k + 1 < from && IDIOMS.get(lang).getOrDefault(token, Set.of()).contains(tokens.get(k + 1))
                    && (k + 2 >= from || !OPEN_QUESTIONS.contains(tokens.get(k + 2)))) {
                return false; // "no problem | by Monday": the idiom is a clause of its own
            }
            if (token.equals("no") && k > 0 && TAKING_BACK.contains(tokens.get(k - 1)) && k + 1 < tokens.size()
                    && (CLAUSE_STARTS.get(lang).contains(tokens.get(k + 1)) || RESTARTS.contains(tokens.get(k + 1)))) {
                return false; // "Friday, wait, no, | put me down for the end of the month": what went before is taken back
            }
            boolean noOne = token.equals("one") && k > 0 && tokens.get(k - 1).equals("no");
            if (meaningBetween) {
                // Only a subject that is nobody negates the whole clause: "no one is coming with a warrant".
                if (noOne || NOBODY.get(lang).contains(token)) {
                    return true;
                }
                if (cues.contains(token) || starts.contains(token)) {
                    return false;
                }
                continue;
            }
            if (lang.equals("en") && ellipticalCondition(tokens, k)) {
                return false; // "… because if it isn't, | your tax refund next spring can be taken": the "if" clause ended
            }
            if (cues.contains(token) || strict && ABILITY_CUES.get(lang).contains(token) || noOne) {
                // "I just don't | I'm waiting on my refund": a negation broken off by a new subject negates nothing
                if (ANSWERS.contains(token) && k + 1 < tokens.size() && OPENED_AFTER_AN_ANSWER.contains(tokens.get(k + 1))) {
                    return false; // "no, that's not mine" heard "not that's not mine": the "no" answered, a clause began
                }
                return k + 1 >= from || !starts.contains(tokens.get(k + 1)) || noOne;
            }
            if (!strict && TURNED_DOWN_ENDS.contains(token)) {
                return false; // "this week's no good | next month": the negation ended with its clause
            }
            if (strict && !FUNCTION_WORDS.get(lang).contains(token) && !starts.contains(token)) {
                meaningBetween = true;
                continue;
            }
            if (starts.contains(token) && (k < from - 1 || HEDGES.contains(token))) {
                // A new clause between the negation and the words: "if you don't pay | I'll sue".
                return false;
            }
        }
        return false;
    }
}
