package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.coaching.Text;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {
    /** Numbers as their value (an ordinal with a dot), words as they are. */
    private static String read(String said, String language) {
        return SpokenNumbers.read(Text.tokens(said), language).stream()
                .map(i -> i.isNumber() ? i.value() + (i.ordinal() ? "." : "") : i.word())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{1}: ''{0}'' reads ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "eight hundred and ten dollars    | en | 810 dollars",
        "twenty five hundred              | en | 2500",
        "two thousand five hundred fifty  | en | 2550",
        "a hundred bucks                  | en | 100 bucks",
        "wait a second                    | en | wait a 2.",
        "one two three                    | en | 1 2 3",
        "twenty five sixty eight          | en | 25 68",
        "five and six                     | en | 5 6",
        "the twenty first of march        | en | the 21. of march",
        "pay 285 by the 15th              | en | pay 285 by the 15.",
        "nineteen ninety nine             | en | 19 99",
        "ochocientos diez pesos           | es | 810 pesos",
        "dos mil quinientos               | es | 2500",
        "trescientos cuarenta y cinco     | es | 345",
        "mil doscientos                   | es | 1200",
        "el veintiún de marzo             | es | el 21 de marzo",
        "treinta y ya                     | es | 30 y ya",
        "el primero de abril              | es | el 1. de abril",
    })
    void readsNumbersAsTheRecogniserWritesThem(String said, String language, String expected) {
        assertEquals(expected, read(said, language));
    }
}
