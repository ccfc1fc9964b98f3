package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.AcousticFrame;
import app.parley.audio.AcousticMeter;
import app.parley.audio.Loudness;
import app.parley.call.Json;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Word;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in English rules, replayed on words and measures in milliseconds. */
class SessionTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final FactsView FACTS = new FactsView(
            new FactsView.Money(new BigDecimal("900"), "USD"),
            List.of(new FactsView.Offer("Pay in full", new FactsView.Money(new BigDecimal("810"), "USD"),
                            new BigDecimal("10"), LocalDate.of(2025, 11, 28)),
                    new FactsView.Offer("Three payments", new FactsView.Money(new BigDecimal("300"), "USD"), null,
                            LocalDate.of(2025, 12, 5)),
                    new FactsView.Offer("Six payments", new FactsView.Money(new BigDecimal("150"), "USD"), null, null)),
            List.of(new FactsView.Payment("INV-2031", LocalDate.of(2025, 4, 10),
                    new FactsView.Money(new BigDecimal("250"), "USD"), "bank transfer", "TX-88120")));

    private final List<Prompt> raised = new ArrayList<>();

    /** Says each line as a final result, a second apart, advancing the clock through it. */
    private CoachingSession call(CoachingSession session, Object... turns) {
        double t = 0;
        for (int i = 0; i < turns.length; i += 2) {
            Speaker speaker = (Speaker) turns[i];
            List<Word> words = Said.words((String) turns[i + 1], t);
            t = Said.end(words);
            session.words(speaker, words, true);
            raised.addAll(Said.coaching(session.advanceTo(t + 0.3)));
            t += 1.0;
            raised.addAll(Said.coaching(session.advanceTo(t)));
        }
        raised.addAll(Said.coaching(session.advanceTo(t + 10)));
        return session;
    }

    private List<String> kinds() {
        return raised.stream().map(Prompt::kind).toList();
    }

    private static CoachingSession open() {
        return CoachingEngine.of(EN).open(FactsView.NONE, Said.CALL_DATE);
    }

    @Test
    void clientDeferringWithoutADateRaisesUrgencyASecondAfterTheWords() {
        call(open(), Speaker.CALLER, "i will call you back next month");
        assertEquals(1, raised.size());
        Prompt p = raised.get(0);
        assertEquals("urgency", p.kind());
        assertEquals("client-defers", p.rule());
        assertEquals(Speaker.CALLER, p.speaker());
        assertEquals("call you back", p.evidence());
        assertEquals("Set a deadline: ask for a payment date this week.", p.message());
        double wordsEnd = 6 * Said.WORD_SECONDS + 0.25;
        assertTrue(p.at() >= wordsEnd + 1.0 && p.at() <= wordsEnd + 1.4, "raised at " + p.at());
    }

    @Test
    void messageUsesTheFactsWhenTheAccountIsKnown() {
        call(CoachingEngine.of(EN).open(FACTS, Said.CALL_DATE), Speaker.CALLER, "let me think about it");
        assertEquals("Set a deadline: 10 % off if paid by Fri 28 Nov.", raised.get(0).message());
    }

    @Test
    void deferralWithANearDateInTheSameBreathIsNotPromptedAbout() {
        call(open(), Speaker.CALLER, "i will call you back tomorrow morning");
        assertEquals(List.of(), raised);
    }

    @Test
    void aDateRightAfterTheDeferralCountsEvenWhenItsWordTouchesTheTrigger() {
        // Regression: the recogniser gives "back" 12.33-12.63 and "tomorrow" 12.63-13.08; words
        // that merely touch the trigger's were taken for the trigger itself and ignored.
        CoachingSession session = open();
        session.words(Speaker.CALLER, List.of(new Word("i", 11.55, 11.73, 1), new Word("will", 11.73, 11.88, 1),
                new Word("call", 11.88, 12.15, 1), new Word("you", 12.15, 12.33, 1), new Word("back", 12.33, 12.63, 1),
                new Word("tomorrow", 12.63, 13.08, 1), new Word("morning", 13.08, 13.47, 1)), true);
        raised.addAll(Said.coaching(session.advanceTo(30)));
        assertEquals(List.of(), raised);
    }

    @Test
    void offerWithoutADeadlineIsPromptedAndOneWithADeadlineIsNot() {
        call(open(), Speaker.AGENT, "we can offer you a discount of ten percent");
        assertEquals(List.of("urgency"), kinds());
        assertEquals("offer-without-deadline", raised.get(0).rule());
        raised.clear();
        call(open(), Speaker.AGENT, "we can offer you a discount of ten percent if you pay by friday");
        assertEquals(List.of(), raised);
    }

    @Test
    void cannotPayBeforeOptionsAreFramedAsksForThreeOptionsWithTheOffers() {
        call(CoachingEngine.of(EN).open(FACTS, Said.CALL_DATE), Speaker.AGENT, "your balance is nine hundred dollars",
                Speaker.CALLER, "i cannot pay that right now");
        assertEquals(List.of("options"), kinds());
        assertEquals("Frame three options: Pay in full $810.00 (-10 %); Three payments $300.00; Six payments $150.00.",
                raised.get(0).message());
    }

    @Test
    void cannotPayAfterTheOptionsWereFramedIsLeftAlone() {
        call(open(), Speaker.AGENT, "you have three options to settle this balance by friday",
                Speaker.CALLER, "i cannot pay that right now");
        assertEquals(List.of(), raised);
    }

    @Test
    void moreThanThreeOptionsAtOnceIsTooMany() {
        call(open(), Speaker.AGENT, "option one is to pay in full by friday option two is half now option three is "
                + "a plan and option four is a settlement by friday");
        assertEquals(List.of("options"), kinds());
        assertEquals("too-many-options", raised.get(0).rule());
        raised.clear();
        call(open(), Speaker.AGENT, "option one is to pay in full by friday option two is half now and option three "
                + "is a plan starting friday");
        assertEquals(List.of(), raised);
    }

    @Test
    void aFourthOptionOnlyAPartialResultHeardRaisesNothing() {
        CoachingSession session = open();
        String heard = "option one is to pay in full by friday option two is half now option three is a plan";
        List<Word> partial = Said.words(heard + " and option four is a settlement", 0);
        session.words(Speaker.AGENT, partial, false);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(partial) + 0.1)));
        // The final result drops the fourth: three options, as the agent said (its words' times shifted,
        // as the recogniser's partial times are estimates).
        List<Word> fin = Said.words(heard + " starting friday", 0.12);
        session.words(Speaker.AGENT, fin, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(partial) + 5)));
        assertEquals(List.of(), raised);
        // The same partial confirmed by the final: too many.
        CoachingSession confirmed = open();
        confirmed.words(Speaker.AGENT, partial, false);
        raised.addAll(Said.coaching(confirmed.advanceTo(Said.end(partial) + 0.1)));
        confirmed.words(Speaker.AGENT, partial, true);
        raised.addAll(Said.coaching(confirmed.advanceTo(Said.end(partial) + 5)));
        assertEquals(List.of("too-many-options"), raised.stream().map(Prompt::rule).toList());
    }

    @Test
    void hostileWordsFromTheAgentAreEmotionalControl() {
        call(open(), Speaker.AGENT, "that is not my problem you people never pay");
        assertEquals(List.of("emotional-control"), kinds());
        assertEquals(Prompt.Severity.ALERT, raised.get(0).severity());
    }

    @Test
    void sameWordsFromTheCallerAreNotAgentMisconduct() {
        call(open(), Speaker.CALLER, "that is not my problem");
        assertEquals(List.of(), raised);
    }

    @Test
    void aPartialThenItsFinalRaiseOnePrompt() {
        CoachingSession session = open();
        List<Word> partial = Said.words("i will call you back next month", 0);
        session.words(Speaker.CALLER, partial.subList(0, 5), false);
        raised.addAll(Said.coaching(session.advanceTo(1.8)));
        session.words(Speaker.CALLER, partial, false);
        raised.addAll(Said.coaching(session.advanceTo(2.2)));
        raised.addAll(Said.coaching(session.advanceTo(3.0)));
        session.words(Speaker.CALLER, partial, true);
        raised.addAll(Said.coaching(session.advanceTo(3.6)));
        raised.addAll(Said.coaching(session.advanceTo(20)));
        assertEquals(List.of("urgency"), kinds());
    }

    @Test
    void wordsInsideAPartialCountAtOnceWhileItsLastWordWaitsToSettle() {
        CoachingSession inside = open();
        inside.advanceTo(2.0);
        inside.words(Speaker.AGENT, Said.words("that is your problem not", 0), false);
        assertEquals(List.of("emotional-control"), inside.advanceTo(2.0).stream().map(Prompt::kind).toList());

        CoachingSession atTheEnd = open();
        atTheEnd.advanceTo(2.0);
        atTheEnd.words(Speaker.AGENT, Said.words("that is your problem", 0), false);
        // The built-in pack's partial_settle is 0.2 s.
        assertEquals(List.of(), atTheEnd.advanceTo(2.15), "the last word of a partial may still change");
        assertEquals(List.of("emotional-control"), atTheEnd.advanceTo(2.2).stream().map(Prompt::kind).toList());
    }

    @Test
    void aMatchWithOneWordOfSenseEndingAPartialWaitsForTheNextResult() {
        // "by a deputy" is the recogniser's first guess at "by a debt collector": the next partial, under a
        // second later, takes it back.
        CoachingSession revised = open();
        revised.advanceTo(3.0);
        revised.words(Speaker.AGENT, Said.words("this is an attempt to collect a debt by a deputy", 0), false);
        raised.addAll(Said.coaching(revised.advanceTo(3.9)));
        revised.words(Speaker.AGENT, Said.words("this is an attempt to collect a debt by a debt collector and", 0), false);
        raised.addAll(Said.coaching(revised.advanceTo(30)));
        assertEquals(List.of(), kinds());

        // Kept by the next result, it stands.
        CoachingSession kept = open();
        kept.advanceTo(3.0);
        kept.words(Speaker.AGENT, Said.words("and then a deputy", 0), false);
        assertEquals(List.of(), Said.coaching(kept.advanceTo(3.9)), "one word of sense waits past partial_settle");
        kept.words(Speaker.AGENT, Said.words("and then a deputy comes to", 0), false);
        assertEquals(List.of("emotional-control"), Said.coaching(kept.advanceTo(4.0)).stream().map(Prompt::kind).toList());
    }

    @Test
    void aRuleWaitsForTheFinalWordsThatMaySettleIt() {
        // "Maybe after Christmas, but hold on, I can do the whole thing this Friday": the partial stands
        // past the rule's wait, then the final result brings the near day.
        List<Word> said = Said.words("maybe after christmas but hold on i can do the whole thing this friday", 0);
        CoachingSession session = open();
        session.words(Speaker.CALLER, said.subList(0, 13), false);
        double spoke = Said.end(said.subList(0, 13));
        raised.addAll(Said.coaching(session.advanceTo(spoke + 1.0)));
        assertEquals(List.of(), raised, "the recogniser has not given its final words yet");
        session.words(Speaker.CALLER, said, true);
        raised.addAll(Said.coaching(session.advanceTo(30)));
        assertEquals(List.of(), raised);

        // A partial that never ends in a final result is judged all the same, a little later.
        CoachingSession stuck = open();
        stuck.words(Speaker.CALLER, Said.words("maybe after christmas", 0), false);
        List<Prompt> late = Said.coaching(stuck.advanceTo(30));
        assertEquals(List.of("urgency"), late.stream().map(Prompt::kind).toList());
    }

    @Test
    void aPartialThatTheRecogniserTakesBackRaisesNothing() {
        CoachingSession session = open();
        session.words(Speaker.CALLER, Said.words("i will pay later", 0), false);
        raised.addAll(Said.coaching(session.advanceTo(1.3)));
        // The final result heard it differently: "later" is gone.
        session.words(Speaker.CALLER, Said.words("i will pay today", 0), true);
        raised.addAll(Said.coaching(session.advanceTo(30)));
        assertEquals(List.of(), raised);
    }

    @Test
    void wordsAPartialTookBackAndTheNextGaveAgainAreStillJudged() {
        CoachingSession session = open();
        session.advanceTo(2.0);
        // "that is your problem" at the end of a partial waits to settle; the next partial has other
        // words there when it is due, the one after has them again, with more words after them.
        session.words(Speaker.AGENT, Said.words("that is your problem", 0), false);
        raised.addAll(Said.coaching(session.advanceTo(2.1)));
        session.words(Speaker.AGENT, Said.words("that is you are probably", 0), false);
        raised.addAll(Said.coaching(session.advanceTo(2.2)));
        assertEquals(List.of(), kinds(), "the words are gone when the candidate is due");
        session.words(Speaker.AGENT, Said.words("that is your problem not mine", 0), false);
        raised.addAll(Said.coaching(session.advanceTo(2.4)));
        assertEquals(List.of("emotional-control"), kinds());
    }

    @Test
    void theSameKindIsNotRepeatedWithinItsCooldownAndComesBackAfter() {
        CoachingSession session = open();
        feed(session, Speaker.CALLER, "maybe next month", 0);
        feed(session, Speaker.CALLER, "i said later", 10);
        feed(session, Speaker.CALLER, "let me think about it", 20);
        assertEquals(List.of("urgency"), kinds());
        feed(session, Speaker.CALLER, "i will call you back", 80);
        assertEquals(List.of("urgency", "urgency"), kinds());
    }

    @Test
    void noMoreThanThreeTipsInAMinuteButAnAlertIsNeverHeldBack() {
        CoachingSession session = open();
        feed(session, Speaker.CALLER, "i will call you back next month", 0);
        feed(session, Speaker.CALLER, "i lost my job", 5);
        feed(session, Speaker.CALLER, "i already paid that", 10);
        // the agent losing control is an alert: it must be seen while it can be fixed
        feed(session, Speaker.AGENT, "you people never pay", 15);
        feed(session, Speaker.CALLER, "i cannot pay", 20);
        assertEquals(List.of("urgency", "empathy", "dispute", "emotional-control"), kinds());
    }

    @Test
    void theAgentsAlertsDoNotCountTowardsTheTipsOfAMinute() {
        CoachingSession session = open();
        feed(session, Speaker.CALLER, "i will call you back next month", 0);
        feed(session, Speaker.AGENT, "you people never pay", 5);
        feed(session, Speaker.AGENT, "that is your problem not mine", 10);
        feed(session, Speaker.CALLER, "i lost my job", 20);
        feed(session, Speaker.CALLER, "i cannot pay", 30);
        assertEquals(List.of("urgency", "emotional-control", "empathy", "options"), kinds());
    }

    @Test
    void theCloseOfTheCallDoesNotHoldBackWhatTheGoodbyeGaveAway() {
        CoachingSession session = open();
        feed(session, Speaker.CALLER, "i lost my job", 0);
        feed(session, Speaker.CALLER, "i will call you back next month", 10);
        // the goodbye both closes with nothing agreed and gives the day away: the third and fourth tips of the minute
        feed(session, Speaker.AGENT, "no rush at all thanks for your time have a good day", 20);
        assertEquals(List.of("empathy", "urgency", "next-step", "firmness"), kinds());
        // the minute's three tips are spent all the same
        feed(session, Speaker.CALLER, "i already paid that", 30);
        assertEquals(List.of("empathy", "urgency", "next-step", "firmness"), kinds());
    }

    @Test
    void aTurnIsTheWordsSinceTheOtherPartySpokeWhicheverResultCameFirst() {
        CoachingSession session = open();
        List<Word> three = Said.words("you could pay in full or you could do three payments or six payments", 0);
        List<Word> answer = Said.words("six payments is too much for me", Said.end(three) + 0.5);
        // under load the agent's final comes after the client's answer
        session.words(Speaker.CALLER, answer, true);
        session.words(Speaker.AGENT, three, true);
        List<Word> next = Said.words("okay then twelve payments of fifty", Said.end(answer) + 0.5);
        session.words(Speaker.AGENT, next, false);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(next) + 1)));
        session.words(Speaker.AGENT, next, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(next) + 5)));
        assertFalse(kinds().contains("options"), "three options, then one: never more than three in a turn");
    }

    @Test
    void wordsTheClientGoesOnWithWhileTheAgentCutsInAreNoAnswer() {
        CoachingSession session = open();
        // the client is mid-sentence (a word every 0.3 s) when the agent cuts in, twice
        List<Word> story = Said.words("i tried to cancel that gym five times and they kept charging me anyway so i just stopped", 0);
        List<Word> blame = Said.words("that is your problem", 2);
        session.words(Speaker.AGENT, blame, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(blame) + 0.3)));
        session.words(Speaker.CALLER, story, true);
        List<Word> again = Said.words("you people never pay", Said.end(story) - 0.5);
        session.words(Speaker.AGENT, again, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(again) + 0.5)));
        assertEquals(List.of("emotional-control"), kinds(), "one outburst over one sentence of the client's");
    }

    @Test
    void aHardshipIsJudgedOnceTheAgentsAnswerToItEnds() {
        for (boolean asksAfterThem : List.of(true, false)) {
            raised.clear();
            CoachingSession session = open();
            List<Word> hardship = Said.words("my husband was in the hospital", 0);
            session.words(Speaker.CALLER, hardship, true);
            double t = Said.end(hardship) + 0.4;
            String answer = "okay the balance is three hundred" + (asksAfterThem ? " how is he doing now" : " can you pay it");
            List<Word> words = Said.words(answer, t);
            // the answer comes as the recogniser gives it: partial results, a word at a time
            for (int i = 1; i < words.size(); i++) {
                session.words(Speaker.AGENT, words.subList(0, i), false);
                raised.addAll(Said.coaching(session.advanceTo(words.get(i).start())));
            }
            session.words(Speaker.AGENT, words, true);
            raised.addAll(Said.coaching(session.advanceTo(Said.end(words) + 5)));
            assertEquals(asksAfterThem ? List.of() : List.of("empathy"), kinds(), answer);
        }
    }

    @Test
    void hostileWordsGoingOnWithoutAPauseOverTheClientsBackchannelAreOneOccurrence() {
        CoachingSession session = open();
        List<Word> blame = Said.words("that is your problem not ours", 0);
        session.words(Speaker.AGENT, blame, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(blame) + 0.3)));
        // the client's "okay" falls inside the agent's speech, which goes on with no pause
        List<Word> okay = Said.words("okay", Said.end(blame) - 0.4);
        session.words(Speaker.CALLER, okay, true);
        List<Word> more = Said.words("you people never pay your bills", Said.end(blame) + 0.2);
        session.words(Speaker.AGENT, more, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(more) + 0.5)));
        raised.addAll(Said.coaching(session.advanceTo(Said.end(more) + 5)));
        assertEquals(List.of("emotional-control"), kinds(), "one stretch of the agent's speech, one outburst");
    }

    @Test
    void aSecondHostileRemarkTalkingOverTheClientsAnswerIsANewOccurrence() {
        CoachingSession session = open();
        List<Word> blame = Said.words("that is your problem not ours", 0);
        session.words(Speaker.AGENT, blame, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(blame) + 0.5)));
        // the client answers; their final result is still to come when the agent cuts in again
        double answer = Said.end(blame) + 1;
        session.words(Speaker.CALLER, Said.words("i did not lose anything i have the email", answer), false);
        List<Word> cut = Said.words("i don't care about your email", answer + 1.5);
        session.words(Speaker.AGENT, cut, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(cut) + 0.5)));
        assertEquals(List.of("emotional-control", "emotional-control"), kinds());
    }

    @Test
    void disputeShowsThePaymentOnRecord() {
        call(CoachingEngine.of(EN).open(FACTS, Said.CALL_DATE), Speaker.CALLER, "but i already paid that invoice");
        assertEquals("Payment on record: $250.00 on Thu 10 Apr by bank transfer, ref TX-88120.", raised.get(0).message());
    }

    @Test
    void closingWithNothingAgreedIsANextStepAndWithEverythingAgreedIsNot() {
        call(open(), Speaker.AGENT, "i understand", Speaker.AGENT, "thank you for your time have a nice day");
        assertEquals(List.of("next-step"), kinds());
        raised.clear();
        call(open(), Speaker.CALLER, "i can pay one hundred dollars on friday by bank transfer",
                Speaker.AGENT, "thank you for your time have a nice day");
        assertEquals(List.of(), raised);
    }

    @Test
    void raisedAgentVoiceOverTheirOwnBaselineIsEmotionalControl() {
        CoachingSession session = open();
        double t = voice(session, Speaker.AGENT, 0, 8, -26);
        assertEquals(List.of(), kinds(), "steady voice");
        t = voice(session, Speaker.AGENT, t, 1.0, -23);
        assertEquals(List.of(), kinds(), "3 dB is within a voice's range");
        double loudStart = t;
        voice(session, Speaker.AGENT, t, 3, -18);
        assertEquals(List.of("emotional-control"), kinds());
        Prompt p = raised.get(0);
        assertEquals("agent-raised-voice", p.rule());
        // A 1.5 s window turns loud once more than half of it is, and must stay so for 1 s.
        assertTrue(p.at() >= loudStart + 1.5 && p.at() <= loudStart + 2.1, "at " + p.at());
        var m = java.util.regex.Pattern.compile("voice (\\d+\\.\\d) dB over the agent's own baseline for (\\d\\.\\d) s")
                .matcher(p.evidence());
        assertTrue(m.matches(), p.evidence());
        assertEquals(7.0, Double.parseDouble(m.group(1)), 0.5); // the lower median, -19, over -26
        assertEquals(p.at() - loudStart, Double.parseDouble(m.group(2)), 0.3);
    }

    @Test
    void aShoutedSentenceThatDipsBetweenWordsIsOneRaisedVoice() {
        CoachingSession session = open();
        double t = voice(session, Speaker.AGENT, 0, 8, -26);
        // Shouted words (-16) with quieter syllables between them (-25) for 0.35 s of every
        // 0.9 s: half a second at a time is often no louder than the baseline, the sentence is.
        frames(session, Speaker.AGENT, t, 90, i -> i % 18 < 11 ? -16 : -25);
        assertEquals(List.of("emotional-control"), kinds());
        assertEquals("agent-raised-voice", raised.get(0).rule());
    }

    @Test
    void shoutedWordsWithSilencesBetweenThemAreOneRaisedVoice() {
        CoachingSession session = open();
        double t = voice(session, Speaker.AGENT, 0, 8, -26);
        // 0.35 s words at -14 with 0.15 s of silence between them, for 4 s: 70 % voiced
        frames(session, Speaker.AGENT, t, 80, i -> i % 10 < 7 ? -14 : Loudness.FLOOR_DBFS);
        assertEquals(List.of("emotional-control"), kinds());
    }

    @Test
    void anEmphaticWordOrAShortExclamationIsNoRaisedVoice() {
        CoachingSession session = open();
        double t = voice(session, Speaker.AGENT, 0, 8, -26);
        t = voice(session, Speaker.AGENT, t, 0.6, -14);
        t = voice(session, Speaker.AGENT, t, 3, -26);
        t = voice(session, Speaker.AGENT, t, 0.8, -14);
        t = voice(session, Speaker.AGENT, t, 3, -26);
        // "No. NEVER.": a pause, then one loud word
        t = voice(session, Speaker.AGENT, t, 0.6, -26);
        t = voice(session, Speaker.AGENT, t, 0.3, Loudness.FLOOR_DBFS);
        t = voice(session, Speaker.AGENT, t, 0.6, -14);
        voice(session, Speaker.AGENT, t, 3, -26);
        assertEquals(List.of(), raised);
    }

    @Test
    void loudFromTheFirstWordIsNotJudgedBeforeTheBaselineIsKnown() {
        CoachingSession session = open();
        voice(session, Speaker.AGENT, 0, 3, -10);
        assertEquals(List.of(), raised);
    }

    @Test
    void agentTalkingOverTheCallerForASustainedMomentIsEmotionalControl() {
        CoachingSession session = open();
        double w = AcousticMeter.WINDOW_SECONDS;
        for (int i = 0; i < 120; i++) {
            double t = i * w;
            session.acoustics(Speaker.CALLER, frame(t, t >= 0 && t < 4 ? -25 : Loudness.FLOOR_DBFS));
            session.acoustics(Speaker.AGENT, frame(t, t >= 2 && t < 5.5 ? -25 : Loudness.FLOOR_DBFS));
            raised.addAll(Said.coaching(session.advanceTo(t + w)));
        }
        assertEquals(List.of("emotional-control"), kinds());
        assertEquals("agent-talks-over", raised.get(0).rule());
        assertEquals(3.5, raised.get(0).at(), 0.051);
        assertTrue(session.overlapSeconds() >= 2.0 && session.overlapSeconds() <= 2.4);
    }

    @Test
    void callerTalkingOverTheAgentIsNotTheAgentLosingControl() {
        CoachingSession session = open();
        double w = AcousticMeter.WINDOW_SECONDS;
        for (int i = 0; i < 120; i++) {
            double t = i * w;
            session.acoustics(Speaker.AGENT, frame(t, t < 4 ? -25 : Loudness.FLOOR_DBFS));
            session.acoustics(Speaker.CALLER, frame(t, t >= 2 && t < 5.5 ? -25 : Loudness.FLOOR_DBFS));
            raised.addAll(Said.coaching(session.advanceTo(t + w)));
        }
        assertEquals(List.of(), raised);
    }

    @Test
    void promptJsonHasExactlyTheContractKeysInOrder() throws Exception {
        call(open(), Speaker.CALLER, "i will call you back next month");
        JsonNode json = Json.MAPPER.valueToTree(raised.get(0));
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertEquals(List.of("kind", "rule", "at", "message", "evidence", "speaker", "severity"), keys);
        assertEquals("caller", json.get("speaker").asText());
        assertEquals("warn", json.get("severity").asText());
        assertEquals(raised.get(0), Json.MAPPER.treeToValue(json, Prompt.class));
    }

    @Test
    void spanishPackPromptsOnMexicanSpanish() {
        CoachingSession session = CoachingEngine.builtIn("es").open(FactsView.NONE, Said.CALL_DATE);
        feed(session, Speaker.CALLER, "ahorita no puedo le marco el próximo mes", 0);
        feed(session, Speaker.CALLER, "no tengo dinero qué puedo hacer", 8);
        feed(session, Speaker.AGENT, "ese no es mi problema", 16);
        feed(session, Speaker.CALLER, "pero yo ya pagué esa factura", 70);
        assertEquals(List.of("urgency", "options", "emotional-control", "dispute"), kinds());
        assertTrue(raised.get(0).message().startsWith("Ponga fecha"), raised.get(0).message());
    }

    @Test
    void sessionKeepsTheRulesItWasOpenedWith() throws Exception {
        RulesRepository repository = RulesRepository.inMemory(EN);
        CoachingEngine engine = new CoachingEngine(repository);
        CoachingSession before = engine.open(FactsView.NONE, Said.CALL_DATE);
        repository.replace(RuleBook.builtInText("en").replace("  - name: soft-ask\n", "  - name: soft-ask\n    enabled: false\n"));
        assertTrue(before.rules().ruleNames().contains("soft-ask"));
        assertTrue(!engine.open(FactsView.NONE, Said.CALL_DATE).rules().ruleNames().contains("soft-ask"));
    }

    private void feed(CoachingSession session, Speaker speaker, String text, double start) {
        List<Word> words = Said.words(text, start);
        session.words(speaker, words, true);
        raised.addAll(Said.coaching(session.advanceTo(Said.end(words) + 0.3)));
        raised.addAll(Said.coaching(session.advanceTo(Said.end(words) + 5)));
    }

    /** Speech-like frames (voiced, 4 of 5 windows) at {@code dbfs} for {@code seconds}. */
    private double voice(CoachingSession session, Speaker speaker, double from, double seconds, double dbfs) {
        double w = AcousticMeter.WINDOW_SECONDS;
        int n = (int) Math.round(seconds / w);
        for (int i = 0; i < n; i++) {
            double t = from + i * w;
            session.acoustics(speaker, frame(t, i % 5 == 4 ? Loudness.FLOOR_DBFS : dbfs + (i % 3) - 1));
            raised.addAll(Said.coaching(session.advanceTo(t + w)));
        }
        return from + n * w;
    }

    /** {@code count} windows of the speaker's audio from {@code from}, the i-th at {@code level(i)} dBFS. */
    private void frames(CoachingSession session, Speaker speaker, double from, int count,
            java.util.function.IntToDoubleFunction level) {
        double w = AcousticMeter.WINDOW_SECONDS;
        for (int i = 0; i < count; i++) {
            double at = from + i * w;
            session.acoustics(speaker, frame(at, level.applyAsDouble(i)));
            raised.addAll(Said.coaching(session.advanceTo(at + w)));
        }
    }

    private static AcousticFrame frame(double t, double dbfs) {
        double start = Math.round(t * 10_000) / 10_000.0;
        return new AcousticFrame(start, Math.round((t + AcousticMeter.WINDOW_SECONDS) * 10_000) / 10_000.0, dbfs,
                dbfs > -50);
    }
}
