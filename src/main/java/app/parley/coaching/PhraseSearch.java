package app.parley.coaching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A concept's phrases aligned with a run of tokens ({@link Concept#find}'s search, Sellers'
 * algorithm), kept so that the next partial result, which holds these tokens and more, is
 * aligned from where this one stopped instead of from its first word: the alignment is read
 * token by token, left to right, and a hit at a token depends only on the tokens up to it, so
 * the hits in a longer run start with the hits in this one (the last of them may give way to a
 * closer one that overlaps it, as in a whole search). What the next words can change around
 * a hit (a negation after it, a closer overlapping match, an intent) is judged again on the
 * whole run by {@link Concept#find}, as it always was.
 *
 * <p>Each phrase is aligned only once it can be found (each phrase word missing from the run
 * costs an error), from the first token. Impossible steps (an anchored phrase's first word
 * missing or different, a word to be heard as it is missing or different)
 * cost {@link #NEVER}, more than any alignment without them can cost in a run of under
 * {@code NEVER} tokens, so the choices are those of a whole search, whose impossible step costs
 * more than the length of the run. Not thread-safe: one reading.
 */
final class PhraseSearch {
    /** The cost of a step a phrase never takes. */
    static final int NEVER = 1 << 20;

    private final Concept concept;
    private final PhraseIndex index;
    private List<String> tokens;
    /** For each token, the phrase words it counts as. */
    private BitSet[] heard;
    /** The phrase words heard anywhere in the run. */
    private final BitSet anywhere = new BitSet();
    /** Each phrase's alignment so far, null until it is looked for. */
    private final Column[] columns;

    private PhraseSearch(Concept concept) {
        this.concept = concept;
        this.index = PhraseIndex.of(concept);
        this.tokens = List.of();
        this.heard = new BitSet[0];
        this.columns = new Column[concept.phrases().size()];
    }

    /**
     * The search of {@code concept} in {@code tokens}: {@code before}'s, taken over and carried
     * on, when that one searched the same concept in tokens these start with (it is then no
     * longer the search of its own tokens: the reading keeps only the latest); otherwise (null,
     * another concept, other words) a new one.
     */
    static PhraseSearch of(Concept concept, List<String> tokens, PhraseSearch before) {
        boolean readOn = before != null && before.concept == concept && before.tokens.size() <= tokens.size()
                && tokens.size() < NEVER / 4 && tokens.subList(0, before.tokens.size()).equals(before.tokens);
        PhraseSearch search = readOn ? before : new PhraseSearch(concept);
        search.readOn(tokens);
        return search;
    }

    /** Takes in the tokens after those searched so far. */
    private void readOn(List<String> more) {
        int known = heard.length;
        heard = java.util.Arrays.copyOf(heard, more.size());
        for (int j = known; j < heard.length; j++) {
            heard[j] = index.heardAs(more.get(j));
            anywhere.or(heard[j]);
        }
        tokens = more;
    }

    boolean searches(List<String> tokens) {
        return this.tokens.equals(tokens);
    }

    BitSet[] heard() {
        return heard;
    }

    PhraseIndex index() {
        return index;
    }

    BitSet anywhere() {
        return anywhere;
    }

    /** The hits of phrase {@code p}: [from, to, errors] of each, none overlapping, in order (as {@code Concept.align}). */
    List<int[]> hits(int p) {
        Column column = columns[p];
        if (column == null) {
            column = new Column(index.phrase(p), index.contentWords(p), index.allowedErrors(p));
            columns[p] = column;
        }
        while (column.j < tokens.size()) {
            column.next(heard[column.j], tokens.get(column.j));
        }
        return column.hits;
    }

    /** One phrase's alignment up to token {@code j}: the last column of the table, and the hits so far. */
    private static final class Column {
        final int[] phrase;
        /** The words heard as they are, never missing or different ({@code Concept.contentWords}). */
        final boolean[] content;
        final int allowed;
        final boolean anchored;
        final int never;
        int j;
        int[] cost;
        int[] from;
        boolean[] aligned;
        List<int[]> hits;

        Column(int[] phrase, boolean[] content, int allowed) {
            int n = phrase.length;
            this.phrase = phrase;
            this.content = content;
            this.allowed = allowed;
            this.anchored = n < Concept.ANCHORED_BELOW;
            this.never = anchored ? NEVER : 1;
            this.cost = new int[n + 1];
            this.from = new int[n + 1];
            this.aligned = new boolean[n + 1];
            for (int i = 1; i <= n; i++) {
                cost[i] = anchored ? never : i;
            }
            this.hits = new ArrayList<>();
        }

        /** Aligns the next token, which counts as the phrase words {@code same}. */
        void next(BitSet same, String token) {
            int n = phrase.length;
            j++;
            int[] c = new int[n + 1];
            int[] f = new int[n + 1];
            boolean[] a = new boolean[n + 1];
            f[0] = j;
            for (int i = 1; i <= n; i++) {
                // An anchored phrase's last word, like its first, is heard as it is: "get back to you" is
                // not "get back to my boss", nor "talk to my" "talk to you".
                // A word to be heard as it is is never missing or different.
                int substitute = cost[i - 1] + (same.get(phrase[i - 1]) ? 0
                        : content[i - 1] ? NEVER : i == 1 || anchored && i == n ? never : 1);
                int skipPhraseWord = c[i - 1] + (content[i - 1] ? NEVER : i == 1 ? never : 1);
                int extraTextWord = cost[i] + (i < n && Concept.FILLERS.contains(token) ? 0 : 1);
                int best = substitute;
                int start = from[i - 1];
                boolean diagonal = true;
                if (skipPhraseWord < best) {
                    best = skipPhraseWord;
                    start = f[i - 1];
                    diagonal = false;
                }
                if (extraTextWord < best) {
                    best = extraTextWord;
                    start = from[i];
                    diagonal = false;
                }
                c[i] = best;
                f[i] = start;
                a[i] = diagonal;
            }
            cost = c;
            from = f;
            aligned = a;
            if (anchored && n > 1 && !aligned[n]) {
                return;
            }
            if (cost[n] <= allowed && from[n] < j) {
                int[] hit = {from[n], j, cost[n]};
                int[] last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
                if (last != null && hit[0] < last[1]) {
                    if (hit[2] < last[2]) {
                        hits.set(hits.size() - 1, hit);
                    }
                } else {
                    hits.add(hit);
                }
            }
        }
    }
}
