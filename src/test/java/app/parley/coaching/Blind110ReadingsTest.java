package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind110 said that no reading knew (round 99): the agent thanking the client for the whole
 * sum ("thank you, Samuel, that's great"), which says the client's "I can't pay the whole thing
 * today" was the recogniser's "I can"; and "zero income" told. Then (round 100) a day that is every
 * year's season ("in winter there's hardly any work") or when something opens ("the season doesn't
 * open until December"), which put no payment off; and a program applied for after three plans ("… or you
 * can apply for the county's hardship reduction"), a fourth choice; round 101: "I can't do all five sixty this
 * week", all of a sum refused as "the whole" of it was.
 */
class Blind110ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final String DISCLOSED = "im a debt collector calling about a debt the past due balance is one "
            + "hundred and eighty seven dollars";

    @Test
    void thanksForTheWholeSumTakeItUpAsAPayment() {
        for (String answer : List.of("thank you samuel thats great so one hundred and eighty seven dollars today",
                "and you samuel thats great so one hundred and eighty seven dollars today", "thats great lets do it")) {
            assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                    C, "no its right its mine i cant pay the whole thing today", A, answer), answer);
        }
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "no its right its mine i cant pay the whole thing today", A, "okay thats a lot i know"));
    }

    @Test
    void zeroIncomeIsAHardship() {
        assertEquals(List.of("empathy/client-hardship"), Said.ofKind("empathy", EN, DAY, A, DISCLOSED,
                C, "someone rear ended me on september the twenty second and i had zero income that whole time"));
    }

    @Test
    void aSeasonAsEveryYearsPutsNoPaymentOff() {
        for (String said : List.of("look i paint houses and in winter theres hardly any work",
                "in the summer its always slow for us", "in winter there is no work for painters")) {
            assertEquals(List.of(), putOff(said), said);
        }
        for (String said : List.of("i can pay in the winter", "in the spring i will pay it off",
                "next summer theres my bonus so then")) {
            assertEquals(List.of("urgency/client-names-a-later-day"), putOff(said), said);
        }
    }

    @Test
    void whatDoesNotOpenUntilADayPutsNoPaymentOff() {
        for (String said : List.of("i run the lifts at eagle ridge and the season doesnt open until december",
                "the plant doesnt reopen till january")) {
            assertEquals(List.of(), putOff(said), said);
        }
        for (String said : List.of("i dont start until december", "not until december when the season opens",
                "my payments dont start until december")) {
            assertEquals(List.of("urgency/client-names-a-later-day"), putOff(said), said);
        }
    }

    @Test
    void aProgramAppliedForAfterThreePlansIsAFourthChoice() {
        String heard = "you have several choices each starting by monday the seventh two payments of three hundred and "
                + "six three payments of two hundred and four six payments of one hundred and two or you can apply for "
                + "the countys ambulance hardship reduction";
        assertEquals(List.of("options/too-many-options"), tooMany(heard));
        assertEquals(List.of(), tooMany(heard.replace(" or you can apply for the countys ambulance hardship reduction", "")));
        for (String three : List.of("you can pay in full or three payments of two hundred or apply for a hardship plan",
                "you could do three payments of two hundred or six payments of one hundred and youll need to apply for it")) {
            assertEquals(List.of(), tooMany(three), three);
        }
    }

    /** The urgency prompts on the client's answer to "can you pay it today?". */
    private static List<String> putOff(String said) {
        return Said.ofKind("urgency", EN, DAY, A, DISCLOSED + " can you pay it today", C, said);
    }

    private static List<String> tooMany(String agentSays) {
        return Said.ofKind("options", EN, DAY, A, DISCLOSED, C, "i cant pay six hundred right now", A, agentSays).stream()
                .filter(p -> p.equals("options/too-many-options")).toList();
    }

    @Test
    void allOfASumRefusedCannotPayTheBalance() {
        assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, DAY, A, DISCLOSED,
                C, "i cant do all one eighty seven this week"));
        assertEquals(List.of(), Said.ofKind("options", EN, DAY, A, DISCLOSED, C, "i can pay all one eighty seven friday"));
    }
}
