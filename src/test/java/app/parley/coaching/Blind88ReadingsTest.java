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
 * What blind88 said that no reading knew (round 78): a list heard "you can't pay … or … or …"; "no
 * pressure on the date, whenever the deposit lands" gives the day away; "I paid them over the phone
 * last Tuesday" disputes; "I can pay it Friday" heard "can't pay it's Friday"; a disability check is
 * income, not a hardship; "she passed a couple of weeks after"; "can you let me finish" is anger; "when he
 * moved out" is a time, not the one called for gone; "I've gotta grab my son, bye" leaves.
 */
class Blind88ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the two hundred and forty dollars for your lab work";
    private static final LocalDate DECEMBER_FOURTEENTH = LocalDate.of(2026, 12, 14);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, DECEMBER_FOURTEENTH, turns);
    }

    @Test
    void aListHeardYouCantPayIsFramedOptions() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED, C, "yeah that was when i had pneumonia",
                A, "lets find something that fits you cant pay the two forty by monday the twenty first or eighty by friday "
                        + "and eighty each of the next two weeks or a hundred and twenty by friday and the rest by new years day",
                C, "the lump sum is not happening not this month the eighty one i can do")));
    }

    @Test
    void noPressureOnTheDateGivesItAway() {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED, C, "the eighty one i can do",
                A, "oh totally no pressure on the date whenever the deposit lands is fine")));
    }

    @Test
    void paidOverThePhoneLastTuesdayDisputes() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", rules(A, DISCLOSED,
                C, "no thats been taken care of i paid happy hollow over the phone last tuesday the eighth")));
    }

    @Test
    void payingOverThePhoneAskedAboutDisputesNothing() {
        assertEquals(List.of(), Said.ofKind("dispute", rules(A, DISCLOSED, C, "if i paid over the phone would that count")));
    }

    @Test
    void canPayItFridayHeardCantIsNoInability() {
        assertEquals(List.of(), Said.ofKind("options", rules(A, DISCLOSED, C, "okay fair enough i cant pay its friday")));
    }

    @ParameterizedTest(name = "income: ''{0}''")
    @ValueSource(strings = {
        "well im not dragging it into next month my disability check is wednesday ill pay the whole thing wednesday",
        "my disability deposit hits on the first",
    })
    void aDisabilityCheckIsIncome(String said) {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED, C, said)), said);
    }

    @Test
    void onDisabilitySinceTheAccidentIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "ive been on disability since the accident")));
    }

    @Test
    void shePassedAfterIsABereavement() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "august that would have been when they took her into saint lukes she passed a couple of weeks after")));
    }

    @Test
    void letMeFinishIsAnger() {
        assertEquals(List.of("empathy/client-angry"), rules(A, DISCLOSED,
                C, "can you let me finish one sentence im trying to pay you and youre just steamrolling me"));
    }

    @Test
    void whenHeMovedOutIsATimeNotTheDebtorGone() {
        assertEquals(List.of("firmness/soft-ask"), Said.ofKind("firmness", rules(A, DISCLOSED,
                C, "that guitar was my sons he left it here when he moved out to tucson so ill get to this after the holidays",
                A, "oh sure thats fine honestly whenever you get around to it theres no rush on our end")));
    }

    @Test
    void heMovedOutStillSaysTheDebtorIsGone() {
        // the roommate's "he moved out" still makes the debt told to them a breach
        assertTrue(Said.breaches(EN, DECEMBER_FOURTEENTH, A, "may i speak with john", C, "oh he moved out last year",
                A, "he owes two hundred and forty dollars on his lab bill").contains("debt-told-to-third-party"));
    }

    @Test
    void grabbingMySonByeLeaves() {
        assertEquals(List.of("next-step/client-leaving-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "oh thats so nice thank you okay the bus is filling and ive gotta grab my son bye")));
    }

    @Test
    void grabbingMySonLaterIsNoGoodbye() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "ive gotta grab my son from school at three so can we do this quick")));
    }
}
