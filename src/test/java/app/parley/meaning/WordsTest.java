package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final List<String> TEXTS = List.of(
            "you owe the balance from april",
            "i don't owe anything it's past due they said",
            "the outstanding balance was paid",
            "rebalance nothing owed", // words that only end like one of the alternatives
            "bar foo barfoo foobar",
            "");

    /** The matches of {@code alternatives} joined as they are, token range by token range. */
    private static List<String> joined(List<String> tokens, String... alternatives) {
        String text = String.join(" ", tokens);
        Matcher m = Pattern.compile(String.join("|", alternatives)).matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            if (m.end() > m.start()) {
                // the tokens the match starts and ends in: spaces before them
                int from = (int) text.substring(0, m.start()).chars().filter(c -> c == ' ').count();
                int to = (int) text.substring(0, m.end() - 1).chars().filter(c -> c == ' ').count() + 1;
                spans.add(new int[] {from, to});
            }
        }
        return render(spans);
    }

    private static List<String> render(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    @Test
    void alternativesThatStartAtAWordBoundaryMatchAsTheyDidJoined() {
        String[] alternatives = {"\\b(balance|owe|owed)\\b", "\\bpast due\\b", "\\boutstanding (balance|bill)\\b",
            "\\bfoo"};
        assertEquals("\\b(?:(balance|owe|owed)\\b|past due\\b|outstanding (balance|bill)\\b|foo)",
                Words.anyOf(alternatives).pattern().pattern());
        for (String text : TEXTS) {
            assertEquals(joined(tokens(text), alternatives), render(Words.matches(tokens(text),
                    Words.anyOf(alternatives))), text);
        }
    }

    @Test
    void anAlternativeThatIsItselfAlternativesOrStartsElsewhereIsJoinedAsItIs() {
        String[][] cases = {{"\\bfoo|bar", "\\bpast due\\b"}, {"\\bowe\\b", "bar"}, {"\\b[|]x", "\\b(a|b)c"}};
        assertEquals("\\bfoo|bar|\\bpast due\\b", Words.anyOf(cases[0]).pattern().pattern());
        assertEquals("\\bowe\\b|bar", Words.anyOf(cases[1]).pattern().pattern());
        assertEquals("\\b(?:[|]x|(a|b)c)", Words.anyOf(cases[2]).pattern().pattern()); // bars in a class or a group
        for (String[] alternatives : cases) {
            for (String text : TEXTS) {
                assertEquals(joined(tokens(text), alternatives), render(Words.matches(tokens(text),
                        Words.anyOf(alternatives))), text);
            }
        }
    }
}
