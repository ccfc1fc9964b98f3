package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import app.parley.meaning.Options;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind118 said that no reading knew (round 110): "one hundred sixty do" is a sum ending in two, no fourth
 * choice; "by the the eighth" is a day; "I'll get caught up, just not right this second" puts it off; "where do I
 * even go from here, what are people in my position able to do" asks for choices; "I have had it with all of you"
 * and "you people hound me" are anger; "whenever the two of you have talked it over" gives the day away, while
 * "whenever you have it in front of you" waits for a routing number; "no, that's not right, I paid ninety of that"
 * disputes the balance.
 */
class Blind118ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "nine hundred and twelve dollars";
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 17);

    private static int options(String said) {
        return Options.count(Arrays.asList(said.split(" ")), "en");
    }

    @Test
    void aTwoHeardDoAfterTensEndsTheSum() {
        assertEquals(3, options("won if you cant pay six hundred by this friday well treat the account that settle do "
                + "you can split the sell balance and half four hundred fifty six on friday and the rest on april oliver "
                + "or three the monthly plan on one hundred sixty do with the first payment this friday which are those "
                + "fits best"));
        assertEquals(3, options("you can pay the six hundred by friday or do a plan of sixty a month or do three "
                + "payments of two hundred"));
    }

    @Test
    void anArticleHeardTwiceStillLeadsToTheDay() {
        LocalDate september = LocalDate.of(2026, 9, 3);
        assertEquals(List.of(), Said.ofKind("urgency", EN, september, A, DISCLOSED,
                A, "you can pay the full four twenty by the the eight or we set up the plan of one forty a month"));
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, september, A, DISCLOSED,
                A, "you can pay the full four twenty or we set up the plan of one forty a month"));
    }

    @Test
    void catchingUpNotRightThisSecondPutsItOff() {
        LocalDate january = LocalDate.of(2027, 1, 26);
        assertEquals(List.of("urgency/client-promises-without-a-day"), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                C, "yeah i know ill get caught up i always do"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                C, "yeah i know just not right this second"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                C, "ill get caught up on friday when i get paid"));
    }

    @Test
    void askingWhatOthersInTheSamePlaceDo() {
        for (String said : List.of("so with a number like that where do i even go from here",
                "what are people in my position usually able to do", "what do most people do")) {
            assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, MARCH, A, DISCLOSED,
                    C, said), said);
        }
    }

    @Test
    void hadItAndHoundedAreAnger() {
        for (String said : List.of("and now he sets the collection agency on me i have had it with all of you",
                "you people hound me at work you hound me at home")) {
            assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", EN, MARCH, A, DISCLOSED, C, said), said);
        }
        for (String said : List.of("i had it with me at the store but the card was declined",
                "yeah i had it with you guys on autopay last year")) {
            assertEquals(List.of(), Said.ofKind("empathy", EN, MARCH, A, DISCLOSED, C, said), said);
        }
    }

    @Test
    void theDayLeftToTheClientsTalksIsGivenAway() {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", EN, MARCH, A, DISCLOSED,
                C, "ill need to go over it with my partner",
                A, "sure thats fine whenever the two of you have had the chance to talk it over give us a call back"));
        assertEquals(List.of(), Said.ofKind("firmness", EN, MARCH, A, DISCLOSED,
                C, "checking account please",
                A, "go ahead with the routing number whenever you have it in front of you"));
    }

    @Test
    void aPartPaidDisputesTheBalance() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, MARCH, A, DISCLOSED,
                C, "no thats not right i paid ninety dollars of that in person at the town office in december"));
        assertEquals(List.of(), Said.ofKind("dispute", EN, MARCH, A, DISCLOSED,
                C, "no thats not right i said friday not monday"));
    }
}
