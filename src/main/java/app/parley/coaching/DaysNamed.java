package app.parley.coaching;

import app.parley.call.Word;
import app.parley.meaning.DateMention;
import app.parley.meaning.Dates;
import app.parley.meaning.Negation;
import app.parley.meaning.SpokenNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The dates a party named as days to pay, with the call times of their words: what the rules and the scorecard judge. */
final class DaysNamed {
    private DaysNamed() {
    }

    /**
     * Whether the day read at {@code from} opens with "[as] soon as", a clause of its own: "look, I'm not dodging
     * it, soon as my tax refund lands I'll knock the whole thing out" waits on the refund whatever was denied before.
     */
    private static boolean soonAs(List<String> tokens, int from) {
        int k = tokens.get(from).equals("as") ? from + 1 : from;
        return k + 1 < tokens.size() && tokens.get(k).equals("soon") && tokens.get(k + 1).equals("as");
    }

    /** The dates in one result of one party, its numbers already read; a date in a negated clause is none. */
    static List<Timed<DateMention>> in(List<Word> words, Text.Tokens tokens, List<SpokenNumbers.Item> numbers,
            String language, LocalDate callDate) {
        List<Timed<DateMention>> out = new ArrayList<>();
        List<DateMention> read = Dates.inNumbersRead(numbers, language, callDate);
        for (DateMention d : read) {
            // "not before the twenty first", "not until Friday": a negated bound is still a day
            // ("I'm not paying a dime until the first of next month": the bound opens the day read)
            if (Negation.governs(tokens.tokens(), d.from(), language)
                    && !justBefore(tokens.tokens(), d.from(), DATE_BOUNDS) && !DATE_BOUNDS.contains(tokens.tokens().get(d.from()))
                    && !promisedThen(tokens.tokens(), d.to()) && !soonAs(tokens.tokens(), d.from())) {
                continue; // "there's nothing left at the end of the month" names no day to pay
            }
            if (d.kind() == DateMention.Kind.DATE && read.stream().anyMatch(other -> other.from() >= d.to()
                    && other.kind() == DateMention.Kind.DATE && !java.util.Objects.equals(other.earliest(), d.earliest()))
                    && cannotThen(tokens.tokens(), d.from())) {
                continue; // "I can't pay this Friday, I'll pay next month": the day ruled out, another named
            }
            if (d.kind() == DateMention.Kind.DATE && allThereIsUntil(tokens.tokens(), numbers, d.from())) {
                continue; // "I've got maybe three hundred to my name till the end of the month": what there is till then
            }
            if (d.kind() == DateMention.Kind.DATE && habitually(tokens.tokens(), d.to())) {
                continue; // "I pay everything by check first of the month, every month": how they pay, not a day
            }
            if (d.kind() == DateMention.Kind.DATE && busyThen(tokens.tokens(), d.from())) {
                continue; // "I've got a lot on my plate this week": why not now, not a day to pay
            }
            if (d.kind() == DateMention.Kind.DATE && refusedRightAfter(tokens.tokens(), d.to())) {
                continue; // "I'll get to it next month, this month's just not it": the day ruled out, not named
            }
            if (d.kind() == DateMention.Kind.DATE && justBefore(tokens.tokens(), d.from(), BIRTH)) {
                continue; // "my birthday's April third, nineteen eighty eight" (the year often lost): who they are
            }
            if (d.kind() == DateMention.Kind.VAGUE && someoneElseGetsInTouch(tokens.tokens(), d.from())) {
                continue; // "I figured you'd call eventually": when the agency calls, not when the client pays
            }
            if (d.kind() == DateMention.Kind.VAGUE && howThingsWent(tokens.tokens(), d.from())) {
                continue; // "things got a little chaotic after graduation": how life went, not a time to pay
            }
            if (d.kind() == DateMention.Kind.VAGUE && refusalRestated(tokens.tokens(), d.from())) {
                continue; // "I can't pay all that, not right now": the client can't, which is for options to answer
            }
            if (d.kind() == DateMention.Kind.DATE && (aThingsComing(tokens.tokens(), d.from(), d.to())
                    || drawingNear(tokens.tokens(), d.from(), d.to()))) {
                // "I can't pay it all, not with the furnace man coming this month", "three kids and Christmas around
                // the corner": why the client can't, not a day they pay
                continue;
            }
            if (d.kind() == DateMention.Kind.DATE && paidBeforeIt(tokens.tokens(), d.to())) {
                continue; // "I start a new job next month and want this done before then": a bound, not the day
            }
            out.add(new Timed<>(d, words.get(tokens.wordOf().get(d.from())).start(),
                    words.get(tokens.wordOf().get(d.to() - 1)).end()));
        }
        return out;
    }

    /** "With" and what follows it: "with the rent due Friday", "con la renta que vence el viernes". */
    private static final Set<String> ALONG = Set.of("with", "con");
    /** A thing's coming, right before its day: "coming", "due", "starting", "viene", "vence". */
    private static final Set<String> COMING = Set.of("coming", "due", "arriving", "starting", "happening", "scheduled",
            "landing", "viene", "vence", "llega", "empieza", "toca");
    /** Words that end the "with" phrase before it reaches the day: a new clause, its own subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "so", "and", "because", "then", "i", "we", "ill",
            "im", "pero", "porque", "entonces", "yo");
    /** The payment itself as the thing that comes: "with the first payment due Friday" is the deadline. */
    private static final Set<String> THE_PAYMENT = Set.of("payment", "payments", "installment", "installments", "balance",
            "amount", "rest", "deadline", "offer", "settlement", "pago", "pagos", "cuota", "saldo", "resto");

    /**
     * Whether the day is when a thing named after "with" comes: "not with the furnace man coming this
     * month", "with Christmas coming next month" (why the client can't, not a day they pay); not
     * "with my check coming on the thirtieth I'll pay you then" (the pay the payment waits on).
     */
    private static boolean aThingsComing(List<String> tokens, int from, int to) {
        if (from < 3 || !COMING.contains(tokens.get(from - 1))) {
            return false;
        }
        for (int k = from - 2; k >= 0 && k >= from - 6; k--) {
            String w = tokens.get(k);
            if (CLAUSE_OPENERS.contains(w) || Conditions.PAY_WORDS.contains(w) || THE_PAYMENT.contains(w)) {
                return false;
            }
            if (ALONG.contains(w)) {
                return k < from - 2 && !paidThen(tokens, to);
            }
        }
        return false;
    }

    /**
     * A season drawing near, told after it: "Christmas [is] [right] around the corner" (not "Friday coming up",
     * which names the Friday).
     */
    private static final List<List<String>> DRAWING_NEAR = app.parley.meaning.Words.phrases("around the corner",
            "right around the corner", "just around the corner", "is around the corner", "is right around the corner",
            "is just around the corner", "s around the corner", "a la vuelta de la esquina", "ya esta encima");
    /** A day to pay by however near it draws: "Friday's right around the corner, can you do it then?". */
    private static final Set<String> DAYS_TO_PAY = Set.of("today", "tonight", "tomorrow", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "hoy", "manana", "lunes", "martes", "miercoles", "jueves",
            "viernes", "sabado", "domingo");

    /** Whether the words right after a day say a season draws near ("Christmas around the corner"), not paid then. */
    private static boolean drawingNear(List<String> tokens, int from, int to) {
        if (tokens.subList(from, to).stream().anyMatch(DAYS_TO_PAY::contains)) {
            return false;
        }
        for (List<String> phrase : DRAWING_NEAR) {
            if (to + phrase.size() <= tokens.size() && tokens.subList(to, to + phrase.size()).equals(phrase)) {
                return !paidThen(tokens, to + phrase.size());
            }
        }
        return false;
    }

    /** How far after a reason's day a word of paying makes it the day paid after all. */
    private static final int PAID_THEN_REACH = 6;

    /** Whether the words from token {@code at} pay then: "… coming on the thirtieth, I'll pay you then". */
    private static boolean paidThen(List<String> tokens, int at) {
        return tokens.subList(at, Math.min(tokens.size(), at + PAID_THEN_REACH)).stream()
                .anyMatch(Conditions.PAID_THEN::contains);
    }

    /** {@link #in} on words not yet read. */
    static List<Timed<DateMention>> in(List<Word> words, String language, LocalDate callDate) {
        Text.Tokens tokens = Text.tokens(words);
        return in(words, tokens, SpokenNumbers.read(tokens.tokens(), language), language, callDate);
    }

    /**
     * The triggering words name the one day {@code proposed} named ("Friday the twenty ninth of
     * May", then "yes, the twenty ninth"), or the same span ("half now and half next week", then
     * "I'll do half now and half next week"). A span proposed ("next month is fine") is not a day:
     * a day in it chosen by the client is theirs.
     */
    static boolean takenUp(DateMention proposed, DateMention named) {
        if (proposed.kind() == DateMention.Kind.DATE && named.kind() == DateMention.Kind.DATE
                && proposed.earliest() != null && proposed.latest() != null
                && proposed.earliest().equals(named.earliest()) && proposed.latest().equals(named.latest())) {
            return true; // the same span taken up: "half now and half next week" after the agent's "half next week"
        }
        LocalDate day = dayProposed(proposed);
        if (day == null || named.kind() != DateMention.Kind.DATE || named.earliest() == null) {
            return false;
        }
        if (named.earliest().equals(named.latest()) && named.earliest().getDayOfMonth() == day.getDayOfMonth()
                && !named.earliest().isAfter(day) && named.earliest().plusMonths(3).isAfter(day)) {
            // "the twenty ninth" (read as this month's) after "Friday the twenty ninth of May": that day
            return true;
        }

        // A span takes up a day in it only when it is about a week at most ("this week works" after
        // "Friday"); "by the end of next month" after "today" puts it off.
        return named.latest() != null && !day.isBefore(named.earliest()) && !day.isAfter(named.latest())
                && java.time.temporal.ChronoUnit.DAYS.between(named.earliest(), named.latest()) <= 7;
    }

    /**
     * The one day a proposal names: a day, or the day a deadline falls on ("eight hundred by Friday
     * the twentieth" proposes the twentieth, though any day up to it would do); null for a span.
     */
    private static LocalDate dayProposed(DateMention proposed) {
        if (proposed.kind() != DateMention.Kind.DATE || proposed.earliest() == null) {
            return null;
        }
        if (proposed.earliest().equals(proposed.latest())) {
            return proposed.earliest();
        }
        return proposed.text().startsWith("by ") ? proposed.latest() : null;
    }

    /** What may stand between a day and its refusal: "this month's just, like, not it", "Friday is really no good". */
    private static final Set<String> BEFORE_A_REFUSAL = Set.of("is", "s", "just", "like", "really", "honestly",
            "definitely", "probably", "kinda", "totally", "already", "so", "thats", "its");
    /** A day ruled out: "not it", "no good", "doesn't work", "won't work", "wouldn't work", "too soon", "out". */
    private static final Set<String> RULED_OUT_BY = Set.of("doesnt", "wont", "wouldnt", "isnt", "aint", "bad", "out");
    private static final Set<String> NOT_THEN = Set.of("it", "good", "gonna", "going", "happening", "possible",
            "great", "doable", "happen", "work", "working", "an");
    /** What turns a refusal round: "Friday won't be a problem", "… is not gonna be an issue for me". */
    private static final Set<String> NO_OBSTACLE = Set.of("problem", "problems", "issue", "issues");
    /** After "isn't" or "won't", a question tag or a clause of its own: "isn't that soon enough", "isn't that when it's due". */
    private static final Set<String> A_TAG = Set.of("that", "it", "this", "there", "when", "he", "she", "they", "i", "we",
            "you");

    /**
     * Whether the day is ruled out right after it is named: "this month's just, like, not it",
     * "Friday's no good", "the fifteenth doesn't work for me", "this week's out"; not "Friday
     * won't be a problem", "Friday's no problem".
     */
    private static boolean refusedRightAfter(List<String> tokens, int to) {
        int k = to;
        while (k < tokens.size() && k < to + 3 && BEFORE_A_REFUSAL.contains(tokens.get(k))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        for (int j = k; j < tokens.size() && j <= k + 6; j++) {
            if (NO_OBSTACLE.contains(tokens.get(j))) {
                return false;
            }
        }
        String w = tokens.get(k);
        String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
        if (w.equals("out") && (k > to || next.equals("of")) || RULED_OUT_BY.contains(w) && A_TAG.contains(next)) {
            return false; // "on the thirtieth out of my next paycheck"; "the thirtieth, isn't that soon enough?"
        }
        return RULED_OUT_BY.contains(w)
                || w.equals("not") && NOT_THEN.contains(next)
                || w.equals("no") && Set.of("good", "go").contains(next)
                || w.equals("too") && Set.of("soon", "early", "tight").contains(next);
    }

    /** Whether one of {@code words} stands in the three tokens before token {@code from}. */
    private static boolean justBefore(List<String> tokens, int from, Set<String> words) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (words.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before token {@code from}, in their clause, say someone other than the
     * speaker would get in touch, or the debt turn up: "I knew you'd call eventually", "they said
     * someone would come sooner or later", "I figured that would show up eventually", "that one would
     * catch up with me sooner or later". A time put off is then theirs, not the speaker's day to pay.
     */
    private static boolean someoneElseGetsInTouch(List<String> tokens, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 4; k--) {
            if (CONTACT_VERBS.contains(tokens.get(k)) || caughtUpWith(tokens, k)) {
                for (int s = k - 1; s >= 0 && s >= k - 3; s--) {
                    if (OTHERS.contains(tokens.get(s))) {
                        return true;
                    }
                    if (FIRST_PERSON.contains(tokens.get(s))) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Words of one's birth: a date after them is who they are, a check with them asks for it. */
    static final Set<String> BIRTH = Set.of("birthday", "birthdays", "born", "birth", "dob", "nacimiento",
            "naci", "cumpleanos");

    /** "that would catch up with me", "they'll catch me": the debt or the agency reaching the speaker. */
    private static boolean caughtUpWith(List<String> tokens, int k) {
        if (!tokens.get(k).equals("catch") || k + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(k + 1);
        return next.equals("me") || next.equals("us")
                || next.equals("up") && k + 2 < tokens.size() && tokens.get(k + 2).equals("with");
    }

    /**
     * Whether the speaker goes on to promise it for that day: "they don't [pay me till] the twenty
     * first, I'll send it then". The negation before the day was about something else.
     */
    private static boolean promisedThen(List<String> tokens, int to) {
        for (int k = to; k < tokens.size() && k < to + 8; k++) {
            if (tokens.get(k).equals("then")) {
                for (int b = Math.max(to, k - 4); b + 1 < k; b++) {
                    if (WILL.contains(tokens.get(b)) && PAYING.contains(tokens.get(b + 1))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "I'll send it then", "I can pay then"; not "I'll be short then", "well then what happens". */
    private static final Set<String> WILL = Set.of("ill", "will", "can", "could");
    private static final Set<String> PAYING = Set.of("send", "pay", "do", "make", "mail", "drop", "cover", "transfer",
            "handle", "get", "put");

    /** How far before a day its "can't" may stand: "I can't pay all of it this Friday". */
    private static final int CANNOT_REACH = 5;

    /**
     * Whether "can't" governs the day, in its clause and with no bound between: "I can't pay this
     * Friday", "I can't do the tenth". Only read so when another day follows: a "can't" may be the
     * recogniser's for "can" ("I can pay it Wednesday" heard "can't pay it Wednesday"), and another
     * day named after it makes the refusal plain; not a time of pay ("I can[']t pay the whole thing
     * Thursday, when my pension goes in": the same day). "I can't pay until Friday" keeps Friday.
     */
    private static boolean cannotThen(List<String> tokens, int from) {
        return inClauseBefore(tokens, from, CANNOT_REACH, CANNOT, DATE_BOUNDS, CLAUSE_OPENERS);
    }

    /**
     * Whether one of {@code words} stands in the {@code reach} tokens before token {@code from}, with
     * none of {@code stops} between (a bound, a new clause) to keep it from the day.
     */
    @SafeVarargs
    private static boolean inClauseBefore(List<String> tokens, int from, int reach, Set<String> words,
            Set<String>... stops) {
        for (int k = from - 1; k >= 0 && k >= from - reach; k--) {
            String w = tokens.get(k);
            if (words.contains(w)) {
                return true;
            }
            for (Set<String> stop : stops) {
                if (stop.contains(w)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** After a day, what makes it a habit: "the first of the month, every month", "Fridays, each week". */
    private static final Set<String> EVERY = Set.of("every", "each", "cada");
    private static final Set<String> RECURRING = Set.of("month", "week", "time", "year", "mes", "semana", "vez");

    /** Whether the day is said as what the speaker always does: "every month" right after it. */
    private static boolean habitually(List<String> tokens, int to) {
        return to + 1 < tokens.size() && EVERY.contains(tokens.get(to)) && RECURRING.contains(tokens.get(to + 1));
    }

    /** Having, before a sum: "I've got maybe three hundred", "all I have left is fifty". */
    private static final Set<String> HAVING = Set.of("got", "have", "left", "tengo", "queda", "quedan");
    private static final Set<String> NOT_HAVING = Set.of("dont", "doesnt", "didnt", "wouldnt", "havent", "hasnt", "aint");
    /** How far before "till" a sum had may stand: "I've got maybe three hundred to my name till …". */
    private static final int HAVING_REACH = 8;

    /**
     * Whether a day after "till" or "until" bounds the sum the speaker has ("I've got maybe three
     * hundred to my name till the end of the month"): what they live on till then, not the day they
     * pay ("I won't have it till the end of the month", with no sum, still puts it off).
     */
    private static boolean allThereIsUntil(List<String> tokens, List<SpokenNumbers.Item> numbers, int from) {
        if (!Set.of("till", "until", "hasta").contains(tokens.get(from))) {
            return false;
        }
        int start = Math.max(0, from - HAVING_REACH);
        boolean had = false;
        for (int k = from - 1; k >= start; k--) {
            String w = tokens.get(k);
            if (REFUSALS.contains(w) || NOT_HAVING.contains(w)) {
                return false; // "I won't have the three hundred till the end of the month": put off
            }
            if (PAYING.contains(w) || WILL.contains(w) || CLAUSE_OPENERS.contains(w) && !w.equals("i")) {
                break;
            }
            had |= HAVING.contains(w);
        }
        int sumFrom = start;
        return had && numbers.stream().anyMatch(n -> n.value() > 0 && !n.ordinal() && n.from() >= sumFrom && n.to() <= from);
    }

    /** Words of being too busy, right before a day: "a lot on my plate this week", "swamped this month". */
    private static final Set<String> BUSY = Set.of("plate", "busy", "swamped", "slammed", "hectic", "buried",
            "ocupado", "ocupada");
    /** How many words may stand between being busy and its day: "busy at work this week". */
    private static final int BUSY_REACH = 3;

    /** Whether the speaker is too busy on that day, said right before it; not "busy until Friday" (free then). */
    private static boolean busyThen(List<String> tokens, int from) {
        return inClauseBefore(tokens, from, BUSY_REACH, BUSY, DATE_BOUNDS, CLAUSE_OPENERS, Conditions.PAY_WORDS);
    }

    /** Words that judge how things are or went: "[things got] chaotic after graduation", "crazy after the move". */
    private static final Set<String> HOW_THINGS_WENT = Set.of("chaotic", "crazy", "hectic", "rough", "tough", "hard",
            "messy", "wild", "busy", "slow", "tight", "nuts", "insane", "stressful", "difficult");

    /** Whether a vague "after …" is judged right before it, the way life went then, not the day it is paid. */
    private static boolean howThingsWent(List<String> tokens, int from) {
        return from > 0 && tokens.get(from).equals("after") && HOW_THINGS_WENT.contains(tokens.get(from - 1));
    }

    /**
     * Whether a "not now" ("not right now", "not yet") only repeats a refusal just said: "I can't
     * pay all that, not right now" names no later time.
     */
    private static boolean refusalRestated(List<String> tokens, int from) {
        if (!tokens.get(from).equals("not")) {
            return false;
        }
        for (int k = from - 1; k >= 0 && k >= from - 6; k--) {
            if (CANNOT.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words after a date say the speaker means to be done before it: "before then",
     * "before that" (not "I can't before then", which puts it off to that day).
     */
    private static boolean paidBeforeIt(List<String> tokens, int to) {
        for (int k = to; k + 1 < tokens.size() && k < to + 12; k++) {
            if (tokens.get(k).equals("before") && ANAPHORS.contains(tokens.get(k + 1))) {
                for (int b = Math.max(to, k - 3); b < k; b++) {
                    if (REFUSALS.contains(tokens.get(b))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ANAPHORS = Set.of("then", "that", "it");
    private static final Set<String> REFUSALS = Set.of("cant", "cannot", "not", "wont", "couldnt", "no", "never");
    private static final Set<String> CANNOT = Set.of("cant", "cannot", "couldnt");

    private static final Set<String> CONTACT_VERBS = Set.of("call", "calling", "contact", "reach", "write", "come",
            "coming", "show", "llamar", "llamarian", "llamaria", "vendrian");
    private static final Set<String> OTHERS = Set.of("you", "youd", "youll", "youre", "they", "theyd", "theyll",
            "theyre", "someone", "somebody", "he", "hed", "she", "shed", "that", "thatd", "thatll", "ustedes",
            "alguien", "ellos");
    private static final Set<String> FIRST_PERSON = Set.of("i", "id", "ill", "im", "we", "wed", "well", "yo",
            "nosotros");

    private static final Set<String> DATE_BOUNDS = Set.of("before", "until", "till", "than", "antes", "hasta");
}
