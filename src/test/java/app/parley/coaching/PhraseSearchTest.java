package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A concept found in a partial result read on from the previous one ({@link PhraseSearch},
 * {@link CallReading.Heard}) is found as in the words read whole, from the first: word by word
 * as the replay gives them, several words at once, and after a partial the recogniser revised
 * (read afresh), for every concept of both built-in books.
 */
class PhraseSearchTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final RuleBook ES = RuleBook.builtIn("es");

    /** Each partial of {@code text} read on from the one before finds what reading it whole finds. */
    private static int compared;

    private static void sameAsWhole(RuleBook book, String text) {
        List<Word> words = Said.words(text, 0);
        CallReading reading = CallReading.alone();
        for (Concept concept : book.concepts().values()) {
            int slot = reading.slot(concept);
            CallReading.Heard before = null;
            for (int k = 1; k <= words.size(); k++) {
                List<Word> partial = words.subList(0, k);
                CallReading.Heard heard = reading.heard(partial, book.language(), before);
                compared += concept.find(partial).size();
                assertEquals(concept.find(partial), heard.matches(concept, slot),
                        concept.name() + " in '" + text(partial) + "'");
                before = heard;
            }
        }
    }

    private static String text(List<Word> words) {
        return String.join(" ", words.stream().map(Word::word).toList());
    }

    private static List<String> found(RuleBook book, String concept, String text) {
        return book.concepts().get(concept).find(Said.words(text, 0)).stream().map(Concept.Match::text).toList();
    }

    @Test
    void aPhraseSpanningTheOldAndNewWordsIsFoundAsWhole() {
        // "already paid" completed by the word after the partial; "cannot afford" split across.
        assertEquals(List.of("already paid"), found(EN, "dispute", "but i already paid that"));
        sameAsWhole(EN, "but i already paid that last month and i cannot afford it");
        sameAsWhole(EN, "we can offer you a payment plan of fifty dollars a month starting friday");
    }

    @Test
    void aNegationBeforeThePhraseUndoesItAsWhole() {
        // The negation cue comes in an earlier partial, the phrase in later ones, and "isn't on
        // the table" after it denies it again: judged on the whole words each time.
        sameAsWhole(EN, "we will not take legal action against you");
        sameAsWhole(EN, "nobody is going to sue you or call your employer");
        sameAsWhole(EN, "legal action isn't on the table and i'm not angry with you");
        sameAsWhole(EN, "i don't know maybe i can pay next month");
        sameAsWhole(ES, "no vamos a llamar a su trabajo ni a su familia");
    }

    @Test
    void aCloserMatchOverlappingTheLastHitReplacesItAsWhole() {
        // A fuzzy hit at the end of one partial gives way to an overlapping closer one in the next.
        sameAsWhole(EN, "i already payed i already paid it all");
        sameAsWhole(EN, "i really really already paid you people");
        sameAsWhole(EN, "can you can you pay the full amount by friday");
    }

    @Test
    void aRevisedPartialIsReadAfreshAndItsNextReadOn() {
        CallReading reading = CallReading.alone();
        Concept dispute = EN.concepts().get("dispute");
        int slot = reading.slot(dispute);
        List<Word> first = Said.words("i already played", 0);
        List<Word> revised = Said.words("i already paid it", 0);
        CallReading.Heard one = reading.heard(first, "en", null);
        assertEquals(List.of(), one.matches(dispute, slot));
        // "played" revised to "paid": not the words before, read whole.
        CallReading.Heard two = reading.heard(revised.subList(0, 3), "en", one);
        assertEquals(dispute.find(revised.subList(0, 3)), two.matches(dispute, slot));
        CallReading.Heard three = reading.heard(revised, "en", two);
        assertEquals(dispute.find(revised), three.matches(dispute, slot));
        assertTrue(!three.matches(dispute, slot).isEmpty());
        // A partial that drops words again is read whole too.
        CallReading.Heard shorter = reading.heard(revised.subList(0, 2), "en", three);
        assertEquals(dispute.find(revised.subList(0, 2)), shorter.matches(dispute, slot));
    }

    @Test
    void severalWordsAtOnceAreReadOnAsWordByWord() {
        List<Word> words = Said.words("i lost my job so i cannot pay right now and i already paid in april", 0);
        for (Concept concept : EN.concepts().values()) {
            CallReading reading = CallReading.alone();
            int slot = reading.slot(concept);
            CallReading.Heard before = null;
            for (int k = 3; k <= words.size(); k += 3) {
                CallReading.Heard heard = reading.heard(words.subList(0, k), "en", before);
                assertEquals(concept.find(words.subList(0, k)), heard.matches(concept, slot), concept.name());
                before = heard;
            }
        }
    }

    /**
     * Generated utterances of phrase words, fillers, negation cues and clause starts (the words
     * that move an alignment or a negation), read on word by word: as read whole.
     */
    @Test
    void generatedUtterancesReadOnAsWhole() {
        for (RuleBook book : List.of(EN, ES)) {
            Set<String> vocabulary = new LinkedHashSet<>();
            List<List<String>> phrases = new ArrayList<>();
            for (Concept concept : book.concepts().values()) {
                concept.phrases().forEach(vocabulary::addAll);
                phrases.addAll(concept.phrases());
            }
            vocabulary.addAll(List.of("not", "never", "no", "dont", "nobody", "i", "we", "and", "but", "really",
                    "just", "um", "paid", "payed", "pay", "month", "months", "nada", "nunca", "y", "pero"));
            List<String> words = new ArrayList<>(vocabulary);
            Random random = new Random(15);
            compared = 0;
            for (int n = 0; n < 150; n++) {
                List<String> said = new ArrayList<>();
                for (int w = 3 + random.nextInt(14); w > 0; w--) {
                    if (random.nextInt(3) > 0) {
                        said.add(words.get(random.nextInt(words.size())));
                        continue;
                    }
                    // A phrase, whole or with a slip: a filler inside, a word left out, a word changed.
                    List<String> phrase = new ArrayList<>(phrases.get(random.nextInt(phrases.size())));
                    int at = random.nextInt(phrase.size());
                    switch (random.nextInt(4)) {
                        case 0 -> phrase.add(at, "really");
                        case 1 -> phrase.remove(at);
                        case 2 -> phrase.set(at, words.get(random.nextInt(words.size())));
                        default -> { }
                    }
                    said.addAll(phrase);
                }
                sameAsWhole(book, String.join(" ", said));
            }
            assertTrue(compared > 1000, book.language() + ": " + compared + " matches compared");
        }
    }
}
