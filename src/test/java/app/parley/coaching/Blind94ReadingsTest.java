package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind94 said that no reading knew (round 84): "after my program" is an hour of the day, not
 * a time put off; "bye Gloria, I'm calling about your balance" is a greeting misheard, no goodbye;
 * "no, that's paid … a statement from the hospital that says zero balance", "I've never had a card
 * in my life" dispute; "I'm hanging up and calling a lawyer" leaves.
 */
class Blind94ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the three hundred and eighty dollars on the auto loan";
    private static final LocalDate NOVEMBER_THIRTIETH = LocalDate.of(2026, 11, 30);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, NOVEMBER_THIRTIETH, turns);
    }

    @Test
    void afterMyProgramIsAnHourOfTheDay() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "my social security comes on the third that thursday i can take care of it then",
                A, "ill call you thursday morning at ten and well take the three eighty by bank card does ten suit you",
                C, "yes thats fine after my program you sweet girl")));
    }

    @Test
    void afterMyTaxRefundIsStillPutOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "ill take care of it after my tax refund")));
    }

    @Test
    void byeOpeningALongTurnIsAGreetingMisheard() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(
                A, "bye gloria im calling about your balance of three hundred and twelve dollars with riverside imaging "
                        + "for the mri back in september")));
    }

    @Test
    void byeOpeningAShortTurnStillCloses() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "ill think about it", A, "bye now mister walker")));
    }

    @Test
    void thatsPaidAndAStatementSayingZeroBalanceDispute() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "i got a statement from the hospital that says zero balance")));
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "no thats paid my insurance handled it")));
    }

    @Test
    void paidMonthlyIsNoDispute() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, "no thats paid monthly by my son")));
    }

    @Test
    void neverHadACardInMyLifeDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "ive never had a store card in my life i couldnt tell you where they even are")));
    }

    @Test
    void hangingUpAndCallingALawyerLeaves() {
        assertEquals(List.of("next-step/client-leaving-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "im hanging up and calling a lawyer")));
    }
}
