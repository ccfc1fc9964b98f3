package app.parley.meaning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a language the grammar of {@link Dates} needs: "today", the weekdays and months,
 * "next" and "last", the words of spans, holidays and seasons, "by" and "after", the phrases that
 * put a payment off with no date. English and Spanish share the grammar; each has its words here.
 */
record DateWords(Set<String> today, Set<String> tomorrow, List<String> dayAfterTomorrow, Set<String> yesterday,
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
    static final DateWords EN = new DateWords(
            Set.of("today", "tonight"),
            Set.of("tomorrow"),
            List.of("day", "after", "tomorrow"),
            Set.of("yesterday"),
            Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
                    "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
                    "sunday", DayOfWeek.SUNDAY),
            DateWords.months("january february march april may june july august september october november december"),
            Set.of("may", "march"),
            Set.of("next"), Set.of("this", "coming", "on"), Set.of("last", "past"), Set.of(), Set.of(),
            Set.of("the"), Set.of(), Set.of("of"),
            // "could be into October": some day in it
            Set.of("in", "of", "by", "until", "till", "after", "before", "since", "early", "late", "mid", "into"),
            Map.of("day", 1, "days", 1, "week", 7, "weeks", 7, "fortnight", 14, "fortnights", 14, "month", 30,
                    "months", 30, "year", 365, "years", 365),
            Set.of("in", "within", "another", "me", "wait", "about", "after"),
            Set.of("from"),
            Set.of(), Set.of("ago"),
            DateWords.counts("a 1", "an 1", "one 1", "a couple of 2", "a couple 2", "couple of 2", "couple 2", "a few 3",
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
                    // "can't we leave it till after Easter": a moveable feast
                    Map.entry(List.of("easter"), Holiday.EASTER),
                    Map.entry(List.of("easter", "sunday"), Holiday.EASTER),
                    Map.entry(List.of("good", "friday"), Holiday.EASTER.after(-2)),
                    // a shop worker's busiest days, not "Friday": "after I survive Black Friday at the store"
                    Map.entry(List.of("black", "friday"), Holiday.nth(11, 4, DayOfWeek.THURSDAY).after(1)),
                    Map.entry(List.of("cyber", "monday"), Holiday.nth(11, 4, DayOfWeek.THURSDAY).after(4)),
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
                    "not right now", "not now", "not yet", "not this month",
                    // "just not right this minute" ("this second" is read as a number: PutOffs.notThisSecond)
                    "not right this minute", "not this minute", "back on my feet", "back on track",
                    "things pick up", "things get better", "things improve", "business picks up", "find a job",
                    "out of the way", "over with", "settles down", "settle down", "calms down", "things calm down",
                    "things quiet down",
                    // an event the recogniser may not have heard: "can't we leave it till after [Easter]"
                    "leave it till after", "leave it til after", "leave it until after", "hold off till after",
                    "hold off til after", "hold off until after",
                    "find work", "get a job", "once i land", "when i land", "after i land", "wait until i find", "wait till i find", "once i find", "the insurance pays", "insurance comes through",
                    // a life event ahead: "I'll square it with you guys after I graduate"
                    "after i graduate", "when i graduate", "once i graduate", "after graduation", "after i retire",
                    // the holiday coming up, not named: "can I just deal with it after the holiday?" (as "after the
                    // holidays" is, an open end past it)
                    "after the holiday", "till after the holiday", "until after the holiday", "once the holiday",
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

    static final DateWords ES = new DateWords(
            Set.of("hoy"),
            Set.of("manana"),
            List.of("pasado", "manana"),
            Set.of("ayer", "anteayer"),
            Map.of("lunes", DayOfWeek.MONDAY, "martes", DayOfWeek.TUESDAY, "miercoles", DayOfWeek.WEDNESDAY,
                    "jueves", DayOfWeek.THURSDAY, "viernes", DayOfWeek.FRIDAY, "sabado", DayOfWeek.SATURDAY,
                    "domingo", DayOfWeek.SUNDAY),
            DateWords.months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
            Set.of(),
            Set.of("proximo", "proxima"), Set.of("este", "esta"), Set.of(), Set.of("que viene", "que entra"),
            Set.of("pasado", "pasada"),
            Set.of("el", "la", "los"), Set.of("dia"), Set.of("de", "del"),
            Set.of("en", "de", "para", "antes", "despues", "hasta", "principios", "finales", "mediados"),
            Map.of("dia", 1, "dias", 1, "semana", 7, "semanas", 7, "mes", 30, "meses", 30, "ano", 365, "anos", 365),
            Set.of("en", "de", "otros", "otras", "unos", "unas", "dentro"),
            Set.of(),
            Set.of("hace"), Set.of(),
            DateWords.counts("un 1", "una 1", "un par de 2", "unos cuantos 3", "unas cuantas 3", "unos 3", "unas 3",
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

    /**
     * A day that comes back every year: a day of a month (Christmas), or with a {@code weekday}
     * the {@code day}-th such weekday of the month, -1 the last (Thanksgiving, the fourth Thursday
     * of November). Month 0: the next such day of any month (Spanish "quincena": the 15th or the
     * month's end), which has no date of its own in a year.
     */
    record Holiday(int month, int day, DayOfWeek weekday, int daysAfter) {
        /** Easter Sunday, whose month and day each year's moon decides (month -1). */
        static final Holiday EASTER = new Holiday(-1, 0, DayOfWeek.SUNDAY, 0);

        Holiday(int month, int day) {
            this(month, day, null, 0);
        }

        static Holiday nth(int month, int nth, DayOfWeek weekday) {
            return new Holiday(month, nth, weekday, 0);
        }

        /** A day after another: Black Friday, the day after Thanksgiving. */
        Holiday after(int days) {
            return new Holiday(month, day, weekday, daysAfter + days);
        }

        /** Its date in {@code year}; not for month 0. */
        LocalDate in(int year) {
            if (month == -1) {
                return easterSunday(year).plusDays(daysAfter);
            }
            LocalDate first = LocalDate.of(year, month, 1);
            if (weekday == null) {
                return first.withDayOfMonth(day).plusDays(daysAfter);
            }
            return first.with(day < 0 ? TemporalAdjusters.lastInMonth(weekday) : TemporalAdjusters.dayOfWeekInMonth(day, weekday))
                    .plusDays(daysAfter);
        }
    }

    /**
     * Easter Sunday in the Gregorian calendar by the anonymous algorithm (Meeus, Astronomical
     * Algorithms, ch. 8): 2026-04-05, 2027-03-28. java.time has no moveable feasts.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
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
}
