package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readings of posing, work lost and "can't do that" after it, on sentences written by a second reader of round 67. */
class PosingAndWorkLostReadingTest {
    private static String read(Intent intent, String said) {
        return UnderstandingTest.read(intent, said, "en");
    }

    /** Agent sentences that pass as nobody. */
    @ParameterizedTest(name = "posing: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "im the one your attorney spoke with last week about the settlement",
        "let me check with our legal department and ill call you right back",
        "i spoke with the legal department and they approved the settlement",
        "i cant give you legal advice this is lawyer stuff",
        "you might qualify for rental assistance from the county",
        "we got your file from the county back in june",
        "your account was referred to us from the county",
        "once its paid the lien release will come from the county recorder",
        "are you on a payment plan with the county for your property taxes",
        "we are a collection agency working with the county treasurers office",
        "oh nice my sister works with the county too",
        "were a collection agency working with the county general hospital on this bill",
        "calling on behalf of the city water department",
        "is that refund from the department of revenue",
    })
    void posingNotRead(String said) {
        assertEquals("", read(Intent.POSING, said));
    }

    /** Still read as posing. */
    @ParameterizedTest(name = "posing kept: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "im actually one of the firms attorneys",
        "this is attorney stephen cohen calling about your file",
        // acting for the law is a false claim, not a threat (round 88: read as posing, no hostile words)
        "im handling it on behalf of the harlan county court",
        "im calling on behalf of the state attorney general",
        "were working directly with the state department of revenue on this account",
    })
    void posingRead(String said) {
        assertNotEquals("", read(Intent.POSING, said));
    }

    /** Client sentences that tell of no work lost. */
    @ParameterizedTest(name = "income-lost: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "im down to pick up extra shifts if that helps",
        "im heading down to texas for three days next week",
        "im only working two days this week because im on vacation",
        "im working doubles so im only getting like four hours of sleep",
        "i can do friday im only getting paid in three days",
        "im down to my last two days of vacation",
        "were down to the last few days before payday",
        "im only getting two days off for the holidays",
        "my coworker got laid off but they kept me on thank god",
        "i was almost laid off last year but they kept me",
    })
    void incomeLostNotRead(String said) {
        assertEquals("", read(Intent.INCOME_LOST, said));
    }

    /** Work lost, still (or newly) read. */
    @ParameterizedTest(name = "income-lost kept: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "ive been laid off since june",
        "i was laid off in march",
        "hes down to twenty hours a week now",
        "my husband got laid off from the mill",
    })
    void incomeLostRead(String said) {
        assertNotEquals("", read(Intent.INCOME_LOST, said));
    }

    /** "I can't do that" refusing something other than the money. */
    @ParameterizedTest(name = "cannot-pay: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "i got laid off last week and im at the unemployment office i cant do that right now can you call me back this afternoon",
        "i got laid off from trucking and with my back i cant do that no more",
        "my husband got laid off so i cant do that autopay thing",
        "i got laid off so i cant do it online right now i dont have internet",
        "i got laid off but i found a new job so i can do fifty i just cant do that today",
    })
    void cannotPayNotRead(String said) {
        assertEquals("", read(Intent.CANNOT_PAY, said));
    }

    /** Inability still read. */
    @ParameterizedTest(name = "cannot-pay kept: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "no i literally cant pay it friday",
        "i literally cant pay it friday",
        "i truly cant pay it monday im sorry",
        "my hours got cut i really cant do that right now",
        "i got laid off three weeks ago i literally cant do that right now",
    })
    void cannotPayRead(String said) {
        assertNotEquals("", read(Intent.CANNOT_PAY, said));
    }
}
