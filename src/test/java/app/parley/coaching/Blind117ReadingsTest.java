package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.call.Speaker;
import app.parley.meaning.Options;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What blind117 said that no reading knew (round 108): "what else is there" and "what do you want from me" ask for
 * choices; an ultimatum ("either the seven forty shows up or we send a truck") frames none; "do for payments" is four
 * payments and "you don't pay the nine sixty" an alternative all the same; Easter is a day; "I'm going to need a
 * couple of weeks" and "let me call you once I land something" put it off; dropping the client's payment down and
 * waiving the late fees are offers; "never heard that one before" is sarcasm, "who do you think you're talking to"
 * and "wow, real nice, thanks a bunch" anger; "I pay the cleaning fee in cash when I handed in my keys" says it was
 * paid.
 */
class Blind117ReadingsTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;
    private static final String DISCLOSED = "im a debt collector this is an attempt to collect a debt the balance is "
            + "two thousand three hundred dollars";
    private static final LocalDate AUGUST = LocalDate.of(2026, 8, 20);

    private static int options(String said) {
        return Options.count(Arrays.asList(said.split(" ")), "en");
    }

    @Test
    void askingPastTheOneOfferAsksForChoices() {
        for (String said : List.of("hm what else is there even thats a stretch for us", "okay what else can you do",
                "okay okay so what do you want from me here", "so what do you want me to do")) {
            assertEquals(List.of("options/cannot-pay-no-options"), Said.ofKind("options", EN, AUGUST, A, DISCLOSED,
                    A, "just so you know we can settle it for one thousand three hundred and eighty", C, said), said);
        }
        assertEquals(List.of(), Said.ofKind("options", EN, AUGUST, A, DISCLOSED,
                A, "just so you know we can settle it for one thousand three hundred and eighty",
                C, "well what else is there to say i guess ill take it"));
    }

    @Test
    void anUltimatumFramesNoChoice() {
        assertEquals(0, options("thats not my problem either the seven forty shows up or we send a truck out to tow "
                + "that car by the weekend"));
        assertEquals(0, options("pay the seven forty by friday or it goes to our legal department"));
        assertEquals(2, options("you can pay the seven forty by friday or we can do three payments of two fifty"));
        assertEquals(2, options("either pay three hundred today or we set up six payments of one twenty"));
    }

    @Test
    void fourChoicesAsTheRecogniserHearsThem() {
        assertEquals(4, options("i understand so heres what we can do you dont pay the nine sixty insult settle for "
                + "eight hundred do for payments of to forty or go on the graduated plan that starts at eighty a month"));
        assertEquals(List.of(), Said.ofKind("options", EN, AUGUST, A, DISCLOSED,
                A, "so you dont pay the late fee you pay the nine sixty by friday and thats it"));
    }

    @Test
    void easterIsADay() {
        LocalDate march = LocalDate.of(2026, 3, 19);
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, march, A, DISCLOSED,
                C, "money is tight right now cant we just leave it till after easter"));
        // Good Friday is the week of 2026-03-30: near from the Tuesday before it
        assertEquals(List.of(), Said.ofKind("urgency", EN, LocalDate.of(2026, 3, 31), A, DISCLOSED,
                C, "i can pay it good friday"));
    }

    @Test
    void timeNeededOrAnEventAwaitedPutsItOff() {
        LocalDate april = LocalDate.of(2026, 4, 24);
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, april, A, DISCLOSED,
                C, "im going to need a couple of weeks to sort out her estate before i can even think about this"));
        assertEquals(List.of("urgency/client-defers"), Said.ofKind("urgency", EN, april, A, DISCLOSED,
                C, "maybe let me call you once i land something ive got a few interviews lined up"));
        // the event lost by the recogniser ("till after Easter" heard "til after a string"): put off all the same
        assertEquals(List.of("urgency/client-names-a-later-day"), Said.ofKind("urgency", EN, april, A, DISCLOSED,
                C, "okay well moneys tight right now cant we just leave it til after a string let things calm down a bit"));
        // the length of a plan asked for is no day put off
        assertEquals(List.of(), Said.ofKind("urgency", EN, april, A, DISCLOSED,
                C, "id need six months to pay it off"));
    }

    @Test
    void aPaymentBroughtDownOrFeesWaivedIsAnOffer() {
        LocalDate february = LocalDate.of(2026, 2, 18);
        // no phrase names the plan: "reduced plan" heard "reduced blind"
        for (String said : List.of("we could drop you down to fifty dollars a month on the reduced blind",
                "look we can waive the sixty five in late fees and youd pay two hundred")) {
            assertEquals(List.of("urgency/offer-without-deadline"), Said.ofKind("urgency", EN, february, A, DISCLOSED,
                    A, said), said);
        }
    }

    @Test
    void sarcasmAndOffenceAreHeard() {
        LocalDate may = LocalDate.of(2026, 5, 14);
        assertEquals(List.of("emotional-control/agent-hostile-words"), Said.ofKind("emotional-control", EN, may,
                A, DISCLOSED, C, "i already paid that i mailed them a check on the fifth",
                A, "oh sure the checks in the mail never heard that one before"));
        assertEquals(List.of(), Said.ofKind("emotional-control", EN, may, A, DISCLOSED,
                C, "they told me the late fee was waived", A, "hm ive never heard that before let me check with them"));
        for (String said : List.of("excuse me who do you think youre talking to i dont appreciate that one bit",
                "wow real nice thanks a bunch buddy")) {
            assertEquals(List.of("empathy/client-angry"), Said.ofKind("empathy", EN, may, A, DISCLOSED, C, said), said);
        }
        assertEquals(List.of(), Said.ofKind("empathy", EN, may, A, DISCLOSED,
                C, "oh thanks a bunch for setting that up i really appreciate that"));
    }

    @Test
    void paidWhenTheKeysWereHandedIn() {
        LocalDate march = LocalDate.of(2026, 3, 9);
        for (String said : List.of("no that cleaning fee isnt mine i pay the cleaning fee in cash when i handed in my keys",
                "for twenty know that cleaning see his mind i paid the cleaning see and dash when i handed in my keys")) {
            assertEquals(List.of("dispute/client-says-paid"), Said.ofKind("dispute", EN, march, A, DISCLOSED, C, said),
                    said);
        }
        assertEquals(List.of(), Said.ofKind("dispute", EN, march, A, DISCLOSED,
                C, "i pay the rent when i get paid so friday works"));
    }
}
