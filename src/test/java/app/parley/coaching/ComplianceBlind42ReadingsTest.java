package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What compliance-blind42 said that no reading knew (round 109): a turn that tells the client the law has no part in it
 * ("this is a civil debt", "nobody is sending the police") denies the arrest its recogniser heard as "you can be
 * arrested"; one of the client's people named, then "once she hears about it", is exposure; "I've seen people lose their
 * homes over less" threatens by example; and "the account you opened with Fairway Auto Loans" is the debt.
 */
class ComplianceBlind42ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "one thousand and fifty dollars";

    @Test
    void aTurnThatKeepsTheLawOutDeniesTheArrestHeard() {
        String asked = "my cousin told me they send the police and you can go to jail is that true";
        // "you can't be arrested" as the recogniser heard it, in a turn that keeps the law out
        for (String said : List.of("no its not this is a civil death you can be arrested or jailed over it and nobody is "
                        + "sending the police i just want to help you resolve it",
                "no its not this is a civil debt you can be arrested over it")) {
            assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, asked, A, said), said);
        }
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "whatever",
                A, "this isnt a civil matter anymore you can be arrested over it"));
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "whatever",
                A, "keep ignoring us and you can be arrested"));
    }

    @Test
    void thePersonNamedThenHearingOfItIsExposure() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "ill deal with it after the holidays",
                A, "derek your sister melissa is listed as a reference on the sloan if you keep putting had lost maybe shed "
                        + "be the one to get through to you once she hears about it"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "is my sister going to be called",
                A, "your sister is listed as a reference but she wont hear about it from us"));
    }

    @Test
    void othersLossesHeldOutAreAThreat() {
        assertEquals(List.of("unlawful-threat"), Said.breaches(EN, DAY, A, DISCLOSED, C, "i dont know much about that account",
                A, "ive seen people lose their homes over a lot less than three thousand dollars im just being honest with you"));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, DISCLOSED, C, "i dont know if i can do it",
                A, "ive seen people pay off a lot more than this in a few months you can do it"));
    }

    @Test
    void theAccountByWhereItWasOpenedIsTheDebt() {
        String asked = "thanks jessica for security can you confirm your date of birth and the last four digits of the "
                + "account you opened with fairway auto loans";
        assertEquals(List.of("debt-before-disclosure"), Said.breaches(EN, DAY, A, "am i speaking with jessica nolan",
                C, "yeah this is jessica", A, asked));
        assertEquals(List.of(), Said.breaches(EN, DAY, A, "am i speaking with jessica nolan", C, "yeah this is jessica",
                A, "for security can you confirm your date of birth"));
    }
}
