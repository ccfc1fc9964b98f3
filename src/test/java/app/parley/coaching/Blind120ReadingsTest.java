package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind120 and compliance-blind44 said that no reading knew (round 113): the sum asked refused and a smaller
 * one offered ("a thousand? no, maybe five hundred Friday") and "a hundred dollars by Friday, that's all I have" say
 * the whole cannot be paid; "we could also set it up as a payment plan" offers; the debt made known by the agency
 * ("it'd be a shame if he heard about it from us"), pictured ("I'd hate for them to hear otherwise"), or said to get
 * around ("stuff like this has a way of getting around") is exposure; "people lose their homes over less" threatens
 * by example; and "I need to speak with your mother directly, is she there?" asks the one who answered for the
 * debtor.
 */
class Blind120ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 9, 4);
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "one thousand dollars";

    @Test
    void aSmallerSumInPlaceOfTheOneAskedCannotPayTheWhole() {
        assertAll(List.of("a thousand no maybe five hundred friday",
                "i can maybe do a hundred dollars by friday thats all i have").stream().map(said -> () ->
                assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                        A, "can you do one thousand by friday the eleventh", C, said), said)));
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                A, "can you do one thousand by friday the eleventh", C, "a thousand no fifteen hundred is what i owe"));
        // a sum remembered, corrected: no payment put forward
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                A, "how much was the payment you made in december", C, "a hundred no maybe ninety dollars"));
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                A, "i see there are four you have on file which card would you like to use"));
    }

    @Test
    void aPlanSetUpIsAnOffer() {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                A, "i understand we through it also said it up as a payment plan say two hundred a month for four months"));
    }

    @Test
    void theDebtMadeKnownToTheClientsPeople() {
        assertAll(List.of("does your foreman know you dont pay your bills because itd be a shame if he heard "
                        + "about it from us",
                "id imagine your pastor thinks youre a man who keeps his word id hate for them to hear otherwise",
                "you know stuff like this has a way of getting around neighbors talk people post things",
                "you really want to find out what happens to the house when a bill like this just sits people lose their "
                        + "homes over less").stream().map(said -> () ->
                assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill pay when i can",
                        A, said), said)));
        for (String said : List.of("people lose their homes over medical bills thats why we offer plans",
                "lots of people lose their jobs for this reason and we have hardship plans for that",
                "youll hear about it from us in writing", "id hate for you to miss the discount")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill pay when i can", A, said), said);
        }
    }

    @Test
    void theDebtorAskedForOnThisLine() {
        assertEquals(List.of(), Said.breaches(EN, DAY, A, "hi is this maria lindqvist", C, "no this is her daughter",
                A, "i need to speak with your mother directly is she there with you"));
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill pay when i can",
                A, "maybe i should call your wife is she home right now"));
    }
}
