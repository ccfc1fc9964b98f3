package app.parley.meaning;

import static app.parley.meaning.Clauses.ANAPHORA;
import static app.parley.meaning.Clauses.CLAUSE_BREAKS;
import static app.parley.meaning.Clauses.CLAUSE_SUBJECTS;
import static app.parley.meaning.Clauses.MODALS;
import static app.parley.meaning.Clauses.THE_PAYMENT;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days that are not a payment's, though a client names them in a turn about paying: when a life
 * event happens ("our youngest is getting married in June"), when someone else does something of
 * their own, when another bill falls due, what begins or ends then ("after Thanksgiving I start a
 * second job", "before the school term starts in September"), a card's expiry, a move, an address
 * good from a day. {@link Dates} reads a day, then asks this whether it is one of those.
 */
final class OtherDays extends ItemWords {
    private final DateWords lx;

    OtherDays(List<SpokenNumbers.Item> items, DateWords lexicon) {
        super(items);
        this.lx = lexicon;
    }

    /**
     * Whether the day read at items [{@code from}, {@code end}) is another thing's day: an
     * event's, someone else's, another bill's, what begins or ends then, a card's expiry, a move
     * or a trip, an address's.
     */
    boolean at(int from, int end) {
        return eventsDay(from, end) || onLeaveUntil(from, end) || someoneElsesDay(from, end) || anotherBillsDay(from, end) || beginsThen(end)
                || cardExpiry(from, end) || validFrom(from) || goingAwayThen(from, end) || somethingStartsThen(from, end);
    }

    /** Life events that have a day of their own: "the wedding is in June", "her surgery's on the twelfth". */
    private static final Set<String> LIFE_EVENTS = Set.of("wedding", "graduation", "birthday", "funeral", "surgery",
            "operation", "reunion", "anniversary", "deployment", "baptism", "christening", "recital", "quinceanera");
    private static final Set<String> COPULA_EN = Set.of("is", "s", "was", "are");
    /** After the event's day, the speaker acting on it: "… on the fifth and I'll pay it then". */
    private static final Set<String> ACTING_AFTER = Set.of("ill", "will", "well", "can", "gonna", "then");
    /** What ties the day to the payment after all: "I'll pay after the wedding in June". */
    private static final Set<String> TIED_TO_PAYING = Set.of("after", "once", "until", "till", "when", "before",
            "since", "pay", "paid", "paying", "payment", "money", "check", "afford", "send");

    /** Time away from work a client is on until a day: "unpaid leave", "on furlough", "on disability". */
    private static final Set<String> LEAVE = Set.of("leave", "furlough", "furloughed", "disability", "sabbatical");

    /**
     * Whether the day at {@code day} ends the client's time off work ("I'm on unpaid leave till August",
     * heard "on and paid leave till august"): when the leave ends, not a day to pay, unless paying is tied
     * to it after ("… till August and I'll pay then").
     */
    private boolean onLeaveUntil(int day, int end) {
        if (!is(day, Set.of("till", "until", "til", "through")) || !is(day - 1, LEAVE)) {
            return false;
        }
        boolean onIt = false;
        for (int k = day - 2; k >= 0 && k >= day - 5; k--) {
            onIt |= is(k, Set.of("on"));
        }
        return onIt && !actedOnAfter(end);
    }

    /** A life event's word, or the recogniser's "wedding's" ("the weddings on the twentieth"). */
    private boolean lifeEvent(int i) {
        String w = word(i);
        return w != null && (LIFE_EVENTS.contains(w) || w.endsWith("s") && LIFE_EVENTS.contains(w.substring(0, w.length() - 1)));
    }

    /**
     * Whether the day at item {@code day} (its mention ending at {@code end}) is when a life
     * event happens: the event named right before it ("his surgery right before Christmas"), or
     * the subject of its clause ("our youngest is getting married in June", "the wedding is on
     * the twentieth"), with nothing around it that ties the payment to it or speaks of acting
     * ("I get back from deployment on the fifth and I'll pay it then").
     */
    private boolean eventsDay(int day, int end) {
        int from = is(day - 1, Set.of("on", "in", "right", "just")) ? day - 1 : day;
        int event;
        if (is(from - 1, Set.of("married")) && is(from - 2, Set.of("getting", "get", "gets"))) {
            event = from - 2;
        } else if (is(from - 1, COPULA_EN) && lifeEvent(from - 2)) {
            event = from - 2;
        } else if (lifeEvent(from - 1)) {
            event = from - 1;
        } else {
            return false;
        }
        if (actedOnAfter(end)) {
            return false;
        }
        // "honestly, the wedding's on the twentieth": the event opens a clause of its own (told with "is", which
        // the recogniser may fold into "weddings"), so what came before it is another clause's
        boolean toldWithIs = event == from - 2 && !is(from - 1, Set.of("married")) || !LIFE_EVENTS.contains(word(event));
        if (toldWithIs && is(event - 1, Set.of("the", "my", "our", "his", "her", "their"))
                && !is(event - 2, Set.of("after", "before", "until", "till", "since", "of"))) { // not "after the weddings"
            return true;
        }
        for (int k = event - 1; k >= 0 && k >= event - 8; k--) {
            String w = word(k);
            if (w == null || CLAUSE_BREAKS.contains(w)) {
                return true;
            }
            if (TIED_TO_PAYING.contains(w) || MODALS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the few words after a day ending at item {@code end} pay or act on it: "… and I'll pay it then". */
    private boolean actedOnAfter(int end) {
        for (int k = end; k < items.size() && k < end + 6; k++) {
            if (is(k, TIED_TO_PAYING) && is(k + 1, Set.of("for")) && is(k + 2, OTHERS_THINGS)) {
                continue; // "… on the eighteenth and I'm paying for the flowers": another thing paid for
            }
            if (is(k, Set.of("when")) && is(k - 1, ANAPHORA)) {
                continue; // "… in September, that's when everything's expensive": the day explained, not acted on
            }
            if (is(k, TIED_TO_PAYING) || is(k, ACTING_AFTER) && !fillerWell(k)) {
                return true;
            }
        }
        return false;
    }

    /** What follows "well" said to lead in, not "we'll": "… for Thanksgiving, and well, it's a lot". */
    private static final Set<String> AFTER_FILLER_WELL = Set.of("its", "it", "i", "im", "you", "thats", "the",
            "uh", "um", "so", "like", "anyway", "actually", "yeah", "okay", "then", "there", "this", "that");

    private boolean fillerWell(int k) {
        return "well".equals(word(k)) && (k + 1 >= items.size() || is(k + 1, AFTER_FILLER_WELL));
    }

    /** What names a thing other than this debt after "paying for": "the flowers", "her dress". */
    private static final Set<String> OTHERS_THINGS = Set.of("the", "her", "his", "their", "our", "my", "a");

    /** Another person as the subject, at the start of the words it is tried on ({@code lookingAt}). */
    private static final Pattern OTHERS_SUBJECT = Pattern.compile(
            "((my|our) (\\w+ )?" + ThirdParty.RELATION + "s?|he|she|hes|shes|they|theyre)\\b");
    private static final Set<String> FIRST_PERSON = Set.of("i", "im", "ill", "id", "ive", "me", "we", "well",
            "were", "weve");
    /** What someone else's day may bring the money from: "he starts his new job next month". */
    private static final Set<String> INCOME = Set.of("job", "work", "working", "paycheck", "payday", "income",
            "benefits", "pension", "bonus", "refund", "unemployment", "disability", "hired", "raise", "settlement",
            "loan", "social", "ssi", "check", "checks", "deposit", "wages", "salary", "inheritance");

    /**
     * Whether the day at item {@code day} is when someone else does something of their own: "my
     * brother is taking over the apartment next month" (the subject of the day's clause another
     * person, nothing of the speaker's, of paying or of income between them or around it). "My
     * husband gets paid next month", "the money from my dad on Friday" still name it.
     */
    private boolean someoneElsesDay(int day, int end) {
        if (actedOnAfter(end)) {
            return false;
        }
        // back from the day to the other person named as the subject, through nothing of the speaker's
        for (int k = day - 1; k >= 0 && k >= day - 10; k--) {
            String w = word(k);
            if (w == null || CLAUSE_BREAKS.contains(w) || FIRST_PERSON.contains(w) || TIED_TO_PAYING.contains(w)
                    || MODALS.contains(w) || THE_PAYMENT.contains(w) || INCOME.contains(w)) {
                return false;
            }
            Matcher subject = OTHERS_SUBJECT.matcher(text(k, day));
            if (subject.lookingAt()) {
                return contractedBeing(k, subject.group()) || subjectOfItsClause(k);
            }
        }
        return false;
    }

    /**
     * Whether the subject at item {@code k} ({@code said}) carries its "is" and a verb in -ing or
     * "due" follows: "my daughter's getting married", "she's coming home", "she's due". That opens a clause however
     * the words before it run on ("I want this off my plate my daughter's getting married …").
     */
    private boolean contractedBeing(int k, String said) {
        String[] subject = said.split(" ");
        String last = subject[subject.length - 1];
        String next = word(k + subject.length);
        // "she's due in three weeks": a person due is a birth, not a bill
        return last.endsWith("s") && next != null && (next.length() > 4 && next.endsWith("ing") || next.equals("due"));
    }

    /** The client's other bills: their days are days to meet them, not to pay this one. */
    private static final Set<String> OTHER_BILLS = Set.of("rent", "mortgage", "insurance", "premium", "tuition",
            "daycare", "childcare", "note", "lease", "utilities");
    /** Words that tie a bill named to paying this one: "I'll pay it with my rent", "the same day as my mortgage". */
    private static final Set<String> ALONG_WITH = Set.of("with", "along", "same", "as", "plus");
    private static final Set<String> POSSESSIVE = Set.of("my", "our");

    /**
     * Whether the day at item {@code day} (its mention ending at {@code end}) is when another of
     * the client's bills falls due: "my car insurance renews the first of April", "my rent is
     * due the fifth" (heard "do the fifth"). Back from the day to "my [car] insurance" through
     * nothing of the speaker's, of paying or of a promise, and back from the bill to its clause's
     * start the same, nor a word that pays this one with it ("I'll pay it with my rent on the
     * first", "right after my rent goes out on the first"); not the bill's money coming in ("my
     * insurance check comes the fifteenth"), nor a day the client then acts on.
     */
    private boolean anotherBillsDay(int day, int end) {
        if (actedOnAfter(end)) {
            return false;
        }
        for (int k = day - 1; k >= 1 && k >= day - 8; k--) {
            String w = word(k);
            if (w == null || CLAUSE_BREAKS.contains(w) || FIRST_PERSON.contains(w) || TIED_TO_PAYING.contains(w)
                    || MODALS.contains(w) || INCOME.contains(w)) {
                return false;
            }
            if (OTHER_BILLS.contains(w)) {
                int owner = is(k - 1, POSSESSIVE) ? k - 1
                        : k >= 2 && is(k - 2, POSSESSIVE) && !items.get(k - 1).isNumber() ? k - 2 : -1;
                return owner >= 0 && nothingOfPayingBefore(owner);
            }
        }
        return false;
    }

    /** Back from item {@code k} to its clause's start: nothing of the speaker's, of paying, or paying along with it. */
    private boolean nothingOfPayingBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 10; j--) {
            String w = word(j);
            if (w != null && CLAUSE_BREAKS.contains(w)) {
                return true;
            }
            if (w == null || FIRST_PERSON.contains(w) || TIED_TO_PAYING.contains(w) || MODALS.contains(w)
                    || ALONG_WITH.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words at item {@code k} open their clause: nothing before them back to a clause
     * break but a word or two that leads in ("well", "oh"), nothing of the speaker's, of paying,
     * or a preposition ("the money from my dad on Friday").
     */
    private boolean subjectOfItsClause(int k) {
        for (int j = k - 1; j >= 0 && j >= k - SUBJECT_LEAD; j--) {
            String w = word(j);
            if (w != null && CLAUSE_BREAKS.contains(w)) {
                return true;
            }
            if (j == k - 1 && get(lx.weekdays(), j) != null) {
                return true; // "I can do Friday, my sister's getting married on the eighteenth": that clause ended with its day
            }
            if (w == null || FIRST_PERSON.contains(w) || TIED_TO_PAYING.contains(w) || MODALS.contains(w)
                    || INCOME.contains(w) || LINKING.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** How far back a clause that runs on without a break word ("it was such a mess my brother …") is looked at. */
    private static final int SUBJECT_LEAD = 5;

    /** Words that make what follows them part of something else: "from my dad", "with my son". */
    private static final Set<String> LINKING = Set.of("from", "with", "to", "for", "by", "at", "of", "about",
            "if", "whether", "that", "than");

    /** Something the client begins on a day: "after Thanksgiving I start a second job". */
    private static final Set<String> BEGUN = Set.of("job", "work", "position", "semester", "school", "classes",
            "shift", "training", "internship", "course");

    /**
     * Whether the words after a day ending at item {@code end} say what begins then: "after
     * Thanksgiving I start a second job", "in January we're starting school" (the day of that, not
     * of a payment; "I start paying" is one).
     */
    private boolean beginsThen(int end) {
        int k = end + 1;
        if (!is(end, CLAUSE_SUBJECTS) && !is(end, Set.of("im", "were", "hes", "shes"))
                || !is(k, Set.of("start", "starts", "begin", "begins", "starting", "beginning"))) {
            return false;
        }
        for (int b = k + 1; b < items.size() && b <= k + 4; b++) {
            if (is(b, TIED_TO_PAYING)) {
                return false;
            }
            if (is(b, BEGUN)) {
                return true;
            }
        }
        return false;
    }

    /** Words that say when a card runs out. */
    private static final Set<String> EXPIRY = Set.of("expires", "expire", "expiring", "expired", "expiration",
            "expiry", "exp");
    /** Words of a card: its expiry is read out with its number. */
    private static final Set<String> CARD_WORDS = Set.of("card", "visa", "mastercard", "amex", "discover",
            "debit", "credit", "ending", "number");
    /** Words a month and year are said with: "in October of next year", "on the twelfth of twenty seven". */
    private static final Set<String> DATE_GLUE = Set.of("in", "on", "of", "the", "next", "this", "year", "month", "end");

    /**
     * Whether the month or year at item {@code from} is when a card expires: "it's a Visa ending
     * four one nine and it expires in October of next year". A month (or "next year"), not a day
     * or a week (an offer that "expires Friday" is a deadline); back over the date's own words to
     * an expiry word, a card named in the fifteen words before it.
     */
    private boolean cardExpiry(int from, int end) {
        boolean aMonth = false;
        for (int k = from; k < end; k++) {
            aMonth |= get(lx.months(), k) != null;
        }
        if (!aMonth && !(is(end - 1, Set.of("year", "month")) && is(end - 2, lx.next()))) {
            return false; // a month, "next month" or "next year": not "the offer expires Friday", a deadline
        }
        for (int k = from - 1; k >= 0 && k >= from - 6; k--) {
            if (is(k, EXPIRY)) {
                return anyBefore(k, 15, CARD_WORDS);
            }
            if (!is(k, DATE_GLUE) && get(lx.months(), k) == null && !items.get(k).isNumber()) {
                return false;
            }
        }
        return false;
    }

    /** Going away: "I'm moving to Denver next month", "we're relocating in June", "we'll leave on May second". */
    private static final Set<String> GOING_AWAY = Set.of("moving", "relocating", "leaving", "leave", "traveling",
            "travelling", "flying");
    /** Who goes: "I'm moving", "we're relocating", "we'll leave" ("we are" heard "were", "we'll" heard "well"). */
    private static final Set<String> GOERS = Set.of("im", "were", "be", "hes", "shes", "theyre", "am", "are", "i", "we",
            "ill", "well");
    /** Time away: "we're going on vacation next month", "our trip in June". */
    private static final Set<String> TIME_AWAY = Set.of("vacation", "trip", "holiday", "cruise", "honeymoon");
    private static final Set<String> TIME_AWAY_OPENERS = Set.of("on", "a", "our", "my", "the", "this");
    /** What makes the day the end of the time away: "on vacation until the twentieth", "away till Monday". */
    private static final Set<String> AWAY_UNTIL = Set.of("until", "till", "after");

    /**
     * Whether the day at item {@code from} is when the client goes away: moves house ("I'm moving
     * to Denver next month, so I want everything tied up"), leaves on a trip ("we're going on
     * vacation next month, we'll leave on May second"): a day of its own, not a day to pay. Not a
     * payment moved or left ("could we move it to next month", "I'll leave the rest for next month",
     * "I'm moving, can we do next month"), nor a day acted on after ("I'm moving next month and I'll
     * have it then"), nor a time away paid on ("I'll pay you after my trip on the fifteenth").
     */
    private boolean goingAwayThen(int from, int end) {
        if (is(from, AWAY_UNTIL)) {
            return false; // "I'll be on vacation until the twentieth": the day it can be done, put off to
        }
        for (int k = end; k < items.size() && k < end + 6; k++) {
            // "… and I'll pay it then", "I'll have it then": acted on; "we'll leave on the second" is the going itself
            if (is(k, TIED_TO_PAYING) || is(k, ACTING_AFTER) && !fillerWell(k) && !is(k + 1, GOING_AWAY)) {
                return false;
            }
        }
        for (int k = from - 1; k >= 1 && k >= from - 5; k--) {
            String w = word(k);
            if (w == null || TIED_TO_PAYING.contains(w) || MODALS.contains(w) || CLAUSE_BREAKS.contains(w)
                    || THE_PAYMENT.contains(w)) {
                return false;
            }
            // "I'll leave the rest for next month" leaves the payment, not the place
            int goer = !GOING_AWAY.contains(w) || is(k + 1, LEFT_BEHIND) ? -1
                    : is(k - 1, GOERS) ? k - 1 : is(k - 1, Set.of("to")) && is(k - 2, Set.of("going")) ? k - 2 : -1;
            if (goer >= 0) {
                // the goer opens the clause: only "after we leave on the first" ties paying to it
                return !is(goer - 1, WAITING_ON);
            }
            if (TIME_AWAY.contains(w) && is(k - 1, TIME_AWAY_OPENERS)) {
                // not "I can pay it on my vacation next month", "I'll pay you after my trip on the fifteenth"
                return !anyBefore(k, 5, PAID_ON_IT);
            }
            if (GOING_AWAY.contains(w) || TIME_AWAY.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** What waits on the going: "after we leave on the first", "once I'm moving". */
    private static final Set<String> WAITING_ON = Set.of("after", "once", "until", "till", "when", "before", "since");
    /** What "leave" leaves when it is no going away: "leave the rest", "leave it", "leave you". */
    private static final Set<String> LEFT_BEHIND = Set.of("the", "it", "that", "this", "you", "them", "a", "some",
            "rest", "half", "balance", "money");
    /** What pays on a time away after all: "I can pay it on my vacation", "after my trip". */
    private static final Set<String> PAID_ON_IT = Set.of("pay", "paid", "paying", "it", "after", "once", "when", "till",
            "until", "can", "ill", "will");

    /** What something of its own does on a day: "school starts in September", "my lease ends in June". */
    private static final Set<String> STARTS = Set.of("starts", "begins", "ends", "opens", "closes", "finishes",
            "reopens", "resumes");
    /** The same verbs after "doesn't", "won't": "the season doesn't open until December". */
    private static final Set<String> START = Set.of("start", "begin", "end", "open", "close", "finish", "reopen",
            "resume");
    private static final Set<String> NOT_BEFORE = Set.of("doesnt", "dont", "wont", "didnt", "isnt");
    private static final Set<String> UNTIL = Set.of("until", "till", "til");
    /** What ends on a day that is a deadline, not a day of its own: "the discount ends on Friday". */
    private static final Set<String> OFFER_WORDS = Set.of("offer", "discount", "settlement", "deal", "price", "rate",
            "promotion", "waiver");

    /**
     * Whether the day at item {@code from} is when something else starts or ends: "before the
     * school term starts in September", "my lease ends in June" (a verb with its own subject: not
     * "it would need to start by Wednesday", the plan's start). Not the payment's, the plan's or
     * the offer's ("the plan starts in September", "the discount ends on Friday": deadlines), nor
     * a day acted on after ("when school starts in September I'll pay").
     */
    private boolean somethingStartsThen(int from, int end) {
        int verb = is(from - 1, Set.of("in", "on")) ? from - 2 : from - 1;
        // "until" read with the day or just before it
        int until = is(from, UNTIL) ? from : from - 1;
        if (lx == DateWords.EN && is(until, UNTIL) && is(until - 1, START) && is(until - 2, NOT_BEFORE)) {
            verb = until - 2; // "the season doesn't open until December": looked at from the negation back
        } else if (lx != DateWords.EN || !is(verb, STARTS)) {
            return false;
        }
        if (actedOnAfter(end)) {
            return false;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            String w = word(k);
            // "before school starts in September" wants it done sooner; "after school starts" waits on it
            if (w == null) {
                return false;
            }
            boolean tied = TIED_TO_PAYING.contains(w) && !w.equals("before");
            if (tied || FIRST_PERSON.contains(w) || MODALS.contains(w) || THE_PAYMENT.contains(w)
                    || PLANS.contains(w) || OFFER_WORDS.contains(w)) {
                return false;
            }
        }
        return verb >= 1;
    }

    /** Words that say a thing holds from a day: "it's good from December first", "valid from". */
    private static final Set<String> HOLDING = Set.of("good", "valid");
    /**
     * What such a thing is: "it's good from" (the address just given; not "I'll be good from
     * December", nor "your payment plan is active from Friday", the plan's start).
     */
    private static final Set<String> IT_IS = Set.of("its", "thats");

    /** Whether the day at item {@code from} ("from December first") is when something holds, not a payment's. */
    private boolean validFrom(int from) {
        return is(from, Set.of("from", "starting")) && is(from - 1, HOLDING) && is(from - 2, IT_IS);
    }

    /** What a plan or its payments are called: a day they start on is a deadline, not a day of its own. */
    private static final Set<String> PLANS = Set.of("plan", "payments", "payment", "installment", "installments",
            "instalment", "instalments");
}
