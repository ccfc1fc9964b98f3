package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What blind84 said that no reading knew (round 74): a smaller sum offered in place of the balance,
 * and the creditor's word passed on ("the shop has agreed to take five hundred instead of the full
 * six forty"); a payment asked about, not told ("if I paid it, does my score go up?"); "no, no, I
 * pay that off" answering the balance; and belittling by what most people manage to figure out.
 */
class Blind84ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "six hundred and forty dollars";
    private static final LocalDate NOVEMBER_TWELFTH = LocalDate.of(2026, 11, 12);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, NOVEMBER_TWELFTH, turns);
    }

    // --- a smaller sum in place of the balance --------------------------------------------------------

    @ParameterizedTest(name = "offer: ''{0}''")
    @ValueSource(strings = {
        "the shop has agreed to take five hundred dollars instead of the full six forty and that will close the account",
        "all i can do is take off the late fees so you pay just the original ninety dollar ticket instead of one sixty five",
    })
    void aSmallerSumInPlaceOfTheBalanceIsAnOffer(String said) {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "okay yeah i remember getting a letter about it", A, said)), said);
    }

    @Test
    void withADayItNeedsNone() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED, C, "okay yeah i remember getting a letter about it",
                A, "the shop has agreed to take five hundred dollars instead of the full six forty if its paid by friday")));
    }

    // --- a payment asked about, and one told ----------------------------------------------------------

    @Test
    void aPaymentAskedAboutDisputesNothing() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "okay but if i paid it does my score go up")));
    }

    @Test
    void noIPayThatOffDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "no no i pay that off i took my guitar back the same week the whole thing interest and all")));
    }

    @Test
    void aHabitOfPayingDisputesNothing() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "no i pay that off every month i just missed this one")));
    }

    // --- belittling by what most people manage --------------------------------------------------------

    @Test
    void whatMostPeopleManageToFigureOutBelittles() {
        assertTrue(rules(A, DISCLOSED, C, "i honestly cant do it all at once right now",
                A, "well its a deposit its not complicated most people manage to figure that part out")
                .contains("emotional-control/agent-hostile-words"));
    }
}
