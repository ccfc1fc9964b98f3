package app.parley.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenDigitsTest {
    /** Each run of digits as its digits, with the words around it. */
    private static String read(String said) {
        List<String> words = Arrays.asList(said.split(" "));
        List<SpokenDigits.Run> runs = SpokenDigits.runs(SpokenDigits.read(words));
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (SpokenDigits.Run run : runs) {
            out.append(String.join(" ", words.subList(i, run.fromWord()))).append(" <").append(run.digits()).append("> ");
            i = run.toWord();
        }
        return (out + String.join(" ", words.subList(i, words.size()))).trim().replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "''{0}'' reads ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "four one one one                     | <4111>",
        "double five triple oh                | <55000>",
        "oh four twenty seven                 | <0427>",
        "zero four twenty seven               | <0427>",
        "forty one eleven                     | <4111>",
        "twenty twenty six                    | <2026>",
        "one twenty five dollars              | <125> dollars",
        "two hundred and forty dollars        | <2> hundred and <40> dollars",
        "five five five to one to for three   | <55521243>",
        "go to the store for two              | go to the store for <2>",
        "four one uh one one                  | <4111>",
        "uh four one                          | uh <41>",
        "oh okay                              | oh okay",
        "it's 4111 1111                       | it's <41111111>",
        "twelve slash twenty six              | <1226>",
        "double trouble                       | double trouble",
        "by the twenty first or the thirty    | by the twenty first or the <30>",
    })
    void digitsAreReadAsPeopleSayThem(String said, String expected) {
        assertEquals(expected, read(said));
    }
}
