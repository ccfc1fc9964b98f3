package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind112 said that no reading knew (round 101): a deferral wished away ("I don't want to keep thinking about
 * it", the negation reaching past "keep"); the workplace shut ("they shut down the stamping line at the plant");
 * the address denied ("I have never lived in Dayton"); and the client's word belittled ("frankly, your promises
 * aren't worth much around here").
 */
class Blind112ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final String DISCLOSED = "im a debt collector calling about a debt whats left is eight hundred and "
            + "fifteen dollars";

    @Test
    void aDeferralWishedAwayPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                C, "okay yeah i just want it done honestly i dont want to keep thinking about it"));
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", EN, DAY, A, DISCLOSED,
                C, "ill keep thinking about it"));
    }

    @Test
    void theWorkplaceShutIsAHardship() {
        for (String said : List.of("yeah well they shut down the stamping line at the plant in april twenty two years",
                "they closed the plant in april")) {
            assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED, C, said), said);
        }
        for (String said : List.of("they closed the store at six so i couldnt pay there", "if they close the plant im done")) {
            assertEquals(List.of(), Said.ofKind("empathy", EN, DAY, A, DISCLOSED, C, said), said);
        }
    }

    @Test
    void theAddressDeniedIsADispute() {
        assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, DAY, A, DISCLOSED,
                C, "i have never lived in dayton i am in columbus georgia eleven years now"));
        assertEquals(List.of(), Said.ofKind("dispute", EN, DAY, A, DISCLOSED, C, "ive never lived on my own before"));
    }

    @Test
    void theClientsWordBelittledIsHostile() {
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, DAY,
                A, DISCLOSED, C, "after christmas ill start paying on it i promise",
                A, "thats what you told the last guy frankly your promises are not worth much around here"));
        assertEquals(List.of(), Said.ofKind("emotional-control", EN, DAY, A, DISCLOSED, C, "ill pay friday i promise",
                A, "your word is worth a lot to us so lets put a date on it"));
    }
}
