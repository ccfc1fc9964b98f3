package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts, options laid out and negation, on words as the recogniser writes them. */
class UnderstandingTest {
    private static List<String> tokens(String said) {
        return Arrays.asList(said.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "three hundred and twenty dollars                  | en | MONEY 32000",
        "two hundred forty dollars and fifty cents         | en | MONEY 24050",
        "i can send fifty bucks                            | en | MONEY 5000",
        "we take ten percent off                           | en | PERCENT 10",
        "fifteen per cent discount                         | en | PERCENT 15",
        "pay it in full today                              | en | FULL_BALANCE 0",
        "trescientos pesos                                 | es | MONEY 30000",
        "diez por ciento                                   | es | PERCENT 10",
        "the third option is six payments                  | en | ''",
    })
    void readsAmounts(String said, String language, String expected) {
        String read = Amounts.find(tokens(said), language).stream().map(a -> a.kind() + " " + a.value())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, read);
    }

    @ParameterizedTest(name = "''{0}'' lays out {2}")
    @CsvSource(delimiter = '|', value = {
        "you have three options                                                          | en | 3",
        "there are two payment options                                                   | en | 2",
        "option one is in full option two is half now option three option four is a plan | en | 4",
        "option one pay in full option to six payments                                   | en | 2",
        "the fifth option is a reduced amount                                            | en | 5",
        "you can pay in full pay in three parts or pay in six parts                      | en | 3",
        "you could do twelve payments or six payments or three payments or two payments or pay in full or settle | en | 6",
        "can you pay by card or bank transfer                                            | en | 2",
        "the balance is six hundred dollars                                              | en | 0",
        "so that is six payments of a hundred dollars starting friday                    | en | 0",
        "tiene tres opciones                                                             | es | 3",
    })
    void countsOptionsLaidOut(String said, String language, int expected) {
        assertEquals(expected, Options.count(tokens(said), language));
    }

    @ParameterizedTest(name = "''{0}'': ''{1}'' negated {2}")
    @CsvSource(delimiter = '|', value = {
        "im not angry                             | angry             | true",
        "we are not taking legal action           | taking legal action | true",
        "if it isnt paid well garnish your wages  | garnish your wages | false",
        "is it isnt paid real varnish your wages  | varnish your wages | false",
        "nobody is going to arrest you            | arrest you        | true",
        "no one is suing you                      | suing you         | true",
        "we will not sue you                      | we will sue you   | true",
        "we wont take your car                    | take your car     | true",
        "if you dont pay we will sue you          | we will sue you   | false",
        "if you dont pay i will call your employer | call your employer | false",
        "we will take legal action                | legal action      | false",
        "i dont care                              | i dont care       | false",
        "no later than friday                     | later             | true",
        "no le vamos a quitar la casa             | quitar la casa    | true",
    })
    void readsNegation(String said, String phrase, boolean expected) {
        List<String> tokens = tokens(said);
        List<String> words = tokens(phrase);
        int from = -1;
        int to = -1;
        for (int i = 0; i + words.size() <= tokens.size() && from < 0; i++) {
            if (tokens.subList(i, i + words.size()).equals(words)) {
                from = i;
                to = i + words.size();
            }
        }
        if (from < 0) { // "we will sue you" found in "we will not sue you", the negation inside
            from = tokens.indexOf(words.get(0));
            to = tokens.lastIndexOf(words.get(words.size() - 1)) + 1;
        }
        assertEquals(expected, Negation.negated(tokens, from, to, Set.copyOf(words), said.contains(" le ") ? "es" : "en"));
    }
}
