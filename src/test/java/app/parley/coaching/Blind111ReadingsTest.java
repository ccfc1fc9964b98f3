package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind111 said that no reading knew (round 100): the client among many let go ("they let about forty of
 * us go"), said in January "right before Christmas" (the one just gone); a client worn down by the calls in
 * other words ("oh, you again!", "I can't be picking up the phone every two hours"); "no, I paid the ER in April";
 * the hospital as the business paid, no illness; a way to pay told of as it went before ("I thought I'd moved
 * the autopay over"), no channel agreed; and, for compliance, someone of the client's called "to let him know",
 * a tow truck had out for the car.
 */
class Blind111ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 14);
    private static final String DISCLOSED = "im a debt collector and im calling about a debt the past due balance on "
            + "your electric account is five hundred and twelve dollars";

    @Test
    void theClientAmongManyLetGoIsAHardshipOfTheChristmasJustGone() {
        for (String said : List.of("they let about forty of us go at the distribution center right before christmas",
                "they laid off about forty of us right before christmas", "they let half of us go")) {
            assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, JANUARY, A, DISCLOSED, C, said),
                    said);
            assertEquals(List.of(), Said.ofKind("urgency", EN, JANUARY, A, DISCLOSED, C, said), said);
        }
        assertEquals(List.of(), Said.ofKind("empathy", EN, JANUARY, A, DISCLOSED,
                C, "they let about forty people go at the plant but not me"));
        // in December the Christmas to come is still a day put off
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, LocalDate.of(2026, 11, 2),
                A, DISCLOSED + " can you pay it today", C, "i can pay it right before christmas"));
    }

    @Test
    void aClientWornDownByTheCallsInOtherWordsIsAngry() {
        for (String said : List.of("oh you again thats the fourth call this week",
                "i cant be picking up the phone every two hours for you people")) {
            assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", EN, JANUARY, A, DISCLOSED, C, said), said);
        }
        assertEquals(List.of(), Said.ofKind("empathy", EN, JANUARY, A, DISCLOSED, C, "okay thank you again for calling"));
    }

    @Test
    void theBalanceDeniedThenPaidOnAMonthIsDisputed() {
        for (String said : List.of("no i paid that i paid the er in april over the phone with my card",
                "no i pay the that i paid the are in april over the sound with my cards")) {
            assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, JANUARY, A, DISCLOSED, C, said),
                    said);
        }
        assertEquals(List.of(), Said.ofKind("dispute", EN, JANUARY, A, DISCLOSED,
                C, "no i paid the rent in april so im short"));
    }

    @Test
    void theHospitalPaidIsNoIllness() {
        assertEquals(List.of(), Said.ofKind("empathy", EN, JANUARY, A, DISCLOSED,
                C, "just use the same card i paid the hospital with"));
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, JANUARY, A, DISCLOSED,
                C, "my husband is in the hospital since monday"));
    }

    @Test
    void aWayToPayToldOfAsItWentBeforeIsNoChannelAgreed() {
        String story = "i switched banks in september and i thought id moved the auto pay over but then the new "
                + "account had a different number";
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", EN, JANUARY,
                A, "good morning is this denise carter", C, "yes this is denise", A, DISCLOSED, C, story,
                A, "you can pay the five twelve by friday or settle for four fifty by monday", C, "i can do friday",
                A, "five twelve friday that works okay thats it then have a good day"));
        assertEquals(List.of(), Said.ofKind("next-step", EN, JANUARY,
                A, "good morning is this denise carter", C, "yes this is denise", A, DISCLOSED, C, "i can do friday",
                A, "five twelve friday by auto pay from your checking that works have a good day"));
    }

    @Test
    void someoneOfTheClientsCalledToBeToldIsAThreat() {
        for (String said : List.of("ill be calling your boss at the nursery to let him know whats going on",
                "ill be calling your dogs at a nursery to let him know whats going on",
                "if we dont see something by monday ill have a tow truck out there for that corolla")) {
            assertEquals(List.of("unlawful-threat"), Said.breaches(EN, JANUARY, A, DISCLOSED, C, "yeah i know", A, said),
                    said);
        }
        for (String said : List.of("well call your bank to let them know the payment is coming",
                "ill be calling your cell tomorrow to let you know it went through")) {
            assertEquals(List.of(), Said.breaches(EN, JANUARY, A, DISCLOSED, C, "yeah i know", A, said), said);
        }
    }
}
