package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import app.parley.meaning.Options;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind119 said that no reading knew (round 112): "after the holiday" puts it off as "after the holidays" does,
 * and neither "with the Fourth and everything" (what makes now hard) nor "everyone's coming over tomorrow" (a day of
 * others' doing) is a near day the client names; "there are three: you could …" announces three choices; "sure you
 * didn't, everybody's memory gets real bad" and "if people actually read their contracts" are contempt; "my disability
 * pay started this month" tells what has happened, no day put off.
 */
class Blind119ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "three hundred and twelve dollars";

    @Test
    void afterTheHolidayWithTheHolidayAsTheReason() {
        LocalDate july = LocalDate.of(2026, 7, 2);
        for (String said : List.of("can i just deal with it after the holiday",
                "oh okay honestly with the fourth and everything can i just deal with it after the holiday like mid july")) {
            assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, july, A, DISCLOSED,
                    C, said), said);
        }
        assertEquals(List.of(), Said.ofKind("urgency", EN, july, A, DISCLOSED, C, "i can pay it on the fourth"));
    }

    @Test
    void aDayOfOthersDoingHoldsNoPutOff() {
        LocalDate november = LocalDate.of(2026, 11, 25);
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, november, A, DISCLOSED,
                C, "can we do this after thanksgiving like sometime in december everyones coming over tomorrow"));
        assertEquals(List.of(), Said.ofKind("urgency", EN, november, A, DISCLOSED,
                C, "i get paid tomorrow so i can do it then"));
    }

    @Test
    void aCountAnnouncedWithItsNounLeftOut() {
        assertEquals(3, Options.count(Arrays.asList(("there are three you could settle the past due amount for two "
                + "thousand you could go on rehabilitation planet two hundred a month or you could pay six hundred now "
                + "and go on a smaller plan after that").split(" ")), "en"));
        assertEquals(0, Options.count(Arrays.asList("there are three payments left".split(" ")), "en"));
    }

    @Test
    void disbeliefAndBlameByWhatPeopleFailToDo() {
        LocalDate march = LocalDate.of(2026, 3, 17);
        for (String said : List.of("sure you didnt everybodys memory get real bad when a collector calls",
                "honestly if people actually read their contracts they wouldnt be so surprised by these things")) {
            assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, march,
                    A, DISCLOSED, C, "i paid that off in december", A, said), said);
        }
        for (String said : List.of("im sure you didnt mean to miss it lets set it up",
                "sure you dont have to pay it all today we can split it into two payments",
                "sorry my memory gets bad late in the day what were the last four again")) {
            assertEquals(List.of(), Said.ofKind("emotional-control", EN, march, A, DISCLOSED,
                    C, "i forgot to pay it", A, said), said);
        }
    }

    @Test
    void whatStartedThisMonthIsNoDayPutOff() {
        LocalDate may = LocalDate.of(2026, 5, 22);
        assertEquals(List.of(), Said.ofKind("urgency", EN, may, A, DISCLOSED,
                A, "you can pay the three hundred by friday or we can do seventy five a month starting tuesday",
                C, "yeah seventy five i can manage my disability pay started this month"));
    }
}
