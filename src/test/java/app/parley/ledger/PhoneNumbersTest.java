package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ParleyConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    private final PhoneNumbers northAmerica = new PhoneNumbers(new ParleyConfig.Phone("1", "011", "1"));
    private final PhoneNumbers britain = new PhoneNumbers(new ParleyConfig.Phone("44", "00", "0"));

    @Test
    void commonNorthAmericanFormatsAreOneNumber() {
        for (String written : List.of("+1 (555) 010-0101", "+15550100101", "555-010-0101", "(555) 010-0101",
                "555.010.0101", "1-555-010-0101", "15550100101", "5550100101", "+1 555 010 0101 x 23",
                "555-010-0101 ext. 7", "011 1 555 010 0101", " +1\u00a0555\u00a0010\u00a00101 ")) {
            assertEquals("+15550100101", northAmerica.normalize(written), written);
        }
        assertEquals("+442079460000", northAmerica.normalize("011 44 20 7946 0000"));
        assertEquals("+442079460000", northAmerica.normalize("+44 (0)20 7946 0000"));
    }

    @Test
    void anotherCountrysConventionsAreConfigured() {
        for (String written : List.of("020 7946 0000", "+44 20 7946 0000", "+44 (0)20 7946 0000", "0044 20 7946 0000",
                "2079460000")) {
            assertEquals("+442079460000", britain.normalize(written), written);
        }
        assertEquals("+15550100101", britain.normalize("00 1 555 010 0101"));
    }

    @Test
    void whatIsNotANumberIsRejectedWithTheReason() {
        assertTrue(northAmerica.normalize("+1 555 0100") != null);
        List<String> bad = List.of("", "   ", "call me", "555-O10-0101", "+1 555", "+1 555 010 0101 0101 01",
                "+0 555 010 0101", "5+55");
        for (String written : bad) {
            PhoneNumbers.InvalidPhoneException e = assertThrows(PhoneNumbers.InvalidPhoneException.class,
                    () -> northAmerica.normalize(written), written);
            assertTrue(e.getMessage().contains("phone number"), e.getMessage());
        }
    }
}
