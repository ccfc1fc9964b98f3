package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading of a costly breakdown, or a repair or bill that took the client's pay (round 91). */
class BreakdownReadingTest {
    @ParameterizedTest(name = "breakdown: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "the transmission went out last week|en",
        "my car broke down on the way to work|en",
        "our furnace just died in the middle of january|en",
        "the water heater burst and flooded the basement|en",
        "the shop took basically my whole check|en",
        "the vet bill ate up my entire paycheck|en",
        "that repair wiped out my savings|en",
        "se me descompuso el carro la semana pasada|es",
    })
    void read(String said, String language) {
        assertNotEquals("", UnderstandingTest.read(Intent.BREAKDOWN, said, language));
    }

    @ParameterizedTest(name = "no breakdown: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "if the car breaks down again ill take the bus",
        "the power went out for a second",
        "sorry my phone died",
        "my car didnt break down it just needed gas",
        "i can have it taken out of my whole check if thats easier",
        "do you want to take your whole check or half",
        "yeah the tow after my car died on the highway ive been meaning to deal with that",
    })
    void notRead(String said) {
        assertEquals("", UnderstandingTest.read(Intent.BREAKDOWN, said, "en"));
    }
}
