package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.coaching.Text;
import app.parley.testing.TestAudio;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A grammar that tries only the alternatives that may start at each word finds what its
 * alternatives joined into one pattern find: on every grammar of this package, over the corpus's
 * words (each turn, and the partial results a recogniser gives of some of them).
 */
class GrammarTest {
    @Test
    void theFirstWordsOfAnAlternativeAreReadOffWhatItWritesOut() {
        assertEquals(Set.of("balance", "owe", "owed"), Grammar.firstWords("\\b(balance|owe|owed)\\b"));
        assertEquals(Set.of("past"), Grammar.firstWords("\\bpast due\\b"));
        assertEquals(Set.of("split", "spread"),
                Grammar.firstWords("(?<!\\b(was|were) )\\b(split|spread)( up)? (into|over)\\b"));
        assertEquals(Set.of("late", "fees"), Grammar.firstWords("\\b(late fees|fees)\\b"));
        assertEquals(Set.of("hes", "he"), Grammar.firstWords("\\b(?:hes|he is) behind"));
        // what it cannot tell, it leaves to be tried everywhere
        assertNull(Grammar.firstWords("\\bpays?\\b"), "a quantifier on the last letter");
        assertNull(Grammar.firstWords("\\b(pay|paying)"), "nothing ends the word: 'payment' starts with 'pay'");
        assertNull(Grammar.firstWords("\\b(split)( up)?"), "an optional word and nothing after");
        assertNull(Grammar.firstWords("\\b(\\w+ )?payments of\\b"), "any word first");
        assertNull(Grammar.firstWords("(split|spread) "), "no word boundary: inside 'resplit'");
        assertNull(Grammar.firstWords("\\b(the|your )?balance\\b"), "an optional group");
        assertNull(Grammar.firstWords("\\b(you )?take care\\b"), "an optional group of one word");
        assertNull(Grammar.firstWords("\\b(somebody|someone)( is|s)? lying\\b"), "'somebodys': the word goes on");
        assertNull(Grammar.firstWords("\\b(very )+good\\b"), "a group repeated");
        assertNull(Grammar.firstWords("\\b[a-z]+ owed\\b"), "a class");
    }

    @Test
    void anAlternativeIsTriedOnlyAtWordsItMayStartWithAndTheFirstInOrderWins() {
        Grammar grammar = Words.anyOf("\\b(pay|settle) (it|that)\\b", "\\bpay\\b", "\\b(\\w+ )?in full\\b");
        assertEquals(joined(grammar, "i will pay it in full or pay now"), spans(grammar.find(
                "i will pay it in full or pay now")));
        assertEquals(List.of("7-13", "14-21", "25-28"), spans(grammar.find("i will pay it in full or pay now")));
    }

    @Test
    void everyGrammarFindsWhatItsJoinedPatternFinds() throws Exception {
        Map<String, Grammar> grammars = grammars();
        assertTrue(grammars.size() > 40, grammars.keySet().toString());
        List<String> texts = texts();
        assertTrue(texts.size() > 3_000, texts.size() + " texts");
        int matches = 0;
        for (Map.Entry<String, Grammar> entry : grammars.entrySet()) {
            Grammar grammar = entry.getValue();
            for (String text : texts) {
                List<String> fast = spans(grammar.find(text));
                assertEquals(joined(grammar, text), fast, entry.getKey() + " on \"" + text + "\"");
                matches += fast.size();
            }
        }
        assertTrue(matches > 1_000, matches + " matches compared");
    }

    /** Every grammar held by a class of this package, by class and field. */
    private static Map<String, Grammar> grammars() throws IOException, ReflectiveOperationException {
        Map<String, Grammar> out = new LinkedHashMap<>();
        Path sources = TestAudio.repoRoot().resolve("src/main/java/app/parley/meaning");
        List<Path> files;
        try (Stream<Path> listed = Files.list(sources)) {
            files = listed.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".java", "");
            Class<?> type = Class.forName("app.parley.meaning." + name);
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Grammar.class) {
                    field.setAccessible(true);
                    out.put(name + "." + field.getName(), (Grammar) field.get(null));
                }
            }
        }
        return out;
    }

    /**
     * A twelfth of the corpus's calls: their turns as the recogniser's words, every fifth with each
     * of its partial results (a word at a time), and the words of a turn run into its neighbour's.
     */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(TestAudio.repoRoot().resolve("corpus"))) {
            scripts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        int turn = 0;
        for (int n = 0; n < scripts.size(); n += 12) {
            String before = "";
            for (String line : Files.readAllLines(scripts.get(n))) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                List<String> tokens = Text.tokens(line.substring(colon + 1));
                if (tokens.isEmpty()) {
                    continue;
                }
                String text = String.join(" ", tokens);
                texts.add(text);
                if (turn++ % 5 == 0) {
                    for (int k = 1; k < tokens.size(); k++) {
                        texts.add(String.join(" ", tokens.subList(0, k)));
                    }
                    texts.add(before + " " + text);
                }
                before = text;
            }
        }
        return texts;
    }

    private static List<String> joined(Grammar grammar, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = grammar.pattern().matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return spans(out);
    }

    private static List<String> spans(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
    }
}
