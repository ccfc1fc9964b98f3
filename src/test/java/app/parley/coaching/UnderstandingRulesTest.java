package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in English rules on meaning rather than phrases: dates judged against the call's
 * date (Monday 9 November 2026), the call's state, options counted in a turn, negation, and
 * cooldowns per situation.
 */
class UnderstandingRulesTest {
    private static final RuleBook EN = RuleBook.builtIn("en");

    /** The rules (kind/rule) raised by the turns, said one after the other. */
    private static List<String> rules(Object... turns) {
        return Said.coaching(Said.turns(EN, 1.0, turns)).stream().map(p -> p.kind() + "/" + p.rule()).toList();
    }

    /** The prompts of every kind, compliance too. */
    private static List<String> withCompliance(Object... turns) {
        return Said.turns(EN, 1.0, turns).stream().map(p -> p.kind() + "/" + p.rule()).toList();
    }

    /** The built-in rules with the state {@code day-taken-up} taken out of their conditions. */
    private static List<String> withoutDayTakenUp(Object... turns) {
        try {
            RuleBook without = RuleBook.parse(RuleBook.builtInText("en").replace("      - state: day-taken-up\n", ""),
                    "without day-taken-up");
            return Said.coaching(Said.turns(without, 1.0, turns)).stream().map(p -> p.kind() + "/" + p.rule()).toList();
        } catch (RuleBookException e) {
            throw new AssertionError(e);
        }
    }

    private static final Speaker A = Speaker.AGENT;
    private static final Speaker C = Speaker.CALLER;

    @Test
    void aNearOrdinalDayIsAPromiseNotADeferral() {
        assertEquals(List.of(), rules(C, "my check comes in on the fifteenth ill pay then when i get paid"));
    }

    @Test
    void aFarDayOrNoDayIsPutOff() {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i can pay it on the thirtieth"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "ill deal with it down the road"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "give me a couple of weeks"));
        // a day the client won't pay before is the day put off to, however far the negation stands from it
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "twelve hundred fine but im not paying a dime until the first of next month"));
    }

    /** An agent's reply long enough that a near day before it is no longer "in the same breath" (6 s). */
    private static final String GO_ON = "great and how would you like to pay that debit card bank account or a link"
            + " by email whichever is easiest for you";

    @Test
    void anAgentWhoSaysTheClientWastesTheirTimeLosesControl() {
        assertEquals(List.of("emotional-control/agent-hostile-words"), rules(C, "well i dont know about that",
                A, "look youre wasting my time here"));
        assertEquals(List.of(), rules(A, "hi this is dana i wont take up much of your time"));
    }

    @Test
    void askingTheLeastTheyCanPayAsksForOptions() {
        assertEquals(List.of("options/cannot-pay-no-options"), rules(A, "the balance is seven hundred and thirty dollars",
                C, "so whats the least i can pay to make you people go away"));
        assertEquals(List.of(), rules(A, "the balance is seven hundred and thirty dollars",
                C, "okay at least i can pay something this week"));
        assertEquals(List.of(), rules(A, "the balance is seven hundred and thirty dollars",
                C, "okay at least youll take a card payment right"));
        assertEquals(List.of(), rules(A, "the balance is seven hundred and thirty dollars",
                C, "whats the least amount of time it takes for the payment to post"));
    }

    @Test
    void aLaterDayOfSomethingElseAfterANearDayTakenUpPutsNothingOff() {
        // blind52: the client took up a near day, then talks of life; without the state each would prompt
        for (Object[] call : List.of(
                new Object[] {A, "three payments starting friday", C, "i can start friday", A, GO_ON,
                        C, "someday id like to move back there maybe next year"},
                new Object[] {C, "i can do the two hundred on friday", A, GO_ON,
                        C, "ill probably join a gym again eventually"},
                new Object[] {A, "can you do thursday the twelfth", C, "yes thursday the twelfth works", A, GO_ON,
                        C, "someday ill switch the camp over to heat pumps"})) {
            assertEquals(List.of(), rules(call), List.of(call).toString());
            assertEquals(List.of("urgency/client-names-a-later-day"), withoutDayTakenUp(call), List.of(call).toString());
        }
        // a later day said of paying, put forward bare, or after "I can't" still puts it off
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i can do the two hundred on friday",
                A, GO_ON, C, "actually can we push it to next month"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i can do the two hundred on friday",
                A, GO_ON, C, "hmm how about next month instead"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i can do the two hundred on friday",
                A, GO_ON, C, "and the rest in january"));
        // ... as does the debt in other words, a hope, help from someone, or the day taken back
        for (String putOff : List.of("ill take care of it next month", "honestly i was hoping for the end of the month",
                "i can get the money from my mom next month", "forget friday i start my new job on the thirtieth")) {
            assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i can do the two hundred on friday",
                    A, GO_ON, C, putOff), putOff);
        }
        // (the options prompt waits for the agent's first words: it comes second)
        assertEquals(List.of("urgency/client-names-a-later-day", "options/cannot-pay-no-options"), rules(
                C, "i can do the two hundred on friday", A, GO_ON, C, "no wait i cant afford that maybe next year"));
        // a day of income, or the agent's day echoed and refused, takes nothing up
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i get paid on friday",
                A, GO_ON, C, "my husband gets his bonus next month"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "can you do friday", C, "friday no",
                A, GO_ON, C, "my husband gets his bonus next month"));
        // "today, no, next month maybe": a day and a later one in one breath take nothing up
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "can we get that paid today",
                C, "today no next month maybe after i finish this contract job with the county they pay at the end"
                        + " of it so next month is better for me"));
    }

    @Test
    void aPromiseWithNoDayIsPutOffUnlessItTakesUpTheAgentsNearDay() {
        assertEquals(List.of("urgency/client-promises-without-a-day"),
                rules(C, "yeah i know ill get to it ive just been busy"));
        // a negation broken off by a new subject does not undo the deferral after it
        assertEquals(List.of("urgency/client-defers"),
                rules(C, "i just dont im waiting on my taxes and once that lands ill knock it out"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "ill pay it when im good and ready"));
        // the far day is the one to prompt for
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "ill get to it probably sometime next month"));
        // a yes to the agent's Thursday
        assertEquals(List.of(), rules(A, "so a hundred and fifty on thursday through the portal",
                C, "great ill take care of it"));
        assertEquals(List.of(), rules(C, "ive been meaning to deal with it"));
        assertEquals(List.of(), rules(C, "oh right yes ive been meaning to sort that"));
        assertEquals(List.of("urgency/client-defers"), rules(C, "please i just need a little more time"));
    }

    @Test
    void aBirthDateGivenToProveWhoTheyAreIsNoDayToPay() {
        // The year is often lost (the recogniser, or the redaction of digits): "march fourth" alone is a later day.
        assertEquals(List.of(), rules(A, "for verification can you confirm your date of birth", C, "march fourth"));
        assertEquals(List.of(), rules(A, "is this karen", C, "yes it is my birthday is june the ninth nineteen eighty"));
        // The same day said as a deferral, not as the answer's opening, is still put off.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "is this karen",
                C, "yes this is karen but i cant do anything until the thirtieth of this month"));
        // A birthday is who they are, however many words came before it in the answer.
        assertEquals(List.of(), rules(A, "can i have your full name and date of birth so i can pull up the account",
                C, "its rosa maria delgado and my birthdays april third"));
        // ... and a name spelled before it: the answer to "date of birth" runs longer than to "is this Karen?"
        assertEquals(List.of(), rules(A, "can i have your last name and your date of birth",
                C, "okafor o k a f o r on march second"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "is this karen",
                C, "yes it is and i said i would pay it on the thirtieth"));
        // a day to pay said in answer to it is no birth date
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "can you confirm your date of birth",
                C, "im not giving that out i will pay on the thirtieth"));
        // only the first date of a longer answer is the birth date
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "and your date of birth",
                C, "june fifth nineteen eighty and i will pay it on the thirtieth"));
        // ... and a client who has not answered yet when the agent speaks again answers after it.
        assertEquals(List.of(), rules(A, "can you confirm your date of birth", C, "um hold on",
                A, "go ahead", C, "march fourth"));
        // The answer ends where the agent speaks again: the client's next turn puts off as any other.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "is this lynch", C, "yeah",
                A, "the balance is three hundred and seventy five dollars", C, "right ill take it when things get better"));
        // "Is this a good time?" asks nothing of who is on the line.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "is this a good time",
                C, "the thirtieth would be better"));
    }

    @Test
    void suspicionIsNoAngerAndADisputeIsSaidManyWays() {
        assertEquals(List.of(), rules(C, "how do i know this is real i get scam calls all the time"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "its all a scam and you know it"));
        assertEquals(List.of(), rules(C, "wait is this a scam"));
        for (String dispute : List.of("no no there are a hundred maria gonzalez in this city you have the wrong one",
                "that was in my bankruptcy chapter seven", "i cancelled that two years ago in writing",
                "somebody got hold of my card number those charges werent me")) {
            assertEquals(List.of("dispute/client-says-paid"), rules(C, dispute), dispute);
        }
        for (String notADispute : List.of("oh wait i gave you the wrong one let me read you the other card",
                "i finally got hold of my bank and they said the money is there", "dont use the card on file i cancelled that card",
                "my old card was stolen last month")) {
            assertEquals(List.of(), rules(C, notADispute), notADispute);
        }
        assertEquals(List.of("urgency/client-defers"), rules(C, "id rather just wait on the settlement"));
        assertEquals(List.of(), rules(C, "okay ill wait on the line"));
        assertEquals(List.of("urgency/client-defers"), rules(C, "once he comes through ill pay i just gotta wait on him"));
        // comfort after a death gives no date away
        assertEquals(List.of(), rules(C, "my wife passed away last month", A, "im so sorry for your loss theres no pressure"
                + " here ill keep this as simple as i can"));
        assertEquals(List.of("next-step/closing-without-agreement"), rules(A, "the balance is four hundred dollars",
                C, "ill pay after the holidays", A, "of course happy holidays").stream()
                .filter(r -> r.startsWith("next-step")).toList());
    }

    @Test
    void takeYourTimeGivesTheDayAwayOnlyToAPutOff() {
        assertEquals(List.of(), rules(C, "hang on let me find my card", A, "take your time"));
        assertEquals(List.of(), rules(C, "what is this one about", A, "thats alright take your time its about a bill"
                + " from riverside medical the balance is one hundred and eighty five dollars"));
        assertEquals(List.of("urgency/client-defers", "firmness/time-given-to-a-put-off"),
                rules(C, "let me think it over", A, "sure take your time"));
        assertEquals(List.of("urgency/client-names-a-later-day", "firmness/time-given-to-a-put-off"),
                rules(C, "i can pay it on the thirtieth", A, "oh take your time"));
        assertEquals(List.of("urgency/client-promises-without-a-day", "firmness/time-given-to-a-put-off"),
                rules(C, "yeah ill get to it", A, "okay take your time"));
        // one prompt for the one give-away, whichever rules see it
        assertEquals(List.of("urgency/client-defers", "firmness/time-given-to-a-put-off"),
                rules(C, "let me think it over i get paid on the thirtieth", A, "sure take your time"));
        // said while the client fetches a card, in words that also put off ("let me look for my card")
        assertEquals(List.of(), rules(C, "hang on let me look for my card", A, "sure take your time"));
        assertEquals(List.of("urgency/client-defers"), rules(C, "let me think about it my card is maxed out right now"));
        // a near day agreed since, or asked for in the same breath
        assertEquals(List.of("urgency/client-defers"), rules(C, "let me think about it", A, "can you do friday",
                C, "friday works", A, "great take your time getting the card out"));
        assertEquals(List.of("urgency/client-defers"),
                rules(C, "let me think about it", A, "take your time but can we set it for friday"));
        // a birth date is no far day, here either
        assertEquals(List.of(), rules(A, "can you confirm your date of birth", C, "march fourth ninety six",
                A, "thank you", C, "hang on", A, "take your time"));
        // "take your time paying" gives it away on its own
        assertEquals(List.of("firmness/soft-ask"), rules(C, "okay", A, "take your time paying it"));
    }

    @Test
    void theNextStepHandedToTheClientAtNoDayGivesItAway() {
        assertEquals(List.of("firmness/soft-ask"),
                rules(C, "i dont know", A, "think it over and call us back when youve got something"));
        assertEquals(List.of("firmness/soft-ask"),
                rules(C, "okay", A, "no problem just call us back when youve got something"));
        // a call back asked of someone else, or with the card number, gives nothing away
        assertEquals(List.of(), rules(C, "shes at work", A, "could you have her give us a call when shes back"));
        assertEquals(List.of(), rules(C, "i dont have my card", A, "no problem call us back with the card number"));
        assertEquals(List.of(), rules(C, "hold on", A, "let me know when youve got something to write with"));
        // or at no day, or a later day offered, or the amount handed over
        assertEquals(List.of("next-step/closing-without-agreement", "firmness/soft-ask"),
                rules(C, "okay", A, "no problem at all give us a call back whenever youre ready"));
        assertEquals(List.of("urgency/client-names-a-later-day", "firmness/soft-ask"),
                rules(C, "i can do the thirtieth", A, "sure and if thats tight you can push it into february"));
        assertEquals(List.of("firmness/soft-ask"), rules(C, "i could maybe do twenty", A, "honestly any amount is fine"));
        assertEquals(List.of("firmness/soft-ask"),
                rules(C, "okay its mine then", A, "no pressure at all just pay it whenever its convenient for you"));
        // "no rush" while the client fetches the card gives nothing away
        assertEquals(List.of(), rules(C, "hang on", A, "sure take your time finding the card no rush"));
        assertEquals(List.of("firmness/soft-ask"), rules(C, "hmm", A, "no rush"));
        // round 59: "whenever you're able"
        assertEquals(List.of("firmness/soft-ask"), rules(C, "nah", A, "okay well whenever youre able to then"));
    }

    @Test
    void aCantTheAgentTakesUpAsAPaymentWasACan() {
        // "I can pay the whole seven twenty on Friday" heard "can't": the agent's answer tells
        assertEquals(List.of(), options(C, "i cant pay the whole seven twenty on friday",
                A, "all right that works seven hundred and twenty dollars this friday"));
        assertEquals(List.of("options/cannot-pay-no-options"), options(C, "i cant pay the whole seven twenty on friday",
                A, "okay i understand"));
        // only first in the answer, and not "great" or "perfect" alone: a real "I can't" still prompts
        for (String answer : List.of("great so what can you afford", "great question", "perfect timing actually",
                "okay lets find something that works for you", "wonderful well lets see what we can do")) {
            assertEquals(List.of("options/cannot-pay-no-options"),
                    options(C, "i cant pay that right now i just lost my job", A, answer), answer);
        }
        // options framed in answer, while the rule waits, are what it asks for: it still prompts
        assertEquals(List.of("options/cannot-pay-no-options"), options(C, "i cant pay that right now",
                A, "okay three ways to handle it you can pay half by friday or three hundred a month or settle for six hundred"));
        // framed before the client spoke: nothing to prompt
        assertEquals(List.of(), options(A, "you can pay half by friday or three hundred a month or settle for six hundred",
                C, "i cant pay that right now", A, "okay"));
    }

    @Test
    void theWrongPersonFromTheOneWhoCameToThePhoneDisputesTheDebt() {
        List<String> told = withCompliance(C, "hes not here this is her husband", A, "could you put her on please",
                C, "sure hold on honey phone for you hi this is theresa",
                A, "hi theresa i am a debt collector and this is an attempt to collect a debt",
                C, "i dont have an orion card thats not mine youve got the wrong person",
                A, "it was opened in march at hartwell furniture the balance is eleven hundred dollars")
                .stream().filter(r -> r.endsWith("-told-to-third-party")).toList();
        assertEquals(List.of(), told);
        // from someone who only said she came home, still someone else
        assertEquals(List.of("compliance/debt-told-to-third-party"), withCompliance(C, "this is her husband",
                A, "i am a debt collector", C, "she just got home from work what is this about",
                A, "its about an orion card", C, "theresa never opened an orion card youve got the wrong person",
                A, "the balance is eleven hundred dollars").stream()
                .filter(r -> r.endsWith("debt-told-to-third-party")).toList());
        // from the husband, still someone else
        assertEquals(List.of("compliance/debt-told-to-third-party"), withCompliance(C, "this is her husband",
                A, "i am a debt collector", C, "thats not hers youve got the wrong person",
                A, "the balance is eleven hundred dollars").stream()
                .filter(r -> r.endsWith("debt-told-to-third-party")).toList());
    }

    private static List<String> options(Object... turns) {
        return rules(turns).stream().filter(r -> r.startsWith("options")).toList();
    }

    @Test
    void theBanksNumbersTakenAreTheChannelAgreed() {
        assertEquals(List.of(), nextSteps(A, "okay ill need the routing and account numbers"));
        // the same close with no channel named still asks for one
        assertEquals(List.of("next-step/closing-without-agreement"), nextSteps(A, "okay let me just note that"));
    }

    private static List<String> nextSteps(Speaker speaker, String channel) {
        return rules(A, "the balance is one hundred eighty five dollars", C, "i can do the one eighty five this friday",
                speaker, channel, C, "sure", A, "got it one hundred eighty five dollars on friday youll get a "
                        + "confirmation email enjoy the rest of your week").stream()
                .filter(r -> r.startsWith("next-step")).toList();
    }

    @Test
    void aClosingIsTheGoodbyeNotADemandForADay() {
        assertEquals(List.of("next-step/closing-without-agreement"),
                rules(C, "yep thursday", A, "thanks so much ill make a note on the account has a great day"));
        assertEquals(List.of("next-step/closing-without-agreement"),
                rules(C, "im not making that decision by myself", A, "no problem at all has a good one"));
        assertEquals(List.of(), rules(C, "it was one thing after another",
                A, "i need a number and a date from you thats all i need"));
    }

    @Test
    void aHardshipToldAsOverIsAcknowledgedByGladness() {
        assertEquals(List.of(), rules(C, "i was out of work for a while last year but im working again now",
                A, "glad to hear youre back on your feet"));
    }

    @Test
    void aWaiverAskedIsNoWayToPayAsked() {
        assertEquals(List.of(), rules(A, "eighty of it is late fees", C, "late fees is there any way around that"));
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(A, "the balance is two hundred dollars", C, "is there any way i can split it up"));
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(A, "the balance is two hundred dollars", C, "what would resolving that even look like"));
    }

    @Test
    void aPhraseNeverLosesTheOneWordThatCarriesItsSense() {
        assertEquals(List.of(), rules(A, "the balance is two hundred dollars", C, "okay okay what do i have to pay"));
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(A, "the balance is two hundred dollars", C, "okay what do i have to do"));
        assertEquals(List.of(), rules(A, "the balance is two hundred dollars", C, "hmm what proof do i have"));
    }

    @Test
    void theAgentTakingAThreatBackIsNoThreat() {
        // a partial result of "let me correct that, nobody is calling your employer and nobody is coming for the car"
        assertEquals(List.of(), rules(C, "can you even do that", A, "let me correct that nobody is calling your employer and know"));
    }

    @Test
    void thePoliceSentIsAThreatButTheirReportIsNot() {
        assertEquals(List.of("emotional-control/agent-hostile-words", "compliance/unlawful-threat"),
                withCompliance(A, "this is an attempt to collect a debt", C, "no", A,
                        "if you wont pay ill have the police at your door by the end of the day"));
        assertEquals(List.of(), withCompliance(A, "this is an attempt to collect a debt", C, "that card was stolen",
                A, "i understand do you have the police report number"));
        assertEquals(List.of(), withCompliance(A, "this is an attempt to collect a debt", C, "that card was stolen",
                A, "okay ill have the police report number added to your file"));
    }

    @Test
    void wordLeftForTheOneCalledForLeavesNothingToAgree() {
        // the husband's "she's not here" misheard; the agent's call-back request says who is on the line
        assertEquals(List.of(), rules(A, "good morning may i speak with patricia", C, "she not hear right note",
                A, "could you ask her to call owen at eight eight eight five five five", C, "sure",
                A, "thank you very much have a good day"));
        assertEquals(List.of("next-step/closing-without-agreement"), rules(A, "the balance is four hundred dollars",
                C, "okay", A, "ill ask you to call us back by friday have a good day").stream()
                .filter(r -> r.startsWith("next-step")).toList());
    }

    @Test
    void aDisputeTakenUpLeavesNothingToAgreeOnThisCall() {
        assertEquals(List.of("dispute/client-says-paid"), rules(A, "the balance is five hundred dollars",
                C, "thats not mine i never had that account", A, "you have the right to dispute it well stop "
                        + "collecting until we send the verification have a good day"));
        // an identity check is no dispute taken up
        assertEquals(List.of("next-step/closing-without-agreement"), rules(A, "i cant discuss the account until we "
                + "verify your identity", C, "fine", A, "thank you have a good day"));
        // a hardship hold is no dispute taken up: the payment is still to be agreed
        assertEquals(List.of("next-step/closing-without-agreement"), rules(A, "the balance is five hundred dollars",
                C, "okay", A, "ill put the account on hold for thirty days and then we set up a plan have a great day"));
        RuleBook es = RuleBook.builtIn("es");
        assertEquals(List.of("dispute/client-says-paid"), Said.coaching(Said.turns(es, 1.0, Speaker.AGENT,
                "su saldo es de tres mil pesos", Speaker.CALLER, "esa deuda ya la pague", Speaker.AGENT,
                "dejamos de cobrar hasta que verifiquemos el pago hasta luego")).stream()
                .map(p -> p.kind() + "/" + p.rule()).toList());
    }

    @Test
    void aTimeThatIsSomeoneElsesOrABoundPaidBeforeIsNoDeferral() {
        assertEquals(List.of(), rules(C, "okay i figured youd call eventually"));
        assertEquals(List.of(), rules(C, "im starting a new job next month and i want this done before then"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "ill get it paid eventually"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i need it pushed back later"));
        // what happened, as heard: "I figured that would turn up eventually"
        assertEquals(List.of(), rules(C, "right the emergency room visit i figured that we turned up eventually"));
        // the debt turning up, not the client paying
        assertEquals(List.of(), rules(C, "okay yeah i figured that would show up eventually"));
        assertEquals(List.of(), rules(C, "right i figure that one would catch up with me sooner or later"));
        // others catching up the arrears are a put-off like any other
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "he said he would catch it up eventually"));
        // a holiday wished, or weighing on things, is no day named
        assertEquals(List.of(), Said.ofKind("urgency", rules(C, "thanks and merry christmas")));
        assertEquals(List.of(), rules(C, "with christmas coming up i was hoping to deal with it before"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i can pay after christmas"));
        // "I can't before then" puts it off to that day
        List<String> putOff = rules(C, "i get paid next month i cant do it before then");
        assertTrue(!putOff.isEmpty() && putOff.stream().allMatch(r -> r.startsWith("urgency/")), putOff.toString());
    }

    @Test
    void aLawsuitOrAWarrantThreatenedIsHostile() {
        assertTrue(rules(A, "unless the balance is resolved ill be filing suit against you this week")
                .contains("emotional-control/agent-hostile-words"));
        assertTrue(rules(A, "theres already a warrant out in your name").contains("emotional-control/agent-hostile-words"));
        assertEquals(List.of(), rules(A, "there is no warrant and nobody is filing suit against you"));
    }

    @Test
    void notNowAfterACannotIsTheRefusalNotADeferral() {
        assertEquals(List.of("options/cannot-pay-no-options"), rules(C, "i cant pay all that not right now"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "sometime soon i promise just not right now"));
    }

    @Test
    void aHedgeOrAnIdiomNegatesNothingAfterIt() {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "i dont know man sometime soon i guess"));
        // "no problem" does not undo the deadline that follows it
        assertEquals(List.of(), rules(A, "no problem by monday you could settle for one thousand five hundred"));
    }

    @Test
    void someoneElseHavingToHearOfItFirstPutsThePaymentOff() {
        assertEquals(List.of("urgency/client-defers"),
                rules(C, "my wife and i do the bills together so i want to run it past her before i promise anything"));
        assertEquals(List.of(), rules(C, "i talked to my wife and we can pay it friday"));
    }

    @Test
    void aFarDeadlineTakesUpNoDayTheAgentProposed() {
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "id like to close it out today if we can",
                C, "i can do it by the end of next month"));
        assertEquals(List.of(), rules(A, "can you pay on friday", C, "yes this week works"));
    }

    @Test
    void theCreditorsWordPutsAnOfferOnTheTable() {
        assertEquals(List.of("urgency/offer-without-deadline"),
                rules(A, "the creditor would accept seven hundred dollars as a full settlement"));
        // round 59: the creditor's present tense
        assertEquals(List.of("urgency/offer-without-deadline"),
                rules(A, "for what its worth redwood accepts two thousand four hundred as a settlement"));
    }

    @Test
    void theBillCalledTheftIsAngerAndNothingAgreedTillSeenIsAPutOff() {
        assertEquals(List.of("empathy/client-angry"),
                rules(C, "twelve hundred for a ten minute ride this is robbery"));
        assertEquals(List.of("urgency/client-defers"),
                rules(C, "send me the form im not agreeing to anything till ive seen it"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "man you got some nerve i never missed a payment before"));
        assertEquals(List.of(), rules(C, "the house is in foreclosure and were gonna lose it"));
    }

    @Test
    void aNoToIsThisAnOkayMomentIsNoNotTheOneCalledFor() {
        // "is this an okay moment" heard "is this and okay moment": a question about the time, not who is on the line
        assertEquals(List.of(), rules(A, "may i speak with melissa", C, "this is melissa",
                A, "this is an attempt to collect a debt is this and okay moment or should i try you back",
                C, "no now is good", A, "its a water bill two hundred and thirty eight dollars"));
        assertEquals(List.of(), rules(C, "i keep finding envelopes i never opened its a mess"));
        assertEquals(List.of("dispute/client-says-paid"), rules(C, "i never opened an account with them"));
    }

    @Test
    void sarcasmAtTheCallIsAngerAndPayingWhenTheyCanGivesItAway() {
        assertEquals(List.of("empathy/client-angry"), rules(C, "oh fantastic my favorite people what do they want now"));
        assertEquals(List.of("options/cannot-pay-no-options", "firmness/soft-ask"),
                rules(C, "i cant pay that", A, "okay no worries just pay what you can when you can theres no set amount"));
    }

    @Test
    void theCallWelcomedInSarcasmIsAngerAndSeeingWhatCanBeFoundIsNoDay() {
        assertEquals(List.of("empathy/client-angry"),
                rules(C, "oh fantastic a debt collector exactly what my thursday was missing go on make my day"));
        assertEquals(List.of(), rules(C, "three payments of a hundred that would make my day"));
        assertEquals(List.of(), rules(C, "oh thank you so much thats just what i needed today"));
        assertEquals(List.of(), rules(C, "if you can knock off the late fees go ahead make my day"));
        assertEquals(List.of("urgency/client-defers"),
                rules(C, "ill see what i can put in an envelope my daughter does my bills"));
        assertEquals(List.of("urgency/client-promises-without-a-day"),
                rules(C, "ill see what i cant put in an envelope my daughter does my bills"));
        assertEquals(List.of(), rules(C, "ill see what i can put in on friday the twelfth"));
    }

    @Test
    void aDayRuledOutIsNoDayNamedAndWorkLostIsAHardship() {
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "look ill get to it next month this friday is just like not it"));
        assertEquals(List.of(), rules(C, "friday wont be a problem"));
        assertEquals(List.of("empathy/client-hardship"),
                rules(C, "my hours at the warehouse got cut in half back in march"));
        assertEquals(List.of("empathy/client-angry"),
                rules(C, "did you seriously just tell my roommate about my bill that is so not okay"));
        assertEquals(List.of("empathy/client-angry"),
                rules(C, "oh for crying out loud you people call here every day"));
        assertEquals(List.of(), rules(C, "friday is the easiest but damn could the first one be monday"));
    }

    @Test
    void roundSixtyFourOverReachesAndRegressions() {
        org.junit.jupiter.api.Assertions.assertAll(
            // refusedRightAfter: a near day followed by words that are no refusal
            () -> assertEquals(List.of(), rules(C, "ill take care of it on friday isnt that when its due"), "isnt-question"),
            () -> assertEquals(List.of(), rules(C, "ill take care of it and friday is not gonna be a problem for me"), "not gonna be a problem"),
            // ... a later day so dropped: the deferral goes unprompted
            () -> assertEquals(List.of("urgency/client-names-a-later-day"),
                    rules(C, "i can pay it on the thirtieth out of my next paycheck"), "out of my paycheck"),
            () -> assertEquals(List.of("urgency/client-names-a-later-day"),
                    rules(C, "i get paid on the thirtieth isnt that soon enough"), "isnt that soon enough"),
            () -> assertEquals(List.of("urgency/client-names-a-later-day"),
                    rules(C, "i can pay the rest on the thirtieth is not gonna be a problem"), "is not gonna be a problem"),
            // anger phrases on calm words
            () -> assertEquals(List.of(), rules(C, "can i pay it from my personal business account"), "personal business account"),
            () -> assertEquals(List.of(), rules(C, "sorry you dont want to know what my day was like"), "what my day was like"),
            () -> assertEquals(List.of(), rules(C, "its been a long week you dont want to know what my week was like"), "what my week was like"),
            // income-lost
            () -> assertEquals(List.of(), rules(C, "my hours have not been cut so i can do the two hundred on friday"), "hours not cut"),
            () -> assertEquals(List.of(), rules(C, "sorry i was on my shift and the call got dropped"), "call dropped"),
            () -> assertEquals(List.of(), rules(C, "they went by my income and my payment got reduced to fifty"), "payment reduced"),
            // the extension alternatives end the third-party state
            () -> assertEquals(List.of("compliance/debt-told-to-third-party"), withCompliance(A, "hi could i speak with ethan tull",
                    C, "this is his wife", A, "is he available", C, "no hes at work and he doesnt pick up the phone at work",
                    A, "okay well im calling about his balance of nine hundred dollars on the credit card"), "doesnt pick up the phone"),
            () -> assertEquals(List.of("compliance/debt-told-to-third-party"), withCompliance(A, "hi could i speak with ethan tull",
                    C, "this is his wife", A, "is he available", C, "no hes not home", C, "i got it honey its just a call for ethan",
                    A, "okay well im calling about his balance of nine hundred dollars on the credit card"), "i got it honey"),
            // Threats regression: "come" read as the law told of
            () -> assertEquals(List.of("emotional-control/agent-hostile-words"),
                    rules(A, "if this isnt resolved the police could come to your door"), "police could come"),
            () -> assertEquals(List.of("emotional-control/agent-hostile-words"),
                    rules(A, "honestly shame on you for not reading the statement"), "shame on you for not"));
    }

    @Test
    void oneCalledToTheExtensionIsTheRightParty() {
        assertEquals(List.of(), withCompliance(A, "hi could i speak with ethan tull", C, "this is his dad",
                A, "would he be able to come to the phone", C, "hold on ethan pick up the phone", C, "hey i got it dad",
                A, "hi ethan this is janet im a debt collector this is an attempt to collect a debt your balance is nine hundred dollars"));
    }

    @Test
    void blameAndBelittlingAreEmotionalControl() {
        assertEquals(List.of("emotional-control/agent-hostile-words"),
                rules(A, "well thats on you you signed the contract it was your job to read it"));
        assertEquals(List.of("emotional-control/agent-hostile-words"),
                rules(A, "its the whole balance its not rocket science are you even listening"));
        assertEquals(List.of(), rules(A, "its not your fault these things happen"));
    }

    @Test
    void aDayGoneByIsNotAPromise() {
        assertEquals(List.of(), rules(C, "i moved house back in september"));
        assertEquals(List.of(), rules(C, "the letter came last tuesday"));
    }

    @Test
    void aFarDeferralAndAnotherWordOfItAreOneSituation() {
        assertEquals(List.of("urgency/client-defers"), rules(C, "ill call you back next month"));
    }

    @Test
    void cannotPayAfterOptionsWereLaidOutNeedsNoOptionsPrompt() {
        assertEquals(List.of(), rules(
                A, "you can pay in full by friday pay in three parts or pay in six parts starting friday",
                C, "i cannot pay all of it so three parts is best"));
        assertEquals(List.of("options/cannot-pay-no-options"), rules(C, "i cannot pay all of it"));
    }

    @Test
    void tooManyOptionsIsANewSituationAfterTheOptionsPrompt() {
        assertEquals(List.of("options/cannot-pay-no-options", "options/too-many-options"), rules(
                C, "what are my options",
                A, "you could pay in full by friday you could pay half by friday you could pay monthly from friday "
                        + "you could pay weekly from friday or you could settle by friday"));
    }

    @Test
    void threatsSaidInTheNegativeAreNotThreats() {
        assertEquals(List.of(), rules(A, "nobody is suing you and we are not going to take your car"));
        assertEquals(List.of("emotional-control/agent-hostile-words"),
                rules(A, "if you dont pay by friday we will take your car"));
    }

    @Test
    void anAgreementNeedsADateAnAmountAndAChannel() {
        assertEquals(List.of(), rules(C, "i will pay three hundred dollars on friday by card",
                A, "thank you for your time"));
        assertEquals(List.of("next-step/closing-without-agreement"), rules(C, "i will pay on friday",
                A, "thank you for your time"));
        // the debt's name is no channel: "your Liberty card account"
        // (worn down by the calls, the client is angry too)
        assertEquals(List.of("empathy/client-angry", "next-step/closing-without-agreement"), rules(
                A, "im calling about your liberty card account one thousand and ninety dollars id like to set up a payment today",
                C, "you people call every day",
                A, "okay ill make a note of that have a good day"));
        assertEquals(List.of(), rules(
                A, "im calling about your liberty card account one thousand and ninety dollars id like to set up a payment today",
                C, "okay ill pay the thousand and ninety today by card",
                A, "thank you have a good day"));
    }

    @Test
    void anOfferWithAFarDeadlineHasNoDeadline() {
        assertEquals(List.of("urgency/offer-without-deadline"),
                rules(A, "we can offer a payment plan until the end of next month"));
        assertEquals(List.of(), rules(A, "we can offer ten percent off if you pay by friday"));
    }

    @Test
    void aDeferralRepeatedAfterTheAgentSpokeIsANewOccurrence() {
        assertEquals(List.of("urgency/client-names-a-later-day", "urgency/client-names-a-later-day"), rules(
                C, "just give me a month or so and ill have it",
                A, "what could you pay in the next few days",
                C, "i dont know maybe next month"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(
                C, "just give me a month or so and ill have it", C, "maybe next month"));
    }

    @Test
    void aPaymentPlanNamedIsNoOfferUnlessItIsOffered() {
        assertEquals(List.of(), rules(A, "i need an amount and a date for the payment plan"));
        assertEquals(List.of("urgency/offer-without-deadline"),
                rules(A, "if you pay the balance in full we can take fifteen percent off"));
        // choices laid out are offered, with no "we can" to say so
        assertEquals(List.of("urgency/offer-without-deadline"), rules(A, "there are three ways to go pay in full with "
                + "a hundred off three payments of two seventy or a plan of ninety dollars a month"));
        assertEquals(List.of("urgency/offer-without-deadline"), rules(A,
                "that would be a payment plan of one hundred and twenty dollars a month or we settle the whole thing for eleven hundred"));
    }

    @Test
    void aDayNamedInTheNegativeIsNoDayToPay() {
        // No deferral to the end of the month: the client says they can't pay, and options are due.
        assertEquals(List.of("options/cannot-pay-no-options"), rules(C, "theres nothing left at the end of the month"));
    }

    @Test
    void aDayNamedInTheNegativeIsStillTheDayWhenThePaymentIsPromisedThen() {
        // "they don't [pay me till] the twenty ninth, I'll send it then", the call on the ninth
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "right i get they dont the twenty ninth ill send it then"));
        assertEquals(List.of(), rules(C, "i dont get paid on the twentieth ill be short then"));
    }

    @Test
    void aPaymentTheAgentSeesDisputesNothing() {
        assertEquals(List.of(), rules(C, "hi this is hannah i paid it by the way the two hundred on monday",
                A, "yes i have it right there two hundred dollars thank you"));
        assertEquals(List.of("dispute/client-says-paid"), rules(C, "hi this is hannah i paid it by the way",
                A, "let me look that up for you"));
        assertEquals(List.of("dispute/client-says-paid"), rules(C, "i already paid that on the first",
                A, "i can see it was returned by your bank"));
    }

    @Test
    void angerAfterTheAgentApologisedIsTheSameOutburst() {
        assertEquals(List.of("empathy/client-angry"), rules(C, "you people have called me five times today",
                A, "im sorry about the number of calls i will make a note", C, "its harassment is what it is"));
        // sympathy or a refusal is no apology
        assertEquals(List.of("empathy/client-angry"), rules(A, "im sorry to hear that when can you make a payment",
                C, "you people call me every day this is harassment"));
        assertEquals(List.of("empathy/client-angry", "empathy/client-angry"), rules(
                C, "you people have called me five times today", A, "the balance is four hundred dollars",
                C, "its harassment is what it is"));
    }

    @Test
    void aCallWoundUpInOtherWordsIsAClosing() {
        assertEquals(List.of("urgency/client-defers", "next-step/closing-without-agreement"),
                rules(C, "ill have to think about it", A, "alright then ill let you go"));
        assertEquals(List.of(), rules(C, "is this going to get back to my boss"));
    }

    @Test
    void cannotPayInWordsNoPhraseListsFramesOptionsUnlessAlreadyFramed() {
        assertEquals(List.of("options/cannot-pay-no-options"), rules(A, "the balance is four hundred and sixty dollars",
                C, "honestly i dont have it not the whole thing anyway"));
        assertEquals(List.of(), rules(A, "you have three options you can pay in full by friday pay half now or "
                + "pay in three parts", C, "honestly i dont have it not the whole thing anyway"));
        assertEquals(List.of(), rules(C, "i dont have the account number with me"));
    }

    @Test
    void aRepossessionThatHappenedIsNoThreat() {
        String told = "im calling about the balance left after the sale of the repossessed vehicle";
        assertEquals(List.of(), rules(A, told));
        assertFalse(withCompliance(A, told).contains("compliance/unlawful-threat"));
        assertEquals(List.of(), rules(A, "the lender repossessed it in march and sold it at auction"));
        assertEquals(List.of("emotional-control/agent-hostile-words"),
                rules(A, "if you dont pay we will repossess the truck on wednesday"));
        assertEquals(List.of("emotional-control/agent-hostile-words"), rules(A, "the bank can repossess it you know"));
        assertEquals(List.of("emotional-control/agent-hostile-words"), rules(A, "your vehicle will be repossessed"));
        assertEquals(List.of(), rules(A, "this is the balance left after the car went to repossession"));
    }

    @Test
    void insultsAndDisbeliefAreAnger() {
        assertEquals(List.of("empathy/client-angry"), rules(C, "you people are a bunch of crooks"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "two thousand dollars are you out of your mind"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "you call me at work like im some kind of criminal"));
        assertEquals(List.of(), rules(C, "honestly it completely went out of my mind to pay it"));
        assertEquals(List.of(), rules(C, "im not calling anybody a liar i just want it in writing"));
        assertEquals(List.of(), rules(C, "is this some kind of criminal matter"));
    }

    @Test
    void theRestPutOffWithNoDayIsPutOffWhateverIsPaidNow() {
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "i can give you fifty bucks today and the rest you know sometime down the road"));
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "i can send half now and the other half later"));
        // a rest with a day of its own is a plan; a near day said after the put-off answers it
        assertEquals(List.of(), rules(C, "i can pay fifty today and the rest next month"));
        assertEquals(List.of(), rules(C, "down the road maybe no actually i can do friday"));
        assertEquals(List.of(), rules(C, "i can pay it all today the rest of my bills will have to wait until later"));
    }

    @Test
    void theRestPutOffToAnOpenEndIsPutOffToo() {
        // "the rest, uh, I'll get that sometime after the holidays": the hesitation heard "of"
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "yeah i can do a hundred today the rest of ill get that sometime after the holidays probably"));
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "i can do fifty today and the rest sometime after the fifteenth"));
        // a rest with an end of its own is a plan
        assertEquals(List.of(), rules(C, "i can do fifty today and the rest by the end of next month"));
    }

    @Test
    void aSumInTheTeensIsMoneyNotAThing() {
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(C, "well i dont have fourteen hundred bucks lying around i just dont"));
        assertEquals(List.of(), rules(C, "i dont have fourteen kids to feed"));
    }

    @Test
    void aBareCantAfterTheSumWithItsReasonIsAnInability() {
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(C, "i cant pay two thousand dollars i just cant im living on his pension now and it isnt much"));
        // heard with the first "can't" lost
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(C, "i can preview thousand dollars i just cant im living on his pension now"));
        // nothing of money before it: busy, not unable
        assertEquals(List.of(), rules(C, "sorry i just cant im at work"));
    }

    @Test
    void aProcedureNamedInRecognisingTheBillIsNoHardship() {
        assertEquals(List.of(), rules(C, "oh gosh yes biscuits surgery hes fine now thank goodness"));
        assertEquals(List.of(), rules(C, "right from when he had his surgery yeah"));
        assertEquals(List.of("urgency/client-defers"), rules(C, "oh biscuits surgery yes and honestly i need to talk it "
                + "over with my husband first he handles all the bills"));
        assertEquals(List.of("empathy/client-hardship"),
                rules(C, "yeah i had surgery in march and i havent been able to work since"));
        assertEquals(List.of("empathy/client-hardship"), rules(C, "oh yes my surgery im still in pain"));
    }

    @Test
    void aDeadlineAfterAnApologyInThePastIsStillAhead() {
        // 2027-02-24 is a Wednesday: "Tuesday the second" is March the second, not February's
        assertEquals(List.of(), Said.coaching(Said.turns(EN, LocalDate.of(2027, 2, 24), 1.0, A,
                "youre right and i apologize that shouldnt have been shared with him i can offer three things open "
                        + "until tuesday the second a settlement of two thousand six monthly payments of four forty or "
                        + "twelve payments of two twenty")).stream().map(p -> p.kind() + "/" + p.rule()).toList());
    }

    @Test
    void theWrongGuyFromTheOneCalledForDisputesTheDebt() {
        // a dispute, then the agent gives the date away: both coached, no one else on the line
        assertEquals(List.of("dispute/client-says-paid", "firmness/soft-ask"), rules(A, "is this terrence okafor",
                C, "yeah this is he", A, "im calling about a balance of five hundred and sixty dollars with lakeview dental",
                C, "lakeview not thats not mind ive never been there you've got the wrong guy",
                A, "i understand you have the right to dispute it", C, "oh that must be my sons braces okay so its ours",
                A, "thanks for checking dont stress about it just pay whatever you can whenever it works for you"));
        // the wrong one said first, or a relative of the same name: someone else is on the line
        assertEquals(List.of(), rules(A, "is this terrence okafor", C, "no youve got the wrong guy",
                A, "sorry about that dont worry about it"));
        assertEquals(List.of(), rules(A, "hi is this chris miller", C, "yes",
                C, "oh you want my dad chris senior youve got the wrong guy", A, "sorry about that dont worry about it"));
    }

    @Test
    void aPlaceShutTellsThePast() {
        assertEquals(List.of("options/cannot-pay-no-options", "empathy/client-hardship"),
                rules(C, "yeah well the plant shut down in august and ive been out of work since i cant pay two "
                        + "thousand anything right now"));
    }

    @Test
    void aReceiptToBeKeptIsNoDispute() {
        assertEquals(List.of(), rules(A, "if you return the modem keep your receipt from the store",
                C, "understood ill keep the receipt"));
        assertEquals(List.of("dispute/client-says-paid"), rules(C, "no i paid that ive got the receipt somewhere"));
    }

    @Test
    void sumsNotNearlyHadAndRudenessTold() {
        assertEquals(List.of("options/cannot-pay-no-options"),
                rules(C, "they took the truck back in march i dont have anywhere near forty seven hundred dollars"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "whoa dude can you let me finish thats kind of rude"));
    }

    /** A second reader's probes of rounds 52 to 55: each once raised a wrong prompt or dropped a right one. */
    @Test
    void whatRounds52To55MustNotReach() {
        // one's own surgery told, however the answer opens
        assertEquals(List.of("empathy/client-hardship"), rules(C, "yeah i had surgery last week"));
        assertEquals(List.of("empathy/client-hardship"), rules(C, "yeah my wife had surgery last month"));
        // a past told, then a day ahead (the car's death a hardship since round 91)
        assertEquals(List.of("urgency/client-names-a-later-day", "options/cannot-pay-no-options", "empathy/client-hardship"),
                rules(C, "my car died so i cant pay until the twenty eighth"));
        // "to settle" is the payer's act, no event awaited
        assertEquals(List.of(), rules(C, "okay i can do the six hundred i just need until the thirteenth to settle it"));
        // a payment tried, not promised
        assertEquals(List.of(), rules(C, "i wanted to pay it when the check cleared but it bounced"));
        // payday taken up, or a habit
        assertEquals(List.of(), rules(A, "can we do the payment on friday", C, "sure ill pay it on payday"));
        assertEquals(List.of(), rules(C, "i always pay my bills on payday thats just how i do it"));
        // the rest of something else, with a hesitation
        assertEquals(List.of(), rules(C, "i can pay it all today the rest of uh my bills will have to wait"));
        // a real "were" still denies; reassurance is no threat
        assertEquals(List.of(), rules(A, "just so youre clear warrants were not going to be issued over this"));
        // a conditional threat is not taken back
        assertEquals(List.of("emotional-control/client-objects-to-agent"),
                rules(A, "as long as you pay today we wont garnish your wages", C, "so you will garnish my wages"));
        // asking to go back to something said is no put-off
        assertEquals(List.of(), rules(C, "wait can i circle back to what you said about the interest"));
        // a receipt asked for is no dispute
        assertEquals(List.of(), rules(C, "okay ill pay the two hundred today by debit card can i have a receipt emailed to me"));
        // enough of something else, rudeness owned or told of
        assertEquals(List.of(), rules(C, "i think ive paid them enough already"));
        assertEquals(List.of(), rules(C, "my landlord was pretty rude about it but anyway"));
        // the sum agreed, the time refused
        assertEquals(List.of(), rules(A, "can we do a hundred today",
                C, "i can pay the hundred dollars i just cant sorry im in a meeting"));
    }

    @Test
    void aPaydayNotNamedIsNoDay() {
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "oh okay well in that case ill just pay it next payday"));
        // the day it falls on said with it
        assertEquals(List.of(), rules(C, "ill pay it on payday this friday"));
        assertEquals(List.of(), rules(A, "whens your next payday"));
    }

    @Test
    void anEventHeardInThePastAfterAPromiseIsStillAwaited() {
        assertEquals(List.of("urgency/client-names-a-later-day"),
                rules(C, "ill deal with it once everything settled down"));
        // "I can't think about this right now" before it is itself a put-off (round 97), and comes first
        assertEquals(List.of("urgency/client-defers"),
                rules(C, "i really cant think about this right now ill deal with it once everything settled down"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "let me wait once the dust settle"));
        // a story: nothing promised before it
        assertEquals(List.of(), rules(C, "once everything settled down i went back to work"));
        assertEquals(List.of(), rules(C, "yeah the tow after my car died on the highway ive been meaning to deal with that"));
    }

    @Test
    void timeGivenToAPutOffInOtherWords() {
        assertEquals(List.of("urgency/client-names-a-later-day", "firmness/time-given-to-a-put-off"),
                rules(C, "ill try to send something next month maybe things are kind of up in the air",
                        A, "sure thats fine no pressure at all whatever works for you"));
        assertEquals(List.of("firmness/soft-ask"),
                rules(A, "okay a hundred today is great and the rest just send it in when you can"));
        // comfort after a loss, nothing put off
        assertEquals(List.of(), rules(C, "she passed in november and ive been letting the mail pile up",
                A, "im so sorry for your loss theres no pressure here ill keep this simple"));
    }

    @Test
    void aLongTurnOfOffersStillSeesTheWordsThatPutThemOnTheTable() {
        assertTrue(rules(C, "well i cant pay four thousand dollars not right now no way",
                A, "you could pay it in full or settle it for three thousand or do twelve monthly payments of about "
                        + "three hundred and fifty or twenty four payments of about one hundred and seventy seven or "
                        + "make a good faith payment of five hundred and we look at the rest later")
                .contains("urgency/offer-without-deadline"));
    }

    @Test
    void theRestWheneverItSuitsGivesTheDayAway() {
        assertEquals(List.of("firmness/soft-ask"), rules(A, "yeah thats fine sixty today and the rest whenever it suits you"));
        assertEquals(List.of(), rules(A, "thats all set and you can check the portal whenever you like"));
    }

    @Test
    void threatsToTheClientsPeopleInAnyWordsAreHostile() {
        assertEquals(List.of("emotional-control/agent-hostile-words"), rules(C, "ill pay it on monday",
                A, "maybe i should give your wife and your neighbors a ring"));
        assertEquals(List.of(), rules(A, "we will never contact your employer about this"));
        assertEquals(List.of(), rules(A, "ill take your car details now"));
    }

    @Test
    void aThreatEndingAPartialResultWaitsForTheWordsAfterIt() {
        assertEquals(List.of(), Said.revised(EN, A, "ill take your car", "ill take your car details now"));

        CoachingSession session = CoachingEngine.of(EN).open(FactsView.NONE, Said.CALL_DATE);
        List<Word> fin = Said.words("or we will take your car", 0);
        session.words(A, fin, true);
        assertEquals(List.of("agent-hostile-words"),
                Said.coaching(session.advanceTo(Said.end(fin) + 5)).stream().map(Prompt::rule).toList());
    }

    @Test
    void takingUpADayTheAgentProposedPutsNothingOff() {
        assertEquals(List.of(), rules(A, "could we fix the exact date would friday the twentieth suit you",
                C, "yes the twentieth is fine"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "could you pay it by friday",
                C, "no i will pay on the twentieth"));
        // "The twenty ninth" reads as this month's on its own; said after the agent's day, it is that day.
        assertEquals(List.of(), rules(A, "could we fix the exact date would friday the twenty ninth of january suit you",
                C, "yes the twenty ninth is fine"));
        // The agent repeating the client's far day right after it (before the rule is judged) proposes nothing.
        CoachingSession session = CoachingEngine.of(EN).open(FactsView.NONE, Said.CALL_DATE);
        List<Word> client = Said.words("i can do it on the twentieth", 0);
        session.words(C, client, true);
        List<Word> agent = Said.words("the twentieth is more than a week away", Said.end(client) + 0.2);
        session.words(A, agent, true);
        assertEquals(List.of("client-names-a-later-day"),
                session.advanceTo(Said.end(agent) + 2).stream().map(Prompt::rule).toList());
        // A day past the one proposed, beyond the near days, is put off, one day or more.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A,
                "could we fix the exact date would friday the twentieth suit you", C, "yes i can do the twenty first"));
        // Another month's day with the same number is the client's own.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A,
                "would friday the twenty seventh of november suit you", C, "i can pay on the twenty seventh of february"));
        // A span the agent gave away is no day proposed: the day the client picks in it is theirs.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(A, "next month is fine",
                C, "then ill pay on the fifteenth of next month"));
    }

    @Test
    void theClientObjectingToTheAgentsMannerIsAnAgentSlipAndAnAngryClient() {
        // The recogniser garbled the agent's insult; the client's answer shows it, and they are angry.
        assertEquals(List.of("emotional-control/client-objects-to-agent", "empathy/client-angry"),
                rules(A, "are you really that close less deferments ended in june", C,
                        "okay theres no need to be rude i just didnt know"));
        // A threat echoed back shows the slip; the client may be frightened as much as angry.
        assertEquals(List.of("emotional-control/client-objects-to-agent"),
                rules(A, "pay by monday or the truck goes", C, "youre going to take my truck how do i get to work"));
        // Once per slip: the agent's own hostile words already raised it; the anger is still the client's.
        assertEquals(List.of("emotional-control/agent-hostile-words", "empathy/client-angry"),
                rules(A, "well take your car", C, "are you threatening me"));
        assertEquals(List.of(), rules(A, "can i call you at work", C, "you can call my work number"));
    }

    @Test
    void beingBusyWithItWithoutADayIsADeferral() {
        assertEquals(List.of("urgency/client-defers"), rules(C, "listen i told you lot three times already im sorting that"));
        assertEquals(List.of("urgency/client-defers"), rules(C, "im waiting for my insurance to sort it out"));
        assertEquals(List.of(), rules(C, "im sorting it out on friday"));
        // A near day turned down leaves only the later one.
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "this weeks no good next month definitely"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "next month definitely"));
        assertEquals(List.of("urgency/client-names-a-later-day"), rules(C, "no good next month definitely"));
    }

    @Test
    void anOfferIsKnownByItsShapeNotOnlyItsName() {
        assertEquals(List.of("urgency/offer-without-deadline"),
                rules(A, "we can split it into three payments of seventy dollars a month if thats easier"));
        assertEquals(List.of(), rules(A, "we can split it into three payments of seventy dollars starting friday"));
        assertEquals(List.of(), rules(A, "we cant reduce it any further"));
    }

    @Test
    void aShortPhraseIsNeverMatchedWithoutItsFirstWord() {
        assertEquals(List.of(), rules(C, "can i do a bank transfer"));
        assertEquals(List.of("options/cannot-pay-no-options"), rules(C, "so what can i do"));
        // Five words or more keep their sense without the first one (the recogniser's "to" for "who").
        assertEquals(List.of("empathy/client-angry"), rules(C, "are you kidding me to do you think you are"));
    }

    @Test
    void round30ReadsFromTheThirtySecondBlindSet() {
        // not committing is a put-off
        assertEquals(List.of("urgency/client-defers"), rules(C, "id rather not commit to anything right now you know"));
        // a life event's day and a habit told of are no day to pay
        assertEquals(List.of(), rules(C, "its been a circus our youngest is getting married in june"));
        assertEquals(List.of(), rules(C, "yeah thats me i stopped going back in october how much is it"));
        // "can" heard "can't" before a coming day is a promise, not a client who cannot pay
        assertEquals(List.of(), rules(C, "i cant pay it wednesday by card"));
        // a truck sent, a client left walking to work: a threat; a jail ruled out is none
        assertEquals(List.of("emotional-control/agent-hostile-words", "compliance/unlawful-threat"),
                withCompliance(A, "if i dont see it by monday were sending a truck"));
        assertEquals(List.of(), withCompliance(A, "we are not going to put you in jail"));
        assertEquals(List.of("emotional-control/agent-hostile-words", "compliance/unlawful-threat"),
                withCompliance(A, "if he keeps ignoring us this can end with him in jail"));
        // a threat told of "people" is one
        assertEquals(List.of("emotional-control/agent-hostile-words", "compliance/unlawful-threat"),
                withCompliance(A, "people who ignore us usually end up with their wages garnished"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "why are you telling my coworkers that is completely out of line"));
        // hardship and anger in other words
        assertEquals(List.of("empathy/client-hardship"), rules(C, "i know im between jobs right now"));
        assertEquals(List.of("empathy/client-angry"), rules(C, "why on earth are you telling my son about my bills"));
    }

    @Test
    void stateValidationNamesTheRuleTheLineAndTheSlot() {
        RuleBookException e = org.junit.jupiter.api.Assertions.assertThrows(RuleBookException.class,
                () -> RuleBook.parse("""
                        concepts:
                          offer:
                            phrases: [discount]
                        rules:
                          - name: open-offer
                            kind: urgency
                            speaker: agent
                            said: offer
                            unless:
                              - state: options-framd
                              - state: agreement
                                has: [date, colour]
                            message: Put a date on it.
                        """, "site.yaml"));
        String all = e.getMessage();
        assertTrue(all.contains("site.yaml:10: rule 'open-offer', field 'unless.state': no state named 'options-framd'"),
                all);
        assertTrue(all.contains("state 'agreement' is read from the concept 'pay-channel'"), all);
        assertTrue(all.contains("site.yaml:12: rule 'open-offer', field 'unless.has': state 'agreement' has no slot "
                + "'colour'"), all);
    }
}
