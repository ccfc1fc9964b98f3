package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * What the clause a day is said in is about ({@link DateMention.About}): the speaker paying then
 * ("I can do the two hundred on Friday", "yes, Friday", "two sixty today"), something else that
 * happens then, told with a subject of its own and nothing of the debt ("I start a new position
 * on June first", "my son graduates next year", "someday I'd like to move back there"), or
 * neither ("how about the thirtieth", "I'll take care of it next month", "I get paid Friday").
 *
 * <p>Other business needs its own subject and none of the ways a client speaks of the debt: a
 * word of paying, the debt as "it" or "that", money, catching up, a hope or a guess ("I was
 * hoping for the end of the month"), getting back to the agent, someone else paying or helping.
 * A day said bare, or put forward ("how about", "instead", "is better"), is never another
 * thing's: clients put a payment off in those words more than in any other.
 */
final class PayingTalk extends ItemWords {
    /** The words of one language. */
    record Lexicon(Set<String> paying, Set<String> income, Set<String> incomeBefore, Set<String> incomeAfter,
            Set<String> modals, Set<String> doing, Set<String> starting, Set<String> moving, Set<String> movingAlone,
            Set<String> moveHow, Set<String> waiting, Set<String> waitFor, Set<String> until, Set<String> debtTalk,
            Set<String> contacting, Set<String> aboutIt, Set<String> putting, Set<String> assent,
            Set<String> proposing, Set<String> actedOn, Set<String> refusals, Set<String> retractions,
            Set<String> notThisOne, Set<String> theThing, Set<String> breaks, Set<String> firstPerson,
            Set<String> others, Set<String> possessives, Set<String> notASubjectAfter, Set<String> currency,
            Set<String> units, Set<String> notAnAmountAfter) {
    }

    static final Lexicon EN = new Lexicon(
            Set.of("pay", "paying", "pays", "payment", "payments", "installment", "installments", "instalment",
                    "instalments", "send", "sending", "mail", "mailing", "transfer", "wire", "settle", "settlement",
                    "remainder", "remaining", "balance", "afford", "paid"),
            Set.of("paycheck", "payday", "income", "salary", "wages", "unemployment", "refund", "benefits",
                    "deposit", "social", "disability", "bonus", "tips", "ssi", "pension", "commission"),
            // "when I get paid", "I get my pay on Friday": the speaker's income, not a payment
            Set.of("get", "gets", "getting", "got", "be", "been", "my", "our"),
            // "they pay me on Friday"
            Set.of("me", "us"),
            Set.of("can", "could", "ill", "will", "lets", "well", "gonna", "should", "might", "may"),
            Set.of("do", "make", "put", "handle", "manage"),
            Set.of("start", "begin"),
            Set.of("push", "move", "change", "switch", "bump", "shift"),
            Set.of("reschedule", "postpone", "delay"),
            Set.of("to", "till", "until", "for", "into"),
            Set.of("wait", "need", "give", "hold"),
            Set.of("me", "us", "off", "more", "until", "till", "a", "another"),
            Set.of("until", "till", "til"),
            // the debt spoken of without a word of paying: "I'll have the money", "we'll be caught up", "I'll be
            // able to", "my daughter can help", "I was hoping for", "I'm thinking more like"
            Set.of("money", "check", "cheque", "cover", "covered", "catch", "caught", "clear", "able", "help", "helps",
                    "helping", "lend", "borrow", "owe", "save", "saving", "think", "thinking", "thought", "hoping",
                    "hope", "looking", "guess", "figured", "rest", "half", "ready", "good"),
            Set.of("call", "get", "let", "think", "talk"),
            Set.of("you", "ya", "back", "about", "over"),
            // a day put forward anywhere in its clause: "instead", "would be better", "I'd rather"
            Set.of("instead", "rather", "better"),
            // a day taken, said next to it: "yes, Friday", "Thursday works", "Friday is fine"
            Set.of("works", "fine", "okay", "ok", "sure", "yes", "yeah", "yep", "perfect", "alright", "great"),
            // "how about", "what about", "let's say": the day put forward after them
            Set.of("how", "what", "lets"),
            // "take care of it", "deal with it", "figure it out": the debt acted on ("it" after these)
            Set.of("of", "with", "do", "handle", "get", "sort", "send", "cover", "clear", "settle", "fix", "finish",
                    "knock", "tackle", "figure", "pay", "put", "have", "make"),
            Set.of("no", "not", "nope", "cant", "wont", "dont", "doesnt", "isnt", "couldnt", "never", "doubt"),
            // a day taken back, said before the clause's subject: "forget Friday", "scratch that", "no way I can"
            Set.of("forget", "scratch", "mind", "doubt", "dont", "no", "not", "wish", "unless"),
            // not a payment of this debt: another bill, the past, what was meant and did not happen
            Set.of("rent", "mortgage", "car", "irs", "taxes", "tuition", "electric", "insurance", "landlord", "was",
                    "were", "already", "wanted", "supposed"),
            Set.of("it", "this", "that", "them", "everything"),
            Set.of("but", "so", "and", "because", "then", "now", "cause", "since"),
            Set.of("i", "we", "im", "ill", "id", "ive", "were", "wed", "weve"),
            // "everyone's coming over tomorrow": a day of others' doing
            Set.of("he", "she", "they", "hes", "shes", "theyre", "theyll", "hed", "shed", "theyd", "theres", "everyone",
                    "everyones", "everybody", "everybodys"),
            Set.of("my", "our", "his", "her", "their"),
            // "the money from my mom", "talk to my wife": a possessive there is no subject
            Set.of("from", "to", "with", "for", "at", "of", "on", "by", "about", "get", "got", "ask", "borrow", "call",
                    "tell", "pay", "paying", "send", "cover", "in", "into", "help", "let", "take", "have"),
            Set.of("dollars", "dollar", "bucks"),
            Set.of("years", "year", "months", "weeks", "days", "hours", "hour", "minutes", "times", "kids", "people",
                    "oclock", "am", "pm", "miles", "shifts", "day"),
            // "turns sixteen", "at ten", "until eleven": an age or a time
            Set.of("turns", "turn", "turning", "age", "aged", "at", "until", "till", "by", "around"));

    static final Lexicon ES = new Lexicon(
            Set.of("pagar", "pago", "pagos", "pagarle", "pagarlo", "pagare", "pagaria", "paga", "pagan", "pagamos",
                    "pague", "abono", "abonos", "abonar", "abonare", "mandar", "mando", "mandare", "envio", "enviar",
                    "transfiero", "transferir", "depositar", "deposito", "deposita", "depositare", "saldo", "cuota",
                    "cuotas", "liquidar", "liquido"),
            Set.of("quincena", "sueldo", "salario", "nomina", "aguinaldo", "pension", "cobro", "cobra", "cobrar"),
            // "me pagan el viernes", "me van a pagar"
            Set.of("me", "nos", "van"),
            Set.of(),
            Set.of("puedo", "podria", "voy", "vamos", "podemos", "podriamos"),
            Set.of("hacer", "hacerlo", "hago", "dar", "doy", "darle", "dare"),
            Set.of("empezar", "empiezo", "comenzar", "comienzo"),
            Set.of("mover", "moverlo", "cambiar", "cambiarlo", "pasar", "pasarlo", "recorrer", "dejar", "dejamos",
                    "dejarlo"),
            Set.of("posponer", "aplazar", "posponerlo", "aplazarlo"),
            Set.of("para", "al", "hasta", "a"),
            Set.of("esperar", "necesito", "deme", "dame", "espereme"),
            Set.of("hasta", "mas", "unos", "unas"),
            Set.of("hasta"),
            Set.of("dinero", "resto", "mitad", "ayuda", "ayudar", "presta", "prestar", "tengo", "tenga", "tendre",
                    "creo", "pienso", "espero", "ojala"),
            Set.of("llamo", "llamar", "aviso", "avisar", "pensar", "hablar", "hablo"),
            Set.of("le", "lo", "usted", "ustedes", "eso"),
            Set.of("mejor"),
            Set.of("bien", "vale", "sale", "si", "bueno", "perfecto", "claro"),
            Set.of("que", "tal"),
            Set.of(),
            Set.of("no", "nunca", "tampoco"),
            Set.of("no", "olvide", "olvidese", "mejor"),
            Set.of("renta", "carro", "hipoteca", "ya", "iba"),
            Set.of("lo", "la", "eso", "esto", "los", "las", "se"),
            Set.of("pero", "porque", "entonces", "pues", "ahora", "asi"),
            Set.of("yo", "nosotros", "nosotras"),
            // ("el" is the article as often as "él", "su" is "your" as often as "his")
            Set.of("ella", "ellos", "ellas"),
            Set.of("mi", "mis", "nuestro", "nuestra"),
            Set.of("de", "a", "con", "para", "por", "en"),
            Set.of("pesos", "peso", "dolares"),
            Set.of("anos", "meses", "semanas", "dias", "horas", "minutos", "veces"),
            Set.of("cumple", "cumplo", "cumplir", "edad", "las", "a"));

    private final Lexicon lx;

    PayingTalk(List<SpokenNumbers.Item> items, Lexicon lexicon) {
        super(items);
        this.lx = lexicon;
    }

    /** Who the clause is about, as its subject says. */
    private enum Subject {
        NONE, SPEAKER, SOMEONE_ELSE
    }

    /** What one clause says around its day, read word by word. */
    private final class Reading {
        Subject subject = Subject.NONE;
        /** A word of paying, an amount, the day moved or time asked for: "I can do the two hundred". */
        boolean pays;
        /** The day put forward: "how about", "instead", "would be better". */
        boolean puts;
        /** The day taken, said next to it: "yes, Friday", "Friday works". */
        boolean assents;
        /** The debt spoken of in other words: "I'll take care of it", "we'll be caught up", "I was hoping". */
        boolean debt;
        boolean refuses;
        boolean income;
        /** Another bill's payment, or one in the past or only meant: "I have to pay my rent", "I already paid". */
        boolean another;

        void read(int k, int from, int end) {
            String w = word(k);
            if (cardinal(k) != null) {
                pays |= amount(k);
                return;
            }
            if (w == null) {
                return;
            }
            if (lx.refusals().contains(w) && !is(k + 1, Set.of("problem", "worries"))) {
                refuses = true;
            }
            if (lx.notThisOne().contains(w)) {
                another = true;
            }
            if (lx.putting().contains(w) || (w.equals("about") || w.equals("say")) && is(k - 1, lx.proposing())
                    || w.equals("like") && is(k - 1, Set.of("more")) // "more like the thirtieth"
                    || w.equals("work") && (k == end || is(k - 1, Set.of("would", "does", "will", "could", "should",
                            "that", "it")))) {
                puts = true; // "would the first work", "does Friday work"; not "I work twelve hour shifts"
            }
            if (lx.assent().contains(w) && (k == from - 1 || k == end || k == end + 1 && is(end, Set.of("is", "s")))) {
                assents = true;
            }
            if (lx.theThing().contains(w) && is(k - 1, lx.actedOn())
                    && !(is(k - 1, Set.of("make")) && is(k + 1, Set.of("to")))) {
                pays = true; // "I'll take care of it", "I'll get it to you"; not "I can make it to the doctor"
            }
            if (lx.debtTalk().contains(w) && !is(k + 1, Set.of("day", "time")) && !(w.equals("rest")
                    && !is(k - 1, Set.of("the"))) || lx.contacting().contains(w) && is(k + 1, lx.aboutIt())) {
                debt = true; // "the rest", "I'll call you", "we'll be caught up"; not "a half day", "some rest"
            }
            if (lx.income().contains(w)) {
                income = true;
            }
            if (lx.paying().contains(w) || lx.doing().contains(w) || lx.starting().contains(w)) {
                if (incomeAt(k)) {
                    income = true;
                } else {
                    pays |= payingAt(k, from);
                }
            }
            pays |= changingAt(k, from);
        }

        DateMention.About about() {
            boolean takes = pays || puts || assents && subject == Subject.NONE;
            if (takes && !refuses && !income && !another && subject != Subject.SOMEONE_ELSE) {
                return DateMention.About.PAYING;
            }
            if (subject != Subject.NONE && !pays && !puts && !debt && !refuses && !income) {
                return subject == Subject.SOMEONE_ELSE ? DateMention.About.OTHERS : DateMention.About.OTHER;
            }
            return DateMention.About.UNSAID;
        }
    }

    /**
     * What the clause around the day at items [{@code from}, {@code end}) is about: back to the
     * word that ends the clause before it or the subject that opens it ("I can pay the two hundred,
     * I start my new job in December" reads "I start my new job" for December), and on to the
     * clause's end; a day that opens its clause belongs to the words after it ("next month I can
     * pay the rest"). A paying clause right after ("… on the twentieth, I'll pay you after that")
     * speaks of the day too.
     */
    DateMention.About around(int from, int end) {
        Reading r = new Reading();
        boolean opened = false;
        int k = from - 1;
        for (; k >= 0 && k >= from - 10; k--) {
            String w = word(k);
            if (w != null && lx.breaks().contains(w)) {
                break;
            }
            r.read(k, from, end);
            Subject s = subjectAt(k);
            if (s != Subject.NONE) {
                r.subject = s;
                opened = true;
                break;
            }
        }
        // before the subject: "I don't think I can pay Friday", "forget Friday, I start my new job on the thirtieth"
        for (int b = k - 1; opened && b >= 0 && b >= k - 4; b--) {
            String w = word(b);
            if (w != null && lx.breaks().contains(w)) {
                break;
            }
            if (w != null && lx.retractions().contains(w)) {
                r.refuses = true;
            }
        }
        int next = end;
        for (; next < items.size() && next < end + 7; next++) {
            String w = word(next);
            if (w != null && lx.breaks().contains(w)) {
                break;
            }
            Subject s = subjectAt(next);
            if (s != Subject.NONE) {
                if (opened) {
                    break; // the next clause's
                }
                r.subject = s;
                opened = true;
            }
            r.read(next, from, end);
        }
        if (thenPaid(next)) {
            r.debt = true;
        }
        return r.about();
    }

    /** Whether the words after item {@code at} pay "then" or "after that": "… I'll pay you after that". */
    private boolean thenPaid(int at) {
        boolean paying = false;
        boolean then = false;
        for (int k = at; k < items.size() && k < at + 10; k++) {
            String w = word(k);
            if (w == null) {
                continue;
            }
            paying |= lx.paying().contains(w) || lx.theThing().contains(w) && is(k - 1, lx.actedOn());
            then |= w.equals("then") || w.equals("ahi") || w.equals("entonces")
                    || w.equals("that") && is(k - 1, Set.of("after", "by", "before"));
        }
        return paying && then;
    }

    /** The subject that opens a clause at item {@code k}: "I", "she", "my son" (not "pay my rent", "from my mom"). */
    private Subject subjectAt(int k) {
        String w = word(k);
        if (w == null) {
            return Subject.NONE;
        }
        if (lx.firstPerson().contains(w)) {
            return Subject.SPEAKER;
        }
        if (lx.others().contains(w) || lx.possessives().contains(w) && word(k + 1) != null
                && !lx.paying().contains(word(k + 1)) && !payingWord(k - 1) && !is(k - 1, lx.incomeBefore())
                && !is(k - 1, lx.notASubjectAfter())) {
            return Subject.SOMEONE_ELSE;
        }
        return Subject.NONE;
    }

    private boolean payingWord(int k) {
        String w = word(k);
        return w != null && (lx.paying().contains(w) || lx.doing().contains(w) || lx.moving().contains(w));
    }

    /**
     * "two hundred", "sixty today", "fifty dollars"; not "four years at the company", "turns sixteen",
     * "at ten", "until eleven", "nineteen eighty" (a year, unless "dollars" follows).
     */
    private boolean amount(int k) {
        long n = cardinal(k);
        if (is(k + 1, lx.currency()) || is(k + 1, Amounts.CURRENCY)) {
            return true;
        }
        boolean timeOrAge = is(k - 1, lx.notAnAmountAfter()) || cardinal(k - 1) != null && is(k - 2, lx.notAnAmountAfter());
        return n >= 10 && !is(k + 1, lx.units()) && !timeOrAge && (n < 1900 || n > 2100);
    }

    /** Income, not a payment: "when I get paid", "I get my pay Friday", "they pay me", "me pagan". */
    private boolean incomeAt(int k) {
        String w = word(k);
        if (!lx.paying().contains(w)) {
            return false;
        }
        for (int b = k - 1; b >= 0 && b >= k - 2; b--) {
            if (is(b, lx.incomeBefore())) {
                return true;
            }
        }
        return is(k + 1, lx.incomeAfter()) || is(k - 1, lx.others()) || is(k - 1, Set.of("job", "work", "employer",
                "check", "unemployment", "trabajo"));
    }

    /** Whether the word at {@code k} pays: a word of paying, or doing or starting it ("I can do Friday"). */
    private boolean payingAt(int k, int from) {
        String w = word(k);
        if (lx.paying().contains(w)) {
            return true;
        }
        // "I can do the two hundred on Friday", "can I do the thirtieth", "do it tomorrow", "lo hago el
        // treinta"; not "I'll do dinner next week", "I start a new position on June first"
        boolean offered = is(k - 1, lx.modals()) || is(k - 1, lx.firstPerson()) && is(k - 2, lx.modals())
                || is(k - 1, lx.theThing());
        if (lx.doing().contains(w)) {
            return offered && !is(k + 1, Set.of("with", "my", "our", "dinner", "lunch"))
                    && !(is(k + 1, lx.theThing()) && is(k + 2, Set.of("to"))) || is(k + 1, lx.theThing())
                    && !is(k + 2, Set.of("to"));
        }
        return offered && (k + 1 == from || k + 2 == from || is(k + 1, lx.theThing()) || is(k + 1, lx.paying()));
    }

    /** A day moved, or time asked for: "push it to next month", "give me till Friday". */
    private boolean changingAt(int k, int from) {
        String w = word(k);
        if (lx.movingAlone().contains(w)) {
            return true;
        }
        if (lx.moving().contains(w)) {
            // "push it to next month", "lo podemos pasar", "could we push to next month", "push back the date";
            // not "move back there", "I'm going to move to Phoenix next month"
            return is(k + 1, lx.theThing()) || is(k - 1, lx.theThing()) || is(k - 2, lx.theThing())
                    || is(k + 1, lx.moveHow()) && k + 3 >= from && k < from
                    || is(k + 1, Set.of("back")) && (w.equals("push") || w.equals("bump"));
        }
        if (lx.waiting().contains(w)) {
            return w.equals("wait") || w.equals("esperar") || is(k + 1, lx.waitFor());
        }
        if (lx.until().contains(w)) {
            return k >= from - 2 && k < from; // "till next month": the day asked for, said right before it
        }
        return false;
    }
}
