package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parsesPlainDecimalsExactly() {
        assertEquals(1234_50, Money.parse("1234.5").cents());
        assertEquals(1, Money.parse("0.01").cents());
        assertEquals(700, Money.parse("7").cents());
        assertEquals(-300, Money.parse("-3.00").cents());
        assertEquals(Money.MAX_ENTRY, Money.parse("9999999999999.99"));
        // 0.1 + 0.2 is 0.30 exactly, as it is not in binary floating point.
        assertEquals(Money.parse("0.30"), Money.parse("0.1").plus(Money.parse("0.2")));
    }

    @Test
    void rejectsWhatIsNotAPlainAmount() {
        for (String bad : List.of("", "1.234", "1,000.00", "1e3", "$5", "+5", " 5", "5.", ".5", "12345678901234")) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(bad), bad);
        }
    }

    @Test
    void printsTwoDecimalsAndRoundsHalfUp() {
        assertEquals("1234.50", Money.parse("1234.5").toString());
        assertEquals("-0.05", new Money(-5).toString());
        assertEquals("0.00", Money.ZERO.toString());
        assertEquals("2.68", Money.of(new BigDecimal("2.675")).toString());
        assertEquals("33.33", Money.of(new BigDecimal("33.3333")).toString());
    }
}
