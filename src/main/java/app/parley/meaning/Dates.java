package app.parley.meaning;

import static app.parley.meaning.Spans.IN;
import static app.parley.meaning.Tense.BACK;

import app.parley.meaning.DateWords.Holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dates in a party's words as the recogniser writes them (lower case, numbers in words)
 * and resolves them against the call's date with {@code java.time}: "today", "tomorrow",
 * weekdays ("Friday", "next Tuesday", "Tuesday the twenty first"), days of the month ("the
 * fifteenth", "the 30th", "the first of next month", "December third"), spans ("in ten days",
 * "a couple of weeks", "end of next week", "next month"), deadlines and open ends ("by Friday",
 * "after the fifteenth"), past days ("last Tuesday", "two weeks ago") and times put off with no
 * date ("later", "down the road", "once things settle down"). English and Spanish share the
 * grammar; each has its words ({@link DateWords}).
 *
 * <p>This class holds the read itself: at each item the longest date said there, then "by" or
 * "after" around it and what makes it no day to pay (another thing's day, a day turned down), and
 * the days, holidays and times of day. Others read for it over the same items: {@link Spans} the
 * spans, {@link PutOffs} the times put off, {@link Tense} whether the words around a day tell of
 * the past, {@link OtherDays} whether the day is another thing's, {@link PayingTalk} what the
 * clause it is said in is about.
 *
 * <p>Why not a date-parsing library: Natty (the maintained fork, io.github.natty-parser 1.1.2)
 * was tried on the recogniser's forms and read neither "the fifteenth", "Tuesday the twenty
 * first", "after the fifteenth", "end of the week" nor "in a couple of weeks", took "may I
 * speak" for the first of May, and has no Spanish (docs/coaching.md). The calendar arithmetic
 * is java.time's; this class only reads the words.
 */
public final class Dates {
    private Dates() {
    }

    /** Every date said in {@code tokens} (normalised words), in order, none overlapping. */
    public static List<DateMention> find(List<String> tokens, String language, LocalDate callDate) {
        return inNumbersRead(SpokenNumbers.read(tokens, language), language, callDate);
    }

    /** {@link #find} on words whose numbers {@link SpokenNumbers#read} has read already. */
    public static List<DateMention> inNumbersRead(List<SpokenNumbers.Item> items, String language,
            LocalDate callDate) {
        return new Reader(items, language.equals("es") ? DateWords.ES : DateWords.EN, callDate).read();
    }

    /** The names of the weekdays in {@code language} ("friday", "viernes"). */
    static Set<String> weekdayNames(String language) {
        return (language.equals("es") ? DateWords.ES : DateWords.EN).weekdays().keySet();
    }

    /** A date read at an item, before any "by"/"after" around it. */
    record Found(int end, DateMention.Kind kind, LocalDate earliest, LocalDate latest) {
    }

    /** One day, read up to item {@code end}. */
    static Found one(int end, LocalDate day) {
        return new Found(end, DateMention.Kind.DATE, day, day);
    }

    private static final class Reader extends ItemWords {
        private final DateWords lx;
        private final OtherDays otherDays;
        private final PayingTalk payingTalk;
        private final Tense tense;
        private final Spans spans;
        private final PutOffs putOffs;
        private final LocalDate today;
        /** Past-tense words before a day of the month make it this month's, not the next one. */
        private final boolean pastContext;

        Reader(List<SpokenNumbers.Item> items, DateWords lexicon, LocalDate today) {
            super(items);
            this.lx = lexicon;
            this.otherDays = new OtherDays(items, lexicon);
            this.payingTalk = new PayingTalk(items, lexicon == DateWords.ES ? PayingTalk.ES : PayingTalk.EN);
            this.tense = new Tense(items, lexicon);
            this.today = today;
            this.pastContext = tense.anyPast();
            this.spans = new Spans(items, lexicon, today, pastContext, tense);
            this.putOffs = new PutOffs(items, lexicon, today, tense);
        }

        /** What money does on its day: "the check comes", "my deposit lands". */
        private static final Set<String> ARRIVES = Set.of("comes", "come", "lands", "land", "arrives", "arrive", "hits",
                "clears", "posts", "drops");

        /** Words of what is yet to come between a past tense and a month: "they said the refund comes in March". */
        private static final Set<String> STILL_TO_COME = Set.of("comes", "come", "coming", "gets", "get", "starts", "start",
                "kicks", "hits", "lands", "goes", "pays", "is", "due", "be", "until", "till");

        /**
         * A past tense in the few words before month {@code i}, with nothing yet to come between: "I
         * cleaned that unit out in March" (not "they said the refund comes in March").
         */
        private boolean pastVerbOfTheMonth(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
                String w = word(k);
                if (w == null || Tense.TO_COME.contains(w) || STILL_TO_COME.contains(w)) {
                    return false;
                }
                if (Tense.toldPast(w)) {
                    return !is(k - 1, Set.of("get", "be", "been", "being", "will", "to", "ill", "its", "is", "are"));
                }
            }
            return false;
        }

        /** What a month or season names when it is no day: "the December one", "your March payment", "the winter bills". */
        private static final Set<String> MONTHS_THINGS = Set.of("one", "ones", "payment", "payments", "installment",
                "installments", "instalment", "instalments", "bill", "bills", "statement", "statements", "invoice",
                "invoices", "rent", "charge", "charges", "fee", "fees", "premium", "premiums");

        /** Before a month, what makes it a thing ("the April [one]") unless a day follows ("the April fifth"). */
        private static final Set<String> THE_MONTHS = Set.of("the", "your", "my");

        private boolean monthsThing(int from, int end) {
            if (!is(from - 1, MONTH_OWNERS) || get(lx.months(), from) == null) {
                return false;
            }
            return end - from == 1 && is(end, MONTHS_THINGS)
                    || end - from == 2 && "one".equals(items.get(end - 1).word())
                    // "I know, the April [one]", the noun lost: no one pays "the April"
                    || end - from == 1 && is(from - 1, THE_MONTHS) && (end >= items.size() || !items.get(end).isNumber());
        }

        private static final Set<String> MONTH_OWNERS = Set.of("the", "that", "your", "my", "this");

        /** Words that say which thing is meant: "that'll be the MRI in the spring", "oh, it's the one from March". */
        private static final Set<String> NAMING = Set.of("be", "is", "s", "was", "thats", "its", "thatll", "itll");
        /** Things that are the money itself: "it'll be the rest in the spring" puts the payment off. */
        private static final Set<String> THE_MONEY = Set.of("rest", "remainder", "balance", "payment", "payments", "money",
                "half", "amount", "bill", "check", "full", "whole", "total", "last", "first", "next", "final", "other");

        /**
         * Whether the day at {@code from} ("in the spring", "from March") only says which thing is meant:
         * "that'll be the MRI in the spring", "oh, it's the ambulance from June" — a bill named by when it
         * happened, not a day to pay.
         */
        private boolean thingNamedByItsTime(int from) {
            int k = from - 1;
            if (is(k, Set.of("the"))) {
                k--;
            }
            if (!is(k, Set.of("in", "from", "back"))) {
                return false;
            }
            k -= is(k - 1, Set.of("back")) ? 2 : 1;
            for (int nouns = 1; nouns <= 2; nouns++) {
                int the = k - nouns;
                if (is(the, Set.of("the")) && is(the - 1, NAMING)) {
                    for (int n = the + 1; n <= k; n++) {
                        if (is(n, THE_MONEY)) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            return false;
        }

        /** What a period owns when it is no day: "next month's bill", "this week's statement". */
        private static final Set<String> PERIODS_BILLS = Set.of("bill", "bills", "statement", "statements", "invoice",
                "premium", "usage");

        /** Before a period's bill, what makes it the day to pay after all: "can I pay it with next month's bill". */
        private static final Set<String> PAID_ALONG = Set.of("with", "on", "onto", "into", "to", "in", "until", "till",
                "after");

        private boolean periodsBill(int from, int end) {
            if (!is(end - 1, Set.of("months", "weeks", "month", "week")) || is(from - 1, PAID_ALONG)) {
                return false;
            }
            // "this month's first check is already spoken for": one of the period's paychecks, no day to pay
            boolean ordinalThing = number(end) != null && items.get(end).ordinal() && number(end) <= 3
                    && is(end + 1, PERIODS_PAY);
            return is(end, PERIODS_BILLS) || is(end, PERIODS_PAY) || ordinalThing;
        }

        /** A period's pay, owned by it: "this month's check", "next week's paycheck" ("check" heard "set"). */
        private static final Set<String> PERIODS_PAY = Set.of("check", "checks", "paycheck", "paychecks", "set");

        /** Words that say what day it is: "it's Friday", "today's the fifteenth". */
        private static final Set<String> NOW_IS = Set.of("its", "todays");

        /** "back in March", "back on the fifth". */
        private static final Set<String> BACK_WHEN = Set.of("in", "on", "en");
        /** Who is given back or called back: "call me back on the tenth", "pay you back in March". */
        private static final Set<String> RETURNED = Set.of("me", "you", "it", "us", "him", "her", "them", "that", "this");

        /** Spanish "del", "al": a preposition with the article in it. */
        private static final Set<String> CONTRACTED_ARTICLE = Set.of("del", "al");

        /** Words after a number that make it an amount or a count, not a day. */
        private static final Set<String> UNITS = Set.of("dollars", "dollar", "bucks", "percent", "cents", "pesos",
                "hundred", "thousand", "oclock", "am", "pm", "minutes", "hours", "days", "weeks", "months");

        List<DateMention> read() {
            List<DateMention> out = new ArrayList<>();
            int vagueFrom = 0; // the item the last mention starts at
            int pastEnd = -1; // the item after the last time gone named
            int i = 0;
            while (i < items.size()) {
                Found found = at(i);
                if (found == null) {
                    i++;
                    continue;
                }
                int from = i;
                DateMention.Kind kind = found.kind();
                LocalDate earliest = found.earliest();
                LocalDate latest = found.latest();
                int end = found.end();
                if (end < items.size() && words(end, lx.agoTail()) > 0) {
                    end += 1;
                    kind = DateMention.Kind.PAST;
                }
                int sinceAnother = lx == DateWords.EN && kind == DateMention.Kind.DATE ? laterThanAnother(end) : 0;
                if (sinceAnother > 0) {
                    // "forwarded it a few weeks later", "two days after that": counted from another
                    // moment, not from the call, so it says no day
                    i = end + sinceAnother;
                    continue;
                }
                if (kind == DateMention.Kind.DATE) {
                    from -= leading(from, IN);
                    int by = leading(from, lx.byLead());
                    int after = leading(from, lx.afterLead());
                    if (after > 0 && after >= by) {
                        from -= after;
                        // "my disability check comes from the third" as the recogniser hears "comes on the third": the
                        // day it arrives, not the days after it
                        boolean arrives = lx == DateWords.EN && items.get(from).word().equals("from") && is(from - 1, ARRIVES);
                        if (!NOT_YET.contains(items.get(from).word()) && !arrives) {
                            earliest = (latest == null ? earliest : latest).plusDays(1);
                            latest = null;
                        } // "not till tonight", "no hasta el viernes": that day itself, the day it can be done

                    } else if (by > 0) {
                        boolean before = items.get(from - by).word().equals("before")
                                || items.get(from - by).word().equals("antes");
                        from -= by;
                        latest = before && earliest != null ? earliest.minusDays(1) : latest;
                        earliest = today;
                    }
                }
                if (lx == DateWords.EN && kind == DateMention.Kind.DATE && tense.waitedThrough(from)) {
                    // "the holiday orders didn't pay out till January": a wait told, over by now
                    kind = DateMention.Kind.PAST;
                    earliest = null;
                    latest = null;
                }
                int doubted = lx == DateWords.EN && kind == DateMention.Kind.DATE ? leading(from, DOUBTED) : 0;
                if (doubted > 0) {
                    // "I don't know about Friday": the day is in doubt, the payment is put off to no day
                    from -= doubted;
                    kind = DateMention.Kind.VAGUE;
                    earliest = null;
                    latest = null;
                }
                if (lx == DateWords.EN && kind == DateMention.Kind.DATE && (monthsThing(from, end) || periodsBill(from, end)
                        || thingNamedByItsTime(from))) {
                    // "I couldn't make the December one", "next month's bill for the new place": an instalment
                    // or a bill named by its time, not a day to pay
                    i = end;
                    continue;
                }
                if (lx == DateWords.EN && kind == DateMention.Kind.DATE
                        && (otherDays.at(from, end) || putOffs.notWantedToLast(from) || putOffs.wantedDoneBefore(from))) {
                    // "our youngest is getting married in June", "my car insurance renews the first of
                    // April": when something else happens, not a day to pay
                    i = end;
                    continue;
                }
                if (kind != DateMention.Kind.PAST && end < items.size() && is(end, lx.last())
                        && is(end + 1, Set.of("year", "month", "week"))) {
                    // "after the holidays last year my hours got cut": the last ones
                    kind = DateMention.Kind.PAST;
                    earliest = null;
                    latest = null;
                    end += 2;
                }
                if (kind == DateMention.Kind.DATE && today.equals(earliest) && today.equals(latest)
                        && (is(from - 1, NOW_IS) || is(from - 1, Set.of("is")) && is(from - 2, Set.of("it", "today")))) {
                    // "it's New Year's Eve, we're slammed": what day it is, not a day anything is to be done
                    i = end;
                    continue;
                }
                if (lx == DateWords.EN && kind == DateMention.Kind.DATE && narrowsThePast(pastEnd, from)) {
                    // "I paid them off back in November, right before Thanksgiving": the time gone, told closer
                    kind = DateMention.Kind.PAST;
                    earliest = null;
                    latest = null;
                }
                if (!rejected(from, end)) {
                    pastEnd = kind == DateMention.Kind.PAST ? end : pastEnd;
                    DateMention before = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (kind == DateMention.Kind.VAGUE && before != null && before.kind() == DateMention.Kind.VAGUE
                            && items.get(from).from() - before.to() <= 1) {
                        // "once things | settle down": one time put off, however the phrases split it
                        int start = vagueFrom;
                        out.set(out.size() - 1, new DateMention(before.from(), items.get(end - 1).to(),
                                text(start, end), kind, null, null, payingTalk.around(start, end)));
                    } else {
                        out.add(new DateMention(items.get(from).from(), items.get(end - 1).to(), text(from, end),
                                kind, earliest, latest, payingTalk.around(from, end)));
                        vagueFrom = from;
                    }
                }
                i = end;
            }
            // "Friday? I don't know about Friday": the day echoed, then doubted, is no day named
            out.removeIf(d -> d.kind() == DateMention.Kind.DATE && out.stream().anyMatch(v -> v.kind()
                    == DateMention.Kind.VAGUE && v.from() >= d.to() && v.from() - d.to() <= 4
                    && v.text().endsWith(" " + d.text())));
            // "I'll get around to it after Labor Day", "till payday in two weeks": the day named is when, the
            // phrase puts off nothing more
            out.removeIf(v -> v.kind() == DateMention.Kind.VAGUE && (MADE_EXACT_AFTER.contains(v.text()) || payday(v))
                    && out.stream().anyMatch(d -> d.kind() == DateMention.Kind.DATE && d.from() >= v.to()
                            && d.from() - v.to() <= 4));
            // "when my check comes in on the fifteenth", "once my disability hits on the third": the money awaited
            // comes on the day named after it, which says when (a day read as gone by too: "we just moved back … I
            // was holding off until my husband's check comes on the first", said on the thirtieth)
            out.removeIf(v -> v.kind() == DateMention.Kind.VAGUE && lx == DateWords.EN && out.stream().anyMatch(d ->
                    (d.kind() == DateMention.Kind.DATE || d.kind() == DateMention.Kind.PAST) && d.from() >= v.to() && d.from() - v.to() <= MONEY_AWAITED_REACH
                            && moneyBetween(v.from(), d.from())));
            return out;
        }

        /** What may stand between a time gone and the closer telling of it: "in November, right before …". */
        private static final Set<String> NARROWING = Set.of("right", "just", "around", "about", "like", "sometime",
                "somewhere", "the", "on");

        /** Whether a day starting at item {@code from} narrows the time gone that ended at {@code pastEnd}. */
        private boolean narrowsThePast(int pastEnd, int from) {
            if (pastEnd < 0 || from < pastEnd || from - pastEnd > 2) {
                return false;
            }
            for (int k = pastEnd; k < from; k++) {
                if (!is(k, NARROWING)) {
                    return false;
                }
            }
            return true;
        }

        /** Words of money coming to the speaker: "when my check comes in on the fifteenth". */
        private static final Set<String> MONEY_COMING = Set.of("check", "checks", "paycheck", "cheque", "payday", "paid",
                "deposit", "social", "disability", "pension", "benefits", "refund", "unemployment", "ssi", "stimulus");
        /** How far after the words that wait the day may come: "when my husband's check comes in on the first". */
        private static final int MONEY_AWAITED_REACH = 6;

        /** Whether a word of money coming stands in the tokens [from, to). */
        private boolean moneyBetween(int from, int to) {
            return items.stream().anyMatch(item -> item.from() >= from && item.to() <= to && !item.isNumber()
                    && MONEY_COMING.contains(item.word()));
        }

        /** Vague words that a day named right after them makes exact: "get around to it after Labor Day". */
        private static final Set<String> MADE_EXACT_AFTER = Set.of("get around to", "gets around to");

        /** Whether a vague mention waits on a payday ("after payday", "till pay day"), which a day said after it names. */
        private static boolean payday(DateMention vague) {
            return vague.text().endsWith("payday") || vague.text().endsWith("pay day");
        }

        private static final List<List<String>> FROM_ANOTHER_MOMENT = Words.phrases("later", "after that",
                "afterwards", "afterward", "after which", "before that", "earlier");

        /** How many words after a span say it counts from another moment ("a few weeks later"); 0 if none. */
        private int laterThanAnother(int end) {
            if (end >= items.size() || !is(end - 1, lx.unitDays().keySet())) {
                return 0; // a span ("two weeks"), not a day ("Friday later on")
            }
            for (List<String> phrase : FROM_ANOTHER_MOMENT) {
                int n = words(end, phrase);
                if (n > 0 && words(end, List.of("later", "than")) == 0) {
                    return n;
                }
            }
            return 0;
        }

        /** What puts a day said right after it in doubt. */
        private static final List<List<String>> DOUBTED = Words.phrases("dont know about", "do not know about",
                "dunno about", "not sure about", "unsure about", "not so sure about", "not too sure about");

        /** How "not until Friday" starts: the day is the first it can be done, not one after it. */
        private static final Set<String> NOT_YET = Set.of("not", "no");

        /** What turns a day down when said right after it: "this week's no good", "Friday won't work". */
        private static final List<List<String>> TURNED_DOWN = Words.phrases("no good", "is no good", "isnt good",
                "wont work", "doesnt work", "isnt going to work", "is not going to work", "not gonna work", "is out",
                "is bad", "isnt possible", "is not possible", "is impossible", "is too soon", "is too early",
                "no puedo", "no me alcanza", "no me queda", "no se puede");

        /**
         * A day turned down is no day offered: "this week's no good", "not Friday" (not "not until
         * Friday", which still names it).
         */
        private boolean rejected(int from, int end) {
            for (List<String> phrase : TURNED_DOWN) {
                if (words(end, phrase) == phrase.size()) {
                    return true;
                }
            }
            return is(from - 1, Set.of("not", "no")) && at(from) != null;
        }

        /** The longest date starting at item {@code i}, or null. */
        private Found at(int i) {
            if (is(i - 1, COUNTED_TIMES) && is(i, PERIOD_OPENERS)) {
                return null; // "you've called me five times this month": how often, not when
            }
            Found best = null;
            for (Found f : new Found[] {day(i), spans.relative(i), spans.span(i), holiday(i), time(i), putOffs.vague(i), shifted(i)}) {
                if (f != null && (best == null || f.end() > best.end())) {
                    best = f;
                }
            }
            return best;
        }

        /**
         * A day counted from another: "the day after Thanksgiving", "the day before the fifteenth", "a
         * week Friday", "a week from Tuesday", "two weeks from today". The day counted from must be
         * one day, not a span.
         */
        private Found shifted(int i) {
            if (lx != DateWords.EN) {
                return null;
            }
            int k = is(i, Set.of("the")) ? i + 1 : i;
            int days;
            if (is(k, Set.of("day")) && is(k + 1, Set.of("after", "before"))) {
                days = "after".equals(word(k + 1)) ? 1 : -1;
                k += 2;
            } else {
                // "fifty dollars once a week on Friday", "a hundred a week": a rate, not a day
                if (number(i - 1) != null || is(i - 1, RATE_BEFORE)) {
                    return null;
                }
                int[] count = spans.countAt(i, 4);
                if (count == null || !is(i + count[1], Set.of("week", "weeks"))) {
                    return null;
                }
                k = i + count[1] + 1;
                days = 7 * count[0] * (is(k, Set.of("before")) ? -1 : 1);
                if (is(k, Set.of("from", "on", "after", "before"))) {
                    k++;
                }
            }
            Found from = day(k);
            if (from == null) {
                from = holiday(k);
            }
            if (from == null || from.kind() != DateMention.Kind.DATE || from.earliest() == null
                    || !from.earliest().equals(from.latest())) {
                return null;
            }
            LocalDate d = from.earliest().plusDays(days);
            return d.isBefore(today) ? null : one(from.end(), d);
        }

        /** Words before "a week" that make it a rate: "once a week", "fifty bucks a week". */
        private static final Set<String> RATE_BEFORE = Set.of("once", "twice", "dollars", "bucks", "times");

        private static final Set<String> COUNTED_TIMES = Set.of("times", "veces");
        private static final Set<String> PERIOD_OPENERS = Set.of("this", "last", "a", "in", "every", "per", "today",
                "esta", "este", "al", "por", "hoy");

        // --- days ------------------------------------------------------------------------------

        /** today, tomorrow, weekdays, days of the month, month names. */
        private Found day(int i) {
            if (is(i, lx.today())) {
                return one(i + 1, today);
            }
            int n = words(i, lx.dayAfterTomorrow());
            if (n > 0 || (is(i, lx.article()) && (n = words(i + 1, lx.dayAfterTomorrow())) > 0)) {
                int start = is(i, lx.article()) && !lx.dayAfterTomorrow().get(0).equals(word(i)) ? 1 : 0;
                return one(i + start + n, today.plusDays(2));
            }
            if (is(i, lx.tomorrow())) {
                // Spanish "en la mañana" is "in the morning", not tomorrow.
                if (lx == DateWords.ES && is(i - 1, lx.article())) {
                    return null;
                }
                return one(i + 1, today.plusDays(1));
            }
            if (is(i, lx.yesterday())) {
                return new Found(i + 1, DateMention.Kind.PAST, today.minusDays(1), today.minusDays(1));
            }
            Found weekday = weekday(i);
            if (weekday != null) {
                return weekday;
            }
            Found month = monthDay(i);
            if (month != null) {
                return month;
            }
            return dayOfMonth(i, false);
        }

        /** "On", among the words of the coming weekday ("on Friday"), that does not fix the week as "this" does. */
        private static final Set<String> ON = Set.of("on");

        /** [this|next|last] WEEKDAY [the Nth] / [el] [próximo] VIERNES [que viene]. */
        private Found weekday(int i) {
            int k = i;
            if (is(k, lx.article())) {
                k++;
            }
            boolean next = false;
            boolean last = false;
            boolean thisWeek = false;
            if (is(k, lx.next())) {
                next = true;
                k++;
            } else if (is(k, lx.last())) {
                last = true;
                k++;
            } else if (is(k, lx.thisOne()) && get(lx.weekdays(), k + 1) != null) {
                // "on Friday the eighteenth" names the eighteenth; "this Friday" the coming one
                thisWeek = !is(k, ON);
                k++;
            }
            DayOfWeek day = get(lx.weekdays(), k);
            if (day == null && lx == DateWords.EN && word(k) != null && word(k).endsWith("s")
                    && dayOfMonth(k + 1, true) != null) {
                day = lx.weekdays().get(word(k).substring(0, word(k).length() - 1)); // "Friday's the twenty sixth, right?"
            }
            if (day == null) {
                return null;
            }
            k++;
            for (String after : lx.nextAfter()) {
                int n = words(k, List.of(after.split(" ")));
                if (n > 0) {
                    next = true;
                    k += n;
                }
            }
            if (is(k, lx.lastAfter())) {
                last = true;
                k++;
            }
            // "Thursday after next", "it'd have to be the Friday after that": the one a week after the next Thursday
            boolean afterNext = lx == DateWords.EN && (words(k, List.of("after", "next")) == 2
                    || is(i, Set.of("the")) && words(k, List.of("after", "that")) == 2);
            if (afterNext) {
                k += 2;
            }
            if (k == i + 1 && is(i - 1, lx.last())) {
                last = true;
            }
            Found dated = dayOfMonth(k, true);
            // A weekday and a day of the month that disagree: the number was misheard or cut short
            // ("Monday the twenty" for "the twenty fifth"); a weekday is seldom misheard.
            // "This Friday the thirteenth" for "the thirtieth" is that too: "this" names the coming one.
            if (dated != null && dated.earliest() != null && dated.earliest().getDayOfWeek() == day
                    && !(thisWeek && dated.earliest().isAfter(today.with(TemporalAdjusters.nextOrSame(day))))) {
                return dated;
            }
            if (dated == null && !next && !last && !afterNext && lx == DateWords.EN) {
                Found around = weekdayAround(k, day);
                if (around != null) {
                    return around;
                }
            }
            int end = dated != null ? dated.end() : k;
            if (last) {
                LocalDate d = today.with(TemporalAdjusters.previous(day));
                return new Found(end, DateMention.Kind.PAST, d, d);
            }
            LocalDate d = today.with(TemporalAdjusters.nextOrSame(day));
            if (afterNext) {
                return one(k, d.plusWeeks(1));
            }
            if (next) {
                LocalDate nextWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
                d = nextWeek.with(TemporalAdjusters.nextOrSame(day));
            }
            return one(end, d);
        }

        /**
         * "The Monday right after Thanksgiving", "the Friday before the fifteenth": the first such
         * weekday after (or the last before) a day named, not every day after it.
         */
        private Found weekdayAround(int k, DayOfWeek day) {
            int at = k;
            if (is(at, Set.of("right", "just"))) {
                at++;
            }
            boolean after = is(at, Set.of("after"));
            if (!after && !is(at, Set.of("before"))) {
                return null;
            }
            Found named = at(at + 1);
            if (named == null || named.kind() != DateMention.Kind.DATE || named.earliest() == null
                    || named.latest() == null) {
                return null;
            }
            LocalDate d = after ? named.latest().plusDays(1).with(TemporalAdjusters.nextOrSame(day))
                    : named.earliest().minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            return d.isBefore(today) ? null : one(named.end(), d);
        }

        /** MONTH [the] Nth / Nth of MONTH / el N de MES. */
        private Found monthDay(int i) {
            Month month = get(lx.months(), i);
            if (month != null) {
                Found ofAYear = monthOfAYear(i, month);
                if (ofAYear != null) {
                    return ofAYear;
                }
                int k = i + 1;
                if (is(k, lx.article())) {
                    k++;
                }
                Long day = number(k);
                if (day != null && day >= 1 && day <= 31) {
                    return resolve(i, k + 1, month, day.intValue());
                }
                if (lx.ambiguousMonths().contains(word(i)) && !is(i - 1, lx.monthContext())) {
                    return null;
                }
                if (!is(i - 1, lx.monthContext()) && !is(i - 1, lx.article())) {
                    return null;
                }
                LocalDate first = LocalDate.of(today.getYear(), month, 1);
                int monthsBack = (today.getMonthValue() - month.getValue() + 12) % 12;
                boolean future = is(i - 1, lx.next()) || is(i - 1, lx.afterLeadWords()) || lx == DateWords.EN && tense.willAct(i);
                // "I cleaned that unit out in March", said in December: a past tense before it, nobody to act then
                boolean saidOfThePast = is(i - 1, lx.last()) || is(i - 1, BACK)
                        || is(i - 1, Set.of("in", "en")) && is(i - 2, BACK) || pastContext
                        || lx == DateWords.EN && (tense.pastRightAfter(i + 1) || pastVerbOfTheMonth(i));
                // A month a quarter gone is the one meant, across the new year too ("paid it in December"
                // said in February), unless someone will act then ("I can pay in December").
                boolean recent = monthsBack <= Math.min(6, today.getMonthValue() - 1)
                        || lx == DateWords.EN && monthsBack <= 3;
                // "I used it in January before I cancelled", said in January: this month's, gone by
                boolean thisMonthGone = monthsBack == 0 && lx == DateWords.EN && tense.pastBefore(i);
                if (!future && (monthsBack > 0 && (saidOfThePast || recent) || thisMonthGone)) {
                    // "back in March", "I lost my job in September": a month gone by is the past
                    LocalDate past = first.minusYears(month.getValue() > today.getMonthValue() ? 1 : 0);
                    return new Found(i + 1, DateMention.Kind.PAST, past, past.with(TemporalAdjusters.lastDayOfMonth()));
                }
                if (first.plusMonths(1).isBefore(today.plusDays(1))) {
                    first = first.plusYears(1);
                }
                LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
                int[] part = monthPart(i);
                if (part != null) {
                    // "mid January", "the end of March", "a mediados de enero": that part of the month, as the
                    // month's edges are read ("the end of the month": its last three days); one gone by in
                    // this month is now ("it's the middle of December", said on the sixteenth)
                    int days = last.getDayOfMonth();
                    LocalDate to = first.withDayOfMonth(Math.min(part[1], days));
                    first = first.withDayOfMonth(part[0] > 0 ? part[0] : days + part[0]);
                    last = to.isBefore(today) ? today : to;
                }
                LocalDate start = first.isBefore(today) ? today : first;
                return new Found(i + 1, DateMention.Kind.DATE, start, last);
            }
            return null;
        }

        /**
         * A month's part named before it, as days of the month (a day below 1 counts back from its last):
         * "early", "mid", "late" its thirds; "the beginning of", "the middle of", "the end of" as the edges of
         * "the month" are read ({@link Spans}): its first five days, the fifteenth, its last three.
         */
        private static final Map<String, int[]> MONTH_PART_BEFORE = Map.of("early", new int[] {1, 10},
                "mid", new int[] {11, 20}, "late", new int[] {21, 31});
        private static final Map<String, int[]> MONTH_PART_OF = Map.of("beginning", new int[] {1, 5},
                "start", new int[] {1, 5}, "principios", new int[] {1, 5}, "inicios", new int[] {1, 5},
                "middle", new int[] {15, 15}, "mediados", new int[] {15, 15},
                "end", new int[] {-2, 31}, "fines", new int[] {-2, 31}, "finales", new int[] {-2, 31});

        /** The days of the month named at {@code i} that the words before it narrow it to, or null: "mid January". */
        private int[] monthPart(int i) {
            int[] before = get(MONTH_PART_BEFORE, i - 1);
            if (before != null && lx == DateWords.EN) {
                return before;
            }
            return is(i - 1, lx.of()) ? get(MONTH_PART_OF, i - 2) : null;
        }

        /**
         * A month of a year said with it: "March of twenty twenty four", "in March twenty twenty
         * four" (a year of two numbers, and nothing more, is no day: not "March twenty, twenty
         * twenty four"), "marzo de dos mil veinticuatro". The whole month, gone by or to come.
         */
        /** How far from this year a year said after a month, without "of", may be. */
        private static final int YEARS_AROUND = 5;

        private Found monthOfAYear(int i, Month month) {
            int k = is(i + 1, lx.of()) ? i + 2 : i + 1;
            int[] year = year(k);
            if (k == i + 2 && year == null && words(k + 1, lx.year()) > 0 && (is(k, lx.next()) || is(k, lx.thisOne()))) {
                year = new int[] {today.getYear() + (is(k, lx.next()) ? 1 : 0), 2}; // "March of next year"
            }
            boolean said = k == i + 2;
            // without "of", only a year said in two ("March twenty twenty four") near this one, nothing after it
            // that makes it a sum ("January two thousand", "March two thousand and the rest in April")
            boolean plain = year != null && year[1] == 2 && Math.abs(year[0] - today.getYear()) <= YEARS_AROUND
                    && number(k + 2) == null && !is(k + 2, UNITS) && !is(k + 2, Set.of("and"));
            if (year == null || !said && !plain) {
                return null;
            }
            LocalDate first = LocalDate.of(year[0], month, 1);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            int end = k + year[1];
            if (last.isBefore(today)) {
                return new Found(end, DateMention.Kind.PAST, first, last);
            }
            return new Found(end, DateMention.Kind.DATE, first.isBefore(today) ? today : first, last);
        }

        /**
         * [the|on the] Nth [of MONTH | of next month | of the month]: a day of a month. After a
         * weekday ({@code afterWeekday}), or before "of" and a month named, the article is optional. Ordinals one to three ("the
         * first", "the second") are days only where a day is expected, and no ordinal is a day
         * when a noun follows ("the third option").
         */
        private Found dayOfMonth(int i, boolean afterWeekday) {
            int k = i;
            boolean article = false;
            if (is(k, lx.article()) || is(k - 1, CONTRACTED_ARTICLE)) {
                article = true;
                k += is(k, lx.article()) ? 1 : 0;
                k += is(k, lx.article()) ? 1 : 0; // "by the the eighth": the article heard twice
            }
            if (is(k, lx.dayWord())) {
                k++;
                article = true;
            }
            Long value = number(k);
            if (value == null || value < 1 || value > 31) {
                return null;
            }
            SpokenNumbers.Item item = items.get(k);
            boolean spanish = lx == DateWords.ES;
            int end = k + 1;
            // The recogniser often writes the day as a cardinal ("on the twenty eight", "after the
            // fifteen"): in English a cardinal is a day only where a day is expected.
            boolean cardinalDay = !spanish && !item.ordinal() && article
                    && (afterWeekday || is(i - 1, lx.dayPrepositions())) && !is(end, UNITS);
            if (!spanish && !item.ordinal() && !cardinalDay) {
                return null;
            }
            // "I pay on second of November", the article lost: an ordinal of a month named is a day
            boolean ofAMonth = item.ordinal() && is(end, lx.of()) && get(lx.months(), end + 1) != null
                    && !lx.ambiguousMonths().contains(word(end + 1)); // not "first of may I ask"
            if (!article && !afterWeekday && !ofAMonth) {
                return null;
            }
            if (is(end, lx.countedNouns()) || is(end, UNITS) || (end < items.size() && items.get(end).isNumber())) {
                return null;
            }
            if (is(end, lx.of())) {
                Month month = get(lx.months(), end + 1);
                if (month != null) {
                    return resolve(i, end + 2, month, value.intValue());
                }
                int n = words(end + 1, List.of(lx.article().iterator().next()));
                if (is(end + 1 + n, lx.next()) && words(end + 2 + n, lx.month()) > 0) {
                    LocalDate d = today.plusMonths(1).withDayOfMonth(1);
                    return one(end + 3 + n, clampDay(d, value.intValue()));
                }
                if (is(end + 1, lx.article()) && words(end + 2, lx.month()) > 0) {
                    return resolve(i, end + 3, null, value.intValue());
                }
                // "after the first of the year", "the second of next year": a day of January
                if (is(end + 1 + n, lx.next()) && words(end + 2 + n, lx.year()) > 0) {
                    return one(end + 3 + n, clampDay(LocalDate.of(today.getYear() + 1, Month.JANUARY, 1), value.intValue()));
                }
                if (is(end + 1, lx.article()) && words(end + 2, lx.year()) > 0) {
                    LocalDate d = clampDay(LocalDate.of(today.getYear(), Month.JANUARY, 1), value.intValue());
                    if (d.isBefore(today) && lx == DateWords.EN && tense.pastBefore(i)) {
                        // "I lost my job right after the first of the year": this year's, gone by
                        return new Found(end + 3, DateMention.Kind.PAST, d, d);
                    }
                    return one(end + 3, d.isBefore(today) ? d.plusYears(1) : d);
                }
                if (is(end + 1, lx.thisOne()) && words(end + 2, lx.month()) > 0) {
                    return resolve(i, end + 3, null, value.intValue());
                }
            }
            boolean weakOrdinal = !spanish && value <= 3;
            boolean dayExpected = afterWeekday || is(i - 1, lx.dayPrepositions()) || is(end, lx.of())
                    || spanish && (is(i, lx.article()) || is(i, lx.dayWord()) || is(i - 1, CONTRACTED_ARTICLE));
            if (weakOrdinal && !dayExpected) {
                return null;
            }
            if (spanish && !dayExpected) {
                return null;
            }
            return resolve(i, end, null, value.intValue());
        }

        /**
         * A year said after a day ("March fourth nineteen ninety six", "twenty twenty six", "two
         * thousand and one"): {year, items read}, or null.
         */
        private int[] year(int i) {
            Long first = cardinal(i);
            if (first == null) {
                return null;
            }
            Long second = cardinal(i + 1);
            if ((first == 19 || first == 20) && second != null && second >= 10 && second <= 99) {
                return new int[] {(int) (first * 100 + second), 2};
            }
            return first >= 1900 && first <= 2100 ? new int[] {first.intValue(), 1} : null;
        }

        /** Words that make the day after them a deadline: "open until Tuesday the second". */
        private static final Set<String> DEADLINE_WORDS = Set.of("until", "till", "til", "before", "hasta");

        /**
         * Whether the day said from item {@code from} (or its weekday just before) follows a deadline
         * word with no past tense told in the words before that.
         */
        private boolean deadlineAhead(int from) {
            int k = get(lx.weekdays(), from - 1) != null ? from - 2 : from - 1;
            return is(k, DEADLINE_WORDS) && !tense.pastBefore(k);
        }

        /** Day {@code day} of {@code month} (null: this month or the next), the next one from today unless said of the past. */
        private Found resolve(int from, int end, Month month, int day) {
            // "I cancelled in March right after my birthday on the fourteenth": told of as done
            boolean toldOf = lx == DateWords.EN && get(lx.weekdays(), from - 1) == null && tense.pastBefore(from);
            int[] year = month == null ? null : year(end);
            if (year != null) {
                LocalDate d = clampDay(LocalDate.of(year[0], month, 1), day);
                return d.isBefore(today) ? new Found(end + year[1], DateMention.Kind.PAST, d, d)
                        : one(end + year[1], d);
            }
            if (month == null) {
                LocalDate d = clampDay(today.withDayOfMonth(1), day);
                if (d.isBefore(today)) {
                    // "I apologize, that shouldn't have been shared … all open until Tuesday the second": a
                    // past told earlier in the turn sets no deadline in the past
                    if (toldOf || pastContext && !deadlineAhead(from)) {
                        return new Found(end, DateMention.Kind.PAST, d, d);
                    }
                    d = clampDay(today.withDayOfMonth(1).plusMonths(1), day);
                } else if (toldOf) {
                    // "switched to a different insurer on the twentieth": last month's, as it was told
                    LocalDate last = clampDay(today.withDayOfMonth(1).minusMonths(1), day);
                    return new Found(end, DateMention.Kind.PAST, last, last);
                }
                return one(end, d);
            }
            LocalDate d = clampDay(LocalDate.of(today.getYear(), month, 1), day);
            // "I sent the whole thing back in August, the ninth" said in February: last year's, however long ago
            boolean saidBack = (is(from - 1, BACK) && !is(from - 2, RETURNED)
                    || is(from - 2, BACK) && is(from - 1, BACK_WHEN) && !is(from - 3, RETURNED))
                    && !(lx == DateWords.EN && tense.willAct(from)); // not "call me back on March the tenth"
            if (saidBack && !d.isBefore(today)) {
                LocalDate last = d.minusYears(1);
                return new Found(end, DateMention.Kind.PAST, last, last);
            }
            if (d.isBefore(today)) {
                LocalDate nextYears = clampDay(LocalDate.of(today.getYear() + 1, month, 1), day);
                // "the accident August ninth" said in November: a day months gone, not one most of a year off
                boolean longGone = d.isBefore(today.minusDays(LONG_GONE_DAYS)) && nextYears.isAfter(today.plusDays(FAR_AHEAD_DAYS));
                if (pastContext || toldOf || longGone) {
                    return new Found(end, DateMention.Kind.PAST, d, d);
                }
                d = nextYears;
            } else if ((pastContext || toldOf) && d.isAfter(today.plusDays(FAR_AHEAD_DAYS))
                    && d.minusYears(1).isAfter(today.minusDays(LAST_YEARS_DAYS))) {
                // "my knee surgery on November the twelfth, I was off work" said in February: last year's
                LocalDate last = d.minusYears(1);
                return new Found(end, DateMention.Kind.PAST, last, last);
            }
            return one(end, d);
        }

        /** A month and day gone this long, whose next one is this far off, is the one gone. */
        private static final int LONG_GONE_DAYS = 31;
        private static final int FAR_AHEAD_DAYS = 120;
        /** How far back last year's day may be for a turn told in the past to mean it. */
        private static final int LAST_YEARS_DAYS = 200;

        private static LocalDate clampDay(LocalDate firstOfMonth, int day) {
            return firstOfMonth.withDayOfMonth(Math.min(day, firstOfMonth.lengthOfMonth()));
        }

        /** A holiday wished ("merry christmas") or a time of year that weighs on things ("with christmas coming up"): no day. */
        private static final Set<String> NOT_A_DAY_BEFORE_HOLIDAY = Set.of("merry", "happy", "with", "feliz");
        /** "Have a nice Thanksgiving", "have a blessed Christmas": the holiday wished well, no day. */
        private static final Set<String> WISHED_WELL = Set.of("nice", "good", "great", "lovely", "wonderful", "blessed",
                "safe", "fun", "peaceful", "relaxing", "restful", "beautiful", "joyful", "fantastic");

        /**
         * The past said just after a holiday or season ("the holidays got away from me", "I close[d] that
         * card in the summer and paid it off"), unless the time is set ahead before it: "next spring",
         * "I'll have it after Thanksgiving when my hours kick [heard "clicked"] back up", "maybe in the
         * spring".
         */
        private boolean pastSaidAfter(int i, int after) {
            return lx == DateWords.EN && !is(i - 1, lx.next()) && !tense.willAct(i) && !tense.hedgedBefore(i)
                    && tense.pastAfter(after);
        }

        /** Christmas, the holidays, new year, seasons; la quincena. */
        private Found holidayNamed(int i, Map.Entry<List<String>, Holiday> h) {
            int n = words(i, h.getKey());
            if (is(i - 1, NOT_A_DAY_BEFORE_HOLIDAY) || lx == DateWords.EN && is(i - 1, WISHED_WELL)
                    && is(i - 2, Set.of("a", "your"))) {
                return null;
            }
            Holiday md = h.getValue();
            if (md.month() == 0) {
                LocalDate mid = today.withDayOfMonth(Math.min(md.day(), today.lengthOfMonth()));
                LocalDate d = mid.isBefore(today) ? today.with(TemporalAdjusters.lastDayOfMonth()) : mid;
                return one(i + n, d);
            }
            LocalDate d = md.in(today.getYear());
            // "my hours got cut after the holidays", "on Memorial Day we had the grandkids"
            if (tense.pastBefore(i) || pastSaidAfter(i, i + n)) {
                // "my hours got cut after the holidays": the last ones
                LocalDate last = d.isAfter(today) ? md.in(today.getYear() - 1) : d;
                return new Found(i + n, DateMention.Kind.PAST, last, last);
            }
            if (h.getKey().equals(THE_HOLIDAYS) && is(i - 1, IN_A_SEASON) && inTheHolidays()) {
                // "a debt collector, during the holidays", said on the 29th of December: now
                return one(i + n, today);
            }
            LocalDate recent = d.isAfter(today) ? md.in(today.getYear() - 1) : d;
            if (lx == DateWords.EN && (is(i - 1, SINCE) || is(i - 1, SINCE_FILLERS) && is(i - 2, SINCE))) {
                // "it's been rough since the holidays", heard "since yes the holidays": the last one, however long ago
                return new Found(i + n, DateMention.Kind.PAST, recent, recent);
            }
            boolean sinceIt = is(i - 1, SINCE_IT) || is(i - 1, lx.article()) && is(i - 2, SINCE_IT)
                    || justBefore(i - 1) || is(i - 1, lx.article()) && justBefore(i - 2);
            if (lx == DateWords.EN && sinceIt && recent.isBefore(today) && (!recent.isBefore(today.minusDays(JUST_PASSED_DAYS))
                    || nowSince(i + n))) {
                // "after Christmas I'm tapped out", "… and then Christmas [came]" in early January: the one just
                // gone, not next year's; "[they cut] my shifts after the holidays, now I'm only working three days"
                // in February: the last one, set against now
                return new Found(i + n, DateMention.Kind.PAST, recent, recent);
            }
            if (d.isBefore(today)) {
                d = md.in(today.getYear() + 1);
            }
            return one(i + n, d);
        }

        private static final List<String> THE_HOLIDAYS = List.of("the", "holidays");
        /** Words before "the holidays" that name the season, not its day: "during the holidays", "over the holidays". */
        private static final Set<String> IN_A_SEASON = Set.of("during", "over", "for", "in");

        /** Whether today is in the holiday season, from a week before Christmas to New Year's Day. */
        private boolean inTheHolidays() {
            return today.getMonthValue() == 12 && today.getDayOfMonth() >= 18
                    || today.getMonthValue() == 1 && today.getDayOfMonth() <= 1;
        }

        private static final Set<String> SINCE = Set.of("since");
        /** What the recogniser may put between "since" and the day: "since yes the holidays". */
        private static final Set<String> SINCE_FILLERS = Set.of("uh", "um", "like", "yes", "oh", "er", "ah", "just");

        /** Words before a holiday that, once it has just passed, mean the one gone: "after", "since", "and then". */
        private static final Set<String> SINCE_IT = Set.of("after", "since", "then");

        /**
         * Whether "right before" or "just before" ends at {@code i}: a holiday just gone is nearer than next
         * year's ("they let forty of us go right before Christmas", said in January).
         */
        private boolean justBefore(int i) {
            return is(i, Set.of("before")) && is(i - 1, Set.of("right", "just"));
        }

        /** Whether "now" at {@code i} sets the present against the time before it: "now I'm", not "now that", "now or". */
        private boolean nowSince(int i) {
            return is(i, Set.of("now")) && is(i + 1, Set.of("im", "were", "theyre", "its", "hes", "shes", "ive", "weve",
                    "my", "our"));
        }

        /** How recently a holiday may have passed for "after" it to mean since it. */
        private static final int JUST_PASSED_DAYS = 21;

        private Found holiday(int i) {
            // the longest name said: "new year's eve", not "new year's"
            Map.Entry<List<String>, Holiday> said = null;
            for (Map.Entry<List<String>, Holiday> h : lx.holidays().entrySet()) {
                if (words(i, h.getKey()) > 0 && (said == null || h.getKey().size() > said.getKey().size())) {
                    said = h;
                }
            }
            if (said != null) {
                return holidayNamed(i, said);
            }
            boolean sinceOrBack = is(i - 1, BACK) || is(i - 1, Set.of("the", "in")) && is(i - 2, BACK);
            // "the ER thing from the summer": where something comes from is behind us ("from the summer on" is not).
            boolean origin = is(i - 1, Set.of("the")) && is(i - 2, Set.of("from")) && !is(i + 1, Set.of("on", "onwards"));
            if (is(i, lx.seasons()) && (is(i - 1, lx.last()) || is(i - 1, lx.lastAfter()) || sinceOrBack || origin)) {
                return new Found(i + 1, DateMention.Kind.PAST, today.minusMonths(6), today.minusMonths(1));
            }
            // "fall" alone is a verb: a season is one after "in the", "this", "next", "by", "until" ...
            // "the winter bill": a bill named by its season, not a time
            if (is(i, lx.seasons()) && !is(i + 1, MONTHS_THINGS) && (is(i - 1, lx.article()) || is(i - 1, lx.thisOne())
                    || is(i - 1, lx.next()) || is(i - 1, lx.monthContext()))) {
                int[] startMonth = {3, 6, 9, 9, 12};
                int index = List.of("spring", "summer", "fall", "autumn", "winter", "primavera", "verano", "otono",
                        "otono", "invierno").indexOf(word(i)) % 5;
                LocalDate d = LocalDate.of(today.getYear(), startMonth[index], 21);
                LocalDate underWay = d.minusYears(1);
                if (is(i - 1, lx.thisOne()) && !today.isBefore(underWay) && today.isBefore(underWay.plusMonths(3))) {
                    d = underWay; // "this winter" in January: the one under way, begun last December
                }
                if (lx == DateWords.EN && !is(i - 1, lx.thisOne()) && !is(i - 1, lx.next()) && yearByYear(i + 1)) {
                    // "in winter there's hardly any work", "in the summer it's always slow": every year's season, no day
                    return null;
                }
                if (lx == DateWords.EN && howItHasGone(i + 1)) {
                    // "the heating this winter has just been terrible": how the season has gone, not a day
                    LocalDate last = d.isAfter(today) ? d.minusYears(1) : d;
                    return new Found(i + 1, DateMention.Kind.PAST, last, last.plusMonths(3));
                }
                if (lx == DateWords.EN && (tense.pastBefore(i) || pastSaidAfter(i, i + 1))) {
                    // "the nurse came after my operation, in the spring": the last one; so with the past said
                    // after it, "I close that card in the summer and paid it off" (the "-d" lost), as for a holiday
                    LocalDate last = d.isAfter(today) ? d.minusYears(1) : d;
                    return new Found(i + 1, DateMention.Kind.PAST, last, last.plusMonths(3));
                }
                if (lx == DateWords.EN && d.equals(underWay) && is(i - 1, lx.thisOne()) && !actedOnBefore(i - 1)) {
                    // "between the heating this winter and my hours getting cut": the season under way, told of
                    return null;
                }
                if (d.plusMonths(3).isBefore(today)) {
                    d = d.plusYears(1);
                }
                return new Found(i + 1, DateMention.Kind.DATE, d.isBefore(today) ? today : d, d.plusMonths(3));
            }
            return null;
        }

        /** Words of the debt acted on before a season under way: "I can pay it off this winter", "catch up this winter". */
        private static final Set<String> ACTED_ON_BEFORE = Set.of("pay", "paid", "paying", "send", "catch", "cover", "settle",
                "clear", "it", "that", "do", "make", "handle", "finish", "by", "before", "until", "till", "sometime");
        /** How far before a season the debt acted on may stand. */
        private static final int ACTED_ON_REACH = 5;

        private boolean actedOnBefore(int i) {
            for (int k = i - 1; k >= 0 && k >= i - ACTED_ON_REACH; k--) {
                if (is(k, ACTED_ON_BEFORE)) {
                    return true;
                }
            }
            return false;
        }

        /** What says a season is every year's: "there's", "always", "usually". */
        private static final Set<String> THERE_BE = Set.of("is", "s", "are", "isnt", "arent", "aint", "was", "wasnt");
        private static final Set<String> HABITUALLY = Set.of("always", "usually", "normally", "never", "generally");

        /**
         * Whether the words from {@code i}, right after a season, tell how that season goes every year: an
         * existential "there's hardly any work" or a habit, "it's always slow", "we usually get more hours".
         */
        private boolean yearByYear(int i) {
            if (is(i, Set.of("theres", "theyre")) || is(i, Set.of("there")) && is(i + 1, THERE_BE)) {
                return true;
            }
            return is(i, HABITUALLY) || is(i + 1, HABITUALLY) && !is(i, Set.of("and", "or", "but", "so"));
        }

        /** Words that judge how a time went: "[this winter was] so hard", "[the summer was] slow". */
        private static final Set<String> JUDGED = Set.of("so", "really", "just", "terrible", "awful", "rough", "hard",
                "brutal", "bad", "slow", "tough", "crazy", "long", "cold", "expensive", "busy", "horrible", "tight");

        /**
         * Whether the words from {@code i} tell how a time has gone: "has [just] been", "had been", "was
         * so hard"; not "has to" ("the fall has to be when I pay it") or "was that okay".
         */
        private boolean howItHasGone(int i) {
            if (is(i, Set.of("has", "had", "hasnt"))) {
                return is(i + 1, Set.of("been")) || is(i + 1, Set.of("just", "really", "already")) && is(i + 2, Set.of("been"));
            }
            return is(i, Set.of("was", "wasnt")) && is(i + 1, JUDGED);
        }

        /** at three, at three thirty pm, this afternoon: a time today. */
        private Found time(int i) {
            if (is(i, lx.thisOne()) && is(i + 1, lx.partOfDay()) && !is(i, Set.of("on"))) {
                return one(i + 2, today);
            }
            if (lx == DateWords.EN && paidRightNow(i)) {
                return one(i + 2, today); // "okay, let's just do it right now"
            }
            int endOfShift = lx == DateWords.EN ? endOfTheWorkingDay(i) : 0;
            if (endOfShift > 0) {
                return one(i + endOfShift, today); // "online after my shift", "when I get off work": later today
            }
            int n = words(i, lx.timeLead()) > 0 ? 1 : 0;
            if (n == 1 && is(i + 1, lx.article())) {
                n++;
            }
            Long hour = n > 0 ? number(i + n) : null;
            if (hour == null || hour < 1 || hour > 12 || items.get(i + n).ordinal()) {
                return null;
            }
            int end = i + n + 1;
            Long minutes = number(end);
            if (minutes != null && minutes < 60) {
                end++;
            }
            if (!is(end, lx.timeTail()) && minutes == null) {
                return null;
            }
            while (is(end, lx.timeTail())) {
                end++;
            }
            if (lx == DateWords.EN && minutes != null && (is(end, RATE_AFTER) || is(end, Set.of("a", "an"))
                    && is(end + 1, Set.of("month", "week", "day", "payment")))) {
                return null; // "a plan at one fifty a month", "at two twenty per payment": a sum, not a time
            }
            return one(end, today);
        }

        /** Words after "at one fifty" that make it a sum: "per month", "each", "dollars". */
        private static final Set<String> RATE_AFTER = Set.of("per", "each", "every", "dollars", "dollar", "bucks",
                "monthly", "weekly");

        /** What is done "right now" when it is the payment: "do it right now", "pay that right now". */
        private static final Set<String> DONE_NOW = Set.of("it", "that", "this", "pay", "everything");
        /** Before it, words that make "right now" the time something can't be done: "I can't pay it right now". */
        private static final Set<String> NOT_DONE = Set.of("cant", "cannot", "dont", "not", "wont", "couldnt", "no", "unable",
                "never", "doesnt", "isnt", "aint");

        /** Whether "right now" at {@code i} is when the client pays: "let's just do it right now" (not "I can't pay it right now"). */
        private boolean paidRightNow(int i) {
            if (!is(i, Set.of("right")) || !is(i + 1, Set.of("now")) || !is(i - 1, DONE_NOW)) {
                return false;
            }
            for (int k = i - 2; k >= 0 && k >= i - 5; k--) {
                if (is(k, NOT_DONE)) {
                    return false;
                }
            }
            return is(i - 2, Set.of("do", "pay", "take", "run", "charge", "process", "put", "send", "settle", "it"))
                    || is(i - 1, Set.of("pay"));
        }

        /** The working day's end: "after my shift", "after work", "when I get off", "once I get home". */
        private static final List<List<String>> END_OF_THE_WORKING_DAY = Words.phrases("after my shift",
                "after the shift", "after work", "when i get off work", "when i get off my shift", "once i get off work",
                "after i get off work", "when i get home", "once i get home", "after i get home", "when my shift ends",
                "when my shift is over");

        /** How many words at {@code i} name the working day's end, a time today ("after my shift"); 0 if none. */
        private int endOfTheWorkingDay(int i) {
            for (List<String> phrase : END_OF_THE_WORKING_DAY) {
                int n = words(i, phrase);
                if (n > 0) {
                    // "after my shift on the thirtieth", "after work Friday": the day after it says when
                    boolean dayNamed = is(i + n, Set.of("on", "next", "this", "tomorrow", "the"))
                            || get(lx.weekdays(), i + n) != null;
                    // "when I get home from the hospital": a return, not the day's end; "when I get home,
                    // whenever that ends up being" (a trucker on the road): no day at all
                    return dayNamed || is(i + n, Set.of("from")) || noKnownTime(i + n) ? 0 : n;
                }
            }
            return 0;
        }
    }
}
