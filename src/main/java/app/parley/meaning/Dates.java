package app.parley.meaning;

import static app.parley.meaning.Clauses.ANAPHORA;
import static app.parley.meaning.Clauses.CLAUSE_BREAKS;
import static app.parley.meaning.Clauses.CLAUSE_SUBJECTS;
import static app.parley.meaning.Clauses.MODALS;
import static app.parley.meaning.Clauses.THE_PAYMENT;

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
 * grammar; each has its words ({@link Lexicon}).
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
        return new Reader(items, language.equals("es") ? Lexicon.ES : Lexicon.EN, callDate).read();
    }

    /** The names of the weekdays in {@code language} ("friday", "viernes"). */
    static Set<String> weekdayNames(String language) {
        return (language.equals("es") ? Lexicon.ES : Lexicon.EN).weekdays().keySet();
    }

    /** The words of a language the grammar needs. */
    record Lexicon(Set<String> today, Set<String> tomorrow, List<String> dayAfterTomorrow, Set<String> yesterday,
            Map<String, DayOfWeek> weekdays, Map<String, Month> months, Set<String> ambiguousMonths,
            Set<String> next, Set<String> thisOne, Set<String> last, Set<String> nextAfter, Set<String> lastAfter,
            Set<String> article, Set<String> dayWord, Set<String> of, Set<String> monthContext,
            Map<String, Integer> unitDays, Set<String> spanLead, Set<String> spanTail, Set<String> agoLead,
            Set<String> agoTail, Map<List<String>, Integer> counts,
            List<String> week, List<String> weekend, List<String> month, List<String> year, List<String> end, List<String> start,
            List<String> middle, Map<List<String>, Holiday> holidays, Set<String> seasons,
            List<List<String>> byLead, List<List<String>> afterLead, List<List<String>> vague,
            List<List<String>> notVagueAfter, Set<String> afterLeadWords, Set<String> countedNouns,
            Set<String> dayPrepositions,
            Set<String> timeLead, Set<String> timeTail, Set<String> partOfDay) {
        static final Lexicon EN = new Lexicon(
                Set.of("today", "tonight"),
                Set.of("tomorrow"),
                List.of("day", "after", "tomorrow"),
                Set.of("yesterday"),
                Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
                        "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
                        "sunday", DayOfWeek.SUNDAY),
                Dates.months("january february march april may june july august september october november december"),
                Set.of("may", "march"),
                Set.of("next"), Set.of("this", "coming", "on"), Set.of("last", "past"), Set.of(), Set.of(),
                Set.of("the"), Set.of(), Set.of("of"),
                Set.of("in", "of", "by", "until", "till", "after", "before", "since", "early", "late", "mid"),
                Map.of("day", 1, "days", 1, "week", 7, "weeks", 7, "fortnight", 14, "fortnights", 14, "month", 30,
                        "months", 30, "year", 365, "years", 365),
                Set.of("in", "within", "another", "me", "wait", "about", "after"),
                Set.of("from"),
                Set.of(), Set.of("ago"),
                Dates.counts("a 1", "an 1", "one 1", "a couple of 2", "a couple 2", "couple of 2", "couple 2", "a few 3",
                        "few 3", "several 3"),
                List.of("week"), List.of("weekend"), List.of("month"), List.of("year"), List.of("end", "of"),
                List.of("beginning", "of"), List.of("middle", "of"),
                Map.ofEntries(Map.entry(List.of("christmas"), new Holiday(12, 25)),
                        Map.entry(List.of("christmas", "eve"), new Holiday(12, 24)),
                        Map.entry(List.of("new", "year"), new Holiday(1, 1)),
                        Map.entry(List.of("new", "years"), new Holiday(1, 1)),
                        Map.entry(List.of("new", "years", "eve"), new Holiday(12, 31)),
                        Map.entry(List.of("the", "holidays"), new Holiday(12, 25)),
                        Map.entry(List.of("thanksgiving"), Holiday.nth(11, 4, DayOfWeek.THURSDAY)),
                        Map.entry(List.of("labor", "day"), Holiday.nth(9, 1, DayOfWeek.MONDAY)),
                        Map.entry(List.of("memorial", "day"), Holiday.nth(5, -1, DayOfWeek.MONDAY)),
                        Map.entry(List.of("fourth", "of", "july"), new Holiday(7, 4)),
                        Map.entry(List.of("independence", "day"), new Holiday(7, 4)),
                        Map.entry(List.of("halloween"), new Holiday(10, 31)),
                        // the refund time, by the filing deadline: "maybe after tax season"
                        Map.entry(List.of("tax", "season"), new Holiday(4, 15)),
                        Map.entry(List.of("tax", "time"), new Holiday(4, 15))),
                Set.of("spring", "summer", "fall", "autumn", "winter"),
                List.of(List.of("no", "later", "than"), List.of("by"), List.of("before"), List.of("until"),
                        List.of("till"), List.of("up", "to")),
                List.of(List.of("not", "until"), List.of("not", "till"), List.of("not", "before"), List.of("after"),
                        List.of("sometime", "after"), List.of("from"),
                        // "let me get through Thanksgiving": after it
                        List.of("get", "through"), List.of("getting", "through")),
                Words.phrases("later", "sometime", "some time", "someday", "some day", "eventually", "down the road",
                        "in the future", "at some point", "some point", "one of these days", "one day", "soon", "sooner or later",
                        "get around to", "gets around to", "when i can",
                        "whenever i can", "whenever", "as soon as i can", "when things", "once things",
                        "until things", "till things", "when i get", "once i get", "when im back", "once im back",
                        "when im working", "once im working", "when im ready", "good and ready", "when my", "once my", "after my", "after i get",
                        "when i have", "once i have", "when im able", "when i am able", "once im able", "whenever im able",
                        "when im in a position", "once im in a position",
                        "some other time", "another time", "another day", "in a while", "a little while", "the near future",
                        "not right now", "not now", "not yet", "not this month", "back on my feet", "back on track",
                        "things pick up", "things get better", "things improve", "business picks up", "find a job",
                        "out of the way", "over with", "settles down", "settle down", "calms down",
                        "find work", "get a job", "wait until i find", "wait till i find", "once i find", "the insurance pays", "insurance comes through",
                        // a payday not named: which day is the agent's to ask ("till payday in two weeks" names it)
                        "after payday", "after pay day", "until payday", "till payday", "until pay day", "till pay day",
                        // "I'll just pay it next payday": which day it falls on is the agent's to ask
                        "next payday", "next pay day", "come payday",
                        // "I'll get something to you by payday, I promise": a day not named either (not "on payday",
                        // which takes up the agent's "Friday" as often, or tells a habit)
                        "by payday", "by pay day", "before payday", "before pay day"),
                Words.phrases("later today", "later this", "later on today", "later tonight", "later than"),
                Set.of("after", "until", "till"),
                Set.of("option", "options", "choice", "choices", "payment", "payments", "installment", "installments",
                        "time", "times", "one", "ones", "way", "ways", "step", "steps", "part", "parts", "half",
                        "notice", "letter", "call", "thing", "things", "plan", "month", "week", "year", "person",
                        "place", "quarter", "item", "line", "page", "number", "amount", "check", "bill"),
                Set.of("on", "by", "until", "till", "before", "after", "from", "around", "since", "than"),
                Set.of("at"), Set.of("oclock", "am", "pm", "thirty", "fifteen"),
                Set.of("morning", "afternoon", "evening", "tonight", "noon"));

        static final Lexicon ES = new Lexicon(
                Set.of("hoy"),
                Set.of("manana"),
                List.of("pasado", "manana"),
                Set.of("ayer", "anteayer"),
                Map.of("lunes", DayOfWeek.MONDAY, "martes", DayOfWeek.TUESDAY, "miercoles", DayOfWeek.WEDNESDAY,
                        "jueves", DayOfWeek.THURSDAY, "viernes", DayOfWeek.FRIDAY, "sabado", DayOfWeek.SATURDAY,
                        "domingo", DayOfWeek.SUNDAY),
                Dates.months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
                Set.of(),
                Set.of("proximo", "proxima"), Set.of("este", "esta"), Set.of(), Set.of("que viene", "que entra"),
                Set.of("pasado", "pasada"),
                Set.of("el", "la", "los"), Set.of("dia"), Set.of("de", "del"),
                Set.of("en", "de", "para", "antes", "despues", "hasta", "principios", "finales", "mediados"),
                Map.of("dia", 1, "dias", 1, "semana", 7, "semanas", 7, "mes", 30, "meses", 30, "ano", 365, "anos", 365),
                Set.of("en", "de", "otros", "otras", "unos", "unas", "dentro"),
                Set.of(),
                Set.of("hace"), Set.of(),
                Dates.counts("un 1", "una 1", "un par de 2", "unos cuantos 3", "unas cuantas 3", "unos 3", "unas 3",
                        "varios 3", "varias 3"),
                List.of("semana"), List.of("fin", "de", "semana"), List.of("mes"), List.of("ano"), List.of("fin", "de"),
                List.of("principios", "de"), List.of("mediados", "de"),
                Map.of(List.of("navidad"), new Holiday(12, 25), List.of("ano", "nuevo"), new Holiday(1, 1),
                        List.of("la", "quincena"), new Holiday(0, 15)),
                Set.of("primavera", "verano", "otono", "invierno"),
                List.of(List.of("a", "mas", "tardar", "el"), List.of("a", "mas", "tardar"), List.of("antes", "del"),
                        List.of("antes", "de"), List.of("para", "el"), List.of("para"), List.of("hasta", "el"),
                        List.of("hasta")),
                List.of(List.of("despues", "del"), List.of("despues", "de"), List.of("a", "partir", "del"),
                        List.of("a", "partir", "de")),
                Words.phrases("despues", "luego", "mas tarde", "mas adelante", "algun dia", "cuando pueda", "cuando tenga",
                        "cuando me", "cuando las cosas", "en cuanto pueda", "en otro momento", "pronto",
                        "otro dia", "otra ocasion", "ahorita no", "por ahora no", "todavia no"),
                Words.phrases("mas tarde hoy", "hoy mas tarde", "despues de", "despues del", "luego luego"),
                Set.of("despues", "hasta"),
                Set.of("opcion", "opciones", "pago", "pagos", "parte", "partes", "mensualidad",
                        "mensualidades", "meses", "vez", "veces", "plan", "por"),
                Set.of("el", "para", "antes", "despues", "desde", "hasta"),
                Set.of("a", "las"), Set.of("en", "punto"),
                Set.of("tarde", "noche"));
    }

    /**
     * A day that comes back every year: a day of a month (Christmas), or with a {@code weekday}
     * the {@code day}-th such weekday of the month, -1 the last (Thanksgiving, the fourth Thursday
     * of November). Month 0: the next such day of any month (Spanish "quincena": the 15th or the
     * month's end), which has no date of its own in a year.
     */
    record Holiday(int month, int day, DayOfWeek weekday) {
        Holiday(int month, int day) {
            this(month, day, null);
        }

        static Holiday nth(int month, int nth, DayOfWeek weekday) {
            return new Holiday(month, nth, weekday);
        }

        /** Its date in {@code year}; not for month 0. */
        LocalDate in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            if (weekday == null) {
                return first.withDayOfMonth(day);
            }
            return first.with(day < 0 ? TemporalAdjusters.lastInMonth(weekday) : TemporalAdjusters.dayOfWeekInMonth(day, weekday));
        }
    }

    private static Map<String, Month> months(String names) {
        String[] words = names.split(" ");
        java.util.HashMap<String, Month> map = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], Month.of(i + 1));
        }
        if (map.containsKey("septiembre")) {
            map.put("setiembre", Month.SEPTEMBER);
        }
        return Map.copyOf(map);
    }

    /** "a couple of 2": the words, then the count they say. */
    private static Map<List<String>, Integer> counts(String... entries) {
        java.util.HashMap<List<String>, Integer> map = new java.util.HashMap<>();
        for (String e : entries) {
            int space = e.lastIndexOf(' ');
            map.put(List.of(e.substring(0, space).split(" ")), Integer.parseInt(e.substring(space + 1)));
        }
        return Map.copyOf(map);
    }

    /** A date read at an item, before any "by"/"after" around it. */
    private record Found(int end, DateMention.Kind kind, LocalDate earliest, LocalDate latest) {
    }

    private static final class Reader extends ItemWords {
        private final Lexicon lx;
        private final OtherDays otherDays;
        private final PayingTalk payingTalk;
        private final LocalDate today;
        /** Past-tense words before a day of the month make it this month's, not the next one. */
        private final boolean pastContext;

        Reader(List<SpokenNumbers.Item> items, Lexicon lexicon, LocalDate today) {
            super(items);
            this.lx = lexicon;
            this.otherDays = new OtherDays(items, lexicon);
            this.payingTalk = new PayingTalk(items, lexicon == Lexicon.ES ? PayingTalk.ES : PayingTalk.EN);
            this.today = today;
            boolean past = false;
            for (int k = 0; k < items.size(); k++) {
                // "paid" in "when I get paid" or "I'll be paid" is no past
                past |= PAST_VERBS.contains(items.get(k).word()) && (k == 0 || !NOT_PAST_BEFORE.contains(items.get(k - 1).word()));
            }
            this.pastContext = past;
        }

        /** What a month names when it is no day: "the December one", "your March payment". */
        private static final Set<String> MONTHS_THINGS = Set.of("one", "payment", "installment", "instalment", "bill",
                "statement", "invoice", "rent", "charge", "charges", "fee", "fees", "premium");

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

        /** What a period owns when it is no day: "next month's bill", "this week's statement". */
        private static final Set<String> PERIODS_BILLS = Set.of("bill", "bills", "statement", "statements", "invoice",
                "premium", "usage");

        /** Before a period's bill, what makes it the day to pay after all: "can I pay it with next month's bill". */
        private static final Set<String> PAID_ALONG = Set.of("with", "on", "onto", "into", "to", "in", "until", "till",
                "after");

        private boolean periodsBill(int from, int end) {
            return is(end - 1, Set.of("months", "weeks", "month", "week")) && is(end, PERIODS_BILLS)
                    && !is(from - 1, PAID_ALONG);
        }

        /** Words that say what day it is: "it's Friday", "today's the fifteenth". */
        private static final Set<String> NOW_IS = Set.of("its", "todays");

        /** "in" before a date is part of it ("in ten days", "en diez días"). */
        private static final List<List<String>> IN = List.of(List.of("in"), List.of("within"), List.of("en"),
                List.of("dentro", "de"));

        private static final Set<String> NOT_PAST_BEFORE = Set.of("get", "gets", "getting", "be", "will", "to", "ill",
                "being", "im", "youll", "hes", "shes",
                // "if it's paid in full by Friday": a condition, not what happened
                "its", "is", "are");

        private static final Set<String> NOT_A_DELAY_BEFORE = Set.of("so", "too", "how");
        /** Where a letter lies, not a time: "… later on my desk" is the recogniser's "letter on my desk". */
        private static final Set<String> WHERE_A_LETTER_LIES = Set.of("desk", "table", "counter", "fridge", "drawer",
                "kitchen", "hand", "file", "folder", "pile", "dresser", "email", "inbox", "lap", "purse", "mailbox",
                "wallet", "bag", "pocket");

        private static final Set<String> HAVE = Set.of("ive", "weve", "youve", "have", "has", "theyve", "hes", "shes");

        /** Words that turn a clause to what is to come: "I lost my job, I can pay after Christmas". */
        private static final Set<String> TO_COME = Set.of("can", "will", "ill", "id", "could", "gonna", "going",
                "would", "should", "well", "planning", "plan", "hoping", "hope", "meaning", "meant", "want", "wanted",
                "trying", "intend", "intended", "expect", "expecting",
                // "I was thinking I'd sort it out after the first of the year": a plan told in the past
                "thinking", "figuring", "puedo", "voy", "podria", "vamos");

        /**
         * A past verb in the few words before item {@code i}, with nothing between that looks ahead:
         * "my hours got cut after the holidays" (not "got it, I can pay after Christmas").
         */
        private boolean pastBefore(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
                String w = items.get(k).word();
                // "my car died so I can't pay until the twenty eighth": the day is ahead
                if (TO_COME.contains(w) || NOT_NOW.contains(w)) {
                    return false;
                }
                boolean got = w.equals("got") && (k == 0 || !HAVE.contains(items.get(k - 1).word()))
                        && (k + 1 >= items.size() || !Set.of("to", "it", "no").contains(items.get(k + 1).word()));
                // "I used it in January" (not "I used to pay in January")
                boolean used = w.equals("used") && lx == Lexicon.EN && !is(k + 1, Set.of("to"));
                if ((got || used || PAST_VERBS.contains(w) || lx == Lexicon.EN && (TOLD_PAST.contains(w) || regularPast(w)))
                        && (k == 0 || !NOT_PAST_BEFORE.contains(items.get(k - 1).word()) || w.equals("been"))) {
                    // "can we circled back after the holidays": a past the recogniser made of "circle"
                    return !(is(k - 1, TO_COME) || is(k - 2, TO_COME));
                }
            }
            return false;
        }

        /**
         * Whether the words right after item {@code from} go on in the past: "the full thing in January, I
         * remember doing it", "back in October and the lady said…". Not "in January, like I said".
         */
        private boolean pastRightAfter(int from) {
            if (is(from - 2, HEDGED) || is(from - 3, HEDGED)) {
                return false; // "maybe in December, I just finished paying off my car": a day put forward
            }
            for (int k = from; k < items.size() && k < from + PAST_AFTER_REACH; k++) {
                String w = items.get(k).word();
                if (w == null || TO_COME.contains(w) || NOT_NOW.contains(w)) {
                    return false;
                }
                if (is(k - 1, Set.of("like", "as")) || is(k - 2, Set.of("like", "as")) && is(k - 1, Set.of("i", "you"))) {
                    continue;
                }
                if (w.equals("remember") && is(k - 1, Set.of("i")) || TOLD_PAST.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private static final int PAST_AFTER_REACH = 5;
        private static final Set<String> HEDGED = Set.of("maybe", "probably", "hopefully", "perhaps");

        /** A past said in the negative: "didn't", "wasn't", or "did not". */
        private static final Set<String> NEGATED_PAST = Set.of("didnt", "wasnt", "werent", "hadnt");
        private static final Set<String> PAST_AUXILIARIES = Set.of("did", "was", "were", "had");
        private static final Set<String> NOT_OR_NEVER = Set.of("not", "never");

        /**
         * Whether the day from item {@code from} ("till January") ends a wait its clause tells in the
         * negative past: "the orders didn't pay out till January", "they never paid out till January",
         * "I had to wait till January". Not "I can't pay till January", "I didn't think I could pay till
         * March", "we're not paying till March" (heard "were not paying"), "I didn't get the bonus, it has
         * to wait till March" (another clause), "they said I didn't have to pay till March" (leave given),
         * nor "not till March" (a refusal of its own).
         */
        private boolean waitedThrough(int from) {
            if (!is(from, UNTIL)) {
                return false;
            }
            for (int k = from - 1; k >= 0 && k >= from - 8; k--) {
                String w = items.get(k).word();
                if (w == null || CLAUSE_BREAKS.contains(w) || TO_COME.contains(w) || NOT_NOW.contains(w)
                        || k < from - 1 && CLAUSE_SUBJECTS_HERE.contains(w) && !is(k + 1, NOT_OR_NEVER)
                        && !NEGATED_PAST.contains(items.get(k + 1).word())) {
                    return false;
                }
                String next = k + 1 < from ? items.get(k + 1).word() : null;
                boolean negated = NEGATED_PAST.contains(w)
                        || PAST_AUXILIARIES.contains(w) && is(k + 1, NOT_OR_NEVER)
                        // "did to pay out": how the recogniser often hears "didn't"
                        || w.equals("did") && is(k + 1, Set.of("to"))
                        || w.equals("never") && next != null && (PAST_VERBS.contains(next) || TOLD_PAST.contains(next)
                                || regularPast(next))
                        || w.equals("had") && is(k + 1, Set.of("to")) && !is(k - 1, Set.of("if")) && !is(k - 2, Set.of("if"));
                if (negated) {
                    int verb = is(k + 1, Set.of("not", "never", "to")) ? k + 2 : k + 1;
                    String v = verb < from ? items.get(verb).word() : null;
                    // "were not paying" is "we're not paying"; "didn't have to pay till March" gives leave
                    return v == null || !(v.endsWith("ing") || LEAVE.contains(v));
                }
            }
            return false;
        }

        /** Subjects that open another clause between a past and a day: "… the bonus, it has to wait till March". */
        private static final Set<String> CLAUSE_SUBJECTS_HERE = Set.of("i", "it", "we", "he", "she", "they", "you",
                "thats", "its", "im");
        /** Verbs after a negative past that give leave rather than tell a wait: "didn't have to", "didn't need to". */
        private static final Set<String> LEAVE = Set.of("have", "need", "gotta", "hafta");

        /** A present inability or refusal between a past and a day: the day is still ahead. */
        private static final Set<String> NOT_NOW = Set.of("cant", "cannot", "wont", "dont");

        /** "I've", "has" a few words before item {@code i}, nothing between that looks ahead: a time lived through. */
        private boolean perfectBefore(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
                if (is(k, TO_COME)) {
                    return false;
                }
                // not "I'll have it paid off this year", "I can have the money"
                if (is(k, HAVE) && !is(k - 1, TO_COME) && !is(k + 1, Set.of("to", "got", "it", "the", "this", "that"))) {
                    return true;
                }
            }
            return false;
        }

        /** A past tense before item {@code i} in its own clause, no modal between: "I had a scare last year when". */
        private boolean pastInItsClause(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
                String w = items.get(k).word();
                if (w == null || CLAUSE_BREAKS.contains(w) || TO_COME.contains(w)) {
                    return false;
                }
                if (toldPast(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Words in -ed that are no past tense, or no past of the speaker's doing ("I'm tired", "supposed to"). */
        private static final Set<String> NOT_PAST_IN_ED = Set.of("hundred", "need", "indeed", "proceed", "exceed",
                "succeed", "speed", "feed", "seed", "bleed", "breed", "red", "bed", "shed", "wed", "interested",
                "supposed", "used", "tired", "scared", "worried", "married", "retired", "disabled", "unemployed",
                "concerned", "prepared", "expected", "scheduled", "based", "related", "limited", "fixed", "needed",
                "owed", "allowed", "required", "guaranteed", "approved", "signed");

        /**
         * Past tenses that set a clause in the past ("the nurse came after my operation"), yet not a
         * whole turn: "like I said, I can pay on the fifth" still puts the fifth ahead.
         */
        private static final Set<String> TOLD_PAST = Set.of("came", "told", "said", "spoke", "gave", "took", "saw",
                "thought", "heard", "wrote", "sold", "brought", "felt", "met", "drove", "forgot");

        /** A regular past tense: "talked", "called", "mentioned" (not "hundred", "supposed to"). */
        private static boolean regularPast(String w) {
            return w.length() >= 5 && w.endsWith("ed") && !NOT_PAST_IN_ED.contains(w);
        }

        /** Possessives: "your later" is a thing ("at a later date" and "pay that later" are times). */
        private static final Set<String> POSSESSIVES = Set.of("your", "my", "his", "her", "our", "their", "su", "mi",
                "tu");

        private static final Set<String> COPULA = Set.of("is", "was", "es", "fue");

        /** Verbs that ask when: "check when my next payment comes out", "confirm when it posts". */
        private static final Set<String> ASKING = Set.of("check", "ask", "confirm", "double");
        /** What asks with them: "I wanted to check when", "just calling to confirm when", "can I ask when". */
        private static final Set<String> ASKING_LEADS = Set.of("to", "just", "i");

        /** Hedges said inside a date: "in like three weeks", "in maybe a month". */
        private static final Set<String> HEDGES = Set.of("like", "maybe", "roughly", "around", "about", "say", "uh",
                "um", "just", "probably", "unos", "como");

        /** "back in March". */
        private static final Set<String> BACK = Set.of("back", "since");
        /** "back in March", "back on the fifth". */
        private static final Set<String> BACK_WHEN = Set.of("in", "on", "en");
        /** Who is given back or called back: "call me back on the tenth", "pay you back in March". */
        private static final Set<String> RETURNED = Set.of("me", "you", "it", "us", "him", "her", "them", "that", "this");

        /** Spanish "del", "al": a preposition with the article in it. */
        private static final Set<String> CONTRACTED_ARTICLE = Set.of("del", "al");

        /** Words after a number that make it an amount or a count, not a day. */
        private static final Set<String> UNITS = Set.of("dollars", "dollar", "bucks", "percent", "cents", "pesos",
                "hundred", "thousand", "oclock", "am", "pm", "minutes", "hours", "days", "weeks", "months");

        private static final Set<String> PAST_VERBS = Set.of("paid", "sent", "mailed", "made", "was", "were",
                "lost", "passed", "died", "laid", "moved", "started", "happened", "been", "began", "ended", "quit", "left", "broke",
                "had", "ago", "perdi", "empece", "paso",
                "did", "called", "received", "found", "noticed", "realized", "realised", "learned", "discovered",
                "went", "spent", "bought", "signed", "fell", "owed", "pague", "mande", "deposite", "hice", "fue", "llame");

        List<DateMention> read() {
            List<DateMention> out = new ArrayList<>();
            int vagueFrom = 0; // the item the last mention starts at
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
                int sinceAnother = lx == Lexicon.EN && kind == DateMention.Kind.DATE ? laterThanAnother(end) : 0;
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
                        if (!NOT_YET.contains(items.get(from).word())) {
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
                if (lx == Lexicon.EN && kind == DateMention.Kind.DATE && waitedThrough(from)) {
                    // "the holiday orders didn't pay out till January": a wait told, over by now
                    kind = DateMention.Kind.PAST;
                    earliest = null;
                    latest = null;
                }
                int doubted = lx == Lexicon.EN && kind == DateMention.Kind.DATE ? leading(from, DOUBTED) : 0;
                if (doubted > 0) {
                    // "I don't know about Friday": the day is in doubt, the payment is put off to no day
                    from -= doubted;
                    kind = DateMention.Kind.VAGUE;
                    earliest = null;
                    latest = null;
                }
                if (lx == Lexicon.EN && kind == DateMention.Kind.DATE && (monthsThing(from, end) || periodsBill(from, end))) {
                    // "I couldn't make the December one", "next month's bill for the new place": an instalment
                    // or a bill named by its time, not a day to pay
                    i = end;
                    continue;
                }
                if (lx == Lexicon.EN && kind == DateMention.Kind.DATE
                        && (otherDays.at(from, end) || notWantedToLast(from))) {
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
                if (!rejected(from, end)) {
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
            return out;
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
            for (Found f : new Found[] {day(i), relative(i), span(i), holiday(i), time(i), vague(i), shifted(i)}) {
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
            if (lx != Lexicon.EN) {
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
                int[] count = countAt(i, 4);
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

        /**
         * A count said at item {@code k} ("a", "a couple of", "three"), at most {@code max}:
         * {count, items read}, or null.
         */
        private int[] countAt(int k, int max) {
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

        private static final Set<String> COUNTED_TIMES = Set.of("times", "veces");
        private static final Set<String> PERIOD_OPENERS = Set.of("this", "last", "a", "in", "every", "per", "today",
                "esta", "este", "al", "por", "hoy");

        private Found one(int end, LocalDate day) {
            return new Found(end, DateMention.Kind.DATE, day, day);
        }

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
                if (lx == Lexicon.ES && is(i - 1, lx.article())) {
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
                thisWeek = true;
                k++;
            }
            DayOfWeek day = get(lx.weekdays(), k);
            if (day == null && lx == Lexicon.EN && word(k) != null && word(k).endsWith("s")
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
            boolean afterNext = lx == Lexicon.EN && (words(k, List.of("after", "next")) == 2
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
            if (dated == null && !next && !last && !afterNext && lx == Lexicon.EN) {
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
                boolean future = is(i - 1, lx.next()) || is(i - 1, lx.afterLeadWords()) || lx == Lexicon.EN && willAct(i);
                boolean saidOfThePast = is(i - 1, lx.last()) || is(i - 1, BACK)
                        || is(i - 1, Set.of("in", "en")) && is(i - 2, BACK) || pastContext
                        || lx == Lexicon.EN && pastRightAfter(i + 1);
                // A month a quarter gone is the one meant, across the new year too ("paid it in December"
                // said in February), unless someone will act then ("I can pay in December").
                boolean recent = monthsBack <= Math.min(6, today.getMonthValue() - 1)
                        || lx == Lexicon.EN && monthsBack <= 3;
                // "I used it in January before I cancelled", said in January: this month's, gone by
                boolean thisMonthGone = monthsBack == 0 && lx == Lexicon.EN && pastBefore(i);
                if (!future && (monthsBack > 0 && (saidOfThePast || recent) || thisMonthGone)) {
                    // "back in March", "I lost my job in September": a month gone by is the past
                    LocalDate past = first.minusYears(month.getValue() > today.getMonthValue() ? 1 : 0);
                    return new Found(i + 1, DateMention.Kind.PAST, past, past.with(TemporalAdjusters.lastDayOfMonth()));
                }
                if (first.plusMonths(1).isBefore(today.plusDays(1))) {
                    first = first.plusYears(1);
                }
                LocalDate start = first.isBefore(today) ? today : first;
                return new Found(i + 1, DateMention.Kind.DATE, start, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            return null;
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
            boolean spanish = lx == Lexicon.ES;
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
                    if (d.isBefore(today) && lx == Lexicon.EN && pastBefore(i)) {
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
            return is(k, DEADLINE_WORDS) && !pastBefore(k);
        }

        /** Day {@code day} of {@code month} (null: this month or the next), the next one from today unless said of the past. */
        private Found resolve(int from, int end, Month month, int day) {
            // "I cancelled in March right after my birthday on the fourteenth": told of as done
            boolean toldOf = lx == Lexicon.EN && get(lx.weekdays(), from - 1) == null && pastBefore(from);
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
                    && !(lx == Lexicon.EN && willAct(from)); // not "call me back on March the tenth"
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

        // --- spans -----------------------------------------------------------------------------

        /** in ten days, a couple of weeks, a day or two, two weeks from now, three days ago / hace tres días. */
        private Found relative(int i) {
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
            boolean agoAfter = is(k, lx.agoTail()) || lx == Lexicon.EN && countsBack(i, k);
            // "in like three weeks", "in about a month": a hedge between the lead and the count
            boolean led = is(i - 1, lx.spanLead()) || is(i - 1, HEDGES) && is(i - 2, lx.spanLead());
            if (led && lx == Lexicon.EN && is(i - 1, Set.of("me")) && toldPast(word(i - 2))) {
                return null; // "they charged me a month after I switched": what was done, not "give me a month"
            }
            if (!ago && !tail && !agoAfter && lx == Lexicon.EN && is(i - 1, HEDGES) && leading(i, IN) == 0
                    && leading(i - 1, IN) == 0 && pastInItsClause(i - 1)) {
                return null; // "I've had this number about a year", "it's been like a month": how long, not when
            }
            if (!ago && !tail && !agoAfter && !led) {
                return null; // "six months" of a plan is no date; "in six months" is
            }
            if (!ago && !tail && !agoAfter && lx == Lexicon.EN && is(i - 1, Set.of("after")) && lastedBefore(i - 1)) {
                return null; // "I got laid off after twenty two years": how long it had lasted, not when
            }
            if (!ago && !tail && !agoAfter && lx == Lexicon.EN && is(i - 1, Set.of("in")) && lookingBack(i - 1)) {
                return null; // "for the first time in twelve years", "I haven't worked in two months": how long, not when
            }
            return spanOf(agoAfter ? k + 1 : k, count * unit, ago || agoAfter);
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

        /** this week, next week, end of the week, this weekend, next month, end of next month, beginning of next month. */
        private Found span(int i) {
            int k = i;
            int edge = 0; // -1 beginning, 1 end, 2 middle
            int n;
            if ((n = words(k, lx.end())) > 0 || (is(k, lx.article()) && (n = words(k + 1, lx.end())) > 0 && n++ > 0)) {
                edge = 1;
                k += n;
            } else if ((n = words(k, lx.start())) > 0 || lx == Lexicon.EN && (n = words(k, List.of("start", "of"))) > 0) {
                edge = -1;
                k += n;
            } else if ((n = words(k, lx.middle())) > 0) {
                edge = 2;
                k += n;
            } else if (lx == Lexicon.ES && words(k, List.of("a", "fin", "de")) == 3) {
                edge = 1;
                k += 3;
            } else if (lx == Lexicon.ES && (n = longestOf(k, ES_END)) > 0) {
                edge = 1;
                k += n;
            } else if (lx == Lexicon.ES && (n = longestOf(k, ES_START)) > 0) {
                edge = -1;
                k += n;
            } else if (lx == Lexicon.ES && (n = longestOf(k, ES_MIDDLE)) > 0) {
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
            boolean possessive = (next || thisOne || edge != 0) && lx == Lexicon.EN;
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
            if (lx == Lexicon.EN && next && edge == 0 && month && is(i, Set.of("the")) && pastAfter(k)) {
                // "and then the next month the same thing happened": the one after a time told of, gone by
                return new Found(k, DateMention.Kind.PAST, today.minusMonths(1), today.minusDays(1));
            }
            if (thisOne && edge == 0 && is(k, TOLD_OF_BY)) {
                return null; // "this month has been rough", "this week's been crazy": what is told of, no time
            }
            if (lx == Lexicon.EN && thisOne && edge == 0 && shortOfMoneyBefore(i)) {
                return null; // "I'm short this month", "money's tight this week": how it stands, no day to pay
            }
            if (edge == 0 && !next && !thisOne && !is(i - 1, lx.article()) && !(weekend && is(i, lx.article()))) {
                // "a week", "the month" alone are no date; "this week", "next month", "the weekend" are.
                if (!(weekend || (is(i, lx.article()) && lx == Lexicon.ES && week))) {
                    return null;
                }
            }
            if (week || weekend) {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(next ? 1 : 0);
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
                if (thisOne && edge == 0 && !toCome && (pastBefore(i) || perfectBefore(i))) {
                    // "I had a lot of bills this year", "after everything I've gone through this year"
                    return new Found(k, DateMention.Kind.PAST, today.withDayOfYear(1), today);
                }
                return yearSpan(k, edge, next);
            }
            LocalDate first = today.withDayOfMonth(1).plusMonths(next ? 1 : 0);
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

        /** The length of the longest of {@code phrases} said from item {@code k}; 0 if none. */
        private int longestOf(int k, List<List<String>> phrases) {
            int best = 0;
            for (List<String> phrase : phrases) {
                best = Math.max(best, words(k, phrase));
            }
            return best;
        }

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

        /** A holiday wished ("merry christmas") or a time of year that weighs on things ("with christmas coming up"): no day. */
        private static final Set<String> NOT_A_DAY_BEFORE_HOLIDAY = Set.of("merry", "happy", "with", "feliz");
        /** "Have a nice Thanksgiving", "have a blessed Christmas": the holiday wished well, no day. */
        private static final Set<String> WISHED_WELL = Set.of("nice", "good", "great", "lovely", "wonderful", "blessed",
                "safe", "fun", "peaceful", "relaxing", "restful", "beautiful", "joyful", "fantastic");

        /** Christmas, the holidays, new year, seasons; la quincena. */
        private Found holidayNamed(int i, Map.Entry<List<String>, Holiday> h) {
            int n = words(i, h.getKey());
            if (is(i - 1, NOT_A_DAY_BEFORE_HOLIDAY) || lx == Lexicon.EN && is(i - 1, WISHED_WELL)
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
            if (pastBefore(i) || lx == Lexicon.EN && pastAfter(i + n)) {
                // "my hours got cut after the holidays": the last ones
                LocalDate last = d.isAfter(today) ? md.in(today.getYear() - 1) : d;
                return new Found(i + n, DateMention.Kind.PAST, last, last);
            }
            if (h.getKey().equals(THE_HOLIDAYS) && is(i - 1, IN_A_SEASON) && inTheHolidays()) {
                // "a debt collector, during the holidays", said on the 29th of December: now
                return one(i + n, today);
            }
            LocalDate recent = d.isAfter(today) ? md.in(today.getYear() - 1) : d;
            boolean sinceIt = is(i - 1, SINCE_IT) || is(i - 1, lx.article()) && is(i - 2, SINCE_IT);
            if (lx == Lexicon.EN && sinceIt && recent.isBefore(today) && !recent.isBefore(today.minusDays(JUST_PASSED_DAYS))) {
                // "after Christmas I'm tapped out", "… and then Christmas [came]" in early January: the one just
                // gone, not next year's
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

        /** Words before a holiday that, once it has just passed, mean the one gone: "after", "since", "and then". */
        private static final Set<String> SINCE_IT = Set.of("after", "since", "then");

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
                if (lx == Lexicon.EN && howItHasGone(i + 1)) {
                    // "the heating this winter has just been terrible": how the season has gone, not a day
                    LocalDate last = d.isAfter(today) ? d.minusYears(1) : d;
                    return new Found(i + 1, DateMention.Kind.PAST, last, last.plusMonths(3));
                }
                if (lx == Lexicon.EN && pastBefore(i)) {
                    // "the nurse came after my operation, in the spring": the last one
                    LocalDate last = d.isAfter(today) ? d.minusYears(1) : d;
                    return new Found(i + 1, DateMention.Kind.PAST, last, last.plusMonths(3));
                }
                if (d.plusMonths(3).isBefore(today)) {
                    d = d.plusYears(1);
                }
                return new Found(i + 1, DateMention.Kind.DATE, d.isBefore(today) ? today : d, d.plusMonths(3));
            }
            return null;
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
            if (lx == Lexicon.EN && paidRightNow(i)) {
                return one(i + 2, today); // "okay, let's just do it right now"
            }
            int endOfShift = lx == Lexicon.EN ? endOfTheWorkingDay(i) : 0;
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
            return one(end, today);
        }

        /** later, down the road, once things settle down: put off with no date. */
        private Found vague(int i) {
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
            if (lx == Lexicon.EN && is(i, Set.of("when")) && is(i - 1, ASKING) && is(i - 2, ASKING_LEADS)) {
                // "I just wanted to check when my next payment comes out": a question, not a wait (not "let me see
                // when my check comes in", "I'll know when my hours come in")
                return null;
            }
            for (List<String> phrase : lx.vague()) {
                int n = words(i, phrase);
                if (n > 0) {
                    if (lx == Lexicon.EN && !putsOff(i, phrase)) {
                        // "soon" with no one to act may still open "[as] soon as my refund comes in"
                        return phrase.equals(List.of("soon")) ? uponAnEvent(i) : null;
                    }
                    Found soon = lx == Lexicon.EN && phrase.size() == 3 && phrase.get(2).equals("get") ? uponAnEvent(i) : null;
                    if (soon != null && soon.kind() == DateMention.Kind.DATE) {
                        return soon; // "when I get off, like seven in the morning": in a moment, not some day
                    }
                    boolean soonerOrLater = phrase.equals(List.of("later")) && is(i - 1, Set.of("or")) && is(i - 2, Set.of("sooner"));
                    if (lx == Lexicon.EN && (EXPECTED_SOMETIME.contains(phrase) || soonerOrLater)
                            && expectedInThePast(soonerOrLater ? i - 2 : i)) {
                        return null; // "I figured that one was going to catch up with me at some point": what they expected
                    }
                    if (lx == Lexicon.EN && phrase.get(0).equals("after") && pastBefore(i)) {
                        return null; // "the nurse who came after my operation": when it happened, not a day to come
                    }
                    if (lx == Lexicon.EN && phrase.equals(List.of("when", "my")) && pastInItsClause(i)) {
                        // "I had a scare last year when my bank froze it": when it happened; not "I lost my job,
                        // but when my severance comes in I'll pay"
                        return null;
                    }
                    return new Found(i + n, DateMention.Kind.VAGUE, null, null);
                }
            }
            return lx == Lexicon.EN ? uponAnEvent(i) : null;
        }

        /** Whether a word of {@link Clauses#MODALS} stands in the six words before item {@code i}. */
        private boolean willAct(int i) {
            // "can I just take care of it at the end of August": an offer to act reaches further than "can't"
            // ("that can't be right, I pay[d] that back in February"), unless the month is told as the past
            // ("I'll admit I used it in January", "the receipt for that payment from back in August")
            boolean toldAsPast = pastBefore(i) || is(i - 1, BACK) || is(i - 1, Set.of("in")) && is(i - 2, BACK);
            for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
                if (k < i - 6 && is(k, CLAUSE_BREAKS)) {
                    return false;
                }
                if (k < i - 6 && (!is(k, WILL_ACT_FAR) || toldAsPast)) {
                    continue;
                }
                // "I stopped going back in October": a habit told of, no intent
                if (is(k, MODALS) && !(is(k, Set.of("plan")) && is(k - 1, PLAN_OWNERS))
                        // "yeah, well, the plant shut down in August": "well" before a noun is no "we'll"
                        && !(is(k, Set.of("well")) && is(k + 1, PLAN_OWNERS))
                        && !(is(k, Set.of("going")) && !is(k + 1, Set.of("to")) && toldPast(word(k - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /** Modals that say someone will act however far before the month they stand. */
        private static final Set<String> WILL_ACT_FAR = Set.of("can", "could", "ill", "will", "gonna", "shall");

        /** "laid off from the plant [heard "plan"] back in February": a plan someone has is no intent to act. */
        private static final Set<String> PLAN_OWNERS = Set.of("the", "a", "my", "your", "our", "that", "this", "his",
                "her", "their");

        /**
         * Whether a word is a past tense: "eventually I stopped", "I paid that when I switched in
         * October" tell what happened ("once I'm settled" waits on something).
         */
        private static boolean toldPast(String w) {
            return w != null && (PAST_VERBS.contains(w) || TOLD_PAST.contains(w) || regularPast(w));
        }

        /** Adverbs that also tell a story: "eventually I stopped", "later they called". */
        private static final List<List<String>> NARRATED = Words.phrases("eventually", "later", "sometime", "one day",
                // "I was there when my mom passed", "after my surgery I lost my job": what happened, not a time to come
                "when my", "after my", "when things", "when i get");

        /** A past tense in the few words after item {@code i}: "eventually [I just] stopped". */
        private boolean pastAfter(int i) {
            for (int k = i; k < items.size() && k <= i + 3; k++) {
                String w = items.get(k).word();
                if (TO_COME.contains(w)) {
                    return false;
                }
                // "the holidays got away from me", the time itself the subject (not "after Christmas I got
                // more hours", "after Christmas I got to pay rent first")
                if (toldPast(w) || k == i && w.equals("got") && !is(k + 1, Set.of("to", "ta", "paid"))) {
                    return true;
                }
            }
            return false;
        }

        /** Small words between a verb and "eventually": "turned up eventually", "sent it later". */
        private static final Set<String> PARTICLES = Set.of("up", "back", "out", "in", "through", "it", "them", "that",
                "this", "around");
        /** Past tenses that only help another verb: "we were eventually going to sort it" tells a plan. */
        private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "had", "did");
        /** Verbs of getting a thing done: "get it paid eventually", "have it sorted". */
        private static final Set<String> GETTING = Set.of("get", "gets", "getting", "got", "have", "having");
        /** What makes the past participle after it a wish: "I need it pushed back later". */
        private static final Set<String> WISHED = Set.of("need", "needs", "needed", "like", "prefer");

        /**
         * A past tense right before item {@code i}, maybe with a particle between: "it turned up
         * eventually"; not one to come ("I'll get it paid eventually") or wished ("I need it pushed
         * back later"). Narrower than {@link #pastBefore}, which looks ten words back for when a
         * thing happened: here only the verb the time belongs to counts.
         */
        private boolean pastJustBefore(int i) {
            int k = i - 1;
            while (k >= 0 && k >= i - 2 && is(k, PARTICLES)) {
                k--;
            }
            String w = k >= 0 ? word(k) : null;
            if (w == null || AUXILIARIES.contains(w) || !toldPast(w)) {
                return false;
            }
            for (int b = k - 1; b >= 0 && b >= k - 3; b--) {
                if (is(b, TO_COME) || is(b, GETTING) || is(b, WISHED)) {
                    return false;
                }
            }
            return true;
        }

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
            if (lx == Lexicon.EN && NARRATED.contains(phrase) && pastAfter(i + phrase.size())) {
                return false; // "so eventually I just stopped answering": what happened, not a time to come
            }
            if (lx == Lexicon.EN && NARRATED.contains(phrase) && pastJustBefore(i)) {
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
                if (lx == Lexicon.EN && notWantedToLast(i)) {
                    return false; // "I don't want this following me around later"
                }
                if (lx == Lexicon.EN && othersActLater(i)) {
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
        private boolean notWantedToLast(int i) {
            for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
                if (is(k, LASTING)) {
                    return anyBefore(k, 5, UNWANTED);
                }
            }
            return false;
        }

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
                    // "when I get home from the hospital": a return, not the day's end
                    return dayNamed || is(i + n, Set.of("from")) ? 0 : n;
                }
            }
            return 0;
        }

        /** Times that were expected of the past as well as promised: "I knew it would catch up with me at some point". */
        private static final List<List<String>> EXPECTED_SOMETIME = Words.phrases("at some point", "some point",
                "eventually", "sooner or later", "one day", "someday", "some day", "one of these days");
        /** Who knew or thought, in the past: "I figured", "I knew", "I always thought". */
        private static final Set<String> EXPECTED_PAST = Set.of("figured", "knew", "suspected");

        /**
         * Whether the clause before {@code i} tells what was expected back then: "was going to catch up
         * with me", "I knew this would come back" (not "I'll get to it", "I figured I'd pay it").
         */
        private boolean expectedInThePast(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
                String w = word(k);
                if (w == null) {
                    continue;
                }
                if (Set.of("ill", "will", "id", "can", "could", "im", "gotta", "pay", "paying", "settle", "sort", "handle",
                        "deal", "clear", "cover", "maybe").contains(w)) {
                    return false;
                }
                // not "I was gonna say, let's just settle it at some point"
                boolean toldSaying = is(k + 2, Set.of("say", "ask", "tell", "mention", "suggest"))
                        || is(k + 3, Set.of("say", "ask", "tell", "mention", "suggest"));
                if (Set.of("was", "were").contains(w) && is(k + 1, Set.of("going", "gonna")) && !toldSaying
                        || EXPECTED_PAST.contains(w)) {
                    return true;
                }
            }
            return false;
        }

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
        private static final Set<String> UNTIL = Set.of("till", "until");
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
            return lx == Lexicon.EN && "ones".equals(word(i)) && (i == 0 || word(i - 1) != null && !is(i - 1, ONES_AS_NOUN_AFTER))
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
            int imminent = lx == Lexicon.EN && is(k, SPEAKER) ? longestOf(k + 1, IMMINENT) : 0;
            if (imminent == 0 && lx == Lexicon.EN && is(k, SPEAKER) && words(k + 1, GET_OFF) == 2
                    && (word(k + 3) == null || is(k + 3, OFF_THEN))) {
                imminent = 2; // "I'll do it when I get off, like seven in the morning": off work (not "off disability")
            }
            if (imminent > 0 && !is(k + 1 + imminent, Set.of("from"))) { // not "as soon as I'm home from my trip"
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
            for (int e = k; is(i, Set.of("once")) && !allAtOnce && e <= k + 2 && e < items.size(); e++) {
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
}
