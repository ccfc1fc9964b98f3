package app.parley.meaning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many alternatives a party laid out in one turn: "you have three options" (said), "option
 * one … option four" or "the fifth option" (numbered), "pay in full, pay in three parts, or pay
 * in six parts" (plans joined by "or"). The recogniser gives no commas, so plans are counted by
 * what each names (a number of payments or parts, in full, half, a settlement) once the turn
 * says it offers a choice.
 */
public final class Options {
    private static final Map<String, Set<String>> NOUNS = Map.of(
            "en", Set.of("option", "options", "choice", "choices", "ways", "plans", "possibilities", "alternatives"),
            "es", Set.of("opcion", "opciones", "alternativa", "alternativas", "formas", "maneras", "planes"));
    private static final Map<String, Set<String>> CHOICE_CUES = Map.of(
            "en", Set.of("option", "options", "choice", "choices", "choose", "either", "could", "can", "prefer"),
            "es", Set.of("opcion", "opciones", "elegir", "escoger", "puede", "podemos", "prefiere", "alternativa"));
    /**
     * Nouns that offer a choice of plans only with sums in the turn: "there's a few ways to close it: …
     * or … or …", not "a few ways to pay: online or over the phone".
     */
    private static final Map<String, Set<String>> WAYS = Map.of("en", Set.of("ways", "alternatives", "possibilities"),
            "es", Set.of());

    /** Nouns that count alternatives only where the turn offers a choice: "I can offer three things". */
    private static final Map<String, Set<String>> THINGS = Map.of("en", Set.of("things"),
            "es", Set.of("cosas"));
    private static final Map<String, Set<String>> OR = Map.of("en", Set.of("or"), "es", Set.of("o", "u"));
    private static final Map<String, Set<String>> ANOTHER = Map.of("en", Set.of("another", "other"),
            "es", Set.of("otra", "otro"));
    /** One more alternative announced: "another way is …", "the other option is …", "otra opción es …". */
    private static final Map<String, Set<String>> ONE_MORE = Map.of(
            "en", Set.of("way", "option", "choice", "possibility", "alternative", "route"),
            "es", Set.of("opcion", "forma", "manera", "alternativa", "posibilidad"));
    /** One more alternative by "and then there's …", "there's also …". */
    private static final Map<String, List<List<String>>> THERES_ALSO = Map.of(
            "en", List.of(List.of("then", "there"), List.of("then", "theres"), List.of("theres", "also"),
                    List.of("there", "is", "also"), List.of("or", "theres")),
            "es", List.of(List.of("tambien", "esta"), List.of("tambien", "hay")));
    /** Each of these names one plan wherever it stands ("three monthly payments", "weekly payments"). */
    private static final Map<String, Set<String>> PLAN_NOUNS = Map.of(
            "en", Set.of("payments", "installments", "parts"),
            "es", Set.of("pagos", "mensualidades", "parcialidades", "abonos"));
    private static final Map<String, Set<String>> OF = Map.of("en", Set.of("of"), "es", Set.of("de"));
    private static final Map<String, Set<String>> ARTICLES = Map.of("en", Set.of("a", "the", "an"),
            "es", Set.of("el", "la", "un", "una", "los", "las"));
    private static final Map<String, Set<String>> DETERMINERS = Map.of("en", Set.of("your", "my", "our", "his", "her",
            "their", "this", "that", "each", "every"), "es", Set.of("su", "mi", "cada", "este", "esta"));
    /** What an ordinal counts when it is no list marker: "the first payment", "the second month". */
    private static final Map<String, Set<String>> COUNTED = Map.of("en", Set.of("payment", "payments", "installment",
            "installments", "month", "months", "week", "weeks", "time", "one", "half", "day", "of", "letter", "notice",
            "call"), "es", Set.of("pago", "pagos", "mes", "meses", "semana", "vez", "mitad", "dia", "de"));
    /** A plan named by its term: "a six month plan", "a six months planet" as the recogniser may hear it. */
    private static final Map<String, Set<String>> TERM_PLANS = Map.of("en", Set.of("plan", "plant", "planet", "planets", "plans"), "es", Set.of());
    private static final Map<String, Set<String>> TERMS = Map.of("en", Set.of("month", "months", "week", "weeks",
            "year", "years"), "es", Set.of());
    private static final Set<String> PLAN_OPENERS = Set.of("a", "or");
    /** How often payments fall due: "monthly payments of three fifty". */
    private static final Map<String, Set<String>> PERIODS = Map.of("en", Set.of("monthly", "weekly", "biweekly"),
            "es", Set.of());
    /** What names a plan before "plan": how often it falls due, or what kind it is ("a hardship plan"). */
    private static final Map<String, Set<String>> PERIODIC = Map.of("en", union(PERIODS.get("en"), Set.of(
                    "hardship", "installment", "longer", "shorter", "smaller", "reduced", "extended")),
            "es", Set.of());
    private static final Map<String, Set<String>> AT = Map.of("en", Set.of("at"), "es", Set.of());
    private static final Map<String, Set<String>> PART = Map.of("en", Set.of("part", "way"), "es", Set.of());
    private static final Map<String, Set<String>> SPLITS = Map.of("en", Set.of("split", "plan", "payment"),
            "es", Set.of());
    /** "number one … number two": a list marked by number ("numero uno … numero dos"). */
    private static final Map<String, Set<String>> NUMBER_MARK = Map.of("en", Set.of("number"),
            "es", Set.of("numero"));
    /** "fifty dollars a week", "two hundred a month": a rate is a plan. */
    private static final Map<String, List<List<String>>> RATES = Map.of(
            "en", List.of(List.of("a", "week"), List.of("a", "month"), List.of("every", "week"),
                    List.of("every", "month"), List.of("per", "month"), List.of("per", "week")),
            "es", List.of(List.of("a", "la", "semana"), List.of("al", "mes"), List.of("cada", "mes"),
                    List.of("por", "mes"), List.of("cada", "semana"), List.of("por", "semana")));
    /** What an amount before a rate ends with when it is not its number: "fifty dollars a week". */
    private static final Map<String, Set<String>> AMOUNT_UNITS = Map.of("en", Set.of("dollars", "bucks", "dollar"),
            "es", Set.of("pesos", "dolares"));
    private static final Map<String, List<List<String>>> PLAN_WORDS = Map.of(
            "en", List.of(List.of("in", "full"), List.of("one", "shot"), List.of("one", "go"), List.of("full", "amount"), List.of("half"), List.of("settle"), List.of("settlement"),
                    List.of("lump", "sum"), List.of("settled"),
                    // arrangements named by what they do: "a hardship deferment", "a rehab program", "one partial
                    // payment and we review it"
                    List.of("deferment"), List.of("deferral"), List.of("forbearance"), List.of("rehab"),
                    List.of("rehabilitation"), List.of("partial", "payment")),
            "es", List.of(List.of("de", "contado"), List.of("la", "mitad"), List.of("liquidar"), List.of("liquidacion")));
    private static final Map<String, Set<String>> ALTERNATIVE_OPENERS = Map.of("en", Set.of("could", "can"),
            "es", Set.of("puede", "podria"));
    private static final Map<String, Set<String>> SUBJECTS = Map.of("en", Set.of("you", "we"),
            "es", Set.of("usted", "le", "lo"));
    /**
     * Verbs that open an alternative in a list laid out after "you could": "pay in full, settle
     * for five hundred, split it in two, or do a plan". Counted when the list closes with "or";
     * the verb is what survives when the recogniser garbles what each alternative names.
     */
    private static final Map<String, Set<String>> ALTERNATIVE_VERBS = Map.of(
            "en", Set.of("pay", "settle", "split", "spread", "break", "start", "set", "do", "make", "take", "apply",
                    "add", "move", "switch", "extend", "go"),
            "es", Set.of("pagar", "liquidar", "dividir", "empezar", "hacer", "tomar", "pagarlo", "liquidarlo"));
    /** Verbs that open an alternative only with what follows: "do a plan", "set up a plan", "take the settlement". */
    private static final Map<String, Set<String>> NEEDS_OBJECT = Map.of(
            "en", Set.of("do", "make", "set", "take", "start", "apply", "add", "move", "switch", "extend", "go"),
            "es", Set.of("hacer", "tomar"));
    /** What follows such a verb when it opens an alternative; a number ("make three payments") always does. */
    private static final Map<String, Set<String>> OBJECT_OPENERS = Map.of(
            "en", Set.of("a", "the", "it", "half", "up", "that", "with", "on", "paying", "weekly", "monthly",
                    "smaller", "bigger"),
            "es", Set.of("el", "la", "los", "las", "pagos"));
    private static final Set<String> SET_OBJECTS = Set.of("up", "you", "it", "a", "the");
    /** Verbs that say what the choices are for: "a few ways we can do it", "maneras en que podemos hacerlo". */
    private static final Map<String, Set<String>> FRAMING_VERBS = Map.of("en", Set.of("do", "handle"),
            "es", Set.of("hacerlo"));
    /** What follows a framing verb: "ways we can do it" (not "we can do a settlement"). */
    private static final Set<String> FRAMED_OBJECTS = Set.of("it", "this", "that");
    /** Words after which a verb is no new alternative: "if you pay", "to settle", "and then pay the rest". */
    private static final Map<String, Set<String>> NOT_AN_ALTERNATIVE_AFTER = Map.of(
            "en", Set.of("to", "ill", "youll", "well", "will", "if", "once", "when", "after", "before", "and", "then",
                    "we", "i", "they", "would", "should", "dont", "cant", "not", "for", "of", "by", "at", "with"),
            "es", Set.of("a", "de", "si", "y", "luego", "despues", "cuando", "para", "no"));

    /** A discount by its rate: "ten percent off", "twenty percent discount". */
    private static final Map<String, List<List<String>>> DISCOUNTS = Map.of(
            "en", List.of(List.of("percent", "off"), List.of("percent", "discount")),
            "es", List.of(List.of("por", "ciento", "de", "descuento")));
    /** How far around a discount a plan it rewards is named: "pay it in full by Friday and get ten percent off". */
    private static final int DISCOUNT_REACH = 10;
    /** A discount on every plan laid out: "ten percent off any of them". */
    private static final Set<String> OF_THEM_ALL = Set.of("any", "each", "all", "either", "every", "whichever");

    /** Whether "any of them" follows at {@code i}, maybe after "on": "ten percent off [on] any of them". */
    private static boolean ofThemAll(List<SpokenNumbers.Item> items, int i) {
        int k = i < items.size() && "on".equals(items.get(i).word()) ? i + 1 : i;
        return k < items.size() && OF_THEM_ALL.contains(items.get(k).word());
    }

    /** Whether a plan word ("in full", "settle") starts in the items [from, to). */
    private static boolean planWordWithin(List<SpokenNumbers.Item> items, int from, int to, String lang) {
        for (int k = Math.max(0, from); k < Math.min(to, items.size()); k++) {
            if (planWordAt(items, k, lang)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a plan word ("in full", "one shot", "settle") starts at item {@code i}. */
    private static boolean planWordAt(List<SpokenNumbers.Item> items, int i, String lang) {
        return PLAN_WORDS.get(lang).stream().anyMatch(plan -> matches(items, i, plan));
    }

    /** Before "half", what makes it the second part of a plan already counted: "half by Friday and the other half by May". */
    private static final Map<String, Set<String>> SECOND_PART = Map.of("en", Set.of("other", "second"),
            "es", Set.of("otra", "segunda"));
    /** After "the full amount", what splits it into the plan that follows: "the full amount in three payments". */
    private static final Set<String> SPLIT_INTO = Set.of("in", "over", "across");

    /**
     * Whether the plan word at {@code i} is part of one plan, not one of its own: "the other half"
     * ("half by Friday and the other half by May"), "the full amount in three payments of seven
     * hundred" (the payments are the plan).
     */
    private static boolean partOfOne(List<SpokenNumbers.Item> items, int i, String lang) {
        if (matches(items, i, List.of("half")) && nounAt(items, i - 1, SECOND_PART.get(lang))) {
            return true;
        }
        return lang.equals("en") && matches(items, i, List.of("full", "amount")) && nounAt(items, i + 2, SPLIT_INTO)
                && i + 3 < items.size() && items.get(i + 3).isNumber() && !items.get(i + 3).ordinal();
    }

    /** How many different sums the turn names (numbers of {@link #SUM_FROM} or more). */
    private static long sums(List<SpokenNumbers.Item> items) {
        return items.stream().filter(item -> item.isNumber() && !item.ordinal() && item.value() >= SUM_FROM)
                .map(SpokenNumbers.Item::value).distinct().count();
    }

    /** Alternatives opened by a verb that make a list without an "or" heard. */
    private static final int VERBS_WITHOUT_OR = 4;
    /** Alternatives opened by a verb that make a list with no word of choice before them. */
    private static final int VERBS_WITHOUT_A_CUE = 5;

    /** A number this large is a sum; single digits are as often a phone number read out. */
    private static final long SUM_FROM = 10;

    /**
     * Words of paying: alternatives joined by "or" are options only in a turn about paying, or with
     * a sum in it ("could you ask her to call me back at five five five …, or is there a better time"
     * is none).
     */
    private static final Map<String, Set<String>> PAYING = Map.of(
            "en", Set.of("pay", "paying", "payment", "payments", "paid", "settle", "settlement", "dollars", "bucks",
                    "plan", "plans", "balance", "amount", "half", "installments", "instalments", "monthly", "weekly",
                    "discount", "card", "transfer", "check", "clear", "split", "spread"),
            "es", Set.of("pagar", "pago", "pagos", "pague", "saldo", "pesos", "dolares", "liquidar", "mensualidades",
                    "cuotas", "abonos", "plan", "descuento", "mitad", "tarjeta", "transferencia"));

    /**
     * Ways to pay, not arrangements to choose: "debit or credit card, or a check by phone" lays out
     * how one sum is paid, so an "or" next to one opens no alternative.
     */
    private static final Map<String, Set<String>> CHANNELS = Map.of(
            "en", Set.of("card", "cards", "debit", "credit", "check", "cheque", "transfer", "bank", "online", "phone",
                    "mail", "cash", "app", "portal", "website", "zelle", "paypal", "venmo", "ach", "visa", "mastercard"),
            "es", Set.of("tarjeta", "transferencia", "efectivo", "deposito", "banco", "oxxo", "cheque", "linea"));
    /** What may stand between an "or" and the way to pay it names: "or by a debit card", "or over the phone". */
    private static final Map<String, Set<String>> CHANNEL_LEADS = Map.of(
            "en", Set.of("by", "a", "the", "over", "through", "with", "your", "via", "in", "on"),
            "es", Set.of("con", "por", "en", "la", "el", "una", "un", "de"));
    private static final Map<String, Set<String>> IF = Map.of("en", Set.of("if"), "es", Set.of("si"));
    /**
     * What may stand before "can" when it opens an alternative: who offers ("you could pay", "we can
     * do", "I can take") or a word of the list between them ("or could", "and can"); not "refunds can
     * take a while", where nobody offers anything.
     */
    private static final Map<String, Set<String>> BEFORE_AN_OFFERING_MODAL = Map.of("en", Set.of("you", "we", "i",
            "also", "either", "just", "then", "or", "still", "and", "so"), "es", Set.of());
    private static final Map<String, Set<String>> MODAL_BEFORE = Map.of("en", Set.of("can", "could", "may", "might",
            "will", "would"), "es", Set.of());

    /**
     * What follows "our" heard as "or": the agency's own things ("I know winter's lean in our [heard "or"]
     * line of work", "or records show"), no alternative.
     */
    private static final Map<String, Set<String>> OURS_HEARD_OR = Map.of("en", Set.of("line", "records", "record",
            "system", "office", "offices", "company", "team", "policy", "department", "client", "clients", "customer",
            "customers", "agency", "firm"), "es", Set.of());

    /** How the recogniser hears "option two" and "option four". */
    private static final Map<String, Long> MISHEARD = Map.of("to", 2L, "too", 2L, "for", 4L);

    private Options() {
    }

    /** The number of alternatives laid out in {@code tokens} (one party's turn); 0 if none. */
    public static int count(List<String> tokens, String language) {
        String lang = language.equals("es") ? "es" : "en";
        List<SpokenNumbers.Item> items = SpokenNumbers.read(tokens, lang);
        Set<String> nouns = NOUNS.get(lang);
        long stated = 0;
        long statedThings = 0;
        long numbered = 0;
        int others = 0;
        int ors = 0;
        int plans = 0;
        boolean cue = false;
        boolean ways = false;
        int youCould = 0;
        int markers = 0;
        int verbs = 0;
        int bareVerbs = 0; // opened by their verbs whether or not the turn said it offers a choice
        int numberMarks = 0;
        int oneMore = 0;
        boolean discounted = false;
        int programs = 0;
        for (int i = 0; i < items.size(); i++) {
            SpokenNumbers.Item item = items.get(i);
            String word = item.isNumber() ? null : item.word();
            if (word != null && CHOICE_CUES.get(lang).contains(word) && !asksAFavour(items, i, lang)) {
                cue = true;
            }
            // "you can pay the two forty by Monday, or eighty by Friday …" heard "you can't pay": a list all the same
            if (lang.equals("en") && "cant".equals(word) && i > 0 && "you".equals(items.get(i - 1).word())) {
                cue = true;
            }
            if (word != null && WAYS.get(lang).contains(word)) {
                ways = true;
            }
            // an "or" that ends the turn opens nothing ("… on the website printed on your letter, or", "… or um"): in a partial
            // result the alternative it opens comes with the next words
            if (word != null && OR.get(lang).contains(word) && !onlyFillersAfter(items, i) && !aRange(items, i)
                    && !ofHeardOr(items, i, lang) && !nounAt(items, i + 1, OURS_HEARD_OR.get(lang))
                    && !repeated(items, i, OR.get(lang)) && !betweenChannels(items, i, lang)
                    && !nounAt(items, i + 1, ANYONE.get(lang)) && !betweenRights(items, i, lang)
                    && !opensAConsequence(items, i, lang)) {
                ors++;
            }
            if (word != null && opensAnAlternative(items, i, lang)) {
                bareVerbs++;
                verbs += cue ? 1 : 0;
            }
            // "you could pay it all … you could pay half … you could settle": one alternative each
            if (word != null && ALTERNATIVE_OPENERS.get(lang).contains(word) && i > 0
                    && SUBJECTS.get(lang).contains(items.get(i - 1).word()) && !framesTheChoice(items, i + 1, lang)) {
                youCould++;
            }
            if (item.isNumber() && !item.ordinal()) {
                // "three options", "two payment options", "tres opciones"
                if (nounAt(items, i + 1, nouns) || nounAt(items, i + 2, nouns) && !items.get(i + 1).isNumber()) {
                    stated = Math.max(stated, statedCount(item, lang));
                }
                if (countAnnounced(items, i, lang)) {
                    stated = Math.max(stated, item.value()); // "there are three: you could settle …"
                }
                if (nounAt(items, i + 1, THINGS.get(lang))) {
                    statedThings = Math.max(statedThings, item.value()); // "I can offer three things: …"
                }
            }
            if (word != null && word.equals("free") && lang.equals("en") && nounAt(items, i + 1, nouns)) {
                stated = Math.max(stated, 3); // "three options" as the recogniser often hears it: no options are free
            }
            if (word != null && PLAN_NOUNS.get(lang).contains(word)) {
                plans++;
            }
            if (appliedForInstead(items, i, lang)) {
                programs++;
            }
            // "... or three of four hundred, or six of two hundred": a count of payments, the noun left out
            if (item.isNumber() && !item.ordinal() && i + 2 < items.size() && !items.get(i + 1).isNumber()
                    && OF.get(lang).contains(items.get(i + 1).word()) && (items.get(i + 2).isNumber()
                    || i + 3 < items.size() && ARTICLES.get(lang).contains(items.get(i + 2).word())
                    && items.get(i + 3).isNumber())) {
                plans++;
            }
            // "first a settlement ... second six payments ... third twelve payments": a list by its markers
            if (item.isNumber() && item.ordinal() && item.value() == markers + 1 && isMarker(items, i, lang)) {
                markers++;
            } else if (item.isNumber() && item.ordinal() && markers >= 1 && item.word().contains(" ")
                    && item.value() % 100 == markers + 1) {
                markers++; // "of two hundred, third ...": the recogniser gives no comma, so it reads "two hundred third"
            }
            // "a six month plan", "go on a twelve months plant" (as the recogniser may hear it), "a monthly plan"
            if (word != null && TERM_PLANS.get(lang).contains(word) && i > 0 && !items.get(i - 1).isNumber()
                    // "a six month plan", not "a twelve month plan at three sixty a month", which its rate counts
                    && (TERMS.get(lang).contains(items.get(i - 1).word()) && !rateAhead(items, i, lang)
                            // "a monthly plan", "or a hardship plan"; not "your monthly plan payment would be
                            // forty", nor "a hardship plan … one hundred a month", which its rate counts
                            || PERIODIC.get(lang).contains(items.get(i - 1).word()) && i > 1
                                    && PLAN_OPENERS.contains(items.get(i - 2).word()) && !rateAhead(items, i, lang))) {
                plans++;
            }
            // "a two part split, a three part split": a plan by its number of parts
            if (item.isNumber() && !item.ordinal() && i + 2 < items.size() && !items.get(i + 1).isNumber()
                    && PART.get(lang).contains(items.get(i + 1).word()) && !items.get(i + 2).isNumber()
                    && SPLITS.get(lang).contains(items.get(i + 2).word())) {
                plans++;
            }
            // "number one, pay in full … number four, eight payments": a list marked by number
            if (word != null && NUMBER_MARK.get(lang).contains(word) && i + 1 < items.size()
                    && items.get(i + 1).isNumber() && !items.get(i + 1).ordinal()
                    && items.get(i + 1).value() == numberMarks + 1) {
                numberMarks++;
            }
            // "four months of two sixty": a plan by its term and instalment
            if (item.isNumber() && !item.ordinal() && i + 3 < items.size() && !items.get(i + 1).isNumber()
                    && TERMS.get(lang).contains(items.get(i + 1).word()) && !items.get(i + 2).isNumber()
                    && OF.get(lang).contains(items.get(i + 2).word()) && items.get(i + 3).isNumber()
                    && !items.get(i + 3).ordinal()) {
                plans++;
            }
            // "six months at two ninety, or twelve months at one forty five": a plan by its term and rate
            if (item.isNumber() && !item.ordinal() && i + 2 < items.size() && !items.get(i + 1).isNumber()
                    && TERMS.get(lang).contains(items.get(i + 1).word()) && !items.get(i + 2).isNumber()
                    && AT.get(lang).contains(items.get(i + 2).word())) {
                plans++;
            }
            for (List<String> rate : RATES.get(lang)) {
                // "fifty dollars a week", "two ten a month"; not "for a month", "once a month"
                if (matches(items, i, rate) && i > 0 && (items.get(i - 1).isNumber()
                        || AMOUNT_UNITS.get(lang).contains(items.get(i - 1).word()))) {
                    plans++;
                }
            }
            if (item.isNumber() && item.ordinal() && item.value() <= 9 && nounAt(items, i + 1, nouns)) {
                numbered = Math.max(numbered, item.value()); // "the fourth option"
            }
            // "option four", not "three options: nine hundred to settle" (a plural names no one option)
            if (word != null && nouns.contains(word) && !word.endsWith("s") && i + 1 < items.size()) {
                SpokenNumbers.Item next = items.get(i + 1);
                Long n = next.isNumber() ? (Long) next.value() : MISHEARD.get(next.word());
                boolean misheard = !next.isNumber();
                // "option to" is "option two" only after "option one" was said
                if (n != null && n >= 1 && n <= 9 && (!misheard || numbered >= n - 1 && numbered > 0)) {
                    numbered = Math.max(numbered, n);
                }
            }
            if (word != null && ANOTHER.get(lang).contains(word) && nounAt(items, i + 1, nouns)) {
                others++;
            }
            if (word != null && ANOTHER.get(lang).contains(word) && nounAt(items, i + 1, ONE_MORE.get(lang))) {
                oneMore++;
            }
            for (List<String> also : THERES_ALSO.get(lang)) {
                if (matches(items, i, also)) {
                    oneMore++;
                }
            }
            // not a plan named again: "split that same settlement into two payments", "that settlement" once one was named
            if (planWordAt(items, i, lang) && !conditionOnIt(items, i, lang) && !nounAt(items, i - 1, SAME.get(lang))
                    && !partOfOne(items, i, lang)
                    && !(plans > 0 && nounAt(items, i - 1, THAT.get(lang)))) {
                plans++;
            }
            // "ten percent off": an alternative of its own, once a turn, unless it rewards a plan named
            // around it ("pay in full by Friday and get ten percent off", "ten percent off if you settle
            // today") or all of them ("… and I can take ten percent off any of them")
            for (List<String> discount : DISCOUNTS.get(lang)) {
                if (!discounted && matches(items, i, discount) && i > 0 && items.get(i - 1).isNumber()
                        && !planWordWithin(items, i - DISCOUNT_REACH, i + discount.size() + DISCOUNT_REACH, lang)
                        && !ofThemAll(items, i + discount.size())) {
                    plans++;
                    discounted = true;
                }
            }
        }
        cue |= ways && sums(items) >= 2;
        if (cue && stated == 0) {
            stated = statedThings; // "three things" are the options only in a turn that offers a choice
        }
        int terms = termsInARow(items, lang);
        if (terms >= 3) {
            plans = Math.max(plans, terms);
        }
        long count = Math.max(stated, numbered > 0 ? numbered + others : 0);
        markers = Math.max(markers, numberMarks);
        if (markers >= 2) {
            // Marked one by one, the list is what the markers say, whatever each item names.
            return (int) Math.min(Math.max(count, markers), 20);
        }
        if (stated > 0) {
            // An announced number ("three ways to do it") is taken at its word; numbered options may exceed it.
            return (int) Math.min(count, 20);
        }
        if (cue && ors > 0 && (tokens.stream().anyMatch(PAYING.get(lang)::contains)
                || items.stream().anyMatch(item -> item.isNumber() && !item.ordinal() && item.value() >= SUM_FROM))) {
            // "could you ask her to call me, or is there a better time": choices, but none of paying
            count = Math.max(count, ors + 1);
        }
        if (plans >= 2) {
            // "… six payments of one oh two, or you can apply for the county's hardship reduction": a program is one more
            plans += programs;
        }
        if (cue && plans >= 2 || plans >= 3) {
            // three plans named in one turn are a list of them, whatever words frame it
            count = Math.max(count, plans);
        }
        if (youCould >= 2 || youCould >= 1 && oneMore >= 1) {
            // "you could pay it off … or you could break it up … another way is … and then there's …"
            count = Math.max(count, youCould + oneMore);
        }
        if (ors > 0 && verbs >= 2 || verbs >= VERBS_WITHOUT_OR && sums(items) >= VERBS_WITHOUT_OR - 1) {
            // four alternatives opened by their verbs, most with a sum of their own, make a list even when the
            // recogniser lost every "or" ("you could pay it, settle for eighteen hundred, do three hundred a month,
            // do fifty, we are we could …"); not the ways to pay one sum ("pay it online, pay it at the bank …")
            count = Math.max(count, verbs);
        }
        if (ors > 0 && bareVerbs >= VERBS_WITHOUT_A_CUE && sums(items) >= VERBS_WITHOUT_OR - 1) {
            // a longer list with no word of choice before it, the last one joined by "or": "here's everything, all
            // good through Wednesday: pay the full seven eighty, pay half now and half in two weeks, pay one month
            // now …, do four payments of one ninety five, or pay a hundred now" (one more than with a cue: "let's
            // just settle it: you can pay … by Monday, pay four hundred …, or make three payments" is three)
            count = Math.max(count, bareVerbs);
        }
        return (int) Math.min(count, 20);
    }

    /**
     * Whether the "or" at {@code i} joins two numbers of one amount rather than two alternatives:
     * "two or three payments", "two seventy five or six" (seventy six: the last digit replaced).
     * "Six or twelve months", "two hundred or one fifty a month" are two.
     */
    private static boolean aRange(List<SpokenNumbers.Item> items, int i) {
        if (i == 0) {
            return false;
        }
        SpokenNumbers.Item before = items.get(i - 1);
        if (i + 1 >= items.size()) {
            return before.isNumber(); // the partial result's last word: "seventy five or" may go on "six"
        }
        SpokenNumbers.Item after = items.get(i + 1);
        if (!before.isNumber() || !after.isNumber() || before.ordinal() || after.ordinal()) {
            return false;
        }
        long last = before.value() % 10;
        boolean lastDigit = after.value() <= 9 && before.value() >= 21 && last != 0 && after.value() == last + 1;
        boolean nextCount = before.value() <= 9 && after.value() == before.value() + 1;
        return lastDigit || nextCount;
    }

    /** Payments counted: "three payments of four seventy", where "of" may be heard "or". */
    private static final Map<String, Set<String>> INSTALMENTS = Map.of("en", Set.of("payments", "installments",
            "instalments"), "es", Set.of());


    /** "Or or": one word heard twice, or a stumble; it opens no alternative of its own. */
    private static boolean repeated(List<SpokenNumbers.Item> items, int i, Set<String> words) {
        return i > 0 && !items.get(i - 1).isNumber() && words.contains(items.get(i - 1).word());
    }

    /**
     * "Three payments or four seventy" as the recogniser hears "three payments of four seventy": an
     * "or" between payments counted or said how often ("monthly payments or three fifty") and a sum
     * (no count of payments: "two payments or three") is their size, no alternative.
     */
    private static boolean ofHeardOr(List<SpokenNumbers.Item> items, int i, String lang) {
        if (i < 2 || i + 1 >= items.size() || items.get(i - 1).isNumber()
                || !INSTALMENTS.get(lang).contains(items.get(i - 1).word())
                // "three payments or four seventy", "monthly payments or three fifty"
                || !items.get(i - 2).isNumber() && !nounAt(items, i - 2, PERIODS.get(lang))) {
            return false;
        }
        SpokenNumbers.Item after = items.get(i + 1);
        // "four seventy" is read as two numbers: the sum said as people say it
        boolean sumSaid = i + 2 < items.size() && items.get(i + 2).isNumber() && !items.get(i + 2).ordinal();
        // not a count of payments: "six payments or twelve or twenty four"
        return after.isNumber() && !after.ordinal() && (after.value() >= 100 || sumSaid);
    }

    /** More alternatives than anyone lays out: a number this large before "ways" ran on from a sum. */
    private static final long MOST_STATED = 12;

    /**
     * How many alternatives a number before "options", "ways" states: "the balance is twenty one
     * fifty, three ways to handle it" is read as one number, 2153; its last word is the count.
     */
    private static long statedCount(SpokenNumbers.Item item, String lang) {
        if (item.value() <= MOST_STATED) {
            return item.value();
        }
        String[] words = item.word().split(" ");
        List<SpokenNumbers.Item> last = SpokenNumbers.read(List.of(words[words.length - 1]), lang);
        boolean small = words.length > 1 && last.size() == 1 && last.get(0).isNumber() && last.get(0).value() <= 9;
        return small ? last.get(0).value() : 0;
    }

    /** Whether a rate follows within a few words: the plan named before it is the one the rate counts. */
    private static boolean rateAhead(List<SpokenNumbers.Item> items, int i, String lang) {
        for (int k = i + 1; k < items.size() && k <= i + 8; k++) {
            if (!items.get(k).isNumber() && (OR.get(lang).contains(items.get(k).word())
                    || items.get(k).word().equals("and") || TERM_PLANS.get(lang).contains(items.get(k).word()))) {
                // "a six month plan or fifty a month", "a six month plan and a twelve month plan at ninety a month":
                // the rate is the next plan's
                return false;
            }
            for (List<String> rate : RATES.get(lang)) {
                if (matches(items, k, rate) && items.get(k - 1).isNumber()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that may stand between terms of a list: "three months, six months or nine months". */
    private static final Map<String, Set<String>> LIST_JOINS = Map.of("en", Set.of("or", "and", "for", "maybe"),
            "es", Set.of());

    /**
     * The longest run of terms of different lengths said one after another: "spread it over three
     * months six months nine months or twelve months" is four plans, each named by its term alone.
     */
    private static int termsInARow(List<SpokenNumbers.Item> items, String lang) {
        int best = 0;
        int run = 0;
        long last = -1;
        int i = 0;
        while (i + 1 < items.size()) {
            SpokenNumbers.Item item = items.get(i);
            boolean term = item.isNumber() && !item.ordinal() && !items.get(i + 1).isNumber()
                    && TERMS.get(lang).contains(items.get(i + 1).word());
            if (!term) {
                run = 0;
                last = -1;
                i++;
                continue;
            }
            run = item.value() != last ? run + 1 : run;
            last = item.value();
            best = Math.max(best, run);
            i += 2;
            if (i < items.size() && !items.get(i).isNumber() && LIST_JOINS.get(lang).contains(items.get(i).word())) {
                i++;
            }
            if (i >= items.size() || !items.get(i).isNumber()) {
                run = 0;
                last = -1;
            }
        }
        return best;
    }

    /**
     * Whether the "or" at {@code i} joins two ways to pay ("debit or credit card", "card or a bank
     * transfer", "a check or a payment on the website"): one right before it, and one after it past a
     * few words that lead to it. One way to pay on one side only still joins alternatives ("pay by card
     * or do a plan of fifty a month").
     */
    private static boolean betweenChannels(List<SpokenNumbers.Item> items, int i, String lang) {
        Set<String> channels = CHANNELS.get(lang);
        if (!nounAt(items, i - 1, channels)) {
            return false;
        }
        int k = i + 1;
        while (k < items.size() && k <= i + 4 && (nounAt(items, k, CHANNEL_LEADS.get(lang))
                || nounAt(items, k, A_PAYMENT.get(lang)))) {
            k++;
        }
        return nounAt(items, k, channels);
    }

    /**
     * What closes a list with nobody and nothing in particular: "your landlord, your employer or anyone
     * else", "no deadline or anything", "or whatever works"; an "or" before it opens no alternative.
     */
    private static final Map<String, Set<String>> ANYONE = Map.of(
            "en", Set.of("anyone", "anybody", "anything", "someone", "somebody", "whatever", "whoever",
                    "whichever", "whenever", "wherever", "otherwise"),
            "es", Set.of("alguien", "algo", "nadie", "nada", "cualquier", "cualquiera", "quien"));

    /** The client's rights stated: "you have the right to dispute it or ask us to verify it". */
    private static final Map<String, Set<String>> RIGHTS = Map.of(
            "en", Set.of("dispute", "disputed", "disputing", "verify", "verified", "verification", "validate",
                    "validation", "validated"),
            "es", Set.of("disputar", "aclaracion", "verificar", "verificacion", "validar", "validacion"));
    /** How far before and after an "or" the rights it joins are named: "dispute the debt or ask us to verify". */
    private static final int RIGHTS_BEFORE = 3;
    private static final int RIGHTS_AFTER = 4;

    /** Whether the "or" at {@code i} joins the client's rights, not plans: "dispute it or ask us to verify it". */
    private static boolean betweenRights(List<SpokenNumbers.Item> items, int i, String lang) {
        for (int k = Math.max(0, i - RIGHTS_BEFORE); k < items.size() && k <= i + RIGHTS_AFTER; k++) {
            if (nounAt(items, k, RIGHTS.get(lang))) {
                return true;
            }
        }
        return false;
    }

    /** Who acts in a consequence after "or": "or we send a truck", "or it goes to legal", "or the file gets referred". */
    private static final Set<String> CONSEQUENCE_SUBJECTS = Set.of("we", "well", "they", "theyll", "it", "itll", "this",
            "thisll", "that", "the", "your");
    /** What may come between the subject and the act: "or we will have to report it", "or it's going to be sent". */
    private static final Set<String> CONSEQUENCE_AUX = Set.of("will", "ll", "have", "has", "to", "are", "is", "its",
            "going", "gonna", "re", "just", "then", "might", "may", "would", "be", "get", "gets", "got", "account",
            "file", "case", "matter", "balance", "debt", "loan", "car", "automatically", "simply");
    /** What the collector does to the client: the second half of an ultimatum, no alternative offered. */
    private static final Set<String> CONSEQUENCES = Set.of("send", "sends", "sent", "tow", "tows", "towed", "repossess",
            "repossessed", "repo", "report", "reports", "reported", "sue", "sues", "sued", "refer", "refers", "referred",
            "escalate", "escalates", "escalated", "garnish", "garnished", "seize", "seized", "goes", "pursue", "pursued",
            "forward", "forwarded", "hand", "handed", "place", "placed");

    /**
     * Whether the "or" at {@code i} opens what happens to the client if they don't, not one more
     * choice: "either the seven forty shows up or we send a truck out", "or else", "or it goes to our
     * legal department". An offer has its modal: "or we can do six payments" is an alternative.
     */
    private static boolean opensAConsequence(List<SpokenNumbers.Item> items, int i, String lang) {
        if (!lang.equals("en") || i + 1 >= items.size() || items.get(i + 1).isNumber()) {
            return false;
        }
        if (items.get(i + 1).word().equals("else")) {
            return true;
        }
        if (!CONSEQUENCE_SUBJECTS.contains(items.get(i + 1).word())) {
            return false;
        }
        for (int k = i + 2; k < items.size() && k <= i + 6 && !items.get(k).isNumber(); k++) {
            String word = items.get(k).word();
            if (CONSEQUENCES.contains(word)) {
                return true;
            }
            if (!CONSEQUENCE_AUX.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Sounds that say nothing: "… or um". */
    private static final Set<String> FILLERS = Set.of("um", "uh", "er", "erm", "hmm", "mm", "ah", "eh", "este", "pues");

    /** Whether nothing but fillers follows item {@code i} to the end of the turn. */
    private static boolean onlyFillersAfter(List<SpokenNumbers.Item> items, int i) {
        for (int k = i + 1; k < items.size(); k++) {
            if (items.get(k).isNumber() || !FILLERS.contains(items.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /** What may name the payment between an "or" and its way: "a check or a payment on the website". */
    private static final Map<String, Set<String>> A_PAYMENT = Map.of("en", Set.of("payment", "pay", "paying"),
            "es", Set.of("pago", "pagar"));

    /**
     * Whether the plan word at {@code i} is the subject of a condition, a plan already laid out and
     * looked back on: "if a lump sum is too much", "if the settlement doesn't work" (not "if you pay
     * in full", where the plan is what is done).
     */
    private static boolean conditionOnIt(List<SpokenNumbers.Item> items, int i, String lang) {
        if (nounAt(items, i - 1, IF.get(lang)) || nounAt(items, i - 2, IF.get(lang))
                && (nounAt(items, i - 1, ARTICLES.get(lang)) || nounAt(items, i - 1, DETERMINERS.get(lang)))) {
            return true;
        }
        // "[if] a lump sum is too much", the "if" heard "is": what is said of it turns it down
        int end = i + PLAN_WORDS.get(lang).stream().filter(plan -> matches(items, i, plan)).mapToInt(List::size)
                .max().orElse(1);
        return TURNED_DOWN.get(lang).stream().anyMatch(down -> matches(items, end, down));
    }

    /** What makes a plan word one named before: "that same settlement", "la misma liquidación". */
    private static final Map<String, Set<String>> SAME = Map.of("en", Set.of("same"), "es", Set.of("misma", "mismo"));
    private static final Map<String, Set<String>> THAT = Map.of("en", Set.of("that"), "es", Set.of("esa", "ese"));

    /** What said of a plan turns it down: "a lump sum is too much", "the settlement doesn't work". */
    private static final Map<String, List<List<String>>> TURNED_DOWN = Map.of(
            "en", List.of(List.of("is", "too"), List.of("is", "not"), List.of("isnt"), List.of("doesnt"),
                    List.of("wont"), List.of("too", "much"), List.of("is", "out", "of")),
            "es", List.of(List.of("es", "mucho"), List.of("es", "demasiado"), List.of("no", "le")));

    /** Whether the word at {@code i} opens an alternative of a list: "settle for five hundred", "do a plan". */
    private static boolean opensAnAlternative(List<SpokenNumbers.Item> items, int i, String lang) {
        String word = items.get(i).word();
        if (!ALTERNATIVE_VERBS.get(lang).contains(word)) {
            return false;
        }
        String before = i > 0 && !items.get(i - 1).isNumber() ? items.get(i - 1).word() : "";
        // "pay it all at once, settle it for two thousand": "once" ends the alternative before, it opens no clause
        boolean atOnce = before.equals("once") && i > 1 && "at".equals(items.get(i - 2).word());
        if (NOT_AN_ALTERNATIVE_AFTER.get(lang).contains(before) && !atOnce && !canHeardAsNot(items, i, lang)) {
            return false;
        }
        if (framesTheChoice(items, i, lang)) {
            return false;
        }
        if (twoHeardDo(items, i, lang)) {
            return false;
        }
        if (MODAL_BEFORE.get(lang).contains(before) && i > 1 && !nounAt(items, i - 2, BEFORE_AN_OFFERING_MODAL.get(lang))) {
            return false; // "refunds can take a while", "it could take": nobody offers anything
        }
        if (!NEEDS_OBJECT.get(lang).contains(word)) {
            return true;
        }
        if (i + 1 >= items.size()) {
            return false;
        }
        SpokenNumbers.Item next = items.get(i + 1);
        if (word.equals("apply")) {
            return !next.isNumber() && next.word().equals("for"); // "or apply for a hardship plan"
        }
        if (LOAN_CHANGES.get(lang).contains(word)) {
            return changesTheLoan(items, i);
        }
        if (word.equals("set")) {
            // "set up a plan", "set you up", "set it up monthly"; "I can set that up" is what was just agreed
            return !next.isNumber() && SET_OBJECTS.contains(next.word());
        }
        return next.isNumber() || OBJECT_OPENERS.get(lang).contains(next.word()) || countHeardAsAWord(items, i + 1, lang);
    }

    /** What announces a count with its noun left out, and what opens the first of them: "there are three: you could …". */
    private static final List<List<String>> THERE_ARE = List.of(List.of("there", "are"), List.of("theres"),
            List.of("there", "is"), List.of("weve", "got"), List.of("ive", "got"));
    private static final Set<String> FIRST_OPENERS = Set.of("you", "we", "first", "either");

    /**
     * Whether the number at {@code i} announces how many choices follow, their noun left out as after "what are my
     * options?": "there are three, you could settle …" (not "there are three payments left", "there's two of us").
     */
    private static boolean countAnnounced(List<SpokenNumbers.Item> items, int i, String lang) {
        SpokenNumbers.Item n = items.get(i);
        if (!lang.equals("en") || n.value() < 2 || n.value() > 9 || i + 1 >= items.size() || items.get(i + 1).isNumber()
                || !FIRST_OPENERS.contains(items.get(i + 1).word())) {
            return false;
        }
        // "there are three: you could …", not "there are four you have on file"
        boolean subject = Set.of("you", "we").contains(items.get(i + 1).word());
        if (subject && (i + 2 >= items.size() || items.get(i + 2).isNumber()
                || !ALTERNATIVE_OPENERS.get(lang).contains(items.get(i + 2).word()))) {
            return false;
        }
        for (List<String> there : THERE_ARE) {
            int from = i - there.size();
            if (from >= 0 && matches(items, from, there)) {
                return true;
            }
        }
        return false;
    }

    /** What "do" opens as a verb: "do four payments", "do a plan", "do it monthly", "do half now". */
    private static final Set<String> DONE_OBJECTS = Set.of("a", "the", "it", "half", "that");

    /**
     * "A plan of one hundred sixty two" heard "one hundred sixty do with the first payment": a "do" right
     * after a round number of tens, with nothing it could do after it, is the last digit of the sum (not
     * "two payments of two forty, do four payments of one twenty").
     */
    private static boolean twoHeardDo(List<SpokenNumbers.Item> items, int i, String lang) {
        if (!lang.equals("en") || i == 0 || i + 1 >= items.size() || !"do".equals(items.get(i).word())) {
            return false;
        }
        SpokenNumbers.Item before = items.get(i - 1);
        SpokenNumbers.Item after = items.get(i + 1);
        return before.isNumber() && !before.ordinal() && before.value() % 10 == 0 && before.value() % 100 >= 20
                && !after.isNumber() && !DONE_OBJECTS.contains(after.word()) && !countHeardAsAWord(items, i + 1, lang);
    }

    /**
     * "You can pay the nine sixty" heard "you don't pay the nine sixty": nobody is told not to pay a sum
     * named, so the verb opens an alternative all the same.
     */
    private static boolean canHeardAsNot(List<SpokenNumbers.Item> items, int i, String lang) {
        if (!lang.equals("en") || i < 2 || !Set.of("dont", "cant").contains(items.get(i - 1).word())
                || !"you".equals(items.get(i - 2).word())) {
            return false;
        }
        int k = i + 1;
        if (k < items.size() && !items.get(k).isNumber() && ARTICLES.get(lang).contains(items.get(k).word())) {
            k++;
        }
        return k < items.size() && items.get(k).isNumber() && !items.get(k).ordinal();
    }

    /** Numbers the recogniser hears as words: "do four payments" heard "do for payments", "two" heard "to". */
    private static final Map<String, Set<String>> NUMBERS_HEARD_AS_WORDS = Map.of("en", Set.of("for", "to", "too"),
            "es", Set.of());

    /** Whether item {@code i} is a count heard as a word, told by the payments it counts: "for payments of". */
    private static boolean countHeardAsAWord(List<SpokenNumbers.Item> items, int i, String lang) {
        return i + 1 < items.size() && !items.get(i).isNumber() && NUMBERS_HEARD_AS_WORDS.get(lang).contains(items.get(i).word())
                && nounAt(items, i + 1, PLAN_NOUNS.get(lang));
    }

    /** A program applied for: "apply for", "solicitar". */
    private static final Map<String, List<String>> APPLY_FOR = Map.of("en", List.of("apply", "for"),
            "es", List.of("solicitar"));
    /** How far back from "apply for" the "or" that makes it an alternative may be: "or you could also apply for". */
    private static final int OR_BEFORE_APPLYING = 4;

    /**
     * Whether a program applied for opens at item {@code i} as one more alternative after an "or": "… or you can
     * apply for the hospital's charity care", "o puede solicitar el apoyo"; not a plan applied for ("or apply for a
     * hardship plan", which the plan's own words count) nor an application with no "or" ("you'll need to apply for it").
     */
    private static boolean appliedForInstead(List<SpokenNumbers.Item> items, int i, String lang) {
        List<String> apply = APPLY_FOR.get(lang);
        if (!matches(items, i, apply)) {
            return false;
        }
        boolean orBefore = false;
        for (int k = i - 1; k >= 0 && k >= i - OR_BEFORE_APPLYING; k--) {
            orBefore |= !items.get(k).isNumber() && OR.get(lang).contains(items.get(k).word());
        }
        int after = i + apply.size();
        for (int k = after; k < items.size() && k < after + 6; k++) {
            SpokenNumbers.Item item = items.get(k);
            if (!item.isNumber() && (TERM_PLANS.get(lang).contains(item.word()) || PLAN_NOUNS.get(lang).contains(item.word()))
                    || planWordAt(items, k, lang)) {
                return false;
            }
        }
        return orBefore;
    }

    /** Verbs that open an alternative only when they change the loan ("add it to the end of the loan"). */
    private static final Map<String, Set<String>> LOAN_CHANGES = Map.of(
            "en", Set.of("add", "move", "switch", "extend", "go"), "es", Set.of());
    /** What a change of the loan names: "switch to interest only", "extend the term", "go weekly". */
    private static final Set<String> LOAN_TERMS = Set.of("interest", "income", "graduated", "extended", "weekly",
            "biweekly", "monthly", "term", "loan", "plan", "hardship");

    /**
     * Whether the verb at {@code i} changes the loan, so opens an alternative: "add the missed amount to
     * the end of the loan", "move it to the end", "switch to interest only payments", "extend the term",
     * "go weekly at sixty", "go on a hardship plan"; not the agent's follow-up ("I can add a note", "I can
     * move the first one to Friday", "switch to a different card", "we can go with that", "go on our
     * website").
     */
    private static boolean changesTheLoan(List<SpokenNumbers.Item> items, int i) {
        String verb = items.get(i).word();
        for (int k = i + 1; k < items.size() && k <= i + (verb.equals("go") ? 3 : 8); k++) {
            String w = items.get(k).isNumber() ? null : items.get(k).word();
            if (w == null) {
                continue;
            }
            if ((verb.equals("add") || verb.equals("move")) && w.equals("end") && k > i + 1
                    && "the".equals(items.get(k - 1).word())) {
                return true; // "… to the end of the loan"
            }
            if (!verb.equals("add") && !verb.equals("move") && LOAN_TERMS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} tells what the choices are for, not one of them: "there are a
     * few ways we can do it" (not "you've got options: you could pay it …").
     */
    /** A favour asked of the one on the line: "could you let her know", "can you tell him", "puede decirle". */
    private static final Map<String, Set<String>> FAVOURS = Map.of("en", Set.of("let", "tell", "ask", "have", "pass",
            "hold", "confirm", "verify", "spell", "repeat", "read", "say", "leave", "write", "hear"),
            "es", Set.of("decirle", "dejarle", "pasarle", "darle", "confirmar", "confirmarme", "repetir", "esperar"));
    private static final Map<String, Set<String>> ASKED = Map.of("en", Set.of("you"), "es", Set.of("usted"));

    /**
     * Whether the choice word at {@code i} asks a favour rather than offering a choice: "could you
     * let her know we called … it's about her (heard "or") dental bill" lays out nothing.
     */
    private static boolean asksAFavour(List<SpokenNumbers.Item> items, int i, String lang) {
        int k = i + 1;
        if (k < items.size() && ASKED.get(lang).contains(items.get(k).word())) {
            k++;
        } else if (!lang.equals("es")) {
            return false;
        }
        while (k < items.size() && Set.of("please", "just", "por", "favor").contains(items.get(k).word())) {
            k++;
        }
        return k < items.size() && !items.get(k).isNumber() && FAVOURS.get(lang).contains(items.get(k).word());
    }

    private static boolean framesTheChoice(List<SpokenNumbers.Item> items, int i, String lang) {
        return i >= 3 && i < items.size() && FRAMING_VERBS.get(lang).contains(items.get(i).word())
                && (i + 1 >= items.size() || FRAMED_OBJECTS.contains(items.get(i + 1).word()))
                && NOUNS.get(lang).contains(items.get(i - 3).word())
                && SUBJECTS.get(lang).contains(items.get(i - 2).word())
                && ALTERNATIVE_OPENERS.get(lang).contains(items.get(i - 1).word());
    }

    /**
     * An ordinal that marks an item of a list ("first, a settlement"), not one that counts a
     * thing ("the first payment", "your second installment").
     */
    private static boolean isMarker(List<SpokenNumbers.Item> items, int i, String lang) {
        String before = i > 0 && !items.get(i - 1).isNumber() ? items.get(i - 1).word() : "";
        String after = i + 1 < items.size() && !items.get(i + 1).isNumber() ? items.get(i + 1).word() : "";
        return !ARTICLES.get(lang).contains(before) && !DETERMINERS.get(lang).contains(before)
                && !COUNTED.get(lang).contains(after) && !NOUNS.get(lang).contains(after);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static boolean nounAt(List<SpokenNumbers.Item> items, int i, Set<String> nouns) {
        return i >= 0 && i < items.size() && !items.get(i).isNumber() && nouns.contains(items.get(i).word());
    }

    private static boolean matches(List<SpokenNumbers.Item> items, int i, List<String> phrase) {
        if (i + phrase.size() > items.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            SpokenNumbers.Item item = items.get(i + k);
            if (item.isNumber() || !item.word().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
