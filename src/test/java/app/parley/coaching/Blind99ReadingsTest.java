package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind99 said that no reading knew (round 89): "after I survive Black Friday at the store"
 * names the day after Thanksgiving, not this Friday; "when I get home, whenever that ends up being"
 * names no day; an offer put "if that helps" is put on the table; "he passed, you know, just before
 * Thanksgiving" is a death; "not with the furnace man coming this month" is why the client can't,
 * not a day put off; "can't just throw two twenty four at it" and "I cannot [pay] this, four
 * thousand" cannot pay, "since the day I drove [heard "don't have"] it off the lot" and "I can't
 * believe that five hundred dollar fee" do not; "get through the holidays first" gives the put-off
 * time; "I'd have to look at the books" puts it off; "salary comes" heard "salary cancer" is no illness.
 */
class Blind99ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate NOVEMBER_NINETEENTH = LocalDate.of(2026, 11, 19);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt its from iron "
            + "peak fitness two hundred and thirty six dollars";

    @Test
    void blackFridayIsNoNearFriday() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", Said.rules(EN, NOVEMBER_NINETEENTH,
                A, DISCLOSED, C, "okay ill pay its just not right now after thanksgiving after i survive black friday at "
                        + "the store")));
    }

    private static List<String> on(LocalDate day, Object... turns) {
        return Said.rules(EN, day, turns);
    }

    private static final LocalDate JANUARY_FOURTEENTH = LocalDate.of(2026, 1, 14);
    private static final String PHARMACY = "im a debt collector and this call is about a debt its for hillcrest pharmacy "
            + "three hundred and eighteen dollars and forty cents";

    @Test
    void homeWheneverThatEndsUpBeingNamesNoDay() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", on(JANUARY_FOURTEENTH,
                A, PHARMACY, C, "lord knows where dispatch sends me ill square it up when i get home whenever that ends up "
                        + "being")));
        assertEquals(List.of(), Said.ofKind("urgency", on(JANUARY_FOURTEENTH, A, PHARMACY,
                C, "ill square it up when i get home")));
    }

    @Test
    void anOfferPutIfThatHelpsIsOnTheTable() {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", on(JANUARY_FOURTEENTH,
                A, PHARMACY, C, "yeah", A, "i understand youre on the road so split it into two payments of about a "
                        + "hundred and fifty nine if that helps", C, "two payments huh")));
        assertEquals(List.of(), Said.ofKind("urgency", on(JANUARY_FOURTEENTH, A, PHARMACY, C, "yeah",
                A, "i understand youre on the road so split it into two payments of about a hundred and fifty nine",
                C, "two payments huh")));
    }

    private static final LocalDate FEBRUARY_THIRD = LocalDate.of(2026, 2, 3);
    private static final String URGENT_CARE = "this is an attempt to collect a debt its about a bill from quickcare "
            + "urgent care two hundred and ninety five dollars";

    @Test
    void hePassedJustBeforeThanksgivingIsADeath() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", on(FEBRUARY_THIRD, A, URGENT_CARE,
                C, "oh dear that would be from when harold had his fall he passed you know just before thanksgiving")));
        assertEquals(List.of(), Said.ofKind("empathy", on(FEBRUARY_THIRD, A, URGENT_CARE,
                C, "my son he passed the bar last year so he helps me with the mail")));
    }

    @Test
    void aThingComingThisMonthIsWhyNotWhen() {
        List<String> raised = on(FEBRUARY_THIRD, A, URGENT_CARE,
                C, "well i cant pay all of that at once honey not with the furnace man coming this month");
        assertEquals(List.of(), Said.ofKind("urgency", raised));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", raised));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", on(FEBRUARY_THIRD, A, URGENT_CARE,
                C, "ill pay with my card next month")));
        // the payment as the thing that comes is the deadline, the agent's as much as the client's
        assertEquals(List.of(), Said.ofKind("urgency", on(FEBRUARY_THIRD, A, URGENT_CARE, C, "okay",
                A, "we could split it into two payments of one forty seven fifty with the first payment due friday")));
    }

    private static final LocalDate APRIL_EIGHTH = LocalDate.of(2026, 4, 8);
    private static final String SOLAR = "were a debt collection agency and this call is about a debt its two months of "
            + "your lease with brightfield solar two hundred and twenty four dollars";

    @Test
    void aSumThatCantBeThrownAtItCannotBePaid() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", on(APRIL_EIGHTH, A, SOLAR,
                C, "i guess that parts mine but i cant just throw two twenty four at it right now we just paid the movers")));
        assertEquals(List.of(), Said.ofKind("options", on(APRIL_EIGHTH, A, SOLAR,
                C, "i cant throw it away i guess its mine")));
    }

    @Test
    void aSumAfterAVerbLostCannotBePaidButOneBelievedIsNot() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", on(APRIL_EIGHTH, A, SOLAR,
                C, "four thousand is so much the insurance they pay nothing i cannot a this four thousand no")));
        assertEquals(List.of(), Said.ofKind("options", on(APRIL_EIGHTH, A, SOLAR,
                C, "i cant believe that five hundred dollar fee they put on it")));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", on(APRIL_EIGHTH, A, SOLAR,
                C, "i cant make two hundred dollars this month")));
        assertEquals(List.of(), Said.ofKind("options", on(APRIL_EIGHTH, A, SOLAR,
                C, "that transmissions been slipping since the day i dont have it off the lot")));
    }

    @Test
    void getThroughTheHolidaysFirstGivesThePutOffTime() {
        assertEquals(List.of("firmness/time-given-to-a-put-off"), Said.ofKind("firmness", on(NOVEMBER_NINETEENTH,
                A, DISCLOSED, C, "okay ill pay it just not right now after thanksgiving",
                A, "yeah honestly thats fine get through the holidays first")));
    }

    @Test
    void theBooksLookedAtFirstPutItOff() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", on(APRIL_EIGHTH, A, SOLAR,
                C, "id have to look at the books june does the books")));
    }

    @Test
    void aSalaryComingHeardAsCancerIsNoIllness() {
        assertEquals(List.of(), Said.ofKind("empathy", on(APRIL_EIGHTH, A, SOLAR,
                C, "yes my husbands salary cancer the i send from the bank the transfer")));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", on(APRIL_EIGHTH, A, SOLAR,
                C, "my husband has cancer and i cant work right now")));
    }

    @Test
    void fridayAloneIsStillNear() {
        assertEquals(List.of(), Said.ofKind("urgency", Said.rules(EN, NOVEMBER_NINETEENTH,
                A, DISCLOSED, C, "okay i can pay it friday")));
    }
}
