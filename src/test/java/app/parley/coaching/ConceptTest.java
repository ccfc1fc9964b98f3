package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptTest {
    private static Concept concept(boolean fuzzy, String... phrases) {
        return new Concept("c", "", List.of(phrases).stream().map(Text::tokens).toList(), fuzzy, "en", false, List.of());
    }

    private static List<String> found(Concept concept, String said) {
        return concept.find(Said.words(said, 0)).stream().map(Concept.Match::text).toList();
    }

    @ParameterizedTest(name = "''{1}'' finds ''{0}'': {2}")
    @CsvSource(delimiter = '|', value = {
        "next month | i will call you back next months | next months",
        "next month | maybe next mouth | ''",
        "police | let me check the policy | ''",
        "cancer | i forgot to cancel | ''",
        "neighbours | your neighbors will see | neighbors",
        "apologise | i apologize | apologize",
        "cancelled | it was canceled | canceled",
        "next month | maybe next moment | ''",
        "can't pay | i cant pay that now | cant pay",
        "can't pay | i can pay that now | ''",
        "cannot pay | i can not pay | ''",
        "thank you for your time | okay thank you for you time | thank you for you time",
        "thank you for your time | thank you for the | ''",
        "friday | by fridays please | fridays",
        "ten | then i will pay | ''",
        "ya pagué | yo ya pague la factura | ya pague",
        "harassing | you are harassing me | harassing",
        "harassing | you harassed me | harassed",
        "that's all i need | okay that's all i need thanks | that's all i need",
        "that's all i need | i need that i need a result | ''",
        "that's all i need | that's all i'm asking | ''",
        "that's all i needed | i need that i need a result | ''",
        // a long phrase of function words holds by its first and last word; one of sense is never missing
        "what do i have to do | okay what do i have to do | what do i have to do",
        "what do i have to do | what would i have to do | what would i have to do",
        "what do i have to do | okay okay what do i have to pay | ''",
        "what options do i have | okay what do i have to pay | ''",
        "what options do i have | what proof do i have | ''",
        "i have it right here | yes i have it here | i have it here",
    })
    void wordsMatchAcrossInflectionAndSpellingButNotAcrossALetter(String phrase, String said, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found(concept(true, phrase), said));
    }

    @Test
    void exactConceptsDoNotBend() {
        assertEquals(List.of(), found(concept(false, "next month"), "next months"));
        assertEquals(List.of("next month"), found(concept(false, "next month"), "so next month"));
    }

    @Test
    void overlappingPhrasesCountOnceAndSeparateOnesTwice() {
        Concept c = concept(true, "call you back", "i will call you back", "later");
        assertEquals(List.of("i will call you back", "later"), found(c, "i will call you back later"));
    }

    @Test
    void matchCarriesTheWordsTimes() {
        Concept.Match m = concept(true, "next month").find(Said.words("pay you next month", 10)).get(0);
        assertEquals(10.6, m.start(), 1e-9);
        assertEquals(11.15, m.end(), 1e-9);
        assertEquals(2, m.from());
        assertEquals(4, m.to());
    }

    @Test
    void normalisationDropsCaseAccentsAndApostrophes() {
        assertEquals(List.of("i", "cant", "pay"), Text.tokens("I CAN'T pay!"));
        assertEquals(List.of("mas", "tarde", "senor"), Text.tokens("¿Más tarde, señor?"));
        assertTrue(Text.tokens("  ...  ").isEmpty());
    }
}
