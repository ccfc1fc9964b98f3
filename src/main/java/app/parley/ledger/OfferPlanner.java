package app.parley.ledger;

import app.parley.config.ParleyConfig;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The three offers for an undisputed balance, from the policy. Pure. All three start on the
 * deadline (as-of date + {@code pay_in_full_days}); later instalments fall on the same day of
 * the following months. Each instalment is rounded half up to cents and the last one takes
 * the remainder, so the instalments always add up to the offer's total exactly.
 */
final class OfferPlanner {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final ParleyConfig.Offers policy;

    OfferPlanner(ParleyConfig.Offers policy) {
        this.policy = policy;
    }

    /** No offers when nothing undisputed is owed. */
    List<Facts.Offer> offers(Money balance, long oldestDaysPastDue, LocalDate asOf) {
        if (!balance.isPositive()) {
            return List.of();
        }
        LocalDate deadline = asOf.plusDays(policy.payInFullDays());
        return List.of(payInFull(balance, oldestDaysPastDue, deadline), instalments(balance, deadline),
                plan(balance, deadline));
    }

    /** The band covering the days past due; nothing past due has no band and no discount. */
    ParleyConfig.DiscountBand band(long oldestDaysPastDue) {
        for (ParleyConfig.DiscountBand band : policy.discountBands()) {
            if (band.covers(oldestDaysPastDue)) {
                return band;
            }
        }
        return null;
    }

    private Facts.Offer payInFull(Money balance, long oldestDaysPastDue, LocalDate deadline) {
        ParleyConfig.DiscountBand band = band(oldestDaysPastDue);
        BigDecimal offered = band == null ? BigDecimal.ZERO : band.minPct();
        BigDecimal authority = band == null ? BigDecimal.ZERO : band.maxPct();
        Money discount = percentOf(balance, offered);
        Money total = balance.minus(discount);
        return new Facts.Offer("pay_in_full", balance, offered, discount, authority,
                balance.minus(percentOf(balance, authority)), null, null, total,
                List.of(new Facts.Instalment(deadline, total)));
    }

    private Facts.Offer instalments(Money balance, LocalDate deadline) {
        int count = policy.instalments();
        Money each = Money.of(balance.toBigDecimal().divide(BigDecimal.valueOf(count), PRECISION));
        return new Facts.Offer("instalments", balance, null, null, null, null, null, null, balance,
                schedule(deadline, count, each, balance));
    }

    /**
     * An ordinary annuity: with monthly rate r = yearly rate / 12 and n months, the instalment
     * is B·r / (1 − (1 + r)^−n). Each month's interest is rounded to cents on what is still
     * owed; the last instalment pays off the rest with its interest.
     */
    private Facts.Offer plan(Money balance, LocalDate deadline) {
        int months = planMonths(balance);
        BigDecimal rate = policy.planRatePct().divide(HUNDRED, PRECISION).divide(MONTHS_A_YEAR, PRECISION);
        BigDecimal principal = balance.toBigDecimal();
        Money payment;
        if (rate.signum() == 0) {
            payment = Money.of(principal.divide(BigDecimal.valueOf(months), PRECISION));
        } else {
            BigDecimal growth = BigDecimal.ONE.add(rate).pow(months, PRECISION);
            BigDecimal discountFactor = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, PRECISION));
            payment = Money.of(principal.multiply(rate).divide(discountFactor, PRECISION));
        }
        List<Facts.Instalment> instalments = new ArrayList<>();
        Money owed = balance;
        Money total = Money.ZERO;
        for (int month = 0; month < months; month++) {
            Money interest = Money.of(owed.toBigDecimal().multiply(rate));
            Money due = month == months - 1 ? owed.plus(interest) : payment;
            owed = owed.plus(interest).minus(due);
            total = total.plus(due);
            instalments.add(new Facts.Instalment(deadline.plusMonths(month), due));
        }
        return new Facts.Offer("plan", balance, null, null, null, null, policy.planRatePct(), total.minus(balance),
                total, instalments);
    }

    /**
     * Up to {@code plan_months}: as many months as keep each instalment at or above
     * {@code plan_min_instalment}, but always more than the short plan's instalments.
     */
    int planMonths(Money balance) {
        long byMinimum = policy.planMinInstalment().signum() == 0 ? policy.planMonths()
                : balance.toBigDecimal().divide(policy.planMinInstalment(), 0, RoundingMode.FLOOR).longValue();
        return (int) Math.max(policy.instalments() + 1, Math.min(policy.planMonths(), byMinimum));
    }

    private static List<Facts.Instalment> schedule(LocalDate first, int count, Money each, Money total) {
        List<Facts.Instalment> instalments = new ArrayList<>();
        Money left = total;
        for (int i = 0; i < count; i++) {
            Money due = i == count - 1 ? left : each;
            instalments.add(new Facts.Instalment(first.plusMonths(i), due));
            left = left.minus(due);
        }
        return instalments;
    }

    private static Money percentOf(Money amount, BigDecimal percent) {
        return Money.of(amount.toBigDecimal().multiply(percent).divide(HUNDRED, PRECISION));
    }
}
