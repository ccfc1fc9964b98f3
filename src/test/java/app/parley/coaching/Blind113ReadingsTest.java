package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind113 and compliance-blind37 said that no reading knew (round 103): the agent owning the client's anger
 * before "I'm not going to argue with you"; the day to pay not known ("I just don't know when yet"); a late fee
 * waived as the recogniser hears it ("the forty dollar lately"); plans counted past the rights stated ("dispute it
 * or ask us to verify") and past "monthly payments of three fifty" heard "or"; nothing "to do with" the client's
 * truck is no lack of money; and lists closed by "or anyone else".
 */
class Blind113ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 2, 4);
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "four hundred and twelve dollars";

    @Test
    void notArguingAfterOwningTheAngerIsNoContempt() {
        assertEquals(List.of(), Said.ofKind("emotional-control", EN, DAY, A, DISCLOSED,
                C, "you people are bloodsuckers every last one of you",
                A, "i hear you and i am not going to argue with you getting these calls is aggravating"));
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, DAY,
                A, DISCLOSED, C, "that amount is wrong",
                A, "sir the amount is the amount im not gonna sit here and argue about it"));
    }

    @Test
    void aDayToPayNotKnownPutsItOff() {
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                C, "i know im going to pay it i just dont know when yet"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                C, "i dont know when that bill came in but ill pay it friday"));
    }

    @Test
    void aLateFeeWaivedAsHeardIsAnOffer() {
        assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                C, "that was my old place",
                A, "if youd rather close it out i can waive the forty dollar lately so itd be three seventy"));
    }

    @Test
    void plansAreCountedPastTheRightsAndTheSizeOfMonthlyPayments() {
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED + " and you have the right to dispute it "
                + "or ask us to verify it if youd like to resolve it i can offer a settlement at three thousand if its "
                + "paid by next tuesday or monthly payments or three hundred and fifty starting this friday"));
        assertEquals(List.of("options/too-many-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED
                + " you can pay it in full settle for three hundred do monthly payments of fifty or weekly payments "
                + "of fifteen"));
    }

    @Test
    void nothingToDoWithTheClientIsNoLackOfMoney() {
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "are you threatening me that truck is paid off and its got nothing to do with you"));
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "i got nothing till the end of the month"));
    }

    @Test
    void aListClosedByAnyoneElseIsNoAlternative() {
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED
                + " we dont contact your landlord your employer or anyone else about this heres what i can offer "
                + "pay by monday and the cleaning charge is dropped or three fifty five this friday and three fifty "
                + "five on december fourth or three payments of about two thirty seven"));
    }
}
