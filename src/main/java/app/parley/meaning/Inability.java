package app.parley.meaning;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a party says they cannot pay, in the many ways no phrase list keeps up with: "I don't
 * have it", "I haven't got a penny right now", "not the whole thing anyway", "I can't really
 * afford that", "not a chance", "no tengo ni un peso", "no me alcanza". Read as a grammar over
 * the recogniser's words: a negated ability to pay ("can't … pay", "unable to cover"), a
 * negated possession of money or of "it" ("don't have it", "haven't got the money"), having
 * nothing ("nothing left", "not a cent", "I'm broke"), or a flat refusal. "I don't have the
 * account number" and "I don't have it in front of me" are not about money and do not count.
 */
final class Inability {
    private Inability() {
    }

    /** The words of each language the grammar needs. */
    private record Lexicon(List<List<String>> cannot, Set<String> payVerbs, List<List<String>> haveNot,
            Set<String> money, Set<String> pronouns, Set<String> notMoney, Set<String> between, Set<String> now,
            List<List<String>> nothing, List<List<String>> notAll) {
    }

    private static final Lexicon EN = new Lexicon(
            Words.phrases("cant", "cannot", "can not", "couldnt", "could not", "not able to", "unable to", "wont be able to",
                    "not going to be able to", "not gonna be able to", "never be able to", "no way i can", "no way to",
                    // "there's no way I'm coming up with eleven hundred right now"
                    "no way im", "no way i am", "no way were", "no way we are",
                    "not in a position to", "in no position to", "not really in a position to", "not in the position to",
                    "not really in the position to"),
            Set.of("pay", "afford", "manage", "cover", "swing", "spare"),
            Words.phrases("dont have", "do not have", "dont got", "havent got", "have not got", "aint got",
                    // "there's no way I've got six ninety sitting around this week"
                    "no way ive got", "no way i have", "no way i got", "no way weve got", "no way we have",
                    "have no", "got no", "hasnt got", "dont even have", "dont really have"),
            Set.of("money", "cash", "funds", "penny", "pennies", "cent", "cents", "dime", "dollar", "dollars", "bucks",
                    "income", "savings", "amount", "balance", "whole", "full", "enough", "much", "nothing", "anything",
                    "sum", "left"),
            Set.of("it", "that", "this", "any"),
            Set.of("in", "with", "on", "here", "handy", "written", "number", "account", "card", "letter", "information",
                    "info", "paperwork", "statement", "address", "email", "details", "one", "problem", "time", "idea",
                    "clue", "choice", "car", "job", "phone", "pen",
                    // a thing, not money: "I don't have it fixed yet", "since the day I drove [heard "don't have"] it off the lot"
                    "off", "fixed", "running", "working", "repaired", "insured", "registered"),
            // and how near: "I don't have almost two grand sitting around", "like two thousand"
            Set.of("the", "a", "an", "any", "that", "this", "kind", "of", "even", "all", "really", "enough", "to",
                    "my", "much", "almost", "nearly", "like", "about", "anywhere", "near", "close"),
            Set.of("now", "moment", "month", "week"),
            Words.phrases("nothing left", "got nothing", "have nothing", "ive nothing", "not a penny", "not a cent",
                    "not a dime", "not one cent", "not one penny", "no money", "im broke", "flat broke", "totally broke",
                    "completely broke", "so broke", "dead broke", "im skint", "tapped out", "not a chance", "no chance",
                    "out of the question",
                    // A flat refusal of the amount asked: "that's not really going to happen"
                    "not going to happen", "not really going to happen", "not gonna happen", "not really gonna happen",
                    "not happening", "aint happening", "aint gonna happen", "not doable", "not really doable",
                    "out of my budget", "beyond my means", "more than i can do", "more than i can manage",
                    // "nine hundred is still more than I've got right now"
                    "more than ive got", "more than i have", "more than what i have", "more than i got",
                    // "nine hundred dollars just isn't there"; not "the pay button just isn't there"
                    "dollars just isnt there", "money just isnt there", "money isnt there"),
            Words.phrases("not the whole", "not all of it", "not all of that", "not all at once", "not in full", "not that much",
                    "not the full",
                    // "twenty three hundred dollars, I can tell you that right now, not in one go"
                    "not in one go", "not all in one go", "not in one shot", "not in one lump", "not in one payment"));

    private static final Lexicon ES = new Lexicon(
            Words.phrases("no puedo", "no lo puedo", "no la puedo", "no le puedo", "no me es posible", "no voy a poder",
                    "no podria"),
            Set.of("pagar", "pagarlo", "pagarla", "pagarle", "pagarles", "cubrir", "cubrirlo", "juntar", "completar",
                    "con"),
            Words.phrases("no tengo", "no cuento con", "no dispongo de", "estoy sin", "ando sin", "no traigo"),
            Set.of("dinero", "nada", "peso", "pesos", "centavo", "centavos", "lana", "efectivo", "fondos", "eso",
                    "todo", "total", "cantidad", "completo", "suficiente", "para", "ni", "dolares", "ingresos"),
            Set.of(),
            Set.of("tiempo", "numero", "cuenta", "tarjeta", "carta", "correo", "informacion", "aqui", "idea"),
            Set.of("el", "la", "los", "las", "un", "una", "ese", "esa", "realmente", "de", "mucho"),
            Set.of("ahorita", "ahora", "momento", "mes", "semana"),
            Words.phrases("ni un peso", "ni un centavo", "no hay dinero", "estoy quebrado", "estoy quebrada", "no me alcanza",
                    "no lo tengo", "ni loco", "ni loca"),
            Words.phrases("no todo", "no el total", "no completo"));

    private static final Set<String> ARTICLES = Set.of("a", "the", "that", "this", "all");
    /**
     * Verbs a sum may follow that pay nothing: "I can't believe that five hundred dollar fee" (not "make", "get":
     * "I can't make five hundred this month", "can't get four hundred together").
     */
    private static final Set<String> NOT_PAYING = Set.of("believe", "remember", "recall", "find", "see", "understand",
            "figure", "read", "tell", "explain", "imagine", "stand", "accept", "say", "think", "hear", "wait");
    /** A bare sum this large after "can't" and one word is money. */
    private static final long HUNDREDS = 100;
    /** What a bare number may count other than money: "two hundred miles", "a hundred percent". */
    private static final Set<String> COUNTED = Set.of("percent", "miles", "mile", "people", "times", "pounds",
            "calls", "letters", "feet", "yards", "degrees");
    /** Words that only go with a negative ("any of it", "a dime"): after "I can pay" the "can't" was misheard. */
    private static final List<List<String>> ONLY_NEGATIVE = Words.phrases("any of it", "any of that",
            "any of this", "a dime", "a penny", "a cent",
            // "today? nothing, I can['t] pay anything right now" (with the time after it: "I can pay anything you want")
            "anything", "a thing",
            "any of the"); // "any of it" as the recogniser often hears it, with the time right after
    private static final Set<String> HEARD_PAY_VERBS = Set.of("pay", "afford", "do", "spare");
    /** When, said after it: "right now", "this month". */
    private static final List<List<String>> NOW = Words.phrases("right now", "now", "at the moment", "this month",
            "this week", "today");

    /**
     * "I can pay any of it right now", as the recogniser hears "I can't pay any of it right now":
     * "any of it" goes only with a negative, so the "can't" was there; so does "there's no way"
     * after "I can pay all of that".
     */
    private static int cantHeardCan(List<String> tokens, int i) {
        if (i + 2 >= tokens.size() || !WE.contains(tokens.get(i)) || !tokens.get(i + 1).equals("can")
                || !HEARD_PAY_VERBS.contains(tokens.get(i + 2))) {
            return i;
        }
        int k = i + 3;
        int n = longest(tokens, k, ONLY_NEGATIVE);
        int refused = refusedAfter(tokens, k);
        if (n == 0 && refused > k) {
            return refused; // "I can pay all of that, there's no way", "I can do seven hundred in one go, I just can't"
        }
        if (n == 0) {
            return i;
        }
        k += n;
        int when = longest(tokens, k, NOW);
        return when > 0 ? k + when : i;
    }

    /** What may follow the refusal tagged on: "… I just can't, not with the way things are". */
    private static final Set<String> TAG_THEN = Set.of("not", "no", "sorry", "honestly", "man", "right", "now",
            "today", "maam", "sir", "its", "thats");

    /** A refusal tagged on: "I can('t) pay all of that, there's no way", "… right now, I just can't". */
    private static final List<List<String>> NO_WAY = Words.phrases("theres no way", "there is no way", "no way",
            "theres just no way", "there is just no way", "i just cant", "i cant", "i really cant", "i just cannot");

    /**
     * After "I can pay" at {@code k}: the whole sum, or a sum (and "in one go", "right now"), then a
     * refusal tagged on. Where it ends, or {@code k}.
     */
    private static int refusedAfter(List<String> tokens, int k) {
        int end = k + longest(tokens, k, THE_WHOLE);
        if (end == k) {
            int sum = moneyEndsAt(tokens, k, "en");
            if (sum < 0) {
                sum = bareSumEndsAt(tokens, k, "en");
            }
            if (sum < 0) {
                return k;
            }
            end = sum + longest(tokens, sum, ALL_AT_ONCE);
        }
        int tag = longest(tokens, end, NO_WAY);
        int after = end + tag;
        // the refusal ends the clause: not "… I can't remember the account number", "… there's no way I'd miss it"
        boolean ends = after == tokens.size() || TAG_THEN.contains(tokens.get(after));
        return tag > 0 && ends ? after : k;
    }

    /** Where an amount of money said from token {@code k} ends ("fifty bucks", "a hundred dollars"), or -1. */
    private static int moneyEndsAt(List<String> tokens, int k, String language) {
        if (k >= tokens.size()) {
            return -1;
        }
        for (Amounts.Amount money : Amounts.find(tokens.subList(k, Math.min(k + 8, tokens.size())), language)) {
            if (money.from() == 0 && money.kind() == Amounts.Kind.MONEY) {
                return k + money.to();
            }
        }
        return -1;
    }

    /** Where a number of at least {@link #BARE_SUM_FROM} said from token {@code k} ends ("four sixty"), or -1. */
    private static int bareSumEndsAt(List<String> tokens, int k, String language) {
        if (k >= tokens.size()) {
            return -1;
        }
        List<SpokenNumbers.Item> items = SpokenNumbers.read(tokens.subList(k, Math.min(k + 8, tokens.size())), language);
        boolean sum = !items.isEmpty() && items.get(0).isNumber() && !items.get(0).ordinal()
                && items.get(0).value() >= BARE_SUM_FROM;
        return sum ? k + items.get(0).to() : -1;
    }

    /** A count of hundreds said first in a price, "two" heard "to" or "too" as often as not. */
    private static final Set<String> HUNDREDS_SAID = Set.of("one", "two", "to", "too", "three", "four", "five", "six",
            "seven", "eight", "nine");

    /**
     * Where a price said the short way ends, hundreds then the rest ("two twenty four", heard "to twenty
     * four"), or -1. Only after a verb that lays money down, where it can't be a time of day.
     */
    private static int hundredsShortEndsAt(List<String> tokens, int k) {
        if (k + 1 >= tokens.size() || !HUNDREDS_SAID.contains(tokens.get(k))) {
            return -1;
        }
        List<SpokenNumbers.Item> items = SpokenNumbers.read(tokens.subList(k + 1, Math.min(k + 4, tokens.size())), "en");
        boolean rest = !items.isEmpty() && items.get(0).isNumber() && !items.get(0).ordinal()
                && items.get(0).value() >= 10 && items.get(0).value() < 100;
        return rest ? k + 1 + items.get(0).to() : -1;
    }

    /** Spans of time a number after "the whole" may count instead of money. */
    private static final Set<String> SPANS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "hour", "hours", "minutes");

    /** The idioms of handing money over: "I can't fork over two thousand", "can't shell out", "can't cough up". */
    private static final List<List<String>> HAND_OVER = Words.phrases("fork over", "fork out", "shell out", "cough up");
    /**
     * Raising the money, or paying it said as going on: "can't come up with eleven hundred", "there's no
     * way I'm covering forty two hundred in one shot"; of money only, not "come up with an answer".
     */
    private static final List<List<String>> RAISING = Words.phrases("come up with", "coming up with", "covering",
            "paying", "swinging", "managing", "affording");
    /**
     * Money laid down, said of a sum only: "I can't just throw two twenty four at it right now", "can't drop
     * five hundred on this" (not "I can't throw it away", "can't put that down", "can't put her on").
     */
    private static final List<List<String>> LAYING_DOWN = Words.phrases("throw", "drop", "put down", "lay out",
            "plunk down", "hand over", "put");
    /**
     * The money laid down named without a sum: "can't throw that kind of money at it", "I can't put anything
     * towards that right now" (not "I can't put anything in writing").
     */
    private static final List<List<String>> MONEY_LAID = Words.phrases("that much", "that kind of money",
            "this kind of money", "that much money", "money", "anything toward", "anything towards", "anything down",
            "anything on it", "anything on that", "a dime toward", "a dime towards", "a dime on", "a penny toward",
            "a penny towards", "a penny on", "any money toward", "any money towards", "any money down", "much toward",
            "much towards");
    /** The money raised named without a sum: "can't come up with that kind of money", "… the rest". */
    private static final List<List<String>> THE_MONEY = Words.phrases("it", "that", "the money", "that money",
            "that much", "that kind of money", "this kind of money", "any money", "the rest", "the whole", "the full",
            "the balance", "all of it", "all of that", "all that", "enough", "the cash", "that amount", "the amount");

    /** A bare number this large after "can't do" is a sum of money. */
    private static final int BARE_SUM_FROM = 20;
    /** How a sum said bare would be paid: "can't do twelve hundred all at once". */
    private static final List<List<String>> ALL_AT_ONCE = Words.phrases("all at once", "at once", "in one go",
            "in one shot", "right now", "now", "today", "this month", "in full", "all together", "upfront", "up front");

    /**
     * "I really can't." ending the turn, or with no more than when ("I just cannot right now"):
     * asked to pay, the client says no more than that.
     */
    private static boolean bareCant(List<String> tokens, int i) {
        int k = afterICant(tokens, i);
        if (k < 0) {
            return false;
        }
        if (k == tokens.size()) {
            return true;
        }
        // "[nine hundred?] I just can not right now", the money named before; not "no, I can't right
        // now" to "is now a good time to talk?"
        // … or a new clause after it, telling why: "two thousand dollars, I just can't, I'm living on his pension"
        List<String> rest = tokens.subList(k, tokens.size());
        int when = longest(tokens, k, BARE_WHEN);
        // (not "I can pay the hundred dollars, I just can't, I'm in a meeting": the sum agreed, the time refused)
        boolean why = k + when < tokens.size() && (WHY_AFTER_BARE.contains(tokens.get(k + when))
                || Words.startsAt(tokens, k + when, NOT_WITH)) && !Words.containsAny(tokens.subList(0, i), WILLING);
        if ((BARE_WHEN.stream().anyMatch(rest::equals) || why)
                && tokens.subList(0, i).stream().anyMatch(MONEY_BEFORE::contains)) {
            return true;
        }
        // … or the money gone told right after, the sum only asked for before: "I just can't right now, the
        // funeral took everything we had saved" (not "I can't right now, I'm driving")
        List<String> reason = tokens.subList(k + when, Math.min(tokens.size(), k + when + MONEY_GONE_REACH));
        return !Words.containsAny(tokens.subList(0, i), WILLING) && Words.containsAny(reason, MONEY_GONE);
    }

    /** How the money went, told after a bare "I can't": "… the funeral took everything we had saved". */
    private static final List<List<String>> MONEY_GONE = Words.phrases("took everything", "took all", "had saved",
            "our savings", "my savings", "every penny", "every cent", "im broke", "were broke", "no money",
            "out of money", "ran out", "wiped out", "wiped us out", "wiped me out", "cleaned out", "cleaned us out",
            "cleaned me out");
    /** How many words after the bare "I can't" may tell how the money went. */
    private static final int MONEY_GONE_REACH = 10;

    /** A clause that tells why, after a bare "I just can't": "… I'm living on his pension", "… not with rent due". */
    private static final Set<String> WHY_AFTER_BARE = Set.of("im", "ive", "thats", "theres", "weve");
    /** "… not with the roofer to pay", "… not with rent due": why, in two words. */
    private static final List<String> NOT_WITH = List.of("not", "with");

    /**
     * Where "I [really, just] can't" (or "can not", as the recogniser may split it) ends, said from
     * token {@code i}; -1 if it is not said there.
     */
    private static int afterICant(List<String> tokens, int i) {
        int k = i;
        if (k >= tokens.size() || !WE.contains(tokens.get(k))) {
            return -1;
        }
        k++;
        while (k < tokens.size() && BARE_ADVERBS.contains(tokens.get(k))) {
            k++;
        }
        if (k < tokens.size() && BARE_CANT.contains(tokens.get(k))) {
            return k + 1;
        }
        if (k + 1 < tokens.size() && tokens.get(k).equals("can") && tokens.get(k + 1).equals("not")) {
            return k + 2;
        }
        return -1;
    }

    /**
     * What "I can't do it" refuses when a sum or a way to pay it was just named: "six hundred all at
     * once, I just can't do it".
     */
    private static final Set<String> IT = Set.of("it", "that");
    /** What may follow the refusal without making it about something else ("over the phone", "till Friday"). */
    private static final Set<String> AFTER_THE_REFUSAL = Set.of("dear", "sorry", "honestly", "maam", "sir", "man",
            "buddy", "i", "no", "not", "right", "at", "its", "thats", "there", "just");
    /** Words before that say the sum itself is fine: "fifty dollars is fine, I just can't do it till Friday". */
    private static final List<List<String>> WILLING = Words.phrases("i can do", "i can pay", "ill pay", "ill do",
            "is fine", "thats fine", "i paid");
    private static final List<List<String>> AT_ONE_GO = Words.phrases("all at once", "in one go", "in one shot",
            "in full", "all together", "upfront", "up front", "lump sum");
    /** How far before "I can't do it" the sum may have been named. */
    private static final int SUM_REACH = 12;

    /**
     * "Six hundred dollars all at once, on my pension, I just can't do it": the thing refused is
     * the sum named just before (an amount of money, or a way of paying it all at once), or whatever
     * was asked once the work was lost just before ("I got laid off, I literally can't do that right
     * now"); not any "can't do it" ("I can't do it right now, I'm driving").
     */
    private static int cantDoTheSum(List<String> tokens, int i) {
        int k = afterICant(tokens, i);
        if (k < 0 && i + 1 < tokens.size() && tokens.get(i + 1).equals("literally")) {
            // "I literally can't do that": read without the word, as a "can't" before a day it is not
            List<String> without = new java.util.ArrayList<>(tokens);
            without.remove(i + 1);
            k = afterICant(without, i);
            k = k < 0 ? k : k + 1;
        }
        if (k < 0 || k + 1 >= tokens.size() || !DO_IT.contains(tokens.get(k)) || !IT.contains(tokens.get(k + 1))) {
            return i;
        }
        int atOneGo = longest(tokens, k + 2, AT_ONE_GO);
        if (atOneGo > 0) {
            // "I can't do that all at once": the whole of it at once refused, even after "I can pay the two
            // hundred" (the sum is fine, paying it in one go is not: options are what they need)
            return k + 2 + atOneGo;
        }
        if (tokens.get(k).equals("say") && k + 2 < tokens.size() && !SAID_NOW.contains(tokens.get(k + 2))) {
            return i; // "three hundred in March, I can't say that I remember": said, not paid
        }
        if (k + 2 < tokens.size() && !AFTER_THE_REFUSAL.contains(tokens.get(k + 2))) {
            return i; // "I can't do it over the phone", "… today but I can on Friday": the how or the when refused
        }
        List<String> before = tokens.subList(Math.max(0, i - SUM_REACH), i);
        if (Words.containsAny(before, WILLING)) {
            return i;
        }
        boolean sum = Amounts.find(before, "en").stream().anyMatch(a -> a.kind() == Amounts.Kind.MONEY)
                || Words.containsAny(before, AT_ONE_GO) || balanceEchoed(before)
                || workLostJustBefore(before, tokens, k + 2);
        return sum ? k + 2 : i;
    }

    /** What ends the telling of a loss before "I can't do that": another clause ("… and I'm at the unemployment office"). */
    private static final Set<String> OTHER_CLAUSE = Set.of("and", "but", "so", "with", "at", "because", "plus", "since");

    /**
     * "I got laid off three weeks ago, I literally can't do that right now": the work lost is the last
     * thing told before the refusal, and the refusal is of now, not of the work ("with my back I
     * can't do that no more").
     */
    private static boolean workLostJustBefore(List<String> before, List<String> tokens, int afterRefusal) {
        List<int[]> lost = IncomeLost.find(before, "en");
        if (lost.isEmpty()) {
            return false;
        }
        int end = lost.get(lost.size() - 1)[1];
        if (before.subList(end, before.size()).stream().anyMatch(OTHER_CLAUSE::contains)) {
            return false;
        }
        return afterRefusal >= tokens.size() || !Set.of("no", "anymore").contains(tokens.get(afterRefusal));
    }

    /** What may follow "I can't say that" when it is "I can't pay that": "… right now", "… today". */
    private static final Set<String> SAID_NOW = Set.of("right", "now", "today", "sorry");
    /** A sum this large said without "dollars" is the balance echoed: "eight hundred and fifty? I can't do that". */
    private static final long ECHOED_FROM = 100;
    /** Numbers read as years, not sums: "two thousand and five, I can't say that" (not a round "two thousand"). */
    private static final long YEARS_FROM = 1990;
    private static final long YEARS_TO = 2035;

    /** Whether the words before end with a bare sum: the balance repeated back, then refused. */
    private static boolean balanceEchoed(List<String> before) {
        List<SpokenNumbers.Item> items = SpokenNumbers.read(before, "en");
        int last = items.size() - 1;
        while (last >= 0 && !items.get(last).isNumber() && ECHO_TAIL.contains(items.get(last).word())) {
            last--;
        }
        if (last < 0 || !items.get(last).isNumber() || items.get(last).ordinal()) {
            return false;
        }
        long value = items.get(last).value();
        boolean year = value >= YEARS_FROM && value <= YEARS_TO && value != 2000;
        return value >= ECHOED_FROM && value < 100_000 && !year;
    }

    /** What may stand between the sum echoed and "I can't": "eight fifty? oh, no, I …". */
    private static final Set<String> ECHO_TAIL = Set.of("i", "oh", "no", "um", "uh", "well", "honestly", "and", "but",
            "just", "so", "wow");

    /** The whole debt, refused: "all of that", "the whole thing". */
    private static final List<List<String>> THE_WHOLE = Words.phrases("all of it", "all of that", "all of this",
            "all that", "the whole thing", "the whole amount", "the whole balance", "the whole lot", "the full amount",
            "the full balance");
    /** The whole of a sum said after it: "the whole two eighty nine", "all five sixty". */
    private static final List<List<String>> THE_WHOLE_OF = Words.phrases("the whole", "the full", "all");
    /** Verbs that lay a sum down: the lexicon's verbs of paying, and "do", "send" … */
    private static final Set<String> SUM_VERBS = Stream.concat(EN.payVerbs().stream(),
            Stream.of("do", "send", "give", "put")).collect(Collectors.toUnmodifiableSet());
    /** The verbs that lay a sum down, and what the recogniser makes of "pay" ("be", "they"). */
    private static final Set<String> PAYING_VERBS = Stream.concat(SUM_VERBS.stream(), Stream.of("be", "they"))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Verbs of "I can't do it" before a sum: the verbs of paying, and "say", another way the
     * recogniser hears "pay" there ("eight fifty, I can't say that right now"), which only a sum
     * before or "all at once" after makes a refusal.
     */
    private static final Set<String> DO_IT = Stream.concat(PAYING_VERBS.stream(), Stream.of("say"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "No, I really can't do all of that right now", with the verb misheard ("can't be all of that"):
     * the whole sum refused, whatever one verb stands between.
     */
    private static int cantTheWhole(List<String> tokens, int i) {
        int k = afterICant(tokens, i);
        while (k >= 0 && k < tokens.size() && FILLERS.contains(tokens.get(k))) {
            k++; // "I can't really do all of that"
        }
        if (k < 0 || k + 1 >= tokens.size() || !PAYING_VERBS.contains(tokens.get(k))) {
            return i;
        }
        int n = longest(tokens, k + 1, THE_WHOLE);
        int whole = n == 0 ? longest(tokens, k + 1, THE_WHOLE_OF) : 0;
        if (whole > 0) {
            // "I can't really do the whole two eighty nine in one go": the whole of a sum
            // (any number: "two eighty nine" is read as two, then eighty nine)
            int from = k + 1 + whole;
            List<SpokenNumbers.Item> items = SpokenNumbers.read(tokens.subList(from, Math.min(from + 8, tokens.size())),
                    "en");
            boolean sum = !items.isEmpty() && items.get(0).isNumber() && !items.get(0).ordinal();
            int end = sum ? from + items.get(0).to() : i;
            // not "the whole twelve months", "the whole two weeks notice"
            return sum && (end >= tokens.size() || !SPANS.contains(tokens.get(end))) ? end : i;
        }
        return n > 0 ? k + 1 + n : i;
    }

    private static final Set<String> IS = Set.of("is", "was", "are", "were");
    private static final Set<String> MINE = Set.of("mine", "ours", "my", "our", "me");

    private static final List<List<String>> NOTHING_TO_SAY = Words.phrases("to talk about", "to say", "to discuss",
            "more to say", "else to say", "to hide", "against you",
            // "that truck is paid off and it's got nothing to do with you": no part in it, not no money
            "to do with");

    private static final Set<String> MONEY_BEFORE = Set.of("hundred", "thousand", "dollars", "bucks", "pay", "afford",
            "balance", "amount", "owe", "money",
            // "ninety, all at once? I can not right now": the sum said bare, or the whole at once
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "once");

    /** What a party may not afford that is not the debt. */
    private static final List<List<String>> NOT_THE_DEBT = Words.phrases("a lawsuit", "to go to court",
            "to be sued",
            // time, not money: "I can't afford to take any more time off work this week"
            "to take time off", "to take any more time", "to take more time", "to take a day off", "to take the day off",
            "to miss work", "to miss another day", "to miss any more work", "to lose my job", "to lose this job");

    /**
     * How or where a payment is made: "over the phone", "at the bank", "by card". Said right after a
     * day, how it will be paid ("I can('t) pay it Wednesday by card"); right after "I can't pay", the
     * way refused.
     */
    private static final List<List<String>> WAYS = Words.phrases("over the phone", "on the phone", "by phone",
            "by card", "with a card", "with my card", "with the card", "by credit card", "by debit", "with debit",
            "with my debit",
            "by check", "by cheque", "with a check", "by mail", "online", "on line", "on the website", "on your website",
            "on the internet", "through the website", "through the portal", "on the app", "through the app",
            "at the bank", "at my bank", "at a bank", "at the store", "at a store", "at the branch", "at the office",
            "at your office", "at the post office", "at walmart", "at a walmart", "at the counter", "in cash",
            "with cash", "in person", "by bank transfer", "by transfer", "by zelle");

    /**
     * "I can't pay over the phone", "I can pay at the bank?" heard "I can't pay at the bank": the way
     * refused (or asked about), not the payment; another way is the answer, not options. Not "I
     * can't pay at all", "… at the moment".
     */
    private static boolean wayRefused(List<String> tokens, int after) {
        int k = after;
        while (k < tokens.size() && k < after + 2 && IT.contains(tokens.get(k))) {
            k++;
        }
        int at = k;
        return WAYS.stream().anyMatch(way -> Words.startsAt(tokens, at, way));
    }

    private static final Set<String> BARE_ADVERBS = Set.of("really", "just", "honestly", "simply");
    private static final Set<String> BARE_CANT = Set.of("cant", "cannot");
    private static final List<List<String>> BARE_WHEN = Words.phrases("right now", "now", "at the moment",
            "this month", "today", "right now sorry", "not right now");

    private static final Set<String> A_WAY = Set.of("anything", "something", "way", "option", "options");
    private static final Set<String> WE = Set.of("i", "we");

    /**
     * "Is there something I can do", "is there like some way we could…": the client asks how, which
     * says they cannot as things stand. A word or two may come between ("is there maybe anything").
     */
    private static int askingAWay(List<String> tokens, int i) {
        int what = askingWhatToDo(tokens, i);
        if (what > i) {
            return what;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).equals("is") || !tokens.get(i + 1).equals("there")) {
            return i;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 5; k++) {
            if (A_WAY.contains(tokens.get(k))) {
                for (int w = k + 1; w + 1 < tokens.size() && w <= k + 3; w++) {
                    if (WE.contains(tokens.get(w)) && Set.of("can", "could").contains(tokens.get(w + 1))) {
                        // "is there anything else I can help you with": an offer of help, not a plea
                        return w + 2 < tokens.size() && tokens.get(w + 2).equals("help") ? i : w + 2;
                    }
                }
                return i;
            }
        }
        return i;
    }

    /**
     * "What can I do?", "what am I supposed to do", "what should we do here": not "what can I do
     * for you", which a client answering the phone says to anyone.
     */
    private static int askingWhatToDo(List<String> tokens, int i) {
        if (i + 3 > tokens.size() || !tokens.get(i).equals("what")) {
            return i;
        }
        int past = askingPastTheOffer(tokens, i + 1);
        if (past > i) {
            return past;
        }
        int k = i + 1;
        if (k + 1 < tokens.size() && Set.of("can", "could", "should", "do").contains(tokens.get(k))
                && WE.contains(tokens.get(k + 1))) {
            k += 2;
        } else if (k + 3 < tokens.size() && List.of("am", "i", "supposed", "to").equals(tokens.subList(k, k + 4))) {
            k += 4;
        } else {
            return i;
        }
        while (k < tokens.size() && FILLERS.contains(tokens.get(k))) {
            k++; // "what can I even do"
        }
        if (k >= tokens.size() || !tokens.get(k).equals("do")) {
            return i;
        }
        boolean forSomeone = k + 1 < tokens.size() && tokens.get(k + 1).equals("for");
        return forSomeone ? i : k + 1;
    }

    private static final List<List<String>> WANTED_OF_ME = Words.phrases("do you want from me", "do you want from us",
            "do you want from here", "do you want me to do", "do you want us to do", "do you want me to pay",
            "do you need me to do");
    private static final List<List<String>> SOMETHING_ELSE = Words.phrases("else is there", "else can you do",
            "else can we do", "else could you do", "else can you offer", "else do you have", "else have you got",
            "else you got", "else do you offer", "else is possible");

    /**
     * After "what": "what else is there", "what else can you do", the client asking past the one offer
     * made (not "what else is there to say"); "what do you want from me", "what do you want me to do",
     * asking what it would take. Returns the index after the ask, or {@code k - 1}.
     */
    private static int askingPastTheOffer(List<String> tokens, int k) {
        for (List<String> ask : WANTED_OF_ME) {
            if (Words.startsAt(tokens, k, ask)) {
                return k + ask.size();
            }
        }
        for (List<String> ask : SOMETHING_ELSE) {
            if (Words.startsAt(tokens, k, ask)) {
                int end = k + ask.size();
                boolean toDoSomething = end < tokens.size() && Set.of("to", "for").contains(tokens.get(end));
                return toDoSomething ? k - 1 : end;
            }
        }
        return k - 1;
    }

    private static final Set<String> HAVE = Set.of("have", "got", "ve", "has");
    private static final Set<String> HEDGES = Set.of("like", "about", "maybe", "around", "roughly", "only", "just",
            "barely", "all", "of");
    /** What marks an amount as all there is: "forty bucks till payday", "twenty dollars to my name". */
    private static final Set<String> ALL_THERE_IS = Set.of("until", "till", "til", "left", "name", "tops", "total");

    /**
     * "I've only got forty bucks", "I got like twenty dollars till payday", "all I have is fifty
     * dollars": an amount named as all there is, which says the balance cannot be paid.
     */
    private static int onlySoMuch(List<String> tokens, int i) {
        int k = i;
        boolean only = false;
        if (k + 1 < tokens.size() && tokens.get(k).equals("all") && WE.contains(tokens.get(k + 1))) {
            only = true;
            k++;
        }
        if (k >= tokens.size() || !Set.of("i", "ive", "we", "weve").contains(tokens.get(k))) {
            return i;
        }
        k++;
        boolean verb = tokens.get(k - 1).endsWith("ve");
        while (k < tokens.size() && (HAVE.contains(tokens.get(k)) || HEDGES.contains(tokens.get(k))
                || tokens.get(k).equals("is") && only)) {
            verb |= HAVE.contains(tokens.get(k));
            only |= Set.of("only", "just", "barely").contains(tokens.get(k));
            k++;
        }
        if (!verb) {
            return i;
        }
        int end = moneyEndsAt(tokens, k, "en");
        if (end < 0) {
            return i;
        }
        for (int t = end; t < tokens.size() && t <= end + 4; t++) {
            if (ALL_THERE_IS.contains(tokens.get(t))) {
                return t + 1;
            }
        }
        return only ? end : i;
    }

    /**
     * "I can only do about two hundred right now", "we could barely spare fifty": a sum named as the
     * most the client can lay down, which says the balance cannot be paid in full. A sum, not "I can
     * only do Fridays" or "I can only do it by card".
     */
    private static int canOnlySoMuch(List<String> tokens, int i) {
        if (i + 4 >= tokens.size() || !Set.of("i", "we").contains(tokens.get(i))
                || !Set.of("can", "could").contains(tokens.get(i + 1))
                || !Set.of("only", "barely").contains(tokens.get(i + 2))
                || !SUM_VERBS.contains(tokens.get(i + 3))) {
            return i;
        }
        int k = i + 4;
        while (k < tokens.size() && HEDGES.contains(tokens.get(k))) {
            k++;
        }
        int end = moneyEndsAt(tokens, k, "en");
        return end >= 0 ? end : Math.max(i, bareSumEndsAt(tokens, k, "en"));
    }

    /** Before the sum the client can do: "maybe fifty bucks, tops", "I could do a hundred dollars, that's all I have". */
    private static final Set<String> OFFERED_BY = Set.of("maybe", "do", "pay", "like", "about", "only", "just",
            "send", "manage", "afford", "spare", "of", "around");
    /** What may follow "that's all I have": "… left", "… till Friday". */
    private static final Set<String> AT_MOST_THEN = Set.of("left", "till", "until", "and", "but", "so", "this");

    /** What says a sum is the most there is: "fifty bucks tops", "a hundred, that's about all I've got". */
    private static final List<List<String>> AT_MOST = Words.phrases("tops", "max", "at most", "at the most",
            "thats all ive got", "thats about all ive got", "thats all i got", "thats about all i got", "thats all i have",
            "thats about all i have", "is all i have", "is all ive got", "is all i got");

    /** "Maybe fifty bucks, tops": an amount of money named as the most the client can do. */
    private static int sumAtMost(List<String> tokens, int i) {
        // "may be fifty bucks" is the recogniser's "maybe"; "would be fifty bucks" is someone else's sum
        boolean mayBe = i > 1 && tokens.get(i - 1).equals("be") && tokens.get(i - 2).equals("may");
        if (i > 0 && !OFFERED_BY.contains(tokens.get(i - 1)) && !mayBe) {
            return i; // "the fee would be fifty bucks tops": someone else's sum
        }
        int end = moneyEndsAt(tokens, i, "en");
        if (end < 0) {
            return i;
        }
        // "a hundred dollars by Friday, that's all I have": the day it comes may stand between
        int day = end;
        while (day < tokens.size() && day < end + DAY_REACH && DAY_WORDS.contains(tokens.get(day))) {
            day++;
        }
        int n = longest(tokens, day, AT_MOST);
        end = n > 0 ? day : end;
        boolean ends = end + n == tokens.size() || TAG_THEN.contains(tokens.get(end + n))
                || AT_MOST_THEN.contains(tokens.get(end + n));
        return n > 0 && ends ? end + n : i; // not "… that's all I have to say", "… all I have records for"
    }

    /** Words of a day said between a sum and "that's all I have": "by Friday", "this week", "on the fifth". */
    private static final Set<String> DAY_WORDS = Set.of("by", "on", "this", "next", "the", "today", "tomorrow",
            "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend",
            "month", "first", "fifth", "fifteenth", "payday", "now", "right");
    private static final int DAY_REACH = 3;

    /** A "no" to the sum asked, heard as the recogniser writes it: "a thousand? know, maybe five hundred". */
    private static final Set<String> NO_TO_IT = Set.of("no", "nope", "nah", "know");
    /** When the smaller sum would come: "maybe five hundred Friday", "… by the fifth", "… now". */
    private static final Set<String> COUNTER_WHEN = Set.of("by", "on", "today", "tomorrow", "tonight", "now", "this",
            "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "payday", "down");
    /** Before the sum echoed: "a thousand?", "um, the nine sixty?". */
    private static final Set<String> BEFORE_THE_ECHO = Set.of("a", "the", "um", "uh", "oh", "so");
    /** Between the "no" and the smaller sum offered instead. */
    private static final Set<String> COUNTERING = Set.of("maybe", "i", "can", "could", "do", "like", "how", "about",
            "but", "more", "probably", "um", "uh");

    /**
     * The sum asked echoed, refused, and a smaller one offered in its place, where the answer starts: "a thousand?
     * no, maybe five hundred Friday" (not "a thousand? no, fifteen hundred", a correction upwards).
     */
    private static int lowerCounterOffer(List<String> tokens) {
        // tried on every result: the numbers are read only for an answer with a "no" in it
        if (java.util.Collections.disjoint(tokens, NO_TO_IT)) {
            return -1;
        }
        List<SpokenNumbers.Item> items = SpokenNumbers.read(tokens, "en");
        int k = 0;
        while (k < items.size() && !items.get(k).isNumber() && BEFORE_THE_ECHO.contains(items.get(k).word())) {
            k++;
        }
        if (k + 2 >= items.size() || !items.get(k).isNumber() || items.get(k).ordinal() || items.get(k).value() < 20
                || items.get(k + 1).isNumber() || !NO_TO_IT.contains(items.get(k + 1).word())) {
            return -1;
        }
        long asked = items.get(k).value();
        int c = k + 2;
        while (c < items.size() && c <= k + 6 && !items.get(c).isNumber() && COUNTERING.contains(items.get(c).word())) {
            c++;
        }
        if (c >= items.size() || !items.get(c).isNumber() || items.get(c).ordinal()) {
            return -1;
        }
        long offered = items.get(c).value();
        // paid when: "maybe five hundred Friday" (not "a hundred? no, maybe ninety dollars", a sum remembered)
        boolean when = false;
        for (int w = c + 1; w < items.size() && w <= c + 3; w++) {
            when |= !items.get(w).isNumber() && COUNTER_WHEN.contains(items.get(w).word());
        }
        return offered >= 10 && offered < asked && when ? items.get(c).to() : -1;
    }

    /**
     * "I can't afford" or a bare "I can't" ending a partial result: the next words may say it is
     * not the debt ("… a lawsuit", "… believe it").
     */
    static boolean undecided(List<String> tokens, int end) {
        if (end < 1) {
            return false;
        }
        String last = tokens.get(end - 1);
        return end >= tokens.size() - 1 && last.equals("afford")
                || end >= tokens.size() && (BARE_CANT.contains(last) || last.equals("not"));
    }

    /** Where the words say the party cannot pay: token ranges [from, to), in order, none overlapping. */
    static List<int[]> find(List<String> tokens, String language) {
        Lexicon lx = language.equals("es") ? ES : EN;
        List<int[]> spans = new java.util.ArrayList<>(Words.scan(tokens, i -> at(tokens, i, lx)).stream()
                .filter(span -> lx != EN || !cantHeardBeforeADay(tokens, span[0], span[1]) && !plentyOf(tokens, span[1]))
                .toList());
        if (lx == EN) {
            spans.addAll(Words.matches(tokens, HEDGED));
            spans.addAll(Words.matches(tokens, PAY_HEARD_BE));
            spans.addAll(Words.matches(tokens, AT_A_LOSS));
            spans.addAll(Words.matches(tokens, TOO_MUCH));
            int countered = lowerCounterOffer(tokens);
            if (countered > 0) {
                spans.add(new int[] {0, countered});
            }
        }
        return Words.apart(spans);
    }

    /**
     * The inability hedged: "I don't think I can pay anything today", "I don't see how I can do
     * that", "I don't know if I can afford it"; what is paid named (not "I don't think I can pay
     * by card", the way, nor "I don't think I can pay it till Friday", a day).
     */
    private static final Grammar HEDGED = Words.anyOf(
            "\\b(i|we) (really |honestly |just )?(dont|do not) (think|know if|see how|know how) (i|we) (can|could|will be able to"
                    + "|would be able to|am able to) (pay|do|afford|manage|swing|cover|come up with) (anything|that|it|this"
                    + "|all|much|more|that much|any of it|the (whole|full|entire) (thing|amount|balance)|(\\w+ )?(hundred|thousand))"
                    + "\\b(?! (by|with|online|over|through|till|until|before) )");

    /**
     * "I can't pay that right now" as the small model may hear it, "I can't be that right now": no
     * one says they cannot be a bill, so with a time after it the "be" is "pay".
     */
    /**
     * At a loss what to do, which asks for options as "what are my options" does: "I honestly have no idea where I
     * even stand or what I could do", "I don't know what I can do" (not "let me see what I can do").
     */
    private static final Grammar AT_A_LOSS = Words.anyOf(
            "\\b(no idea|dont know|do not know|not sure) (\\w+ ){0,6}(what|how) (i|we) (can|could|should|am supposed to"
                    + "|are supposed to|even) (do|pay|manage|handle)\\b(?! (it|that|this) (by|on|with|online|over|today|tomorrow))");

    /**
     * The sum too much for now: "one forty three right now, I cannot, is too much this week", "that's
     * way too much for me right now" (not "that's too much interest", "it's too much of a hassle").
     */
    private static final Grammar TOO_MUCH = Words.anyOf(
            "\\b(cant|cannot|can not) (its |it is |is |thats |that is )?too much\\b",
            "\\b(thats|its|it is|that is|is) (way |just |really |much |a little |a bit |far )?too much (for me|for us"
                    + "|right now|now|this week|this month|at once|all at once|in one go)\\b");

    private static final Grammar PAY_HEARD_BE = Words.anyOf(
            "\\b(i|we) (just |really |honestly )?(cant|cannot|can not) be (that|it|this)( much)? (right now|now|today"
                    + "|at the moment|this month|this week)\\b");

    /**
     * "I'm retired, I've got nothing but time": "nothing but" a thing is plenty of it; "nothing but
     * twenty bucks" is little money still.
     */
    private static boolean plentyOf(List<String> tokens, int to) {
        return to > 0 && tokens.get(to - 1).equals("nothing") && to + 1 < tokens.size() && tokens.get(to).equals("but")
                && !NUMBERS.contains(tokens.get(to + 1)) && !EN.money().contains(tokens.get(to + 1));
    }

    /** What may stand between the sum and its day: "the whole thing out on Friday", "it Wednesday". */
    private static final Set<String> TO_THE_DAY = Set.of("it", "that", "this", "the", "whole", "thing", "full",
            "amount", "balance", "all", "of", "out", "off", "on", "coming", "rest",
            // "I can pay it Friday" heard "I can't pay it's Friday"
            "its");
    /** Words before "I can't" that make it a refusal: "no, I can't pay it Friday". */
    private static final Set<String> REFUSING = Set.of("no", "nope", "not", "but");
    /** After the day, what makes it a condition of paying: "Thursday when a customer pays me". */
    private static final Set<String> UPON = Set.of("when", "once", "after");

    /**
     * "I can pay it Wednesday by card" as the recogniser often hears it, "I can't pay it Wednesday":
     * the sum tied straight to a coming day, and then how or upon what it will be paid or nothing
     * more, is a promise, the "can" misheard (six such on the stored sets). Not "no, I can't pay it
     * Friday", "I can't pay it Friday, I get paid on the twentieth", "I can't pay it today", "I
     * can't pay the whole thing by Friday" or "I can't pay until Friday".
     */
    private static boolean cantHeardBeforeADay(List<String> tokens, int from, int to) {
        int start = -1;
        for (int j = Math.max(0, from - 2); j <= from && start < 0; j++) {
            start = afterICant(tokens, j) > from ? j : -1; // "[i] cant pay", "[i can] not the whole thing"
        }
        if (start < 0 || start > 0 && REFUSING.contains(tokens.get(start - 1))) {
            return false;
        }
        Set<String> days = Dates.weekdayNames("en");
        for (int k = to; k < tokens.size() && k <= to + 4; k++) {
            if (inSomeDays(tokens, k) && EN.payVerbs().contains(tokens.get(to - 1))
                    && IT.containsAll(tokens.subList(to, k))) {
                // "I can('t) pay it in a couple of weeks": a time to come, the "can" misheard; not "I can't pay
                // the whole thing in two weeks"
                return true;
            }
            if (days.contains(tokens.get(k)) || tokens.get(k).equals("tomorrow")) {
                int at = k + 1;
                return at == tokens.size() || UPON.contains(tokens.get(at))
                        || WAYS.stream().anyMatch(how -> Words.startsAt(tokens, at, how))
                        || paidBefore(tokens, at, tokens.get(k));
            }
            if (!TO_THE_DAY.contains(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Pay that comes in before the day: "[Monday,] I get my paycheck this weekend". */
    private static final List<List<String>> PAID_IN = Words.phrases("i get paid", "i get my paycheck", "i get my check",
            "i get my pay", "ill get paid", "ill have my paycheck");
    private static final List<List<String>> TODAY = Words.phrases("today", "tonight");

    /**
     * "I can('t) pay the rest Monday, I get my paycheck this weekend": the money comes in before
     * the day, so the day is a promise, the "can" misheard; not "… I get paid on the twentieth", nor
     * "I can't pay it Friday, I get paid this weekend" (after it) or "… tomorrow, I get paid tomorrow".
     */
    private static boolean paidBefore(List<String> tokens, int at, String day) {
        for (List<String> paid : PAID_IN) {
            if (Words.startsAt(tokens, at, paid)) {
                int then = at + paid.size();
                return TODAY.stream().anyMatch(when -> Words.startsAt(tokens, then, when))
                        || !day.equals("tomorrow") && Words.startsAt(tokens, then, List.of("tomorrow"))
                        || EARLY_WEEK.contains(day) && Words.startsAt(tokens, then, List.of("this", "weekend"));
            }
        }
        return false;
    }

    /** Days a weekend's pay comes before: "Monday, I get my paycheck this weekend". */
    private static final Set<String> EARLY_WEEK = Set.of("monday", "tuesday");

    private static final List<String> COMING_IN = List.of("coming");
    /** Who else pays, or paid, part of the bill: "not all of it" after them is their share. */
    private static final Set<String> COVERED = Set.of("insurance", "insurer", "coverage", "medicare", "medicaid");
    private static final int COVER_REACH = 8;

    /**
     * Whether "not all of it" at {@code i} is what the insurer paid: the insurance named just
     * before, and the client not speaking of themselves since ("I don't have insurance, I can pay
     * some, not all of it" is theirs).
     */
    private static boolean insurersShare(List<String> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - COVER_REACH; k--) {
            if (WE.contains(tokens.get(k))) {
                return false;
            }
            if (COVERED.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** What cannot be done at all: "can't do anything", "can't do much". */
    private static final Set<String> DO_NOTHING = Set.of("anything", "much");
    /** After "can't do anything": help asked of someone else or another matter ("… for you", "… else", "… with it"). */
    private static final Set<String> NOT_ABOUT_PAYING = Set.of("for", "else", "with", "without", "wrong", "about",
            // "I can't do anything on the website", "… online": the channel fails, not the money
            "on", "online", "at", "over", "through", "in",
            // "I can't do anything until the thirtieth": put off, not unable
            "until", "till", "til", "before");

    private static final Set<String> FEW = Set.of("a", "an", "couple", "of", "few", "one", "two", "three", "four",
            "five", "six", "ten", "another");
    private static final Set<String> DAYS_OR_WEEKS = Set.of("day", "days", "week", "weeks");

    /** "in a couple of weeks", "in three days" from token {@code k}: a time to come, counted from today. */
    private static boolean inSomeDays(List<String> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).equals("in")) {
            return false;
        }
        int w = k + 1;
        while (w < tokens.size() && w <= k + 3 && FEW.contains(tokens.get(w))) {
            w++;
        }
        if (w == k + 1 || w >= tokens.size() || !DAYS_OR_WEEKS.contains(tokens.get(w))) {
            return false;
        }
        // and then nothing, or another day or a maybe: "… in a couple of weeks, maybe Friday"; not "… in a
        // week, it's too much"
        return w + 1 == tokens.size() || AFTER_SOME_DAYS.contains(tokens.get(w + 1));
    }

    /** Money kept at hand: "I don't have that just sitting around". */
    private static final List<List<String>> LYING_AROUND = Words.phrases("sitting around", "lying around",
            "laying around", "just sitting around", "just lying around", "just laying around", "sitting in the bank",
            "just sitting in the bank");
    /** Not having it, or asking who would: "I don't have that …", "who's got three hundred bucks …". */
    private static final List<List<String>> HAVE_NOT_AROUND = Words.phrases("dont have", "do not have", "havent got",
            "aint got", "dont got", "who has", "whos got", "who got", "nobody has", "nobodys got", "no one has");
    /** Between the not having and the idiom, what is no money: "I don't have time to be sitting around". */
    private static final Set<String> NOT_KEPT_AROUND = Set.of("time", "day", "to", "be", "patience", "want", "like");
    /** How far before the idiom the not having may be said: "I don't have three hundred and thirty dollars just …". */
    private static final int LYING_AROUND_REACH = 8;

    /**
     * "Three thirty? I don't have that just sitting around, no way": the money not at hand, said
     * with a not having before the idiom, or a refusal right after it when the recogniser lost the
     * first ("I don't know about just sitting around, no way").
     */
    private static int notLyingAround(List<String> tokens, int i) {
        int n = longest(tokens, i, LYING_AROUND);
        if (n == 0) {
            return i;
        }
        for (int h = Math.max(0, i - LYING_AROUND_REACH); h < i; h++) {
            int have = longest(tokens, h, HAVE_NOT_AROUND);
            if (have > 0 && tokens.subList(h, i).stream().noneMatch(NOT_KEPT_AROUND::contains)) {
                // said once: "I don't have almost two grand sitting around" is read at "don't have" already
                boolean readBefore = longest(tokens, h, EN.haveNot()) > 0 && possession(tokens, h, h + have, EN) > h;
                return readBefore ? i : i + n;
            }
        }
        int refused = longest(tokens, i + n, NO_WAY);
        return refused > 0 ? i + n + refused : i;
    }

    /** Whose having nothing is no inability to pay: "you people have nothing", "they got nothing on me". */
    private static final Set<String> OTHERS_HAVING = Set.of("people", "you", "they", "guys");

    private static final Set<String> AFTER_SOME_DAYS = Set.of("maybe", "when", "once", "after", "by", "or", "on",
            "like");

    /** The end of an inability said from token {@code i}, or {@code i} if none starts there. */
    private static int at(List<String> tokens, int i, Lexicon lx) {
        if (lx == EN && bareCant(tokens, i)) {
            return tokens.size();
        }
        if (lx == EN) {
            int sum = cantDoTheSum(tokens, i);
            if (sum > i) {
                return sum;
            }
        }
        if (lx == EN) {
            int end = Math.max(Math.max(askingAWay(tokens, i), Math.max(onlySoMuch(tokens, i), canOnlySoMuch(tokens, i))),
                    Math.max(Math.max(cantTheWhole(tokens, i), sumAtMost(tokens, i)), notLyingAround(tokens, i)));
            if (end > i) {
                return end;
            }
        }
        int n = longest(tokens, i, lx.nothing());
        int afterNothing = i + n;
        if (n > 0 && lx == EN && NOTHING_TO_SAY.stream().anyMatch(w -> Words.startsAt(tokens, afterNothing, w))) {
            n = 0; // "then we've got nothing to talk about, I'm hanging up": an end to the talk, not to the money
        }
        if (n > 0 && lx == EN && Words.startsAt(tokens, afterNothing, COMING_IN)) {
            n = 0; // "I got nothing coming in right now": the income lost, a hardship told
        }
        if (n > 0 && lx == EN && (Words.startsAt(tokens, afterNothing, List.of("better", "to", "do"))
                || i > 0 && OTHERS_HAVING.contains(tokens.get(i - 1)))) {
            n = 0; // "do you people have nothing better to do": a jibe at the caller's callers, not the money
        }
        if (n == 0) {
            n = longest(tokens, i, lx.notAll());
            int end = i + n;
            if (n > 0 && lx == EN && insurersShare(tokens, i)) {
                n = 0; // "I thought the insurance … well, apparently not all of it": what the insurer paid
            }
            if (n > 0 && lx == EN && end + 1 < tokens.size() && IS.contains(tokens.get(end))
                    && MINE.contains(tokens.get(end + 1))) {
                n = 0; // "not all of that is mine": a dispute of part of it, not an inability
            }
        }
        if (n > 0) {
            return i + n;
        }
        n = longest(tokens, i, lx.cannot());
        if (n > 0) {
            // "can't really afford", "cannot even cover": a word or two of no meaning may stand between.
            for (int k = i + n; k < tokens.size() && k <= i + n + 2; k++) {
                int handed = lx == EN ? longest(tokens, k, HAND_OVER) : 0;
                if (handed > 0) {
                    return k + handed;
                }
                int laid = lx == EN ? longest(tokens, k, LAYING_DOWN) : 0;
                if (laid > 0) {
                    int from = k + laid;
                    int sum = Math.max(Math.max(moneyEndsAt(tokens, from, "en"), bareSumEndsAt(tokens, from, "en")),
                            hundredsShortEndsAt(tokens, from));
                    int named = longest(tokens, from, MONEY_LAID);
                    return sum > 0 ? sum : named > 0 ? from + named : i;
                }
                int raised = lx == EN ? longest(tokens, k, RAISING) : 0;
                if (raised > 0) {
                    int from = k + raised;
                    int sum = Math.max(moneyEndsAt(tokens, from, "en"), bareSumEndsAt(tokens, from, "en"));
                    int named = longest(tokens, from, THE_MONEY);
                    return sum > 0 ? sum : named > 0 ? from + named : i;
                }
                if (lx.payVerbs().contains(tokens.get(k))) {
                    // "I can't afford a lawsuit", "can't afford to lose my job": not the debt
                    int after = k + 1;
                    return NOT_THE_DEBT.stream().anyMatch(w -> Words.startsAt(tokens, after, w))
                            || lx == EN && wayRefused(tokens, after) ? i : after;
                }
                // "I'm not gonna be able to do anything like that": nothing at all can be done
                if (tokens.get(k).equals("do") && k + 1 < tokens.size() && DO_NOTHING.contains(tokens.get(k + 1))
                        && !(k + 2 < tokens.size() && NOT_ABOUT_PAYING.contains(tokens.get(k + 2)))) {
                    return k + 2;
                }
                if (!lx.between().contains(tokens.get(k)) && !FILLERS.contains(tokens.get(k))) {
                    break;
                }
            }
            // "I can't [pay] a thousand dollars right now" with the verb misheard ("can't be thousand
            // dollars", "I cannot [pay] this four thousand"): an amount of money right after one word says
            // what cannot be paid; not "I can't believe that five hundred dollar fee"
            int amount = i + n + 1;
            if (amount < tokens.size() && ARTICLES.contains(tokens.get(amount))) {
                amount++;
            }
            boolean unpaidVerb = lx == EN && i + n < tokens.size() && NOT_PAYING.contains(tokens.get(i + n));
            int money = unpaidVerb ? -1 : moneyEndsAt(tokens, amount, lx == ES ? "es" : "en");
            if (money >= 0) {
                return money;
            }
            // "I can't do four hundred and sixty all at once": a sum said bare, then how it would be paid; a sum
            // of hundreds said bare needs no more ("I cannot [pay] this, four thousand, no"), unless it counts
            // something else ("two hundred miles", "a hundred percent")
            int bare = lx == EN && !unpaidVerb ? bareSumEndsAt(tokens, amount, "en") : -1;
            int way = bare < 0 ? 0 : longest(tokens, bare, ALL_AT_ONCE);
            if (way > 0) {
                return bare + way;
            }
            // … or the short way, hundreds then the rest, which "all at once" after tells from a time
            // of day: "I can't do nine twenty all at once"
            int shortSum = lx == EN && !unpaidVerb ? hundredsShortEndsAt(tokens, amount) : -1;
            int shortWay = shortSum < 0 ? 0 : longest(tokens, shortSum, ALL_AT_ONCE);
            if (shortWay > 0) {
                return shortSum + shortWay;
            }
            if (bare > 0 && SpokenNumbers.read(tokens.subList(amount, bare), "en").get(0).value() >= HUNDREDS
                    && (bare >= tokens.size() || !SPANS.contains(tokens.get(bare)) && !COUNTED.contains(tokens.get(bare)))) {
                return bare;
            }
        }
        if (lx == EN) {
            int heard = cantHeardCan(tokens, i);
            if (heard > i) {
                return heard;
            }
        }
        n = longest(tokens, i, lx.haveNot());
        if (n > 0) {
            return possession(tokens, i, i + n, lx);
        }
        return i;
    }

    /**
     * After "don't have": money ("the money", "a penny", "enough"), or "it"/"that" not followed by
     * what makes it a thing ("it in front of me", "that number"), or a time that makes it money
     * ("I haven't got … right now"). Anything else ("the account number", "time") is no inability.
     */
    private static int possession(List<String> tokens, int start, int from, Lexicon lx) {
        for (int k = from; k < tokens.size() && k < from + 6; k++) {
            String t = tokens.get(k);
            if (QUANTITIES.contains(t)) {
                // "much", "enough", "any", "that": money only when nothing else follows ("I don't
                // have that"), or money does ("that kind of money"); not "much time", "any questions"
                String next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                if (next == null || lx.money().contains(next) || lx.now().contains(next) || QUANTIFIED.contains(next)) {
                    return k + 1;
                }
                if (t.equals("that") && (NEW_CLAUSE.contains(next) || next.equals("what") && k + 2 < tokens.size()
                        && WHAT_NOW.contains(tokens.get(k + 2)))) {
                    // "nine sixty, I don't have that, what can they even do"; not "I don't have that, what was the number"
                    return k + 1;
                }
                if (t.equals("that") && Words.startsAt(tokens, k + 1, List.of("in", "a"))
                        && k + 3 < tokens.size() && MONEY_IN_A.contains(tokens.get(k + 3))) {
                    // "I don't have that in a lump sum", and "I don't have that, I'm a full-time student" with
                    // "I'm" heard "in"; not "in a file", "in a statement", "in a paper copy"
                    return k + 1;
                }
                if (!lx.between().contains(next) && !NUMBERS.contains(next)) {
                    return start;
                }
                continue;
            }
            if (lx.money().contains(t) || t.equals("grand") && k > from && NUMBERS.contains(tokens.get(k - 1))) {
                return k + 1; // "two grand", not "the grand total"
            }
            if (lx.pronouns().contains(t)) {
                String next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                return next == null || !lx.notMoney().contains(next) ? k + 1 : start;
            }
            if (lx.now().contains(t) && k > from) {
                return k + 1;
            }
            if (t.equals("right") && k > from && k + 1 < tokens.size() && tokens.get(k + 1).equals("now")) {
                return k + 2; // "I just don't have the [money] right now", the noun lost
            }
            if (!lx.between().contains(t) && !FILLERS.contains(t) && !NUMBERS.contains(t)) {
                // "I don't have five fifty, I don't even have fifty": a sum said bare, its clause ended; not
                // "I don't have two kids"
                return k > from && sumBefore(tokens, from, k) && CLAUSE_ENDS.contains(t) ? k : start;
            }
        }
        if (tokens.size() <= from + 6 && tokens.size() > from && sumBefore(tokens, from, tokens.size())) {
            return tokens.size(); // "… I don't even have fifty": the sum ends the words
        }
        return start;
    }

    /** Words that begin what comes after a sum said bare: "I don't have five fifty | I don't even have fifty". */
    private static final Set<String> CLAUSE_ENDS = Set.of("i", "im", "we", "so", "but", "and", "right", "not", "now",
            "lying", "laying", "sitting", "to", "for",
            // "I don't have three sixty [just] lying around", heard "three sixty or lying around"
            "or");
    /** Number words large enough to be a sum of money said bare ("five fifty", "fifty"), not a count ("two"). */
    private static final Set<String> SUM_WORDS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "thousand");

    /** Whether tokens [from, to) hold a number large enough to be money. */
    private static boolean sumBefore(List<String> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(SUM_WORDS::contains);
    }

    /** Number words ("I don't have nine hundred dollars"): the amount is money, not a thing. */
    private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "thousand", "and", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
            "ocho", "nueve", "diez", "veinte", "treinta", "cuarenta", "cincuenta", "cien", "ciento", "cientos",
            "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos",
            "novecientos", "doce", "trece", "catorce", "quince", "mil", "y");

    /** Words that say how much but not of what. */
    private static final Set<String> QUANTITIES = Set.of("much", "enough", "full", "whole", "any", "that", "this",
            "todo", "eso", "suficiente", "completo", "ni");

    /** Words that begin the next clause after "I don't have that": "… that, what can they even do", "… that so". */
    private static final Set<String> NEW_CLAUSE = Set.of("so", "but", "i", "im", "ive", "honestly", "man", "okay", "ok",
            "like", "theres", "nobody", "anyway", "period", "not");
    /** "… I don't have that, what can they do / what happens now". */
    private static final Set<String> WHAT_NOW = Set.of("can", "do", "am", "are", "should", "happens", "now", "else");

    /** What follows "I don't have that in a" when it is money: "lump sum", "single payment", "full-time student". */
    private static final Set<String> MONEY_IN_A = Set.of("lump", "single", "one", "full", "month", "week", "few");

    /** What may follow a quantity and keep it money: "that kind of money", "the whole thing", "any left". */
    private static final Set<String> QUANTIFIED = Set.of("kind", "left", "of", "right", "amount", "balance", "thing",
            "sum", "anyway", "at", "para", "un", "una");

    /** Words that add nothing between "can't" and the verb. */
    private static final Set<String> FILLERS = Set.of("just", "really", "even", "possibly", "actually", "honestly",
            "still", "realistically", "simply", "realmente", "ni", "siquiera");

    private static int longest(List<String> tokens, int i, List<List<String>> phrases) {
        int best = 0;
        for (List<String> p : phrases) {
            if (p.size() > best && Words.startsAt(tokens, i, p)) {
                best = p.size();
            }
        }
        return best;
    }

}
