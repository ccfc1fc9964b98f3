package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.parley.config.ParleyConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfferPlannerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    private final ParleyConfig.Offers defaults = Fixtures.DEFAULTS.offers();

    @ParameterizedTest(name = "{0} days past due: {1}-{2} %")
    @CsvSource({"1, 0, 5", "30, 0, 5", "31, 5, 10", "90, 5, 10", "91, 10, 20", "180, 10, 20", "181, 15, 30",
            "4000, 15, 30"})
    void theBandIsPickedByTheOldestDaysPastDueEdgesIncluded(long days, String min, String max) {
        Facts.Offer full = new OfferPlanner(defaults).offers(Money.parse("1000"), days, AS_OF).get(0);
        assertEquals(new BigDecimal(min), full.discountPct());
        assertEquals(new BigDecimal(max), full.authorityPct());
        // min % of 1000 is 10 x min.
        assertEquals(Money.of(new BigDecimal(1000).subtract(BigDecimal.TEN.multiply(new BigDecimal(min)))), full.total(),
                "1000 less " + min + " %");
    }

    @Test
    void nothingPastDueHasNoBandAndNoDiscount() {
        OfferPlanner planner = new OfferPlanner(defaults);
        assertNull(planner.band(0));
        Facts.Offer full = planner.offers(Money.parse("99.99"), 0, AS_OF).get(0);
        assertEquals(BigDecimal.ZERO, full.discountPct());
        assertEquals(Money.parse("99.99"), full.total());
        assertEquals(Money.parse("99.99"), full.authorityTotal());
    }

    @Test
    void nothingOwedHasNoOffers() {
        assertEquals(List.of(), new OfferPlanner(defaults).offers(Money.ZERO, 40, AS_OF));
        assertEquals(List.of(), new OfferPlanner(defaults).offers(Money.parse("-5"), 40, AS_OF));
    }

    @ParameterizedTest(name = "{0} -> {1} months")
    @CsvSource({"10.00, 4", "100.00, 4", "124.99, 4", "125.00, 5", "200.00, 8", "300.00, 12", "100000.00, 12"})
    void thePlanIsAsLongAsTheSmallestInstalmentAllowsWithinItsBounds(String balance, int months) {
        OfferPlanner planner = new OfferPlanner(defaults);
        assertEquals(months, planner.planMonths(Money.parse(balance)));
        assertEquals(months, planner.offers(Money.parse(balance), 10, AS_OF).get(2).instalments().size());
    }

    @Test
    void withoutInterestThePlanSplitsTheBalanceAndTheLastInstalmentTakesTheRemainder() {
        ParleyConfig.Offers free = new ParleyConfig.Offers(defaults.discountBands(), 7, 2, 6, BigDecimal.ZERO,
                new BigDecimal("1.00"));
        List<Facts.Offer> offers = new OfferPlanner(free).offers(Money.parse("100.00"), 10, AS_OF);
        // 100 / 2 = 50 each; 100 / 6 = 16.666 -> 16.67 x 5 = 83.35, the last 16.65.
        assertEquals(List.of(new Facts.Instalment(LocalDate.of(2026, 2, 7), Money.parse("50.00")),
                new Facts.Instalment(LocalDate.of(2026, 3, 7), Money.parse("50.00"))), offers.get(1).instalments());
        Facts.Offer plan = offers.get(2);
        assertEquals(List.of("16.67", "16.67", "16.67", "16.67", "16.67", "16.65"),
                plan.instalments().stream().map(i -> i.amount().toString()).toList());
        assertEquals(Money.ZERO, plan.interest());
        assertEquals(Money.parse("100.00"), plan.total());
        // Month ends stay month ends as far as the calendar allows: 02-07, 03-07, ... from the deadline.
        assertEquals(LocalDate.of(2026, 7, 7), plan.instalments().get(5).dueOn());
    }

    @Test
    void aDeadlineOnTheLastDayOfAMonthKeepsToTheCalendar() {
        ParleyConfig.Offers policy = new ParleyConfig.Offers(defaults.discountBands(), 0, 3, 12,
                new BigDecimal("5"), new BigDecimal("25.00"));
        Facts.Offer instalments = new OfferPlanner(policy).offers(Money.parse("90.00"), 10, AS_OF).get(1);
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31)),
                instalments.instalments().stream().map(Facts.Instalment::dueOn).toList());
    }
}
