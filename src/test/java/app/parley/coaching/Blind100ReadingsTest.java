package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind100 said that no reading knew (round 89): "the middle of December" is the month's middle,
 * now when said on the sixteenth; "Christmas around the corner" is why the client can't, not
 * a day put off; "I can't put anything towards that" cannot pay; "[they cut] my shifts after the
 * holidays, now I'm only working three days" tells the last holidays; "she just walk[ed] in" hands the
 * phone over and "this is the house phone" (heard "the house son") hands it back to no one; "that
 * stretch must have been tough" acknowledges; "I'm [heard "in"] the attorney of record" poses as a lawyer.
 */
class Blind100ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DECEMBER_SIXTEENTH = LocalDate.of(2026, 12, 16);
    private static final String STORE_CARD = "im a debt collector and this is an attempt to collect a debt its about "
            + "your marlows department store card the balance is eight hundred and thirty dollars";

    private static List<String> on(LocalDate day, Object... turns) {
        return Said.rules(EN, day, turns);
    }

    @Test
    void theMiddleOfThisMonthAndChristmasAroundTheCornerPutNothingOff() {
        List<String> raised = on(DECEMBER_SIXTEENTH, A, STORE_CARD, C, "look its the middle of december ive got three "
                + "kids and christmas around the corner i cant put anything towards that right now");
        assertEquals(List.of(), Said.ofKind("urgency", raised));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", raised));
        assertEquals(List.of(), Said.ofKind("urgency", on(DECEMBER_SIXTEENTH, A, STORE_CARD,
                C, "i can pay it in the middle of december")));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", on(DECEMBER_SIXTEENTH,
                A, STORE_CARD, C, "i can pay it in the middle of january")));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", on(DECEMBER_SIXTEENTH,
                A, STORE_CARD, C, "ill pay after christmas")));
        // a day to pay by stays one however near it draws
        assertEquals(List.of(), Said.ofKind("urgency", on(DECEMBER_SIXTEENTH, A, STORE_CARD, C, "okay",
                A, "we could settle it for six hundred and friday is right around the corner")));
    }

    @Test
    void anythingPutInWritingIsNoPayment() {
        assertEquals(List.of(), Said.ofKind("options", on(DECEMBER_SIXTEENTH, A, STORE_CARD,
                C, "i cant put anything in writing without my lawyer")));
    }

    private static final LocalDate FEBRUARY_NINTH = LocalDate.of(2026, 2, 9);
    private static final String LOAN = "im a debt collector and this call is an attempt to collect a debt the balance on "
            + "the personal loan is one thousand two hundred and forty dollars";

    @Test
    void theHolidaysSetAgainstNowAreTheLastOnes() {
        assertEquals(List.of(), Said.ofKind("urgency", on(FEBRUARY_NINTH, A, LOAN, C, "yes i know the restaurant that my "
                + "shifts after the holidays now im only working three days i want to pay it but its hard")));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", on(FEBRUARY_NINTH, A, LOAN,
                C, "ill pay it after the holidays now that i think of it")));
    }

    private static final LocalDate AUGUST_THIRTY_FIRST = LocalDate.of(2026, 8, 31);

    @Test
    void theOneCalledForWalkingInIsOnTheLineUntilTheCallEnds() {
        Object[] call = {A, "hi im trying to reach kayla moreno",
                C, "shes not here right now im her roommate want me to take a message",
                A, "sure this is victor from oakmont collections tell her she still owes eleven hundred dollars",
                C, "okay oh wait she just walk in kayla phone for you hello this is",
                A, "hi kayla im a debt collector and this is an attempt to collect a debt its the balance from sunset ridge",
                C, "the two payments five fifty friday i can do can you email me the link this is the house son",
                A, "sure five fifty on friday the fourth and if those dates dont work out dont stress about it just pay it "
                        + "whenever you can",
                C, "oh okay thanks"};
        assertEquals(List.of("debt-told-to-third-party"), Said.breaches(EN, AUGUST_THIRTY_FIRST, call));
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", on(AUGUST_THIRTY_FIRST, call)));
    }

    private static final LocalDate NOVEMBER_TWENTIETH = LocalDate.of(2026, 11, 20);
    private static final String WATER = "im a debt collector and this is an attempt to collect a debt its about a "
            + "riverside municipal water account with a balance of two hundred and eighty seven dollars";

    @Test
    void theAttorneyOfRecordHeardAfterInPosesAsALawyer() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, NOVEMBER_TWENTIETH, A, WATER,
                C, "i havent lived there since the spring",
                A, "so i should let you know in the attorney of record on this account so any dispute comes through me"));
        assertEquals(List.of(), Said.breaches(EN, NOVEMBER_TWENTIETH, A, WATER,
                C, "i havent lived there since the spring",
                A, "you can mail the proof to us or drop it in the attorneys office downtown"));
    }

    private static final LocalDate MAY_NINETEENTH = LocalDate.of(2026, 5, 19);
    private static final String QUICKLINE = "this is an attempt to collect a debt the balance on the quickline personal "
            + "loan is one thousand four hundred and six dollars";

    @Test
    void aStretchThatMustHaveBeenToughIsAcknowledged() {
        assertEquals(List.of(), Said.ofKind("empathy", on(MAY_NINETEENTH, A, QUICKLINE,
                C, "yeah i fell behind when they cut my hours im back on full time now though",
                A, "oh that stretch must have been tough")));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", on(MAY_NINETEENTH, A, QUICKLINE,
                C, "yeah i fell behind when they cut my hours im back on full time now though",
                A, "okay so about the balance then")));
    }
}
