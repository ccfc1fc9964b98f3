package app.parley.coaching;

import app.parley.call.Word;
import app.parley.meaning.Amounts;
import app.parley.meaning.DateMention;
import app.parley.meaning.Intent;
import app.parley.meaning.Options;
import app.parley.meaning.SpokenNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call's words say, read once for several sessions that hear the same words: a backtest
 * replays each stored call through the rules in force and through a draft, and the two sessions
 * are given the very same recogniser results. Everything read here is a pure function of the
 * words (their tokens, numbers, dates against the call's day, amounts, options counted in a
 * turn) or of the words and a concept's definition (its matches), so a session given the
 * reading of another raises the prompts it would have raised alone; a concept the draft
 * changed is a different concept and is looked for again. The same words heard again (a final
 * result repeats its last partial) are read once too.
 *
 * <p>A partial result holds the previous one's words and more: it is read on from where the
 * previous one's reading stopped ({@link Heard#Heard}: its tokens, and the concepts' phrases
 * aligned so far, {@link PhraseSearch}); what the new words can change is read again.
 *
 * <p>{@link #alone()} keeps nothing but the one result before: what a live call uses, whose
 * words are heard once and whose memory must not grow with its length. Not thread-safe: one
 * call's sessions, one thread.
 */
public final class CallReading {
    private static final CallReading ALL = new CallReading(false, true, false);

    private final boolean keeps;
    /** Every concept looked for in every party's words, as sessions did before (see {@link #readingAll}). */
    private final boolean all;
    /**
     * What only conditions read is read in a partial result when one asks (see {@code Party.later}),
     * and concepts understanding the same intent read it once in a result ({@link Heard#spans});
     * otherwise every concept a party's words are searched for is read in every result as it comes.
     */
    private final boolean later;
    private final Map<List<Word>, Heard> heard = new HashMap<>();
    private final Map<List<Word>, Integer> options = new HashMap<>();
    private final Map<Concept, Integer> slots = new HashMap<>();

    private CallReading(boolean keeps, boolean all, boolean later) {
        this.keeps = keeps;
        this.all = all;
        this.later = later;
    }

    /** A reading that keeps what it read, for the sessions of one replayed call. */
    public static CallReading forOneCall() {
        return new CallReading(true, false, true);
    }

    /**
     * {@link #forOneCall}, reading in every partial result all that the rules read in its party's
     * words (conditions' concepts, dates and amounts too), each concept its own intents: how a
     * backtest read a call until 4 December. The same prompts, slower: what the backtest benchmark
     * times the faster reading against in the same run, and the tests check it against.
     */
    public static CallReading forOneCallReadingEveryResult() {
        return new CallReading(true, false, false);
    }

    /** Whether what only conditions read is read when they ask, and intents once for all concepts ({@link #later}). */
    boolean readsLater() {
        return later;
    }

    /**
     * A reading that keeps nothing and reads all there is: every concept and the options in both
     * parties' words, each result whole, from its first word, as sessions read before they looked
     * only for what their rules read ({@link PartyReads}) and read partial results on from the one
     * before. The same prompts, slower: what the backtest benchmark and the tests check the other
     * readings against. Shared by any sessions: it keeps nothing.
     */
    public static CallReading readingAll() {
        return ALL;
    }

    boolean readsAll() {
        return all;
    }

    /**
     * A reading for one session alone (a live call's): it keeps no result, and reads each partial
     * result on from the one before it.
     */
    public static CallReading alone() {
        return new CallReading(false, false, true);
    }

    /** Where a concept's matches are kept: the same number for concepts defined alike (-1: each read whole). */
    int slot(Concept concept) {
        if (all) {
            return -1;
        }
        return slots.computeIfAbsent(concept, c -> slots.size());
    }

    /**
     * One result's words as read in {@code language}; {@code before}: the same party's previous
     * result as read here, if it was a partial one (null otherwise), read on from when these words
     * start with its words.
     */
    Heard heard(List<Word> words, String language, Heard before) {
        if (all) {
            return new Heard(words, language, null, false);
        }
        if (!keeps) {
            return new Heard(List.copyOf(words), language, before, later);
        }
        Heard read = heard.get(words);
        if (read == null || !read.language.equals(language)) {
            read = new Heard(List.copyOf(words), language, before, later);
            heard.put(read.words, read);
        }
        return read;
    }

    /** How many options a turn's words lay out. */
    int options(List<Word> turn, String language) {
        if (!keeps) {
            return Options.count(Text.tokens(turn).tokens(), language);
        }
        // Keyed by the words alone: one reading serves sessions of one language (heard() checks it).
        Integer count = options.get(turn);
        if (count == null) {
            count = Options.count(Text.tokens(turn).tokens(), language);
            options.put(List.copyOf(turn), count);
        }
        return count;
    }

    /** What one recogniser result says, each part read when first asked for. */
    static final class Heard {
        final List<Word> words;
        final String language;
        final Text.Tokens tokens;
        final List<SpokenNumbers.Item> numbers;
        private LocalDate datesOf;
        private List<Timed<DateMention>> dates;
        private List<Timed<Amounts.Amount>> amounts;
        private final List<List<Concept.Match>> matches = new ArrayList<>();
        /** Each kept concept's phrases aligned with these words, by slot, until the next result takes them over. */
        private final List<PhraseSearch> searches = new ArrayList<>();
        /** Whether concepts understanding the same intent read it once in these words ({@link #spans}). */
        private final boolean sharesIntents;
        /** Each intent's spans in these words, as concepts first asked ({@link #spans}). */
        private final Map<Intent, List<Intent.Span>> intents = new EnumMap<>(Intent.class);
        /** The previous result, read on from; forgotten once the next is read, so that no chain of results is kept. */
        private Heard before;

        /**
         * {@code before}: a result whose words these start with (the same words, then more) is
         * read on from, its tokens kept and its searches carried on; any other is not used.
         */
        private Heard(List<Word> words, String language, Heard before, boolean sharesIntents) {
            this.words = words;
            this.language = language;
            this.sharesIntents = sharesIntents;
            boolean readOn = before != null && before.language.equals(language) && before.words.size() <= words.size()
                    && words.subList(0, before.words.size()).equals(before.words);
            if (readOn) {
                // A word's tokens are its own: the earlier words' are theirs again.
                Text.Tokens more = Text.tokens(words.subList(before.words.size(), words.size()));
                List<String> all = new ArrayList<>(before.tokens.tokens());
                List<Integer> wordOf = new ArrayList<>(before.tokens.wordOf());
                all.addAll(more.tokens());
                for (int i : more.wordOf()) {
                    wordOf.add(i + before.words.size());
                }
                this.tokens = new Text.Tokens(all, wordOf);
                before.before = null;
                this.before = before;
            } else {
                this.tokens = Text.tokens(words);
            }
            // Numbers in words are read once for dates and amounts alike.
            this.numbers = SpokenNumbers.read(tokens.tokens(), language);
        }

        List<Timed<DateMention>> dates(LocalDate callDate) {
            if (dates == null || !callDate.equals(datesOf)) {
                dates = List.copyOf(DaysNamed.in(words, tokens, numbers, language, callDate));
                datesOf = callDate;
            }
            return dates;
        }

        List<Timed<Amounts.Amount>> amounts() {
            if (amounts == null) {
                List<Timed<Amounts.Amount>> out = new ArrayList<>();
                for (Amounts.Amount a : Amounts.inNumbersRead(numbers)) {
                    out.add(new Timed<>(a, words.get(tokens.wordOf().get(a.from())).start(),
                            words.get(tokens.wordOf().get(a.to() - 1)).end()));
                }
                amounts = List.copyOf(out);
            }
            return amounts;
        }

        /**
         * Where {@code intent} is said in these words: read once for every concept that understands
         * it (two of one book, "threat" in "hostile" and "unlawful-threat"; a concept the draft
         * changed and the same concept in the rules in force), as it is a pure function of the
         * tokens and the language.
         */
        private List<Intent.Span> spans(Intent intent, String inLanguage) {
            if (!inLanguage.equals(language)) {
                return intent.find(tokens.tokens(), inLanguage);
            }
            List<Intent.Span> spans = intents.get(intent);
            if (spans == null) {
                spans = intent.find(tokens.tokens(), language);
                intents.put(intent, spans);
            }
            return spans;
        }

        /** The concept's matches in these words; {@code slot} from {@link #slot} (-1: read whole, not kept). */
        List<Concept.Match> matches(Concept concept, int slot) {
            if (slot < 0) {
                return concept.find(words, tokens);
            }
            while (matches.size() <= slot) {
                matches.add(null);
                searches.add(null);
            }
            List<Concept.Match> found = matches.get(slot);
            if (found == null) {
                PhraseSearch from = null;
                if (before != null && before.searches.size() > slot) {
                    // Taken over: the result before has its matches, and the next result reads on from this one.
                    from = before.searches.get(slot);
                    before.searches.set(slot, null);
                }
                PhraseSearch search = PhraseSearch.of(concept, tokens.tokens(), from);
                searches.set(slot, search);
                found = List.copyOf(sharesIntents ? concept.find(words, tokens, search,
                        intent -> spans(intent, concept.language())) : concept.find(words, tokens, search));
                matches.set(slot, found);
            }
            return found;
        }
    }
}
