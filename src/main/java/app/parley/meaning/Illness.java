package app.parley.meaning;

import java.util.List;
import java.util.Set;

/**
 * Where a party tells of an illness or an injury as their own hardship ("I had surgery in
 * March", "my husband's in the hospital", "I'm still recovering from the accident"), not as what
 * a medical bill is for: "it's that bill from my knee surgery", "yeah, for my dog's surgery", "the
 * emergency room charges", "is this about the hospital bill?" name the debt, and a coach has
 * nothing to acknowledge there.
 */
final class Illness {
    private Illness() {
    }

    private record Lexicon(Set<String> illness, Set<String> debt, Set<String> forFrom, Set<String> determiners,
            Set<String> pets, Set<String> stillSuffering) {
    }

    private static final Lexicon EN = new Lexicon(
            Set.of("surgery", "surgeries", "operation", "hospital", "hospitals", "hospitalized", "hospitalised", "cancer", "chemo",
                    "chemotherapy", "diagnosed", "stroke", "injury", "injured", "accident", "illness", "disability",
                    "disabled", "rehab", "sick",
                    // "I had pneumonia, so I fell behind on everything"
                    "pneumonia", "covid", "flu", "concussion", "bronchitis", "appendicitis", "infection", "fractured",
                    // "she was in intensive care for a month", "the baby's in the NICU"
                    "intensive", "icu", "nicu", "heart"),
            Set.of("bill", "bills", "invoice", "charge", "charges", "balance", "account", "statement", "visit",
                    "procedure", "claim", "costs", "cost", "fees"),
            Set.of("for", "from", "about"),
            Set.of("my", "the", "his", "her", "our", "a", "that", "this", "your"),
            Set.of("dog", "dogs", "cat", "cats", "pet", "pets", "puppy", "horse", "vet", "veterinary", "animal", "animals"),
            Set.of("recovering", "recover", "still", "since", "after", "because")),
    ES = new Lexicon(
            Set.of("cirugia", "operacion", "hospital", "hospitalizado", "hospitalizada", "cancer", "quimioterapia",
                    "diagnosticaron", "accidente", "incapacidad", "enfermedad"),
            Set.of("cuenta", "factura", "cargo", "cargos", "saldo", "recibo", "consulta"),
            Set.of("de", "por", "sobre"),
            Set.of("mi", "la", "el", "su", "esa", "esta"),
            Set.of("perro", "perrita", "perrito", "gato", "mascota", "veterinario", "veterinaria"),
            Set.of("recuperando", "todavia", "desde", "despues", "porque"));

    /** How far back a bill or a "for my" makes the illness the debt's subject. */
    private static final int REACH = 5;

    /** Where the words tell of an illness as a hardship: token ranges [from, to). */
    static List<int[]> find(List<String> tokens, String language) {
        Lexicon lx = "es".equals(language) ? ES : EN;
        return Words.scan(tokens, i -> lx.illness().contains(tokens.get(i)) && !fedUp(tokens, i)
                && !aFigureOfSpeech(tokens, i) && !theDebtsSubject(tokens, i, lx)
                && !(lx == EN && (aPlace(tokens, i, lx) || aTrip(tokens, i) || theBillRecognised(tokens, i)))
                && !whereTheyWork(tokens, i) && !anInstitution(tokens, i) && !anIncome(tokens, i)
                ? i + (tokens.get(i).equals("intensive") ? 2 : 1) : i);
    }

    /** What names a payment coming in: "my disability check's Wednesday", "my disability back pay". */
    private static final Set<String> INCOME = Set.of("check", "checks", "cheque", "payment", "payments", "deposit",
            "deposits", "money", "income", "benefit", "benefits", "comes", "hits", "lands", "pay", "direct",
            // "I'm waiting on my disability back pay, the lawyer said it's coming"
            "back", "backpay");

    /** What a pay coming in is called: "my husband's salary comes Thursday". */
    private static final Set<String> PAY_NAMES = Set.of("salary", "paycheck", "check", "pension", "wages", "deposit",
            "payday", "stimulus", "refund");

    /**
     * "My disability check comes Wednesday": the day money comes in, not a hardship told; nor "my
     * husband's salary comes Thursday" heard "salary cancer the" (no one says "salary cancer").
     */
    private static boolean anIncome(List<String> tokens, int i) {
        return tokens.get(i).equals("disability") && i + 1 < tokens.size() && INCOME.contains(tokens.get(i + 1))
                || i > 0 && PAY_NAMES.contains(tokens.get(i - 1));
    }

    /**
     * "I'm at the hospital, visiting my sister, she just had her baby", "I work at the hospital":
     * where the party is, not what ails them; unless they have been there a while ("I've been at
     * the hospital all week") or with someone ("at the hospital with my dad") or an illness follows.
     */
    private static boolean aPlace(List<String> tokens, int i, Lexicon lx) {
        if (!tokens.get(i).equals("hospital") || i < 2 || !tokens.get(i - 2).equals("at")
                || !Set.of("the", "a").contains(tokens.get(i - 1))) {
            return false;
        }
        if (i + 2 < tokens.size() && Set.of("till", "until", "til").contains(tokens.get(i + 1))
                && LATE_IN_THE_DAY.contains(tokens.get(i + 2))) {
            return true; // "she's got a double, she's at the hospital till late": a shift, not a stay
        }
        for (int k = Math.max(0, i - 5); k < i - 2; k++) {
            if (STAYED.contains(tokens.get(k)) || KIN.contains(tokens.get(k))) {
                return false; // "I've been at the hospital", "my son is at the hospital"
            }
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
            String t = tokens.get(k);
            if (lx.illness().contains(t) || t.equals("with") && k + 1 < tokens.size()
                    && Set.of("my", "his", "her", "our").contains(tokens.get(k + 1))) {
                return false;
            }
        }
        return true;
    }

    /** When a shift at the hospital ends today: "till late", "until seven". */
    private static final Set<String> LATE_IN_THE_DAY = Set.of("late", "tonight", "midnight", "close", "closing",
            "evening", "five", "six", "seven", "eight", "nine", "ten", "eleven");

    /**
     * "It was like ten minutes to the hospital", "the ride from the hospital": how far, for a
     * transport billed (an ambulance), not an illness told.
     */
    private static boolean aTrip(List<String> tokens, int i) {
        if (!tokens.get(i).equals("hospital") || i < 2 || !Set.of("to", "from").contains(tokens.get(i - 2))
                || !tokens.get(i - 1).equals("the")) {
            return false;
        }
        for (int k = Math.max(0, i - 5); k < i - 2; k++) {
            if (DISTANCE.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a client's short answer recognising the bill: "oh gosh, yes, Biscuit's surgery". */
    private static final Set<String> RECOGNISING = Set.of("oh", "right", "yes", "yeah", "yep", "ah", "gosh", "okay",
            "ok", "sure", "uh", "um");
    /** How long such an answer may be, and how far into it the procedure may come. */
    private static final int SHORT_ANSWER = 12;
    private static final int NAMED_WITHIN = 6;

    /**
     * "Oh gosh, yes, Biscuit's surgery, he's fine now", "right, from when he had his surgery, yeah": a
     * short answer that opens by recognising the bill just named and names its procedure, with nothing
     * hard told (work, money, still recovering), tells which bill it is, not a hardship.
     */
    private static boolean theBillRecognised(List<String> tokens, int i) {
        if (!PROCEDURES.contains(tokens.get(i)) || i > NAMED_WITHIN || !RECOGNISING.contains(tokens.get(0))) {
            return false;
        }
        // short, or the recognition closed with its own "yes" ("oh, Biscuit's surgery, yes, and I need to …")
        boolean closed = tokens.size() <= SHORT_ANSWER
                || tokens.subList(i + 1, Math.min(i + 3, tokens.size())).stream().anyMatch(RECOGNISING::contains);
        // "yeah, I had surgery last week", "my wife had surgery": their own, told; not a bill recognised
        boolean told = tokens.subList(0, i).stream().anyMatch(FIRST_PERSON::contains);
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            // "it just kind of fell off the list", "I kept putting it off": the bill waited, no one is off
            // work ("the hours dropped off after that" is a hardship)
            boolean billWaited = t.equals("off") && (k + 1 < tokens.size() && OFF_THE_LIST.contains(tokens.get(k + 1))
                    || k + 2 < tokens.size() && THE_MY.contains(tokens.get(k + 1)) && OFF_THE_LIST.contains(tokens.get(k + 2))
                    || k >= 2 && THE_BILL.contains(tokens.get(k - 1)) && PUT.contains(tokens.get(k - 2)));
            if (STILL_HARD.contains(t) || HARD_NOW.contains(t) && !billWaited) {
                return false;
            }
        }
        return closed && !told;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "im", "ive", "id", "my", "me", "we", "our", "weve",
            "were");

    /** Where a bill falls off to: "off the list", "off my radar". */
    private static final Set<String> OFF_THE_LIST = Set.of("list", "radar", "plate", "mind");
    private static final Set<String> THE_MY = Set.of("the", "my");
    /** What is put off: "putting it off". */
    private static final Set<String> THE_BILL = Set.of("it", "that", "this");
    private static final Set<String> PUT = Set.of("put", "putting", "puts");

    /** Words of a hardship still going on, besides {@link #STILL_HARD}: "… and I'm still in pain". */
    private static final Set<String> HARD_NOW = Set.of("still", "pain", "afford", "struggling", "lost", "off",
            "medical", "leave", "died", "passed");

    private static final Set<String> DISTANCE = Set.of("minutes", "minute", "miles", "mile", "blocks", "block", "ride",
            "drive", "trip", "transport", "away");

    private static final Set<String> KIN = Set.of("son", "daughter", "husband", "wife", "mom", "mother", "dad",
            "father", "kid", "kids", "baby", "brother", "sister", "grandma", "grandmother", "grandpa", "grandfather",
            "partner", "boyfriend", "girlfriend", "child", "hes", "shes", "theyre");

    /** Been at the hospital, not passing through: "I've been at the hospital", "I spent the night at the hospital". */
    private static final Set<String> STAYED = Set.of("been", "spent", "stayed", "staying", "stuck", "living");

    /** What makes "sick" an illness: "she kept getting sick", "I've been sick", not "worried sick". */
    private static final Set<String> FALLING_SICK = Set.of("getting", "got", "gets", "get", "been", "was", "were",
            "fell", "is", "are", "im", "hes", "shes", "theyre", "very", "really", "so", "too",
            // "I've been out sick most of the month", "home sick with the kids", "off sick"
            "out", "home", "off");

    /** "I'm sick of these calls", "sick and tired", "worried sick": anger or worry, not an illness. */
    /**
     * Words that name an illness only in their place: the heart as what ails someone ("the doctor
     * found that thing with my heart", "a heart attack"), not "my heart goes out to you", "bless
     * your heart", "I didn't have the heart"; "intensive" only in "intensive care" (not "an intensive
     * process").
     */
    private static boolean aFigureOfSpeech(List<String> tokens, int i) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        if (tokens.get(i).equals("intensive")) {
            return !next.equals("care");
        }
        if (!tokens.get(i).equals("heart")) {
            return false;
        }
        if (next.equals("attack") && i >= 3 && tokens.get(i - 1).equals("a")
                && (tokens.get(i - 2).equals("me") && SCARED.contains(tokens.get(i - 3))
                || tokens.get(i - 2).equals("had") && ALMOST.contains(tokens.get(i - 3)))) {
            return true; // "you about gave me a heart attack", "I nearly had a heart attack when I saw it": a fright
        }
        if (HEART_TROUBLE.contains(next)) {
            return false;
        }
        return i == 0 || !HEART_OWNERS.contains(tokens.get(i - 1)) || HEART_FIGURES.contains(next);
    }

    /** "I work in the ICU", "I'm a nurse in intensive care": a workplace, not an illness. */
    private static boolean whereTheyWork(List<String> tokens, int i) {
        if (!INTENSIVE_CARE.contains(tokens.get(i))) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (WORKING.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INTENSIVE_CARE = Set.of("intensive", "icu", "nicu");

    /** What a hospital does as a business: charges, bills, sends, tacks a fee on. */
    private static final Set<String> BILLING_ACTS = Set.of("charged", "charges", "charge", "billed", "bills", "bill",
            "sent", "sends", "tacked", "tack", "tacks", "tact", "tag", "tagged", "tags", "added", "adds", "said", "says",
            "told", "called", "calls", "wants", "wanted", "never", "already", "keeps", "kept", "put", "gave", "sold",
            "turned", "double");

    /**
     * "The hospital tacked one on last time", "the hospital billed me twice", "are you the hospital?", "I paid
     * the hospital in April": the hospital as the business that bills, not where anyone was ill.
     */
    private static boolean anInstitution(List<String> tokens, int i) {
        if (!Set.of("hospital", "hospitals").contains(tokens.get(i)) || i == 0) {
            return false;
        }
        if (tokens.get(i - 1).equals("a")) {
            return i >= 2 && tokens.get(i - 2).equals("this"); // "is she okay? is this a hospital?": who is calling
        }
        if (!tokens.get(i - 1).equals("the")) {
            return false;
        }
        // "are you the hospital or some collection outfit?", "is this the hospital?": who is calling
        // "oh, is it the hospital's, from the procedure?": which bill it is
        return i + 1 < tokens.size() && BILLING_ACTS.contains(tokens.get(i + 1))
                || i >= 2 && (CALLER_ASKED.contains(tokens.get(i - 2)) || DEALT_WITH.contains(tokens.get(i - 2)))
                || i >= 3 && tokens.get(i - 2).equals("it") && tokens.get(i - 3).equals("is");
    }

    /** Before "the hospital", the business paid or spoken to: "I paid the hospital in April", "I called the hospital". */
    private static final Set<String> DEALT_WITH = Set.of("paid", "payed", "pay", "paying", "owe", "owed", "owes",
            "called", "call", "calling", "phoned", "emailed", "sent", "told", "asked");
    /** Before "the hospital", asking who is calling: "[are] you the hospital", "is this the hospital". */
    private static final Set<String> CALLER_ASKED = Set.of("you", "youre", "this");
    private static final Set<String> WORKING = Set.of("work", "works", "working", "worked", "nurse", "shift", "shifts",
            "job");

    private static final Set<String> HEART_TROUBLE = Set.of("attack", "attacks", "surgery", "condition", "failure",
            "problem", "problems", "trouble", "disease", "issues", "operation", "stent", "bypass");
    private static final Set<String> HEART_OWNERS = Set.of("my", "his", "her");
    /** Who gives the fright: "you gave me a heart attack", "that'll give me a heart attack". */
    private static final Set<String> SCARED = Set.of("gave", "give", "giving", "gives");
    /** A fright, not an attack: "I nearly had a heart attack". */
    private static final Set<String> ALMOST = Set.of("nearly", "almost", "about", "practically", "like");
    private static final Set<String> HEART_FIGURES = Set.of("goes", "go", "went", "out", "sank", "broke", "breaks",
            "says", "set", "into", "isnt", "wasnt");

    private static boolean fedUp(List<String> tokens, int i) {
        if (!tokens.get(i).equals("sick")) {
            return false;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        return i == 0 || !FALLING_SICK.contains(tokens.get(i - 1)) || next.equals("of") || next.equals("to")
                || next.equals("and") && i + 2 < tokens.size() && tokens.get(i + 2).equals("tired");
    }

    /**
     * "the bill from my knee surgery", "for my dog surgery", "the hospital charges": the illness
     * names what the debt is for. "Still recovering from my surgery" is a hardship again.
     */
    private static boolean theDebtsSubject(List<String> tokens, int i, Lexicon lx) {
        // "the intensive care bill": the bill named after both words
        int next = tokens.get(i).equals("intensive") && i + 1 < tokens.size() && tokens.get(i + 1).equals("care")
                ? i + 2 : i + 1;
        if (next < tokens.size() && lx.debt().contains(tokens.get(next))) {
            return true; // "the hospital bill", "surgery costs"
        }
        if (i >= 1 && i + 1 < tokens.size() && tokens.get(i + 1).equals("thing")
                && REFERRED_BACK.contains(tokens.get(i - 1))) {
            return true; // "is this the hospital thing?": the bill, named loosely
        }
        for (int k = i - 1; k >= 0 && k >= i - REACH; k--) {
            String t = tokens.get(k);
            if (lx.stillSuffering().contains(t)) {
                return false;
            }
            if (lx.debt().contains(t) || lx.pets().contains(t)) {
                return true;
            }
            if (lx.forFrom().contains(t) && k + 1 < i && lx.determiners().contains(tokens.get(k + 1))) {
                // "recovering from my surgery", "still off work from the accident": their own again
                for (int b = k - 1; b >= 0 && b >= k - 3; b--) {
                    if (lx.stillSuffering().contains(tokens.get(b))) {
                        return false;
                    }
                }
                return true;
            }
        }
        // "I had the surgery on the fourth of March and insurance paid part of it": the one the bill is
        // for, named before, told with what was paid; "I had the surgery in January and I haven't been
        // able to work since" is their own
        if (lx != EN || i == 0 || !REFERRED_BACK.contains(tokens.get(i - 1)) || !PROCEDURES.contains(tokens.get(i))) {
            return false;
        }
        boolean billed = false;
        for (int k = i + 1; k < tokens.size() && k <= i + TOLD_WITH; k++) {
            if (STILL_HARD.contains(tokens.get(k))) {
                return false;
            }
            billed |= BILLED.contains(tokens.get(k));
        }
        return billed;
    }

    private static final Set<String> REFERRED_BACK = Set.of("the", "that");
    private static final Set<String> PROCEDURES = Set.of("surgery", "operation");
    /** How far after "the surgery" what was paid for it, or what it cost them, may be told. */
    private static final int TOLD_WITH = 10;
    private static final Set<String> BILLED = Set.of("insurance", "paid", "covered", "bill", "billed", "charged",
            "balance", "copay", "deductible");
    private static final Set<String> STILL_HARD = Set.of("work", "working", "job", "since", "recovering", "recover",
            "cant", "couldnt", "havent", "hasnt", "unable", "disability");
}
