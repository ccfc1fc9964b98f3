package app.parley.meaning;

import static app.parley.meaning.Clauses.CLAUSE_BREAKS;
import static app.parley.meaning.Dates.one;
import static app.parley.meaning.Tense.TO_COME;
import static app.parley.meaning.Tense.toldPast;

import app.parley.meaning.Dates.Found;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spans of time: counted from the call ("in ten days", "a couple of weeks", "a day or two", "two
 * weeks from now", "three days ago", "hace tres días") or named ("this week", "the end of next
 * week", "this weekend", "next month", "the beginning of next month", "next year", "a finales de
 * mes"), and the words that make one how long rather than when ("I've had this number about a
 * year", "I haven't worked in two months", "this month has been rough"). {@link Dates} asks this at
 * each item for the span said there.
 */
final class Spans extends ItemWords {
    private final DateWords lx;
    private final LocalDate today;
    /** Past-tense words in the turn ({@link Tense#anyPast}): the start of this month or year said then is gone by. */
    private final boolean pastContext;
    private final Tense tense;

    Spans(List<SpokenNumbers.Item> items, DateWords lexicon, LocalDate today, boolean pastContext, Tense tense) {
        super(items);
        this.lx = lexicon;
        this.today = today;
        this.pastContext = pastContext;
        this.tense = tense;
    }

    /** "in" before a date is part of it ("in ten days", "en diez días"). */
    static final List<List<String>> IN = List.of(List.of("in"), List.of("within"), List.of("en"),
            List.of("dentro", "de"));

    /** Hedges said inside a date: "in like three weeks", "in maybe a month". */
    private static final Set<String> HEDGES = Set.of("like", "maybe", "roughly", "around", "about", "say", "uh",
            "um", "just", "probably", "unos", "como");

    /**
     * A count said at item {@code k} ("a", "a couple of", "three"), at most {@code max}:
     * {count, items read}, or null.
     */
    int[] countAt(int k, int max) {
        int count = -1;
        int longest = 0;
        for (Map.Entry<List<String>, Integer> c : lx.counts().entrySet()) {
            int n = words(k, c.getKey());
            if (n > longest) {
                longest = n;
                count = c.getValue();
            }
        }
        if (longest == 0) {
            Long n = number(k);
            if (n == null || items.get(k).ordinal() || n < 1) {
                return null;
            }
            count = n.intValue();
            longest = 1;
        }
        return count <= max ? new int[] {count, longest} : null;
    }

    /** in ten days, a couple of weeks, a day or two, two weeks from now, three days ago / hace tres días. */
    Found relative(int i) {
        boolean ago = is(i, lx.agoLead());
        int k = ago ? i + 1 : i;
        int[] counted = countAt(k, 400);
        if (counted == null) {
            return null;
        }
        int count = counted[0];
        k += counted[1];
        Integer unit = get(lx.unitDays(), k);
        if (unit == null) {
            return null;
        }
        k++;
        Long more = number(k + 1);
        if (("or".equals(word(k)) || "o".equals(word(k))) && more != null && more > count && more <= 400) {
            count = more.intValue(); // "a day or two": the later
            k += 2;
        }
        boolean tail = false;
        if (is(k, lx.spanTail()) && (is(k + 1, lx.today()) || "now".equals(word(k + 1)))) {
            k += 2;
            tail = true;
        }
        // "it got away from me a couple years back": "back" after a span counts back from now, as "ago" does
        boolean agoAfter = is(k, lx.agoTail()) || lx == DateWords.EN && countsBack(i, k);
        // "in like three weeks", "in about a month": a hedge between the lead and the count
        boolean led = is(i - 1, lx.spanLead()) || is(i - 1, HEDGES) && is(i - 2, lx.spanLead())
                || lx == DateWords.EN && neededBeforePaying(i, k);
        if (led && lx == DateWords.EN && is(i - 1, Set.of("me")) && toldPast(word(i - 2))) {
            return null; // "they charged me a month after I switched": what was done, not "give me a month"
        }
        if (!ago && !tail && !agoAfter && lx == DateWords.EN && is(i - 1, HEDGES) && leading(i, IN) == 0
                && leading(i - 1, IN) == 0 && tense.pastInItsClause(i - 1)) {
            return null; // "I've had this number about a year", "it's been like a month": how long, not when
        }
        if (!ago && !tail && !agoAfter && !led) {
            return null; // "six months" of a plan is no date; "in six months" is
        }
        if (!ago && !tail && !agoAfter && lx == DateWords.EN && is(i - 1, Set.of("after")) && lastedBefore(i - 1)) {
            return null; // "I got laid off after twenty two years": how long it had lasted, not when
        }
        if (!ago && !tail && !agoAfter && lx == DateWords.EN && is(i - 1, Set.of("in")) && lookingBack(i - 1)) {
            return null; // "for the first time in twelve years", "I haven't worked in two months": how long, not when
        }
        return spanOf(agoAfter ? k + 1 : k, count * unit, ago || agoAfter);
    }

    private static final Set<String> NEED = Set.of("need", "needs");
    /** What a span needed is for when it is the length of a plan: "I'd need six months to pay it off". */
    private static final Set<String> PAYING_IT = Set.of("pay", "clear", "cover", "finish", "spread");

    /**
     * "I'm going to need a couple of weeks to sort out her estate", "I need two weeks": the time asked
     * for before paying, as "give me two weeks" is; not the length of a plan ("I need six months to pay
     * it off").
     */
    private boolean neededBeforePaying(int i, int end) {
        boolean need = is(i - 1, NEED) || is(i - 1, HEDGES) && is(i - 2, NEED);
        return need && !(is(end, Set.of("to")) && is(end + 1, PAYING_IT));
    }

    /**
     * What "back" after a span may start instead of counting back: "two weeks back to work", "a
     * month back on my feet", "a couple weeks back from surgery", "give me two weeks back and I'll
     * pay", "three months back rent", "two weeks back pay".
     */
    private static final Set<String> BACK_TO = Set.of("to", "on", "at", "into", "home", "up", "in", "from", "with",
            "and", "pay", "rent", "payments", "taxes");
    /** Who is behind by a span, or puts a day off by one: "I'm two months back", "push it two weeks back". */
    private static final Set<String> BEHIND_OR_MOVED = Set.of("im", "were", "am", "are", "is", "hes", "shes", "push",
            "pushed", "move", "moved", "set", "put", "bump", "bumped");

    /** Whether "back" at {@code k}, after the span begun at {@code from}, counts back from now, as "ago" does. */
    private boolean countsBack(int from, int k) {
        if (!"back".equals(word(k)) || is(k + 1, BACK_TO)) {
            return false;
        }
        for (int j = from - 1; j >= 0 && j >= from - 3; j--) {
            if (is(j, BEHIND_OR_MOVED)) {
                return false;
            }
        }
        return true;
    }

    /** Subjects and their words that open a clause of their own: "my wife got a new job, she gets paid after". */
    private static final Set<String> OPENING_SUBJECTS = Set.of("i", "im", "ive", "she", "he", "we", "they", "you",
            "my", "the", "his", "her", "our", "their", "it", "its");
    /** Getting paid or hired, told as what is to come or what is usual: "I get paid after two weeks". */
    private static final Set<String> GET_NOW = Set.of("get", "gets", "getting");

    /**
     * Whether the clause before the "after" at {@code after} tells what happened ("I got laid off
     * after twenty two years", "the plant laid me off after twenty years"): a past tense in it, not
     * one that only follows "get" ("I get paid after two weeks"), looked for back to the clause's
     * subject ("my wife got a new job, she gets paid after three weeks": her clause).
     */
    private boolean lastedBefore(int after) {
        for (int k = after - 1; k >= 0 && k >= after - 6; k--) {
            String w = items.get(k).word();
            if (w == null || CLAUSE_BREAKS.contains(w) || TO_COME.contains(w)) {
                return false;
            }
            if (toldPast(w) && !is(k - 1, GET_NOW)) {
                return true;
            }
            if (OPENING_SUBJECTS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Words that make "in three months" a time looked back over: "haven't paid in", "the first time in". */
    private static final Set<String> NOT_SINCE = Set.of("havent", "hasnt", "hadnt", "never");

    /**
     * Whether the "in" at {@code in} looks back over a stretch ("I haven't worked in two months",
     * "paying rent for the first time in twelve years"), with nothing between that looks ahead
     * ("I haven't got it, but I can pay in three weeks").
     */
    private boolean lookingBack(int in) {
        boolean first = in >= 2 && items.get(in - 2).isNumber(); // "first" is read as the number one
        if (is(in - 1, Set.of("time")) && (first || is(in - 2, Set.of("last", "longest", "only")))) {
            return true;
        }
        // the negation close before it, in the same clause: "haven't worked in", "hasn't called me in" (not "I
        // never have money till payday in two weeks", "I haven't got paid yet, I get it in three weeks")
        for (int k = in - 1; k >= 0 && k >= in - 3; k--) {
            if (is(k, TO_COME) || is(k, CLAUSE_BREAKS) || is(k, Set.of("i", "we", "get", "gets", "till", "until"))) {
                return false;
            }
            if (is(k, NOT_SINCE)) {
                return true;
            }
        }
        return false;
    }

    private Found spanOf(int end, int days, boolean ago) {
        if (ago) {
            LocalDate d = today.minusDays(days);
            return new Found(end, DateMention.Kind.PAST, d, d);
        }
        LocalDate d = today.plusDays(days);
        return one(end, d);
    }

    /** What may follow "after" at the end of a period one more on: "the week after", "the week after, maybe". */
    private static final Set<String> AFTER_ENDS = Set.of("or", "maybe", "probably", "at", "then", "tops", "latest");

    /**
     * How many words at {@code k}, right after a period, move it one more on ("after next", "after
     * that", "after" said last); 0 if none ("the week after Christmas" counts from the day named).
     */
    private int oneMoreOn(int k) {
        if (!is(k, Set.of("after"))) {
            return 0;
        }
        if (is(k + 1, Set.of("next", "that"))) {
            return 2;
        }
        return k + 1 >= items.size() || is(k + 1, AFTER_ENDS) ? 1 : 0;
    }

    /** Before "the month", what makes it a stretch of time: "most of the month", "all of the week", "the whole month". */
    private static final Set<String> THROUGHOUT = Set.of("most", "all", "half", "whole", "entire");

    /** Whether the period whose article is at {@code i} is a stretch gone through: "most of the month", "the whole week". */
    private boolean throughout(int i) {
        return is(i + 1, Set.of("whole", "entire")) || is(i - 1, Set.of("of")) && is(i - 2, THROUGHOUT)
                || is(i - 1, THROUGHOUT);
    }

    /** this week, next week, end of the week, this weekend, next month, end of next month, beginning of next month. */
    Found span(int i) {
        int k = i;
        int edge = 0; // -1 beginning, 1 end, 2 middle
        int n;
        if ((n = words(k, lx.end())) > 0 || (is(k, lx.article()) && (n = words(k + 1, lx.end())) > 0 && n++ > 0)) {
            edge = 1;
            k += n;
        } else if ((n = words(k, lx.start())) > 0 || lx == DateWords.EN && (n = words(k, List.of("start", "of"))) > 0) {
            edge = -1;
            k += n;
        } else if ((n = words(k, lx.middle())) > 0) {
            edge = 2;
            k += n;
        } else if (lx == DateWords.ES && words(k, List.of("a", "fin", "de")) == 3) {
            edge = 1;
            k += 3;
        } else if (lx == DateWords.ES && (n = longestOf(k, ES_END)) > 0) {
            edge = 1;
            k += n;
        } else if (lx == DateWords.ES && (n = longestOf(k, ES_START)) > 0) {
            edge = -1;
            k += n;
        } else if (lx == DateWords.ES && (n = longestOf(k, ES_MIDDLE)) > 0) {
            edge = 2;
            k += n;
        }
        boolean next = false;
        boolean thisOne = false;
        if (is(k, lx.article())) {
            k++;
        }
        if (is(k, lx.next())) {
            next = true;
            k++;
        } else if (is(k, lx.thisOne())) {
            thisOne = true;
            k++;
        }
        boolean weekend = (n = words(k, lx.weekend())) > 0;
        // "this week's no good", "the end of the month's easier": the recogniser writes the possessive as a plural
        boolean possessive = (next || thisOne || edge != 0) && lx == DateWords.EN;
        boolean week = !weekend && (words(k, lx.week()) > 0 || possessive && "weeks".equals(word(k)));
        boolean month = !weekend && !week && (words(k, lx.month()) > 0 || possessive && "months".equals(word(k)));
        boolean year = !weekend && !week && !month && words(k, lx.year()) > 0;
        if (!weekend && !week && !month && !year) {
            return null;
        }
        k += weekend ? n : 1;
        for (String after : lx.nextAfter()) {
            int m = words(k, List.of(after.split(" ")));
            if (m > 0) {
                next = true;
                k += m;
            }
        }
        // "the week after next", "maybe the week after", "the month after that": one more period on, so
        // "end of next week, maybe the week after" is no nearer than the week after next
        int onwards = lx == DateWords.EN && (week || month) ? oneMoreOn(k) : 0;
        if (onwards > 0 && (next || thisOne || is(i, lx.article()) || is(i - 1, lx.article()))) {
            k += onwards;
            next = false;
            thisOne = false;
            edge = edge == 0 ? 3 : edge;
        } else {
            onwards = 0;
            if (lx == DateWords.EN && edge == 0 && !next && !thisOne && is(k, Set.of("after", "before"))) {
                return null; // "the week after Christmas", "the week before I get paid": counted from what follows
            }
        }
        if (lx == DateWords.EN && next && edge == 0 && month && is(i, Set.of("the")) && tense.pastAfter(k)) {
            // "and then the next month the same thing happened": the one after a time told of, gone by
            return new Found(k, DateMention.Kind.PAST, today.minusMonths(1), today.minusDays(1));
        }
        if (thisOne && edge == 0 && is(k, TOLD_OF_BY)) {
            return null; // "this month has been rough", "this week's been crazy": what is told of, no time
        }
        if (lx == DateWords.EN && edge == 0 && !next && !thisOne
                && (is(i, lx.article()) && throughout(i) || is(i - 1, lx.article()) && throughout(i - 1))) {
            return null; // "I've been out sick most of the month", "the whole week": how long, not when
        }
        if (lx == DateWords.EN && thisOne && !next && edge == 0 && tense.pastJustBefore(i)) {
            // "my disability pay started this month", "I got laid off this week": what has happened in it
            return new Found(k, DateMention.Kind.PAST, today.minusDays(1), today.minusDays(1));
        }
        if (lx == DateWords.EN && thisOne && !next && edge == 0 && (month || year) && cantJustBefore(i)) {
            // "the full amount I cannot do this month": when it can't be done, no day put off (a week stays a day:
            // "I can't do it all this week" names the near days it can)
            return null;
        }
        if (lx == DateWords.EN && thisOne && edge == 0 && shortOfMoneyBefore(i)) {
            return null; // "I'm short this month", "money's tight this week": how it stands, no day to pay
        }
        if (edge == 0 && !next && !thisOne && !is(i - 1, lx.article()) && !(weekend && is(i, lx.article()))) {
            // "a week", "the month" alone are no date; "this week", "next month", "the weekend" are.
            if (!(weekend || (is(i, lx.article()) && lx == DateWords.ES && week))) {
                return null;
            }
        }
        int ahead = onwards > 0 ? 2 : next ? 1 : 0;
        if (edge == 3) {
            edge = 0;
        }
        if (week || weekend) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(ahead);
            LocalDate sunday = monday.plusDays(6);
            if (weekend) {
                LocalDate saturday = monday.plusDays(5);
                return new Found(k, DateMention.Kind.DATE, saturday.isBefore(today) ? today : saturday, sunday);
            }
            LocalDate friday = monday.plusDays(4);
            LocalDate start = monday.isBefore(today) ? today : monday;
            return switch (edge) {
                case 1 -> new Found(k, DateMention.Kind.DATE, friday.isBefore(today) ? today : friday,
                        friday.isBefore(today) ? sunday : friday);
                case -1 -> new Found(k, DateMention.Kind.DATE, start, monday.plusDays(1));
                default -> new Found(k, DateMention.Kind.DATE, start, sunday);
            };
        }
        if (year) {
            if (edge == 0 && !next && !thisOne) {
                return null; // "that was the year my mom died", "the rest of the year", "el año pasado"
            }
            boolean toCome = false;
            for (int b = Math.max(0, i - 6); b < i; b++) {
                toCome |= is(b, TO_COME); // "I'll have it paid off this year"
            }
            if (thisOne && edge == 0 && !toCome && (tense.pastBefore(i) || tense.perfectBefore(i))) {
                // "I had a lot of bills this year", "after everything I've gone through this year"
                return new Found(k, DateMention.Kind.PAST, today.withDayOfYear(1), today);
            }
            return yearSpan(k, edge, next);
        }
        LocalDate first = today.withDayOfMonth(1).plusMonths(ahead);
        LocalDate lastDay = first.with(TemporalAdjusters.lastDayOfMonth());
        if (edge == -1 && pastContext && first.isBefore(today)) {
            // "I lost my job at the start of the month": the beginning of this month, gone by
            return new Found(k, DateMention.Kind.PAST, first, first.plusDays(4));
        }
        if (edge == -1 && first.plusDays(4).isBefore(today)) {
            // "I get paid at the start of the month" said on the 17th: the next one
            first = first.plusMonths(1);
            lastDay = first.with(TemporalAdjusters.lastDayOfMonth());
        }
        LocalDate start = first.isBefore(today) ? today : first;
        return switch (edge) {
            case 1 -> new Found(k, DateMention.Kind.DATE, lastDay.minusDays(2).isBefore(today) ? today
                    : lastDay.minusDays(2), lastDay);
            case -1 -> new Found(k, DateMention.Kind.DATE, start, first.plusDays(4));
            case 2 -> one(k, first.withDayOfMonth(15).isBefore(today) ? today : first.withDayOfMonth(15));
            default -> new Found(k, DateMention.Kind.DATE, start, lastDay);
        };
    }

    /** How money stands, said before the period it stands for: "short this month", "tight this week". */
    private static final Set<String> SHORT_OF_MONEY = Set.of("short", "tight", "broke", "strapped", "stretched",
            "behind", "struggling", "thin");
    /** What may stand between how money stands and the period: "short on cash this month", "struggling financially". */
    private static final Set<String> ON_MONEY = Set.of("on", "of", "cash", "money", "funds", "financially", "a", "bit");

    /** Whether how money stands is said right before token {@code i}: "a little short on cash [this month]". */
    private static final Set<String> CANT = Set.of("cant", "cannot");
    private static final Set<String> CLAUSE_JOINS = Set.of("but", "so", "and", "because", "or");
    private static final int CANT_REACH = 5;

    /** Whether a "can't" stands in the same clause within a few words before item {@code i}. */
    private boolean cantJustBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - CANT_REACH; k--) {
            if (is(k, CANT)) {
                return true;
            }
            if (is(k, CLAUSE_JOINS)) {
                return false;
            }
        }
        return false;
    }

    private boolean shortOfMoneyBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (is(k, SHORT_OF_MONEY)) {
                return true;
            }
            if (!is(k, ON_MONEY)) {
                return false;
            }
        }
        return false;
    }

    /** What follows a period that is the subject told of: "this year has been rough", "this month was hard". */
    private static final Set<String> TOLD_OF_BY = Set.of("has", "hasnt", "had", "was", "wasnt", "been", "ha", "fue", "estuvo");

    /** The month's or year's edges as said in Spanish besides the lexicon's: "a finales de mes", "fin del mes". */
    private static final List<List<String>> ES_END = Words.phrases("finales de", "finales del", "fin del");
    private static final List<List<String>> ES_START = Words.phrases("principios del", "inicios de", "inicios del");
    private static final List<List<String>> ES_MIDDLE = Words.phrases("mediados del");

    /**
     * This year, next year, and their edges: the end of the year is December, its beginning
     * January ("at the start of the year" said in October: the next one), its middle July.
     */
    private Found yearSpan(int end, int edge, boolean next) {
        LocalDate first = today.withDayOfYear(1).plusYears(next ? 1 : 0);
        if (edge == -1 && pastContext && first.isBefore(today)) {
            // "I lost my job at the start of the year": gone by
            return new Found(end, DateMention.Kind.PAST, first, first.plusMonths(1).minusDays(1));
        }
        if (edge == -1 && first.plusMonths(1).isBefore(today)) {
            first = first.plusYears(1);
        }
        LocalDate lastDay = first.with(TemporalAdjusters.lastDayOfYear());
        return switch (edge) {
            case 1 -> new Found(end, DateMention.Kind.DATE, later(first.withMonth(12)), lastDay);
            case -1 -> new Found(end, DateMention.Kind.DATE, later(first), first.plusMonths(1).minusDays(1));
            case 2 -> middleOfYear(end, first);
            default -> new Found(end, DateMention.Kind.DATE, later(first), lastDay);
        };
    }

    /** The middle of the year (July): gone by, this year's told of or next year's to come. */
    private Found middleOfYear(int end, LocalDate first) {
        LocalDate july = first.withMonth(7);
        if (!july.isBefore(today)) {
            return one(end, july);
        }
        return pastContext ? new Found(end, DateMention.Kind.PAST, july, july.plusMonths(1).minusDays(1))
                : one(end, july.plusYears(1));
    }

    /** {@code day}, or the call's date when it has gone by. */
    private LocalDate later(LocalDate day) {
        return day.isBefore(today) ? today : day;
    }
}
