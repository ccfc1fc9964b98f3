package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind89 said that no reading knew (round 79): the payday the agent asked for is no day put off;
 * "from the business checking on file" says how the client pays; a pet's surgery recognised, "it just
 * fell off the list", tells which bill it is, not a hardship.
 */
class Blind89ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "the three hundred and twelve dollars on your cable account";
    private static final LocalDate DECEMBER_EIGHTH = LocalDate.of(2026, 12, 8);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, DECEMBER_EIGHTH, turns);
    }

    @Test
    void thePaydayTheAgentAskedForPutsNothingOff() {
        assertEquals(List.of(), Said.ofKind("urgency", rules(A, DISCLOSED, C, "i get paid friday i could do a hundred friday",
                A, "a hundred on friday the eleventh is a good start and the other two hundred and twelve could that come "
                        + "out of your next paycheck",
                C, "we get paid early for christmas the twenty fourth yeah okay the twenty fourth")));
    }

    @Test
    void elDiaDePagaQuePidioElAsesorNoAplazaNada() {
        RuleBook es = RuleBook.builtIn("es");
        String disclosed = "le llamo de un despacho de cobranza por cuenta de cablemax por su adeudo de tres mil pesos";
        assertEquals(List.of(), Said.ofKind("urgency", Said.rules(es, DECEMBER_EIGHTH, A, disclosed,
                C, "le puedo dar mil el viernes", A, "mil el viernes once esta bien y los dos mil restantes los puede dar de "
                        + "su proxima quincena",
                C, "me pagan el veinticuatro si el veinticuatro")));
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", Said.rules(es, DECEMBER_EIGHTH,
                A, disclosed, C, "le puedo dar mil el viernes", A, "mil el viernes once esta bien",
                C, "y los dos mil restantes en febrero")));
    }

    @Test
    void aLaterDayForTheRestUnaskedIsStillPutOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", rules(A, DISCLOSED,
                C, "i could do a hundred friday", A, "a hundred on friday the eleventh is a good start",
                C, "and the other two hundred and twelve in february")));
    }

    @Test
    void theBusinessCheckingOnFileIsAChannel() {
        assertEquals(List.of(), Said.ofKind("next-step", rules(A, DISCLOSED, C, "half today half monday",
                A, "yes from the business checking on file one thousand and eighty today and one thousand and eighty on "
                        + "monday december twenty first",
                C, "do it and send me something in writing",
                A, "you will have an email within the hour thanks good luck with the lunch rush")));
    }

    @Test
    void withNoWayToPayTheCloseStillPrompts() {
        assertEquals(List.of("next-step/closing-without-agreement"), Said.ofKind("next-step", rules(A, DISCLOSED,
                C, "half today half monday",
                A, "one thousand and eighty today and one thousand and eighty on monday december twenty first",
                C, "do it and send me something in writing",
                A, "you will have an email within the hour thanks good luck with the lunch rush")));
    }

    @Test
    void aPetsSurgeryRecognisedThatFellOffTheListIsNoHardship() {
        assertEquals(List.of(), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh biscuits surgery yeah hes fine now back to eating socks like nothing happened i meant to pay that "
                        + "its just kinda fell off the list")));
    }

    @Test
    void offWorkSinceStillIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", rules(A, DISCLOSED,
                C, "oh biscuits surgery yeah and im off since then")));
    }
}
