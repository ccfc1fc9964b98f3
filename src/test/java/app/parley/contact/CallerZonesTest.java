package app.parley.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time zones from phone numbers, through libphonenumber's data. */
class CallerZonesTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "+1 212 555 0100     | US | America/New_York",
        "(310) 555-0100      | US | America/Los_Angeles",
        "+1 312 555 0100     | US | America/Chicago",
        "+52 55 1234 5678    | MX | America/Mexico_City",
        "not a number        | US | ''",
        "''                  | US | ''",
    })
    void zonesOfANumber(String phone, String region, String expected) {
        List<ZoneId> zones = new CallerZones(region).of(phone);
        assertEquals(expected == null || expected.isEmpty() ? List.of() : List.of(ZoneId.of(expected)), zones);
    }

    @org.junit.jupiter.api.Test
    void aMadeUpAreaCodeSaysNothingOfWhere() {
        List<ZoneId> zones = new CallerZones("US").of("+1 555 010 0202");
        assertTrue(zones.size() != 1, "no single zone for a made-up area code: " + zones);
    }
}
