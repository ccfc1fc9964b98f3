package app.parley.redaction;

import app.parley.call.Word;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which runs of digits in a party's words are payment or identity data, and gives the
 * words back with each such run replaced by one placeholder word spanning its time.
 *
 * <ul>
 * <li>13 digits or more: a card number (Luhn is not asked: a number misheard by one digit is
 * still a card number); 6 or more after a card's cue ("my card number is").</li>
 * <li>9 digits: a social security number, with or without its cue; 7 or more after its cue.</li>
 * <li>3 or 4 digits after a security code's cue; 2 to 6 after an expiry's cue, with the month
 * said before them ("expires april twenty seven").</li>
 * <li>For {@link #CARD_CONTEXT_S} after a card number, 3 or 4 digits without a cue too: the
 * agent asks for the code or the date ("and the code?") and the caller answers with digits
 * only. 4 digits that read as a month and a year are an expiry date, else a code.</li>
 * </ul>
 * Everything else stays: amounts, dates, years, phone numbers (10 or 11 digits), ZIP codes.
 *
 * <p>{@code context}: the party's words just before, already released, read for cues only.
 */
final class Judge {
    /** How far before a run of digits its cue may end: words between (fillers not counted) ... */
    static final int CUE_REACH_WORDS = 6;
    /** ... and seconds between. */
    static final double CUE_REACH_S = 10;
    /** How long after a card number a code or a date may be said without a cue. */
    static final double CARD_CONTEXT_S = 30;
    /** What a partial result shows for digits that may turn out to be payment data. */
    static final String PARTIAL_PLACEHOLDER = "[digits]";

    /**
     * The words with placeholders, what was redacted, and until when a card number was just read
     * (minus infinity: none was).
     */
    record Judged(List<Word> words, List<RedactedSpan> spans, double cardContextUntil) {
    }

    private record Found(int fromWord, int toWord, Category category, String digits) {
    }

    private final List<Word> all;
    private final int offset;
    private final List<Cues.Cue> cues;
    private final List<SpokenDigits.Run> runs = new ArrayList<>();

    private Judge(List<Word> context, List<Word> words) {
        this.all = new ArrayList<>(context);
        all.addAll(words);
        this.offset = context.size();
        List<String> texts = all.stream().map(Word::word).toList();
        this.cues = Cues.find(texts);
        // Read apart: digits released before cannot join those judged now. A placeholder released
        // counts as a run there: the cue before it is used up.
        runs.addAll(SpokenDigits.runs(SpokenDigits.read(texts.subList(0, offset))));
        for (int i = 0; i < offset; i++) {
            if (isPlaceholder(texts.get(i))) {
                runs.add(new SpokenDigits.Run(i, i + 1, i, i + 1, ""));
            }
        }
        runs.sort(java.util.Comparator.comparingInt(SpokenDigits.Run::fromWord));
        for (SpokenDigits.Run run : SpokenDigits.runs(SpokenDigits.read(texts.subList(offset, texts.size())))) {
            runs.add(new SpokenDigits.Run(run.fromToken(), run.toToken(), run.fromWord() + offset,
                    run.toWord() + offset, run.digits()));
        }
    }

    /** A final result: the runs that are payment or identity data, replaced as {@code policy} says. */
    static Judged finals(List<Word> context, List<Word> words, double cardContextUntil, RedactionPolicy policy) {
        Judge judge = new Judge(context, words);
        List<Found> found = new ArrayList<>();
        double cardUntil = cardContextUntil;
        for (int r = 0; r < judge.runs.size(); r++) {
            SpokenDigits.Run run = judge.runs.get(r);
            if (run.fromWord() < judge.offset) {
                continue;
            }
            Category category = judge.classify(r, cardUntil);
            if (category == null) {
                continue;
            }
            int from = category == Category.EXPIRY ? judge.monthBefore(run.fromWord()) : run.fromWord();
            if (category == Category.CARD) {
                cardUntil = Math.max(cardUntil, judge.all.get(run.toWord() - 1).end() + CARD_CONTEXT_S);
            }
            if (policy.redacts(category)) {
                found.add(new Found(from, run.toWord(), category, run.digits()));
            }
        }
        List<RedactedSpan> spans = new ArrayList<>();
        List<Word> out = judge.replaced(found, f -> placeholder(f, policy));
        for (Found f : found) {
            spans.add(new RedactedSpan(f.category(), judge.all.get(f.fromWord()).start(),
                    judge.all.get(f.toWord() - 1).end()));
        }
        return new Judged(out, spans, cardUntil);
    }

    /** Call time at which the last run of digits in {@code words} ends; minus infinity when none does. */
    static double digitsUntil(List<Word> words) {
        List<SpokenDigits.Run> runs = SpokenDigits.runs(SpokenDigits.read(words.stream().map(Word::word).toList()));
        return runs.isEmpty() ? Double.NEGATIVE_INFINITY : words.get(runs.get(runs.size() - 1).toWord() - 1).end();
    }

    /**
     * The words with each run of digits said around a stretch another party redacted
     * ({@code heard} gives its category) replaced by that category's placeholder: an echo of
     * what the other party read out, never its digits, whatever their length.
     */
    static Judged echoes(List<Word> words, Crosstalk.Party heard) {
        Judge judge = new Judge(List.of(), words);
        List<Found> found = new ArrayList<>();
        for (SpokenDigits.Run run : judge.runs) {
            heard.heardFromOthers(words.get(run.fromWord()).start(), words.get(run.toWord() - 1).end())
                    .ifPresent(category -> found.add(new Found(run.fromWord(), run.toWord(), category, run.digits())));
        }
        if (found.isEmpty()) {
            return new Judged(words, List.of(), Double.NEGATIVE_INFINITY);
        }
        List<RedactedSpan> spans = found.stream().map(f -> new RedactedSpan(f.category(),
                words.get(f.fromWord()).start(), words.get(f.toWord() - 1).end())).toList();
        return new Judged(judge.replaced(found, f -> "[" + f.category().noun() + "]"), spans,
                Double.NEGATIVE_INFINITY);
    }

    /**
     * A partial result, masked conservatively: 4 digits or more, any digits after a cue, 3 after
     * a card number. Its final version is judged by {@link #finals}.
     */
    static List<Word> partial(List<Word> context, List<Word> words, double cardContextUntil) {
        Judge judge = new Judge(context, words);
        List<Found> found = new ArrayList<>();
        for (int r = 0; r < judge.runs.size(); r++) {
            SpokenDigits.Run run = judge.runs.get(r);
            if (run.fromWord() < judge.offset) {
                continue;
            }
            if (judge.masksInProgress(r, cardContextUntil)) {
                found.add(new Found(run.fromWord(), run.toWord(), null, run.digits()));
            }
        }
        return judge.replaced(found, f -> PARTIAL_PLACEHOLDER);
    }

    /**
     * Call time from which the judgement of a partial result is not settled (plus infinity when
     * all of it is): the first run of digits it masks ({@link #partial}), or its last run while
     * nothing but fillers follows it. Words before, and runs closed by other words and too short
     * to mask ("four fifty, man, okay, end of the month"), are judged as their final will be.
     */
    static double unsettledFrom(List<Word> context, List<Word> words, double cardContextUntil) {
        Judge judge = new Judge(context, words);
        for (int r = 0; r < judge.runs.size(); r++) {
            SpokenDigits.Run run = judge.runs.get(r);
            if (run.fromWord() < judge.offset) {
                continue;
            }
            if (judge.onlyFillersAfter(run) || judge.masksInProgress(r, cardContextUntil)) {
                // an expiry date starts at its month, said before the digits
                return judge.all.get(judge.monthBefore(run.fromWord())).start();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Run {@code r} of words in progress masked: 4 digits or more, any after a cue, 3 after a card number. */
    private boolean masksInProgress(int r, double cardContextUntil) {
        SpokenDigits.Run run = runs.get(r);
        boolean afterCard = startOf(run) <= cardContextUntil;
        return run.length() >= 4 || !cuesBefore(r).isEmpty() || afterCard && run.length() >= 3;
    }

    /** Whether nothing but fillers follows the run: the next words may still continue it. */
    private boolean onlyFillersAfter(SpokenDigits.Run run) {
        return SpokenDigits.read(all.subList(run.toWord(), all.size()).stream().map(Word::word).toList()).stream()
                .allMatch(token -> token.kind() == SpokenDigits.Kind.FILLER);
    }

    /**
     * Whether the words end in digits that the party's next words may continue: 3 digits or more
     * (a group of a card number, the start of a code), or any after a cue or a card number.
     */
    static boolean awaitsMore(List<Word> context, List<Word> words, double cardContextUntil) {
        Judge judge = new Judge(context, words);
        if (judge.runs.isEmpty()) {
            return false;
        }
        int r = judge.runs.size() - 1;
        SpokenDigits.Run last = judge.runs.get(r);
        if (last.fromWord() < judge.offset) {
            return false;
        }
        if (!judge.onlyFillersAfter(last)) {
            return false;
        }
        return last.length() >= 3 || !judge.cuesBefore(r).isEmpty() || judge.startOf(last) <= cardContextUntil;
    }

    private Category classify(int r, double cardContextUntil) {
        SpokenDigits.Run run = runs.get(r);
        int n = run.length();
        Set<Category> cued = cuesBefore(r);
        if (n >= 13 || (cued.contains(Category.CARD) && n >= 6)) {
            return Category.CARD;
        }
        if (n == 9 || (cued.contains(Category.SSN) && n >= 7)) {
            return Category.SSN;
        }
        if (cued.contains(Category.SECURITY_CODE) && n >= 3 && n <= 4) {
            return Category.SECURITY_CODE;
        }
        if (cued.contains(Category.EXPIRY) && n >= 2 && n <= 6) {
            return Category.EXPIRY;
        }
        if (startOf(run) <= cardContextUntil) {
            if (monthBefore(run.fromWord()) < run.fromWord() && n >= 2 && n <= 4) {
                return Category.EXPIRY;
            }
            if (n == 3) {
                return Category.SECURITY_CODE;
            }
            if (n == 4) {
                int month = Integer.parseInt(run.digits().substring(0, 2));
                return month >= 1 && month <= 12 ? Category.EXPIRY : Category.SECURITY_CODE;
            }
        }
        return null;
    }

    /**
     * The categories of the cues that announce run {@code r}: ending before it, after the run
     * before it, within {@link #CUE_REACH_WORDS} words and {@link #CUE_REACH_S} seconds.
     */
    private Set<Category> cuesBefore(int r) {
        SpokenDigits.Run run = runs.get(r);
        int previousEnd = r == 0 ? 0 : runs.get(r - 1).toWord();
        Set<Category> found = EnumSet.noneOf(Category.class);
        for (Cues.Cue cue : cues) {
            if (cue.end() > run.fromWord() || cue.end() < previousEnd) {
                continue;
            }
            List<String> between = all.subList(cue.end(), run.fromWord()).stream().map(Word::word).toList();
            long words = SpokenDigits.read(between).stream()
                    .filter(token -> token.kind() != SpokenDigits.Kind.FILLER).count();
            if (words <= CUE_REACH_WORDS && startOf(run) - all.get(cue.end() - 1).end() <= CUE_REACH_S) {
                found.add(cue.category());
            }
        }
        return found;
    }

    /** The month named just before word {@code at} (an "of" may follow it), or {@code at} when none is. */
    private int monthBefore(int at) {
        int i = at - 1;
        if (i >= offset && SpokenDigits.normal(all.get(i).word()).equals("of")) {
            i--;
        }
        return i >= offset && Cues.MONTHS.contains(SpokenDigits.normal(all.get(i).word())) ? i : at;
    }

    private double startOf(SpokenDigits.Run run) {
        return all.get(run.fromWord()).start();
    }

    /** The judged words (not the context), each found stretch one placeholder word spanning its time. */
    private List<Word> replaced(List<Found> found, java.util.function.Function<Found, String> text) {
        List<Word> out = new ArrayList<>();
        int i = offset;
        for (Found f : found) {
            out.addAll(all.subList(i, f.fromWord()));
            out.add(new Word(text.apply(f), all.get(f.fromWord()).start(), all.get(f.toWord() - 1).end(), 1.0));
            i = f.toWord();
        }
        out.addAll(all.subList(i, all.size()));
        return out;
    }

    static boolean isPlaceholder(String word) {
        return word.startsWith("[");
    }

    private static String placeholder(Found found, RedactionPolicy policy) {
        int keep = policy.cardLastDigits();
        int n = found.digits().length();
        if (found.category() == Category.CARD && keep > 0 && n >= 13 && n <= 19) {
            return "[card number ending " + found.digits().substring(n - keep) + "]";
        }
        return "[" + found.category().noun() + "]";
    }
}
