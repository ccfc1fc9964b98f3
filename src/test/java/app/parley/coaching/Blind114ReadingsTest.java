package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind114 said that no reading knew (round 104): "maybe the week after" is one more week on, not this week; a day
 * the agent mails papers is no deadline on the offer said with it, and "a plan at one fifty a month" no time of day;
 * "so we can settle this" settles nothing for a sum, while "the charge drops to the late fee if you return it" does;
 * "on unpaid leave till August" and "the MRI in the spring" are no days to pay; "soon as the money hits" after the
 * client named the payday waits for that day; "from my checking" is a way to pay; and contempt for the agent's job
 * said calmly is anger.
 */
class Blind114ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "five hundred and eighty dollars";

    @Test
    void theWeekAfterIsOneMoreWeekOn() {
        LocalDate tuesday = LocalDate.of(2026, 2, 24);
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                C, "yeah i know im gonna catch it up probably the end of next week maybe the week after"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                C, "i can pay it the week after next"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                C, "i can pay it this week maybe friday"));
        // counted from the day that follows, and gone by: no day put off (blind107's lx03)
        assertEquals(List.of(), Said.ofKind("urgency", EN, LocalDate.of(2026, 1, 12), A, DISCLOSED,
                C, "look the warehouse shut down the week before christmas ive been putting in applications every day"));
    }

    @Test
    void aDayThePapersAreMailedIsNoDeadline() {
        LocalDate thursday = LocalDate.of(2026, 10, 22);
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, thursday, A, DISCLOSED,
                C, "i just need to know the number is right",
                A, "thats fair ill mail you the auction notice and the itemized breakdown today and we can set you up "
                        + "on a plan at one fifty a month"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, thursday, A, DISCLOSED,
                C, "i just need to know the number is right",
                A, "thats fair ill mail you the breakdown and we can set you up on a plan at one fifty a month with "
                        + "the first one by friday"));
    }

    @Test
    void settlingTheMatterIsNoOfferButAChargeBroughtDownIs() {
        LocalDate tuesday = LocalDate.of(2026, 5, 5);
        assertEquals(List.of(), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                C, "you people have called me four times this week",
                A, "i hear you and im sorry about the calls can you give me two minutes now so we can settle this "
                        + "and the calls stop"));
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, tuesday, A, DISCLOSED,
                C, "the router its sitting in my hall closet",
                A, "if you return it to any fiberlink store the charge drops to just the thirty five dollar late fee"));
    }

    @Test
    void leaveUntilADayAndABillNamedByItsTimeAreNoDaysToPay() {
        assertEquals(List.of(), Said.ofKind("urgency", EN, LocalDate.of(2026, 7, 21), A, DISCLOSED,
                C, "look my wife and i just had a baby two weeks ago and im on unpaid leave till august"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, LocalDate.of(2026, 7, 21),
                A, DISCLOSED, C, "can you leave it till august"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, LocalDate.of(2026, 9, 2), A, DISCLOSED,
                C, "saint agnes right thatll be the mri in the spring go on"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, LocalDate.of(2026, 9, 2),
                A, DISCLOSED, C, "itll be the rest in the spring"));
    }

    @Test
    void theMoneyHittingOnThePaydayNamedPutsNothingOff() {
        LocalDate thursday = LocalDate.of(2026, 12, 10);
        assertEquals(List.of(), Said.ofKind("urgency", EN, thursday, A, DISCLOSED,
                C, "i get my paycheck on the fifteenth could i do it then",
                A, "tuesday the fifteenth works how would you like to pay",
                C, "website ill do it soon as the money hits"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, thursday, A, DISCLOSED,
                C, "could i do it on the fifteenth",
                A, "tuesday the fifteenth works how would you like to pay",
                C, "website ill do it soon as the money hits"));
    }

    @Test
    void fromMyCheckingIsAWayToPay() {
        LocalDate monday = LocalDate.of(2025, 12, 29);
        assertEquals(List.of(), Said.ofKind("next-step", EN, monday, A, "im a debt collector and this is an attempt to "
                        + "collect a debt your december payment of three hundred and twelve dollars is past due",
                C, "i can pay it on friday the second",
                A, "friday the second works three hundred and twelve dollars how would you like to pay",
                C, "can you just pull it from my checking like normal",
                A, "i can set that up three hundred and twelve on friday january second ill send you a confirmation",
                C, "perfect happy new year"));
    }

    @Test
    void contemptForTheAgentsJobIsAnger() {
        LocalDate tuesday = LocalDate.of(2026, 10, 6);
        assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", EN, tuesday, A, DISCLOSED,
                C, "you know ive always wondered what kind of person takes this job calling folks at dinnertime to "
                        + "squeeze them for a couple hundred bucks must be nice"));
        assertEquals(List.of(), Said.ofKind("empathy", EN, tuesday, A, DISCLOSED,
                C, "what kind of payment plans do you have"));
    }
}
