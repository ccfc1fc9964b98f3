package app.parley.coaching;

import app.parley.call.Word;
import app.parley.meaning.Intent;
import app.parley.meaning.Negation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A named list of phrases, found in a party's words, and what the understanding layer reads
 * there when the concept {@code understands} one or more {@link Intent}s ("cannot-pay": "I haven't
 * got a penny"). A phrase of n words matches a run of recognised words with at most n/4 word errors
 * (a word missing, added or different), words compared by {@link Text#similar}; a phrase of
 * fewer than five words never without its first word or its last, nor with another word in their
 * place: "what can I do" is not "can I do a bank transfer", "when I get paid" not "right, I get
 * paid on the ninth", "I need to go" not "I needed to", "get back to you" not "get back to my
 * boss"; nor with a word of its sense missing or different: "we will sue
 * you" is not "we will mail you" (only {@link #FUNCTION_WORDS} may be). With {@code fuzzy: false}
 * only exact words, in order, match.
 * Overlapping matches of one concept count once (the closest, then the longest, wins). Words
 * said in the negative ("I'm not angry", "nobody is suing you") are no match unless the concept
 * keeps them ({@code negation: keep}); see {@link Negation}.
 */
record Concept(String name, String description, List<List<String>> phrases, boolean fuzzy, String language,
        boolean keepNegated, List<Intent> understands) {

    /**
     * Where a concept was found: word positions [from, to) of the words searched, and their times.
     * Not {@code settled} when words still to come may undo it (see {@link Intent.Span}).
     */
    record Match(String concept, int from, int to, double start, double end, String text, int errors,
            boolean settled) {
        boolean overlaps(double otherStart, double otherEnd, double slack) {
            return start <= otherEnd + slack && otherStart <= end + slack;
        }
    }

    /** Phrases shorter than this must be heard with their first word. */
    static final int ANCHORED_BELOW = 5;

    /** Words that add no meaning inside a phrase (both languages: the sets don't collide). */
    static final Set<String> FILLERS = Set.of("really", "just", "even", "actually", "very", "um", "uh",
            "totally", "quite", "honestly", "realmente", "pues", "nomas");

    List<Match> find(List<Word> words) {
        return find(words, Text.tokens(words));
    }

    /** {@link #find(List)} on words already tokenised (a session looks for every concept in the same words). */
    List<Match> find(List<Word> words, Text.Tokens split) {
        return find(words, split, null);
    }

    /**
     * {@link #find(List, Text.Tokens)}, the phrases aligned by {@code search} (of these tokens: a
     * session's, carried on from its previous partial result) instead of here; null: here.
     */
    List<Match> find(List<Word> words, Text.Tokens split, PhraseSearch search) {
        return find(words, split, search, intent -> intent.find(split.tokens(), language));
    }

    /**
     * {@link #find(List, Text.Tokens, PhraseSearch)}, each intent's spans in these tokens given by
     * {@code spans} (a reading that keeps them: concepts understanding the same intent, in one
     * rule book or in a draft and the rules in force, read it once); they must be
     * {@link Intent#find} of these tokens in this concept's language.
     */
    List<Match> find(List<Word> words, Text.Tokens split, PhraseSearch search,
            java.util.function.Function<Intent, List<Intent.Span>> spans) {
        List<String> tokens = split.tokens();
        List<Integer> wordOf = split.wordOf();
        if (tokens.isEmpty()) {
            return List.of();
        }
        assert search == null || search.searches(tokens);
        if (search == null) {
            search = PhraseSearch.of(this, tokens, null);
        }
        PhraseIndex index = search.index();
        BitSet anywhere = search.anywhere();
        List<Match> candidates = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            List<String> phrase = phrases.get(p);
            int[] ids = index.phrase(p);
            int allowed = index.allowedErrors(p);
            int absent = 0;
            for (int id : ids) {
                absent += anywhere.get(id) ? 0 : 1;
            }
            if (absent > allowed) {
                continue; // each phrase word heard nowhere costs an error: no alignment can be close enough
            }
            for (int[] hit : search.hits(p)) {
                if (!keepNegated && Negation.negated(tokens, hit[0], hit[1], phrase, language)) {
                    continue;
                }
                candidates.add(match(words, wordOf, hit[0], hit[1], hit[2], true));
            }
        }
        for (Intent intent : understands) {
            for (Intent.Span span : spans.apply(intent)) {
                if (intent.negatable() && !keepNegated && Negation.negated(tokens, span.from(), span.to(),
                        tokens.subList(span.from(), span.to()), language)) {
                    continue;
                }
                candidates.add(match(words, wordOf, span.from(), span.to(), 0, span.settled()));
            }
        }
        candidates.sort(Comparator.comparingInt(Match::errors)
                .thenComparing(Comparator.comparingInt((Match m) -> m.to() - m.from()).reversed())
                .thenComparingInt(Match::from));
        List<Match> chosen = new ArrayList<>();
        for (Match candidate : candidates) {
            if (chosen.stream().noneMatch(m -> m.from() < candidate.to() && candidate.from() < m.to())) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::from));
        return chosen;
    }

    /** Words that carry no phrase's sense alone: a short phrase may lose or swap these, never the others. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "to", "of", "in", "on",
            "at", "for", "with", "by", "and", "or", "but", "so", "i", "im", "ill", "id", "ive", "you", "youre", "youll",
            "we", "well", "were", "weve", "he", "she", "it", "its", "they", "them", "me", "my", "your", "our", "his",
            "her", "their", "this", "that", "these", "those", "is", "are", "was", "be", "been", "am", "will", "would",
            "can", "could", "should", "shall", "do", "does", "did", "have", "has", "had", "just", "up", "out", "about",
            "there", "theres", "thats", "what", "whats", "how", "some", "any", "all", "get", "got", "go", "going",
            "gonna", "let", "make", "take", "want", "need", "like", "if", "then", "now", "here", "as", "from", "into",
            "el", "la", "los", "las", "un", "una", "de", "del", "al", "que", "y", "o", "en", "por", "para", "con", "se",
            "lo", "le", "les", "mi", "su", "es", "yo", "no");

    /**
     * The word errors a phrase may be found with: none without fuzzy matching, nor in a short
     * phrase made only of {@link #FUNCTION_WORDS} ("that's all I need"), which has no word of its
     * sense to hold it: with one word off it is "that I need" or "that's all I'm asking".
     */
    static int allowedErrors(List<String> phrase, boolean fuzzy) {
        return fuzzy && !(phrase.size() < ANCHORED_BELOW && senseless(phrase)) ? Text.allowedPhraseErrors(phrase.size()) : 0;
    }

    /** Whether every word of the phrase is a {@link #FUNCTION_WORDS function word} ("needed" as "need"). */
    private static boolean senseless(List<String> phrase) {
        return phrase.stream().allMatch(w -> FUNCTION_WORDS.contains(w)
                || w.endsWith("ed") && FUNCTION_WORDS.contains(w.substring(0, w.length() - 2)));
    }

    /**
     * Which words of a phrase must be heard as they are: in a short phrase those with its sense
     * ("sue" in "we will sue you"); in a longer one its one word of sense when it has only one
     * ("what options do I have" is not "what proof do I have", nor "what do I have"), and in one
     * made only of function words its first and last, which hold it ("what do I have to do" is not
     * "what do I have to pay", though it may be "what would I have to do").
     */
    static boolean[] contentWords(List<String> phrase) {
        boolean[] content = new boolean[phrase.size()];
        boolean longSenseless = phrase.size() >= ANCHORED_BELOW && senseless(phrase);
        long senses = senses(phrase);
        for (int i = 0; i < content.length; i++) {
            content[i] = phrase.size() < ANCHORED_BELOW ? !FUNCTION_WORDS.contains(phrase.get(i))
                    : longSenseless ? i == 0 || i == content.length - 1
                    : senses == 1 && ofSense(phrase.get(i));
        }
        return content;
    }

    /** Whether the words heard ("a deputy", "sue you") carry at most one word of sense. */
    static boolean oneWordOfSense(String heard) {
        return senses(Text.tokens(heard)) <= 1; // "i'm" is "im"
    }

    /** How many of the words carry sense ({@link #ofSense}). */
    private static long senses(List<String> words) {
        return words.stream().filter(Concept::ofSense).count();
    }

    /** Words that carry little of a longer phrase's sense though they are no function words: "i have it right here". */
    private static final Set<String> WEAK = Set.of("right", "here", "there", "now");

    /** Whether a word of a longer phrase carries its sense: not a function word, a filler or a {@link #WEAK} one. */
    private static boolean ofSense(String word) {
        return !FUNCTION_WORDS.contains(word) && !FILLERS.contains(word) && !WEAK.contains(word);
    }

    /** The recognised words of tokens [from, to). */
    private Match match(List<Word> words, List<Integer> wordOf, int from, int to, int errors, boolean settled) {
        int firstWord = wordOf.get(from);
        int lastWord = wordOf.get(to - 1);
        List<Word> span = words.subList(firstWord, lastWord + 1);
        return new Match(name, firstWord, lastWord + 1, span.get(0).start(), span.get(span.size() - 1).end(),
                String.join(" ", span.stream().map(Word::word).toList()), errors, settled);
    }
}
