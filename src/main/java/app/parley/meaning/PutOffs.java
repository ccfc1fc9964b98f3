package app.parley.meaning;

import static app.parley.meaning.Clauses.ANAPHORA;
import static app.parley.meaning.Clauses.CLAUSE_BREAKS;
import static app.parley.meaning.Clauses.CLAUSE_SUBJECTS;
import static app.parley.meaning.Clauses.THE_PAYMENT;
import static app.parley.meaning.Tense.GETTING;
import static app.parley.meaning.Tense.UNTIL;
import static app.parley.meaning.Tense.toldPast;

import app.parley.meaning.Dates.Found;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Times put off with no date: "later", "down the road", "at some point", "once things settle
 * down", "when I'm back on my feet", "once I get paid", "when the insurance money comes in", "I'll
 * pay it when I'm good and ready", and the many times those words put nothing off: a goodbye ("see
 * you later"), a place ("right down the road from it"), a story ("so eventually I just stopped
 * answering"), someone else's time ("I figured you'd call eventually"), the second half of a split
 * ("half now, half later"), a moment today ("as soon as I get home"). {@link Dates} asks this at
 * each item for a time put off.
 */
final class PutOffs extends ItemWords {
    private final DateWords lx;
    private final LocalDate today;
    private final Tense tense;

    PutOffs(List<SpokenNumbers.Item> items, DateWords lexicon, LocalDate today, Tense tense) {
        super(items);
        this.lx = lexicon;
        this.today = today;
        this.tense = tense;
    }

    private static final Set<String> NOT_A_DELAY_BEFORE = Set.of("so", "too", "how");
    /** Where a letter lies, not a time: "… later on my desk" is the recogniser's "letter on my desk". */
    private static final Set<String> WHERE_A_LETTER_LIES = Set.of("desk", "table", "counter", "fridge", "drawer",
            "kitchen", "hand", "file", "folder", "pile", "dresser", "email", "inbox", "lap", "purse", "mailbox",
            "wallet", "bag", "pocket");

    /** Possessives: "your later" is a thing ("at a later date" and "pay that later" are times). */
    private static final Set<String> POSSESSIVES = Set.of("your", "my", "his", "her", "our", "their", "su", "mi",
            "tu");

    private static final Set<String> COPULA = Set.of("is", "was", "es", "fue");

    /** Verbs that ask when: "check when my next payment comes out", "confirm when it posts". */
    private static final Set<String> ASKING = Set.of("check", "ask", "confirm", "double");
    /** What asks with them: "I wanted to check when", "just calling to confirm when", "can I ask when". */
    private static final Set<String> ASKING_LEADS = Set.of("to", "just", "i");

    /** After "when", what asks: "when would the first one come out", "when does it go through", "when was the next one". */
    private static final Set<String> ASKED_WHEN = Set.of("would", "will", "does", "do", "did", "was", "should", "is",
            "are");
    /** Before "when", what makes it the time waited for after all: "see when is best", "pay it back when". */
    private static final Set<String> WAITED_WHEN = Set.of("see", "back", "it", "them", "pay", "know", "until",
            "till", "only", "then", "just");
    /** "When is convenient", "when's best": the time that suits, waited for. */
    private static final Set<String> SUITS = Set.of("convenient", "better", "best", "good", "easier", "possible", "right");

    /** later, down the road, once things settle down: put off with no date. */
    Found vague(int i) {
        for (List<String> not : lx.notVagueAfter()) {
            if (words(i, not) > 0) {
                return null;
            }
        }
        if (is(i - 1, NOT_A_DELAY_BEFORE) && is(i, Set.of("soon", "later"))) {
            return null; // "so soon", "too soon", "how soon"
        }
        if (is(i - 1, Set.of("very")) && is(i, Set.of("later"))) {
            return null; // "that is very [help]ful" as heard, "very later": no time at all
        }
        if (is(i, Set.of("after")) && word(i - 1) != null && word(i - 1).equals(word(i + 1))) {
            return null; // "you pile on fee after fee", "call after call": one after another, no time
        }
        if (is(i, Set.of("soon")) && is(i + 1, Set.of("after", "before")) && i + 2 < items.size()
                && (items.get(i + 2).isNumber() || is(i + 2, lx.partOfDay()) || is(i + 2, MEALS_AND_WORK)
                        || get(lx.weekdays(), i + 2) != null || get(lx.months(), i + 2) != null)) {
            return null; // "he'll be home soon after six", "soon after lunch": the time after it says when
        }
        if (is(i, Set.of("after")) && is(i + 1, Set.of("my", "the")) && (is(i + 2, MEALS_AND_WORK) || is(i + 2, DAILY))) {
            // "Thursday at ten, after my program": an hour of a day, not a time put off; today unless a
            // day follows ("after my shift on the thirtieth"), which then says when
            boolean dayFollows = is(i + 3, DAY_FOLLOWS) || number(i + 3) != null || get(lx.weekdays(), i + 3) != null;
            return dayFollows ? null : new Found(i + 3, DateMention.Kind.DATE, today, today);
        }
        if (is(i - 1, POSSESSIVES) || is(i - 1, Set.of("the")) && is(i, Set.of("later"))) {
            // "I got your later": a thing (the recogniser's "letter"), not a time; "the later
            // statements": which ones, not when
            return null;
        }
        if (is(i, Set.of("later")) && is(i + 1, Set.of("on", "in")) && is(i + 2, Set.of("my", "the"))
                && is(i + 3, WHERE_A_LETTER_LIES)) {
            return null; // "I've got the payoff letter on my desk" as heard, "pay off later on my desk": a thing
        }
        if (is(i - 1, ANAPHORA) || is(i - 2, ANAPHORA) && is(i - 1, COPULA)) {
            return null; // "that's when my pension goes in": it explains a day already named
        }
        if (lx == DateWords.EN && is(i, Set.of("when")) && is(i + 1, ASKED_WHEN) && !is(i - 1, WAITED_WHEN)
                && !is(i + 2, SUITS)) {
            // "when would the first one come out?", "when does the next one go through?": a question about a day,
            // not a wait (not "I'll pay when I can", "call me back when is better", nor "we'll see when it's done")
            return null;
        }
        if (lx == DateWords.EN && is(i, Set.of("when")) && is(i - 1, ASKING) && is(i - 2, ASKING_LEADS)) {
            // "I just wanted to check when my next payment comes out": a question, not a wait (not "let me see
            // when my check comes in", "I'll know when my hours come in")
            return null;
        }
        int notNow = lx == DateWords.EN ? notThisSecond(i) : 0;
        if (notNow > 0) {
            return new Found(i + notNow, DateMention.Kind.VAGUE, null, null);
        }
        for (List<String> phrase : lx.vague()) {
            int n = words(i, phrase);
            if (n > 0) {
                if (lx == DateWords.EN && !putsOff(i, phrase)) {
                    // "soon" with no one to act may still open "[as] soon as my refund comes in"
                    return phrase.equals(List.of("soon")) ? uponAnEvent(i) : null;
                }
                Found soon = lx == DateWords.EN && phrase.size() == 3 && phrase.get(2).equals("get") ? uponAnEvent(i) : null;
                if (soon != null && soon.kind() == DateMention.Kind.DATE) {
                    return soon; // "when I get off, like seven in the morning": in a moment, not some day
                }
                boolean soonerOrLater = phrase.equals(List.of("later")) && is(i - 1, Set.of("or")) && is(i - 2, Set.of("sooner"));
                if (lx == DateWords.EN && (EXPECTED_SOMETIME.contains(phrase) || soonerOrLater)
                        && tense.expectedInThePast(soonerOrLater ? i - 2 : i)) {
                    return null; // "I figured that one was going to catch up with me at some point": what they expected
                }
                if (lx == DateWords.EN && phrase.get(0).equals("after") && tense.pastBefore(i)) {
                    return null; // "the nurse who came after my operation": when it happened, not a day to come
                }
                if (lx == DateWords.EN && phrase.equals(List.of("when", "my")) && tense.pastInItsClause(i)) {
                    // "I had a scare last year when my bank froze it": when it happened; not "I lost my job,
                    // but when my severance comes in I'll pay"
                    return null;
                }
                return new Found(i + n, DateMention.Kind.VAGUE, null, null);
            }
        }
        return lx == DateWords.EN ? uponAnEvent(i) : null;
    }

    /**
     * "Just not right this second": not now, like "not right now", but "second" is read as a number, which
     * the vague phrases never match; the items it spans, or 0.
     */
    private int notThisSecond(int i) {
        int k = is(i, Set.of("not")) ? i + 1 : -1;
        k += k > 0 && is(k, Set.of("right")) ? 1 : 0;
        if (k < 0 || !is(k, Set.of("this")) || k + 1 >= items.size()) {
            return 0;
        }
        SpokenNumbers.Item second = items.get(k + 1);
        // not "not this second one", "not this second payment": which of them, not when
        boolean counts = k + 2 < items.size() && (items.get(k + 2).isNumber() || is(k + 2, lx.countedNouns()));
        return second.isNumber() && second.ordinal() && second.word().equals("second") && !counts ? k + 2 - i : 0;
    }

    /** Adverbs that also tell a story: "eventually I stopped", "later they called". */
    private static final List<List<String>> NARRATED = Words.phrases("eventually", "later", "sometime", "one day",
            // "I was there when my mom passed", "after my surgery I lost my job": what happened, not a time to come
            "when my", "after my", "when things", "when i get");

    /** Done and finished, not waited for: "get it out of the way", "get this over with". */
    private static final List<List<String>> DONE_WITH = Words.phrases("out of the way", "over with");
    /** Times that may close an expected call: "I figured you'd call me eventually". */
    private static final List<List<String>> EXPECTED_CALL = Words.phrases("eventually", "sooner or later");
    /** What the client saw coming: "I figured somebody would call eventually". */
    private static final Set<String> EXPECTING = Set.of("figured", "knew", "expected", "thought", "guessed",
            "assumed", "reckoned", "bet");
    /**
     * Expecting told in the present: only of somebody ("I figure somebody would call eventually", heard
     * "somebody with gold"), as "I guess you guys will get your money eventually" is the client's own promise.
     */
    private static final Set<String> EXPECTING_NOW = Set.of("figure", "guess");
    private static final Set<String> SOMEBODY = Set.of("somebody", "someone", "somebodyd", "someoned");
    /** Someone other than the client, who was expected to act: "somebody would", "you'd", "they'd". */
    private static final Set<String> SOMEONE_ELSE = Set.of("somebody", "someone", "you", "youd", "they", "theyd",
            "yall", "somebodyd", "someoned");

    /**
     * "I figured somebody would call eventually" (heard "somebody with gold"): an expectation of
     * someone else's act, in the few words before item {@code i}, not the client's time to pay.
     */
    private boolean someoneElseExpected(int i) {
        for (int k = i - 1; k >= Math.max(1, i - 6); k--) {
            // "I figured I'd hear about it sooner or later": being reached, told as expected (not "I figured
            // I'd hear you out and pay eventually")
            if (is(k, Set.of("id", "i")) && is(k + 1, HEARING) && is(k + 2, Set.of("about", "from"))
                    && is(k - 1, EXPECTING)) {
                return true;
            }
            if (is(k, Set.of("i", "ill", "id", "im", "we", "well", "wed"))) {
                return false; // "I figured, you know, I'll get to it eventually": the speaker's own act
            }
            boolean filler = "you".equals(word(k)) && is(k + 1, Set.of("know"));
            if (is(k, SOMEONE_ELSE) && !filler && is(k - 1, EXPECTING)
                    || is(k, SOMEBODY) && is(k - 1, EXPECTING_NOW)) {
                return true;
            }
            // "I figured it would catch up with me eventually": the debt itself coming, no one paying
            if (is(k, THE_PAYMENT) && is(k - 1, EXPECTING) && anyBefore(i, i - k, CALLING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who reaches the client: "you'd call me eventually", "they'd find me sooner or later"; what
     * arrives: "I figured that would turn up eventually", "it would show up sooner or later".
     */
    private static final Set<String> CALLING = Set.of("call", "calling", "called", "ring", "phone", "reach", "catch",
            "find", "turn", "show", "pop", "surface");
    /** Being reached, expected by the speaker: "I figured I'd hear about it", "I'd hear from you". */
    private static final Set<String> HEARING = Set.of("hear");
    /** Work found, a time to come only when waited on: "once I find work", not "how am I supposed to find work". */
    private static final List<List<String>> WORK_FOUND = Words.phrases("find work", "get a job", "find a job");
    /** Words that wait on what follows them, up to three words before: "once I [can] find work". */
    private static final Set<String> WAITING = Set.of("when", "once", "until", "till", "til", "after", "wait",
            "waiting", "soon", "if", "minute");
    /** "just down the road", "right [heard "write"] down the road": near, a place. */
    private static final Set<String> NEARBY = Set.of("right", "write", "just", "live", "lives", "located");

    private static final Set<String> SHORT_UNITS = Set.of("second", "seconds", "sec", "minute", "minutes", "hour",
            "hours", "moment");
    /** What makes "soon" a time to come: someone will do something ("I'll pay soon", "it'll be soon"). */
    private static final Set<String> FUTURE = Set.of("ill", "will", "well", "youll", "itll", "shell", "hell",
            "theyll", "gonna", "going", "can", "could", "should", "shall", "hope", "hopefully", "try", "be",
            "pay", "send", "do", "get", "call", "as");

    /**
     * "Get it out of the way", "get this one out of the way first" (heard "get to this one"): a
     * verb of getting, then the payment, in the few words before item {@code i}.
     */
    private boolean paymentGotten(int i) {
        boolean payment = false;
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (is(k, THE_PAYMENT)) {
                payment = true;
            } else if (is(k, GETTING)) {
                return payment;
            } else if (!is(k, Set.of("to", "all", "bill")) && !(items.get(k).isNumber() && items.get(k).value() == 1)) {
                return false; // "this one" is read as a number
            }
        }
        return false;
    }

    /** Words that make a last "later" a goodbye. */
    private static final Set<String> FAREWELL = Set.of("you", "too", "to", "ya", "bye", "thanks", "yall", "alright",
            "okay", "ok", "yep", "yup", "yeah", "cool");

    /**
     * Whether a phrase of the vague list, found at {@code i}, puts something off here.
     * "Get it out of the way" does it now; "soon" with nobody to do anything ("he just walked in,
     * Jordan, soon") is no time to come.
     */
    private boolean putsOff(int i, List<String> phrase) {
        if (lx == DateWords.EN && NARRATED.contains(phrase) && tense.pastAfter(i + phrase.size())) {
            return false; // "so eventually I just stopped answering": what happened, not a time to come
        }
        if (lx == DateWords.EN && NARRATED.contains(phrase) && tense.pastJustBefore(i)) {
            return false; // "it turned up eventually": what happened, not the speaker's time to come
        }
        if (RECOVERED.contains(phrase) && recoveringNow(i)) {
            return false; // "things are finally getting back on track": how things are, not a wait
        }
        if (DONE_WITH.contains(phrase)) {
            return !paymentGotten(i);
        }
        if (EXPECTED_CALL.contains(phrase) && (is(i - 1, Set.of("calling", "called"))
                || is(i - 1, Set.of("me", "us")) && is(i - 2, CALLING) || someoneElseExpected(i))) {
            return false; // "I knew that one would come calling eventually": the creditor's time, not the payment's
        }
        if (WORK_FOUND.contains(phrase)) {
            // "I have to get a job first, then I'll pay"
            return anyBefore(i, 3, WAITING) || is(i + phrase.size(), Set.of("first", "then", "before"));
        }
        if (phrase.equals(List.of("down", "the", "road")) && (is(i + 3, Set.of("from")) && !is(i + 4, Set.of("now", "here"))
                || is(i - 1, NEARBY))) {
            return false; // "I'm right down the road from it": a place
        }
        if (phrase.equals(List.of("later"))) {
            if (i >= 2 && is(i - 2, Set.of("sooner")) && is(i - 1, Set.of("or"))) {
                return putsOff(i - 2, List.of("sooner", "or", "later")); // its tail, judged as the whole
            }
            // "one second later", "a minute later": counted from another moment
            String before = i > 0 ? items.get(i - 1).word() : "";
            String unit = before.substring(before.lastIndexOf(' ') + 1);
            if (SHORT_UNITS.contains(unit) || lx.unitDays().containsKey(unit)) {
                return false;
            }
            // "you too, later", "see you later", "bye, later": a goodbye ending the words; so is a last word
            // of two ("thanks, later" heard "sands later")
            if (i + 1 >= items.size() && (is(i - 1, FAREWELL) || i <= 1)) {
                return false;
            }
            // "I'll call you later if the link gives me any trouble": a call if need be, not a payment put off
            if ((is(i + 1, Set.of("if")) || is(i + 1, Set.of("in")) && is(i + 2, Set.of("case")))
                    && anyBefore(i, 3, CONTACTING)) {
                return false;
            }
            // "I don't have the new address yet, I'll call you with the address later": word to give, not a
            // payment put off (not "I'll call you with it later", "it" as often the money)
            if (anyBefore(i, 5, CONTACTING) && anyBefore(i, 3, WORD_TO_GIVE)) {
                return false;
            }
            if (lx == DateWords.EN && notWantedToLast(i)) {
                return false; // "I don't want this following me around later"
            }
            if (lx == DateWords.EN && othersActLater(i)) {
                return false; // "they won't come back after me for the rest later on": the creditor's later
            }
            // "half now, half later", "some now and the rest later": the second part of a split
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                if ("now".equals(word(k)) && !is(k - 1, Set.of("not", "right", "just"))) {
                    return false;
                }
            }
            return true;
        }
        if (phrase.equals(List.of("soon"))) {
            return anyBefore(i, 8, FUTURE);
        }
        return true;
    }

    /** Word a client gives later that is no payment: "I'll call you with the address later". */
    private static final Set<String> WORD_TO_GIVE = Set.of("address", "email", "number", "name", "info",
            "information", "zip");
    /** Getting in touch: "I'll call you later if…". */
    private static final Set<String> CONTACTING = Set.of("call", "ring", "text", "email", "phone", "contact", "reach");
    /** The debt lasting: "hanging over me", "following me around", "dragging on". */
    private static final Set<String> LASTING = Set.of("hanging", "hang", "following", "follow", "dragging", "drag",
            "sitting", "looming", "handing");
    /** Not wanting it: "I don't want", "I'd rather not have", "I wouldn't want". */
    private static final Set<String> UNWANTED = Set.of("dont", "rather", "wouldnt", "not");

    /**
     * Whether the time at item {@code i} closes a wish that the debt not last: "I don't want this
     * hanging over me after the holidays", "following me around later" ("hanging" heard "handing").
     * The client wants it done before then; no day is put off.
     */
    boolean notWantedToLast(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            if (is(k, LASTING)) {
                return anyBefore(k, 5, UNWANTED);
            }
        }
        return false;
    }

    /** Being done with the debt: "be done with it", "have it gone", "off my books". */
    private static final Set<String> DONE = Set.of("done", "finished", "rid", "gone", "cleared", "books", "plate");
    /** Wishing it: "I'd rather", "I want", "I'd like", "hoping". */
    private static final Set<String> WISHING = Set.of("rather", "want", "wanted", "wanna", "like", "hoping", "hope");

    /**
     * Whether the time at item {@code i}, opened by "before", closes a wish to be done with the debt
     * by then: "I'd rather be done with it before Christmas anyway", "I wanted it off my books before
     * winter". The client wants it sooner than that; no day is put off (not "I can pay before the
     * end of the month").
     */
    boolean wantedDoneBefore(int i) {
        if (!is(i, Set.of("before"))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (is(k, DONE)) {
                return anyBefore(k, 4, WISHING);
            }
        }
        return false;
    }

    /** Times that were expected of the past as well as promised: "I knew it would catch up with me at some point". */
    private static final List<List<String>> EXPECTED_SOMETIME = Words.phrases("at some point", "some point",
            "eventually", "sooner or later", "one day", "someday", "some day", "one of these days");

    /**
     * Whether others act on the speaker before "later" in its clause: "they won't come back after me
     * for the rest later on" (not "they said I could pay later", where the speaker acts).
     */
    private boolean othersActLater(int i) {
        boolean onMe = false;
        for (int k = i - 1; k >= 0 && k >= i - 9; k--) {
            String w = word(k);
            if (w == null) {
                continue;
            }
            if (Set.of("i", "ill", "im", "id", "we", "well", "were").contains(w)) {
                return false;
            }
            onMe |= Set.of("me", "us").contains(w);
            if (Set.of("they", "theyll", "theyre", "theyd").contains(w)) {
                return onMe;
            }
        }
        return false;
    }

    /** A time of day by what happens then: "soon after lunch". */
    private static final Set<String> MEALS_AND_WORK = Set.of("lunch", "dinner", "breakfast", "work", "school");
    /** Words that start a day said after an hour of one: "after my shift on the thirtieth". */
    private static final Set<String> DAY_FOLLOWS = Set.of("on", "this", "next", "the", "tomorrow", "today", "tonight");
    /** What fills a day's hours: "after my program", "after my nap", "after the news". */
    private static final Set<String> DAILY = Set.of("program", "programs", "show", "shows", "stories", "nap", "news",
            "shift", "walk", "coffee", "supper", "class", "classes", "meeting", "practice", "lab", "labs", "lecture",
            "lectures", "workout", "lesson", "lessons", "errands");

    /** Being well again: waited for ("once I'm back on my feet"), or told as how things are now. */
    private static final List<List<String>> RECOVERED = Words.phrases("back on my feet", "back on track");
    /** "Things are [finally] getting back on track", "I'm back on my feet now", "we're [were] getting there": the present. */
    private static final Set<String> NOW_BEING = Set.of("are", "is", "im", "am", "its", "were");
    /** Words that put the being to come: "I'm going to be back on my feet", "it'll be" (not "trying to get"). */
    private static final Set<String> TO_BE = Set.of("going", "gonna", "will", "hoping", "ill", "itll");

    /**
     * Whether a present "to be" leads to {@code i} within four words, with nothing between that
     * puts it to come, and no "when", "once", "before" in the five words of its clause before it
     * ("I was out of work after the surgery, but I'm back on my feet").
     */
    private boolean recoveringNow(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (is(k, NOW_BEING)) {
                for (int b = k + 1; b < i; b++) {
                    if (is(b, TO_BE)) {
                        return false;
                    }
                }
                for (int c = k - 1; c >= Math.max(0, k - 5) && !is(c, CLAUSE_BREAKS); c--) {
                    if (is(c, WAITED_FOR) || words(c, BY_THE_TIME) == BY_THE_TIME.size()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static final Set<String> UPON = Set.of("when", "once", "after", "till", "until");
    /** Words that make being well one to wait for: "once I'm back on my feet", "before things are", "if". */
    private static final Set<String> WAITED_FOR = java.util.stream.Stream.concat(UPON.stream(),
            java.util.stream.Stream.of("if", "unless", "before")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final List<String> BY_THE_TIME = List.of("by", "the", "time");

    private static final Set<String> SPEAKER = Set.of("i", "im", "ive", "id");
    /** What the speaker does in a moment: "as soon as I park", "as soon as I get home", "as soon as I'm off the phone". */
    private static final List<List<String>> IMMINENT = Words.phrases("park", "get home", "get off the phone",
            "get off work", "hang up", "pull over", "get to a computer", "get to my computer", "get inside",
            "home", "off the phone", "get back home", "get to the bank", "get in the house");
    private static final List<String> GET_OFF = List.of("get", "off");
    /** What may follow "when I get off" when it is off work: a time, or the clause's end. */
    private static final Set<String> OFF_THEN = Set.of("just", "like", "at", "around", "about", "so", "and", "then",
            "tonight", "today", "tomorrow", "this", "in", "i", "ill", "which", "thats", "its", "shift");
    /** What a payment is called right before "when": "pay it", "pay you", "take care of it". */
    private static final List<List<String>> PAYING = Words.phrases("pay", "pay it", "pay you", "pay that",
            "pay this", "pay up", "pay the rest", "pay it off", "pay that off", "take care of it", "deal with it",
            "handle it", "sort it out", "settle it", "settle up", "send something", "send some", "send it",
            "send you something", "pay something", "pay some");

    /** Words that make the payment before a time a promise: "I'll deal with it", "I can pay it". */
    private static final Set<String> PROMISING = Set.of("ill", "will", "well", "gonna", "can", "going", "to");

    /**
     * Whether a payment promised ends right before token {@code i}: "I'll deal with it [once …]", not
     * "I wanted to pay it [when the check cleared, but it bounced]".
     */
    private boolean afterPromisedPaying(int i) {
        int from = payingFrom(i);
        if (from < 0) {
            return false;
        }
        boolean promised = is(from - 1, PROMISING) && !(is(from - 1, Set.of("to"))
                && is(from - 2, Set.of("wanted", "tried", "meant", "went", "had", "needed")));
        return promised || is(from - 2, PROMISING) && is(from - 1, Set.of("just", "probably", "definitely"));
    }

    /** Whether a payment ends right before token {@code i}. */
    private boolean afterPaying(int i) {
        return payingFrom(i) >= 0;
    }

    /** Where a payment that ends right before token {@code i} begins ("deal with it"), or -1. */
    private int payingFrom(int i) {
        for (List<String> paying : PAYING) {
            int from = i - paying.size();
            if (from >= 0 && words(from, paying) == paying.size()) {
                return from;
            }
        }
        return -1;
    }

    private static final Set<String> PROMISES = Set.of("ill", "well", "then");
    private static final Set<String> PEOPLE_WHO_ACT = Set.of("i", "im", "ill", "you", "youre", "youll", "we",
            "were", "well", "he", "she", "they", "it", "its");
    private static final Set<String> EVENT_OWNERS = Set.of("the", "my", "that", "this", "our", "his", "her",
            "their");
    /** Others whose doing the speaker waits on: "once she pays me back". */
    private static final Set<String> OTHER_PEOPLE = Set.of("she", "he", "they");
    private static final Set<String> QUESTION_AUX = Set.of("does", "do", "did", "is", "are", "will", "would",
            "can", "should", "could");
    private static final List<List<String>> EVENTS = Words.phrases("comes in", "come in", "comes through",
            "come through", "clears", "clear", "goes through", "go through", "gets approved", "is approved",
            "gets signed", "is signed", "pays out", "kicks in", "arrives", "settles", "goes", "sells", "is sold", "gets sold",
            "closes", "is closed", "is final", "is finalized", "gets finalized",
            "is settled", "is done", "is over", "is fixed", "gets fixed", "is paid out", "lands", "hits", "comes",
            "is repaired",
            "sorted", "picks up", "pick up", "sorts it", "come", "sorts things", "sorts out", "sort it out", "pays up",
            "pays", "covers it", "gets back to me", "gets back to us", "pays me", "pays me back",
            // a state reached: "once the kids are back in school", "after the season ends"
            "are back", "is back", "get back", "gets back", "starts", "start", "begins", "ends", "are over", "are done", "are settled", "are sorted", "is finished", "finishes",
            "settle down", "settles down", "clears up", "clear up", "gone through",
            // "once the dust settles" as the recogniser may hear it (not "until Friday to settle it")
            "dust settle");

    /**
     * An event's verb as the recogniser may hear it in the past ("I'll deal with it once everything
     * settled down"): read so only right after a payment promised, where no story is being told.
     */
    private static final List<List<String>> EVENTS_HEARD_PAST = Words.phrases("settled down", "settled",
            "calmed down", "cleared", "cleared up", "came in", "came through", "went through", "picked up",
            "sorted out",
            // "I'll pay when the truck's fixed", the "'s" run into the noun (not "when the mechanic fixed my truck")
            "fixed", "repaired");

    private static final List<String> GONE_THROUGH = List.of("gone", "through");
    /** Who has "gone through" something rather than waiting on it: "after everything I've gone through". */
    private static final Set<String> WENT_THROUGH_IT = Set.of("ive", "weve", "youve", "theyve", "everything", "i",
            "we", "you", "they", "been", "all");

    /** Words before "ones" that make it a noun: "the new ones that came in". */
    private static final Set<String> ONES_AS_NOUN_AFTER = Set.of("the", "those", "these", "which", "other", "some", "any",
            "both", "all", "new", "old", "big", "small", "little", "good", "bad", "right", "wrong", "last", "first",
            "few", "many", "older", "newer", "cheaper", "monthly", "weekly", "same", "different", "your", "my", "our");

    /** Words after a misheard "once" that make it the conjunction: "ones thats gone through", "ones things settle". */
    private static final Set<String> AFTER_ONES = Set.of("thats", "things");

    /** "Once that's gone through" as the recogniser often writes it: "ones that gone through". */
    private boolean onceHeardOnes(int i) {
        return lx == DateWords.EN && "ones".equals(word(i)) && (i == 0 || word(i - 1) != null && !is(i - 1, ONES_AS_NOUN_AFTER))
                && (is(i + 1, EVENT_OWNERS) || is(i + 1, OTHER_PEOPLE) || is(i + 1, AFTER_ONES));
    }

    /** How the recogniser hears a spoken hour as a word: "four" as "for", "two" as "to", "eight" as "ate". */
    private static final Set<String> HOURS_HEARD = Set.of("for", "to", "too", "ate");

    /** Money a payment may wait on. */
    private static final Set<String> AWAITED_MONEY = Set.of("check", "checks", "paycheck", "refund", "settlement",
            "bonus", "payout", "deposit", "inheritance", "pension", "stimulus", "commission", "loan");

    /** How many words after "once the" its event's verb may come. */
    private static final int EVENT_REACH = 5;

    /**
     * A time put off until something happens: "I'll have to wait till the life insurance gets
     * sorted out", "when the insurance money comes in", "once that contract goes through", "after
     * my check clears", "when work picks up". The day is the event's, and nobody knows it.
     */
    private Found uponAnEvent(int i) {
        int k = i;
        if (words(i, List.of("as", "soon", "as")) == 3) {
            k += 3;
        } else if (words(i, List.of("soon", "as")) == 2 && !is(i - 1, Set.of("as"))) {
            k += 2; // "as soon as" with its first word lost: "soon as my tax refund comes in"
        } else if (is(i, UPON) && !(is(i, UNTIL) && !is(i + 1, EVENT_OWNERS)) || onceHeardOnes(i)) {
            k += 1; // "till" and "until" wait on a thing named ("till the insurance gets sorted"), not "till Dawn"
        } else {
            return null;
        }
        if (is(k, QUESTION_AUX)) {
            return null; // "when does it start?": a question, not a time put off
        }
        if (is(i, Set.of("after")) && is(k, HOURS_HEARD)) {
            return null; // "Thursday after four I'll have it", heard "after for": an hour, not an event
        }
        int imminent = lx == DateWords.EN && is(k, SPEAKER) ? longestOf(k + 1, IMMINENT) : 0;
        if (imminent == 0 && lx == DateWords.EN && is(k, SPEAKER) && words(k + 1, GET_OFF) == 2
                && (word(k + 3) == null || is(k + 3, OFF_THEN))) {
            imminent = 2; // "I'll do it when I get off, like seven in the morning": off work (not "off disability")
        }
        // not "as soon as I'm home from my trip", nor "when I get home, whenever that ends up being"
        if (imminent > 0 && !is(k + 1 + imminent, Set.of("from")) && !noKnownTime(k + 1 + imminent)) {
            // "I'll do it as soon as I park", "as soon as I get home": in a moment, today
            return new Found(k + 1 + imminent, DateMention.Kind.DATE, today, today);
        }
        boolean thirdPerson = is(k, OTHER_PEOPLE);
        if (is(k, EVENT_OWNERS) || thirdPerson) {
            // "once she pays me back": someone else's doing is an event to the speaker
            k++;
        } else if (is(k, SPEAKER) && afterPaying(i) && !("i".equals(word(k)) && toldPast(word(k + 1)))) {
            // "I'll pay it when I'm good and ready", "I'll take care of it once I'm settled": the
            // payment waits on the speaker's own circumstances, which name no day
            return new Found(Math.min(k + 3, items.size()), DateMention.Kind.VAGUE, null, null);
        } else if (word(k) == null || is(k, PEOPLE_WHO_ACT)) {
            return null; // "when you pay", "once I have it": a person acting, not something happening
        }
        // "once this settlement from my old employer comes through": the thing may take a few words
        for (int e = k; e <= k + EVENT_REACH && e < items.size(); e++) {
            if (e > k && is(e, CLAUSE_SUBJECTS)) {
                break; // "after Thanksgiving I start a second job": a new clause, its own subject, no event waited on
            }
            for (List<String> event : EVENTS) {
                int n = words(e, event);
                if (n > 0 && event.equals(GONE_THROUGH) && is(e - 1, WENT_THROUGH_IT)) {
                    continue; // "after everything I've gone through": what the speaker went through, no event waited on
                }
                if (n > 0) {
                    return new Found(e + n, DateMention.Kind.VAGUE, null, null);
                }
            }
            for (List<String> event : EVENTS_HEARD_PAST) {
                int n = words(e, event);
                if (n > 0 && afterPromisedPaying(i)) {
                    return new Found(e + n, DateMention.Kind.VAGUE, null, null);
                }
            }
        }
        // "once the harvest check clears" heard "once of artist check players": money awaited, whatever
        // the recogniser made of the words around it
        boolean allAtOnce = is(i - 1, Set.of("at")); // "pay it all at once by check": how, not when
        // … and "soon as my tax refund lands" heard "soon as my tax refund lamps"
        boolean awaiting = is(i, Set.of("once")) || is(i, Set.of("soon", "as")) && k > i + 1;
        for (int e = k; awaiting && !allAtOnce && e <= k + 2 && e < items.size(); e++) {
            if (is(e, AWAITED_MONEY) && !is(e - 1, Set.of("by", "with", "a", "via"))) {
                return new Found(e + 1, DateMention.Kind.VAGUE, null, null);
            }
        }
        // "once the refund [lands] I'll pay it all": the speaker's promise waits on the thing named,
        // whatever the recogniser made of the verb
        boolean once = !is(i, Set.of("when")) && !thirdPerson; // "when the work" is as often "Wednesday works"
        for (int e = k + 1; once && e <= k + 3 && e < items.size(); e++) {
            if (is(e, PROMISES)) {
                return new Found(e, DateMention.Kind.VAGUE, null, null);
            }
        }
        return null;
    }
}
