package app.parley.ledger;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact amount in cents of the account's currency. In JSON it is a decimal string with two
 * places ({@code "1234.50"}, {@code "-3.00"}), so no client reads it back as a binary float.
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    /** Largest amount a single entry may have: what NUMERIC(15, 2) holds. */
    public static final Money MAX_ENTRY = new Money(999_999_999_999_999L);
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

    /**
     * Parses a plain decimal such as {@code 12}, {@code 12.5} or {@code -12.50}: no sign other
     * than a leading minus, no thousands separators, no exponent, at most two decimals.
     */
    public static Money parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not an amount with at most 2 decimals such as 1234.50: '"
                    + text + "'");
        }
        return new Money(new BigDecimal(text).movePointRight(2).longValueExact());
    }

    /** The amount rounded half up to cents. */
    public static Money of(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @JsonValue
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
