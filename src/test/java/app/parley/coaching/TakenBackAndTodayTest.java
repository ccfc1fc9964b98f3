package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Days as blind78 and blind79 said them (round 69): a near day taken back for a later one, the working
 * day's end as a time today, a past told after a month or an expectation told of the past, and a day
 * that times a talk rather than a payment.
 */
class TakenBackAndTodayTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector and this is an attempt to collect a debt it is about "
            + "two hundred and sixty dollars";
    /** A Wednesday early in the month: "the end of the month" is more than three weeks away. */
    private static final LocalDate AUGUST_FIFTH = LocalDate.of(2026, 8, 5);

    private static List<String> rules(Object... turns) {
        return Said.rules(EN, AUGUST_FIFTH, turns);
    }

    private static List<String> breaches(Object... turns) {
        return Said.breaches(EN, AUGUST_FIFTH, turns);
    }

    // --- a near day taken back ---------------------------------------------------------------

    @ParameterizedTest(name = "put off: ''{0}''")
    @ValueSource(strings = {
        "okay so i can see that friday wait no fridays the car inspection monday no you know what put me down for the "
                + "end of the month when things calm down",
        "i could do friday actually no put me down for the end of the month",
        "friday hmm no lets say the end of the month",
        "i guess i can do friday oh scratch that make it the end of the month",
    })
    void aNearDayTakenBackForALaterOneIsAPutOff(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, DISCLOSED, C, said), said);
    }

    @ParameterizedTest(name = "no put-off: ''{0}''")
    @ValueSource(strings = {
        // a first payment with the rest later is a plan, whatever comes between
        "i can do fifty on friday and actually the rest at the end of the month",
        // the later day taken back for the near one
        "the end of the month no wait actually friday",
        "end of the month you know what actually lets just do friday",
        // nothing taken back: the near day stands
        "i can do friday the end of the month is when my rent is due",
    })
    void aNearDayThatStandsAnswersTheLaterOne(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    // --- the working day's end is today ------------------------------------------------------

    @Test
    void aPaymentAfterTheShiftOnTheAgreedDayPutsNothingOff() {
        assertEquals(List.of(), rules(A, DISCLOSED, C, "i can pay that this coming tuesday thats payday",
                A, "tuesday the eleventh works the full amount that day",
                C, "yeah the whole thing can i just do it online like after my shift"));
    }

    @ParameterizedTest(name = "today: ''{0}''")
    @ValueSource(strings = {
        "ill take care of it after my shift",
        "ill pay it online when i get off work",
        "i can do it when i get home",
        "ill call in after work and pay the whole thing",
    })
    void theWorkingDaysEndIsLaterToday(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }

    @ParameterizedTest(name = "still a put-off: ''{0}''")
    @ValueSource(strings = {
        "ill take care of it when i get a job",
        "ill pay it after my shift on the thirtieth",
        "ill pay when i get my tax refund",
    })
    void otherEventsStillPutItOff(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, DISCLOSED, C, said), said);
    }

    // --- a past told around a month or a vague time --------------------------------------------

    @ParameterizedTest(name = "past: ''{0}''")
    @ValueSource(strings = {
        "no that cant be right i play that card last like the fill thing in january i remember doing it",
        "oh yeah the thing i figured that one was going to catch up with me at some point",
        "i knew this would catch up with me eventually",
    })
    void whatWasDoneOrExpectedPutsNothingOff(String said) {
        assertEquals(List.of(), Said.coaching(Said.turns(EN, LocalDate.of(2026, 11, 4), 1.0, A, DISCLOSED, C, said))
                .stream().filter(p -> p.kind().equals("urgency")).toList(), said);
    }

    @ParameterizedTest(name = "still a put-off: ''{0}''")
    @ValueSource(strings = {
        "i can pay the full thing in january like i said",
        "ill pay the full thing in january",
        "ill get to it at some point",
        "i figured id pay it at some point",
    })
    void aPromiseStaysAPutOff(String said) {
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.coaching(Said.turns(EN, LocalDate.of(2026, 11, 4),
                1.0, A, DISCLOSED, C, said)).stream().map(p -> p.kind() + "/" + p.rule()).toList(), said);
    }

    // --- a day that times a talk, not a payment ------------------------------------------------

    @Test
    void aNightToTalkItOverIsNoDayToPay() {
        assertEquals(List.of("urgency/client-defers"), rules(A, DISCLOSED, C, "oh thats actually a pretty big drop let "
                + "me talk to my husband tonight and well think it over maybe give you a callback"));
    }

    @ParameterizedTest(name = "a day to pay: ''{0}''")
    @ValueSource(strings = {
        "let me talk to my husband and ill call you back tomorrow",
        "ill talk to him tonight and pay you tomorrow",
        "let me think about it and i can pay on friday",
    })
    void aDayToPayOrCallStillAnswersTheTalk(String said) {
        assertEquals(List.of(), rules(A, DISCLOSED, C, said), said);
    }
}
