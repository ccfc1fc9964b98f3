package app.parley.coaching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A concept's phrases as numbered words, and for each word heard the phrase words it counts as
 * ({@link Text#similar}), computed once per word and kept. A session compares every partial result
 * with every phrase; comparing strings there was most of coaching's time (docs/performance.md).
 */
final class PhraseIndex {
    /** One index per concept, kept while the concept is (identity keys: a rules file reloaded makes new ones). */
    private static final Cache<Concept, PhraseIndex> INDEXES = Caffeine.newBuilder().weakKeys().build();

    private final List<String> vocabulary = new ArrayList<>();
    private final int[][] phrases;
    /** Per phrase: the word errors a match may have ({@code Concept.allowedErrors}), and the words heard as they are. */
    private final int[] allowed;
    private final boolean[][] content;
    private final boolean fuzzy;
    private final String language;
    private final Cache<String, BitSet> heard = Caffeine.newBuilder().maximumSize(50_000).build();

    private PhraseIndex(Concept concept) {
        Map<String, Integer> ids = new HashMap<>();
        phrases = new int[concept.phrases().size()][];
        allowed = new int[phrases.length];
        content = new boolean[phrases.length][];
        for (int p = 0; p < phrases.length; p++) {
            List<String> words = concept.phrases().get(p);
            allowed[p] = Concept.allowedErrors(words, concept.fuzzy());
            content[p] = Concept.contentWords(words);
            phrases[p] = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                phrases[p][i] = ids.computeIfAbsent(words.get(i), w -> {
                    vocabulary.add(w);
                    return vocabulary.size() - 1;
                });
            }
        }
        fuzzy = concept.fuzzy();
        language = concept.language();
    }

    static PhraseIndex of(Concept concept) {
        return INDEXES.get(concept, PhraseIndex::new);
    }

    /** Phrase {@code p} as word numbers. */
    int[] phrase(int p) {
        return phrases[p];
    }

    /** The word errors a match of phrase {@code p} may have. */
    int allowedErrors(int p) {
        return allowed[p];
    }

    /** Which words of phrase {@code p} carry its sense (never missing or different in a match). */
    boolean[] contentWords(int p) {
        return content[p];
    }

    /** The phrase words {@code word} counts as: itself, and with fuzzy matching its plural, stem or spelling. */
    BitSet heardAs(String word) {
        return heard.get(word, w -> {
            BitSet same = new BitSet(vocabulary.size());
            for (int v = 0; v < vocabulary.size(); v++) {
                String phraseWord = vocabulary.get(v);
                if (phraseWord.equals(w) || fuzzy && Text.similar(phraseWord, w, language)) {
                    same.set(v);
                }
            }
            return same;
        });
    }
}
