package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind109 said that no reading knew (round 98): the client's word doubted by the agent
 * ("either you're confused or somebody is not telling the truth"), and a flood told by what it
 * took ("the creek flooded our yard").
 */
class Blind109ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt the balance "
            + "is one hundred and twenty dollars";

    @Test
    void theClientsWordDoubtedIsContempt() {
        for (String said : List.of("well our system says you didnt so either youre confused or somebody is not telling the truth",
                "youre clearly confused", "one of us is lying")) {
            assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, DAY,
                    A, DISCLOSED, C, "no thats paid i paid that in full", A, said), said);
        }
        for (String said : List.of("youre confused about the dates let me explain", "if somebody isnt telling the truth its the bank")) {
            assertEquals(List.of(), Said.ofKind("emotional-control", EN, DAY,
                    A, DISCLOSED, C, "no thats paid i paid that in full", A, said), said);
        }
    }

    @Test
    void aFloodToldByWhatItTookIsAHardship() {
        for (String said : List.of("yeah the creek flooded our yard on january thirtieth", "my basement flooded last month")) {
            assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED, C, said), said);
        }
        assertEquals(List.of(), Said.ofKind("empathy", EN, DAY, A, DISCLOSED, C, "you flooded my phone with calls all week"));
    }
}
