package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind115 and compliance-blind39 said that no reading knew (round 105): a season under way told of ("the
 * heating this winter") and a stretch gone through ("out sick most of the month") are no days to pay; "when would the
 * first one come out?" (heard "when was the first one come out") asks; tips for one turn are one interruption, not two, under max_per_minute; disbelief thrown
 * back ("sure you did"), "don't take that tone with me", "so fast your head spins" and "I don't have to listen to
 * this"; five choices opened by their verbs with no word of choice before them; pneumonia and being "out sick" are
 * illness; and a span the agent offered ("half next week") taken up.
 */
class Blind115ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "three hundred and sixty dollars";

    @Test
    void aSeasonUnderWayAndAStretchGoneThroughAreNoDaysToPay() {
        LocalDate january = LocalDate.of(2026, 1, 27);
        assertEquals(List.of(), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                C, "truth is between the heating this winter and my hours getting cut back things have been pretty lean"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                C, "i can pay it off this winter"));
        LocalDate october = LocalDate.of(2026, 10, 21);
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, october, A, DISCLOSED,
                C, "ive been out sick most of the month i had pneumonia so i fell behind on everything"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, october, A, DISCLOSED,
                C, "ive been out sick most of the month i had pneumonia so i fell behind on everything"));
    }

    @Test
    void whenTheFirstOneComesOutIsAQuestion() {
        LocalDate january = LocalDate.of(2026, 1, 27);
        assertEquals(List.of(), Said.ofKind("urgency", EN, january, A, DISCLOSED + " three payments of one twenty "
                        + "the first by friday or pay it all by friday or two of one eighty by friday",
                C, "three of one twenty i could probably swing that when was the first one come out"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, january, A, DISCLOSED,
                C, "ill pay it when i can"));
    }

    @Test
    void tipsForOneTurnAreOneInterruption() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, LocalDate.of(2026, 6, 2),
                A, DISCLOSED,
                C, "i cant pay anything right now i had surgery on my back and ive been off work six weeks",
                A, "the balance is still due what can you put down today",
                C, "wow did you even hear what i just said i had surgery",
                A, "im sorry three options until monday the eighth pay eight hundred once two payments of four eighty "
                        + "or a plan at eighty a month",
                C, "the eighty a month but id want to start when my disability check comes in at the end of the month"));
    }

    @Test
    void disbeliefAndTheClientsAnswersToItAreHeard() {
        LocalDate may = LocalDate.of(2026, 5, 4);
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, may,
                A, DISCLOSED, C, "thats been paid i paid it off back in march",
                A, "sure you did if youd actually paid it i wouldnt be wasting my morning on you would i"));
        for (String said : List.of("dont take that tone with me pal im not going to be called a liar",
                "you call my job and ill have a lawyer on you so fast your head spins",
                "pathetic are you serious i dont have to listen to this im hanging up")) {
            assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", EN, may, A, DISCLOSED, C, said), said);
        }
    }

    @Test
    void fiveChoicesOpenedByTheirVerbsAreTooMany() {
        LocalDate july = LocalDate.of(2026, 7, 16);
        assertEquals(List.of("options/too-many-options"), Said.ofKind("options", EN, july, A, DISCLOSED
                + " heres everything all good through wednesday the twenty second pay the full seven eighty pay half now "
                + "and half in two weeks pay one month now and tack the other onto the end of the loan do four payments "
                + "of one ninety five or pay a hundred now and we review it in thirty days"));
        assertEquals(List.of(), Said.ofKind("options", EN, july, A, DISCLOSED + " lets just settle it you can pay the "
                + "four hundred and seventy five by monday pay four hundred even if its in by monday or make three "
                + "payments of about one hundred and sixty the first one on monday"));
    }

    @Test
    void aSpanTheAgentOfferedIsTakenUp() {
        LocalDate october = LocalDate.of(2026, 10, 21);
        assertEquals(List.of(), Said.ofKind("urgency", EN, october, A, DISCLOSED, C, "okay",
                A, "you can pay the full amount pay half now and half next week or do four weekly payments of fifty five "
                        + "as long as you pick one by friday",
                C, "ill do half now and half next week"));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, october, A, DISCLOSED,
                C, "okay", A, "can you pay the full amount by friday", C, "ill do half now and half next week"));
    }

    @Test
    void thePeopleNamedAsTheOtherWayToSettleIsAThreat() {
        LocalDate may = LocalDate.of(2026, 5, 28);
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, may, A, DISCLOSED, C, "ill pay it when i can",
                A, "heres the thing you work at bellamy logistics right their hr office is on my contact sheet and id "
                        + "much rather settle this with you than with them"));
        assertEquals(List.of(), Said.breaches(EN, may, A, DISCLOSED, C, "ill pay it when i can",
                A, "heres the thing the clinic wants it back and id much rather settle this with you than send it "
                        + "back to them"));
    }
}
