package app.parley.review;

import static app.parley.review.Calls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.call.LoudnessTrack;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.coaching.RuleBook;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorecardRulesTest {
    private static final RuleBook EN = RuleBook.builtIn("en");
    private static final RuleBook ES = RuleBook.builtIn("es");

    private static Row row(Element element, Calls call, LoudnessTrack... tracks) {
        return row(element, call.build(), EN, tracks);
    }

    private static Row row(Element element, CallRecord record, RuleBook rules, LoudnessTrack... tracks) {
        Scorecard card = ScorecardRules.score(record, List.of(tracks), rules);
        Row row = card.row(element);
        assertEquals(row.computedVerdict(), row.verdict(), "a computed row is not overridden");
        assertEquals(List.of(), row.overrides());
        return row;
    }

    private static void assertRow(Verdict verdict, String reason, Row row) {
        assertEquals(verdict, row.verdict(), row::toString);
        assertEquals(reason, row.reason());
    }

    private static Moment said(double at, Speaker speaker, String text) {
        return new Moment(at, speaker, text, Moment.Source.UTTERANCE);
    }

    private static Moment prompted(double at, Speaker speaker, String text) {
        return new Moment(at, speaker, text, Moment.Source.PROMPT);
    }

    @Test
    void everyCallGetsTheEightElementsInOrder() {
        Scorecard card = ScorecardRules.score(call().agent(0, "hello").build(), List.of(), EN);
        assertEquals("c1", card.callId());
        assertEquals(List.of("emotional-control", "urgency", "options", "information", "empathy", "next-step",
                "disclosure", "compliance"), card.rows().stream().map(r -> r.element().id()).toList());
        assertEquals(List.of("Emotional control", "Urgency", "About three options", "Information", "Empathy",
                "Next step agreed", "Disclosure said", "Compliance"), card.rows().stream().map(Row::title).toList());
    }

    @Test
    void twoTracksForOnePartyAreRefused() {
        LoudnessTrack track = Calls.track(Speaker.AGENT, 10, -30, -30);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScorecardRules.score(call().build(), List.of(track, track), EN));
        assertEquals("two loudness tracks for the agent", e.getMessage());
    }

    @Test
    void anUtteranceStoredWithoutWordTimingsIsReadFromItsText() {
        CallRecord record = new CallRecord(call().build().call(), List.of(new Utterance(Speaker.AGENT, 10, 14.5,
                "Hello, this is an attempt to collect a debt.", List.of())), List.of(), null);
        Row row = row(Element.DISCLOSURE, record, EN);
        assertRow(Verdict.MET, "the agent said the disclosure ('an attempt to collect a debt.')", row);
        assertEquals(List.of(said(11.5, Speaker.AGENT, "an attempt to collect a debt.")), row.moments(),
                "9 words over 4.5 s: the fourth starts 1.5 s in");
    }

    @Test
    void aScorecardHasEachElementOnceInOrder() {
        Scorecard card = ScorecardRules.score(call().build(), List.of(), EN);
        List<Row> swapped = new ArrayList<>(card.rows());
        Collections.swap(swapped, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> new Scorecard("c1", swapped));
        assertThrows(IllegalArgumentException.class, () -> new Scorecard("c1", card.rows().subList(0, 6)));
    }

    @Nested
    class EmotionalControl {
        @Test
        void metWhenNoPromptNoHostileWordsAndTheVoiceStaysNearItsMedian() {
            Calls calm = call().agent(1, "good morning how are you today").caller(4, "fine");
            assertRow(Verdict.MET, "no emotional-control prompt, no hostile words, voice not judged (no loudness "
                    + "track)", row(Element.EMOTIONAL_CONTROL, calm));
            Row measured = row(Element.EMOTIONAL_CONTROL, calm, Calls.track(Speaker.AGENT, 30, -30, -20, 26, 26.6));
            assertRow(Verdict.MET, "no emotional-control prompt, no hostile words, voice never 5 dB over the agent's "
                    + "median for 1.5 s", measured);
            assertEquals(List.of(), measured.moments(), "an emphatic word is not a raised voice");
            Row exclaimed = row(Element.EMOTIONAL_CONTROL, calm, Calls.track(Speaker.AGENT, 30, -30, -20, 26, 26.8));
            assertEquals(List.of(), exclaimed.moments(), "nor is an exclamation shorter than a second");
        }

        @Test
        void aTrackWithTooLittleVoiceIsNotJudged() {
            Calls calm = call().agent(1, "good morning");
            assertRow(Verdict.MET, "no emotional-control prompt, no hostile words, voice not judged (less than 4 s "
                    + "of the agent's voice)", row(Element.EMOTIONAL_CONTROL, calm,
                    Calls.track(Speaker.AGENT, 4.5, -30, -20, 1, 4)));
        }

        @Test
        void missedWhenAnEmotionalControlPromptFired() {
            Row row = row(Element.EMOTIONAL_CONTROL, call().agent(10, "listen to me").prompt("emotional-control",
                    "agent-talks-over", 12, "talked over the caller for 1.5 s", Speaker.AGENT));
            assertRow(Verdict.MISSED, "1 emotional-control prompt", row);
            assertEquals(List.of(prompted(12, Speaker.AGENT, "agent-talks-over: talked over the caller for 1.5 s")),
                    row.moments());
        }

        @Test
        void missedOnTheAgentsHostileWordsButNotTheCallers() {
            Row row = row(Element.EMOTIONAL_CONTROL, call().caller(2, "you people are a scam")
                    .agent(5, "well that is your problem not mine"));
            assertRow(Verdict.MISSED, "hostile words ('that is your problem')", row);
            assertEquals(List.of(said(5.3, Speaker.AGENT, "that is your problem")), row.moments());
        }

        @Test
        void missedOnAVoiceSustainedWellAboveTheAgentsMedian() {
            // Speech at -30 dBFS, then -20 from 20 s to 23 s: the median of the last 1.5 s
            // (every fifth step unvoiced) crosses 5 dB over the agent's median once more than
            // half the window is loud, taken as half a window before; it falls back half a
            // window after the voice did.
            LoudnessTrack track = Calls.track(Speaker.AGENT, 30, -30, -20, 20, 23);
            Row row = row(Element.EMOTIONAL_CONTROL, call().agent(1, "good morning"), track);
            assertRow(Verdict.MISSED, "1 stretch of raised voice", row);
            assertEquals(List.of(new Moment(20.05, Speaker.AGENT, "voice 9.9 dB over the agent's median for 2.9 s",
                    Moment.Source.LOUDNESS)), row.moments());
        }

        @Test
        void theCallersVoiceIsNotTheAgents() {
            Row row = row(Element.EMOTIONAL_CONTROL, call().agent(1, "good morning"),
                    Calls.track(Speaker.CALLER, 30, -30, -20, 20, 23));
            assertRow(Verdict.MET, "no emotional-control prompt, no hostile words, voice not judged (no loudness "
                    + "track)", row);
        }

        @Test
        void notApplicableWhenTheAgentSaidNothingAndWasNotMeasured() {
            assertRow(Verdict.NOT_APPLICABLE, "the agent said nothing",
                    row(Element.EMOTIONAL_CONTROL, call().caller(1, "hello hello")));
        }
    }

    @Nested
    class Urgency {
        @Test
        void metWhenTheAgentPutsADateOnADeferral() {
            Row row = row(Element.URGENCY, call().caller(3, "i can pay next month")
                    .agent(8, "could you make it by friday"));
            assertRow(Verdict.MET, "the agent named a date ('friday'), to every deferral and offer", row);
            assertEquals(List.of(said(9.5, Speaker.AGENT, "friday")), row.moments());
        }

        @Test
        void metWhenTheAgentNamesADateUnasked() {
            assertRow(Verdict.MET, "the agent named a date ('this week')",
                    row(Element.URGENCY, call().agent(3, "we need the payment this week")));
        }

        @Test
        void missedWhenTheCallerDefersAndNoDateFollowsWithinAMinute() {
            Row row = row(Element.URGENCY, call().caller(3, "i will think about it")
                    .prompt("urgency", "client-defers", 5, "think about it", Speaker.CALLER)
                    .agent(6, "okay no problem").agent(70, "so what about tomorrow"));
            assertRow(Verdict.MISSED, "no date within 60 s of 'think about it' (caller)", row);
            assertEquals(List.of(said(3.6, Speaker.CALLER, "think about it"),
                    prompted(5, Speaker.CALLER, "client-defers: think about it")), row.moments());
        }

        @Test
        void missedWhenAnOfferHasNoDate() {
            Row row = row(Element.URGENCY, call().agent(3, "i can offer you a payment plan"));
            assertRow(Verdict.MISSED, "no date within 60 s of 'i can offer' (agent), 'payment plan' (agent)", row);
        }

        @Test
        void aDeferralWithItsOwnNearDateIsNoDeferral() {
            assertRow(Verdict.NOT_APPLICABLE, "no deferral, no offer and no date: nothing to date",
                    row(Element.URGENCY, call().caller(3, "i will call you back tomorrow")));
        }
    }

    @Nested
    class Options {
        @Test
        void metWhenTheAgentFramesOptions() {
            Row row = row(Element.OPTIONS, call().caller(2, "i cant pay all that")
                    .agent(5, "you have three options today"));
            assertRow(Verdict.MET, "the agent framed options ('three options')", row);
            assertEquals(List.of(said(5.6, Speaker.AGENT, "three options")), row.moments());
        }

        @Test
        void missedWhenMoreThanThreeAreListedAtOnce() {
            Row row = row(Element.OPTIONS, call().agent(5, "option one pay in full option two a short plan")
                    .agent(9, "option three a long plan option four we wait a month"));
            assertRow(Verdict.MISSED, "4 options within 20 s ('option one', 'option two', 'option three', "
                    + "'option four'): more than three at once", row);
            assertEquals(List.of(5.0, 6.5, 9.0, 10.5), row.moments().stream().map(Moment::at).toList());
        }

        @Test
        void fourOptionsSpreadOverTheCallAreNotTooMany() {
            Row row = row(Element.OPTIONS, call().agent(5, "option one pay in full option two a short plan")
                    .agent(40, "option three a long plan option four we wait a month"));
            assertRow(Verdict.MET, "the agent framed options ('option one')", row);
        }

        @Test
        void missedWhenTheCallerCannotPayAndNoOptionsAreFramed() {
            Row row = row(Element.OPTIONS, call().caller(2, "i dont have the money")
                    .prompt("options", "cannot-pay-no-options", 3.5, "dont have the money", Speaker.CALLER)
                    .agent(5, "you need to pay the full balance"));
            assertRow(Verdict.MISSED, "the caller can't pay ('dont have the money') and no options were framed", row);
            assertEquals(List.of(said(2.3, Speaker.CALLER, "dont have the money"),
                    prompted(3.5, Speaker.CALLER, "cannot-pay-no-options: dont have the money")), row.moments());
        }

        @Test
        void notApplicableWhenNeitherCameUp() {
            assertRow(Verdict.NOT_APPLICABLE, "no options framed, and the caller never said they can't pay",
                    row(Element.OPTIONS, call().caller(2, "i will pay it in full today")));
        }
    }

    @Nested
    class Information {
        private static final JsonNode FACTS = json("""
                {"balance": "810.40", "past_due": "300.00",
                 "last_payment": {"date": "2026-02-10", "amount": "200.00"},
                 "invoices": [{"id": "BI-7", "due_on": "2026-03-15", "amount": "500.00", "open": "300.00"}],
                 "offers": [{"kind": "pay_in_full", "total": "769.88", "discount": "40.52",
                             "instalments": [{"due_on": "2026-03-19", "amount": "769.88"}]}],
                 "promises": {"items": []}}
                """);

        @Test
        void metWhenTheAgentNamesAmountsDatesAndInvoicesOfTheAccount() {
            Row row = row(Element.INFORMATION, call().facts(FACTS)
                    .agent(2, "your balance is eight hundred and ten dollars")
                    .agent(8, "invoice b i seven was due march fifteenth")
                    .agent(14, "and we got two hundred dollars on the tenth of february"));
            assertRow(Verdict.MET, "the agent named the account's balance 810.40, invoice BI-7, "
                    + "invoice BI-7 due 2026-03-15 and 2 more", row);
            assertEquals(List.of(
                    said(2.9, Speaker.AGENT, "eight hundred and ten (balance 810.40)"),
                    said(8.3, Speaker.AGENT, "b i seven (invoice BI-7)"),
                    said(9.8, Speaker.AGENT, "march fifteenth (invoice BI-7 due 2026-03-15)"),
                    said(14.9, Speaker.AGENT, "two hundred (last payment 200.00)"),
                    said(16.4, Speaker.AGENT, "tenth of february (last payment 2026-02-10)")), row.moments());
        }

        @Test
        void spanishNumbersAndDatesAreReadToo() {
            Row row = row(Element.INFORMATION, call().facts(FACTS)
                    .agent(2, "su saldo es de ochocientos diez pesos").agent(8, "vence el quince de marzo").build(),
                    ES);
            assertRow(Verdict.MET, "the agent named the account's balance 810.40, invoice BI-7 due 2026-03-15", row);
        }

        @Test
        void missedWhenTheAgentNamesNothingOfTheAccount() {
            Row row = row(Element.INFORMATION, call().facts(FACTS)
                    .caller(2, "i already paid that")
                    .prompt("dispute", "client-says-paid", 3, "already paid", Speaker.CALLER)
                    .agent(5, "you owe three thousand dollars since june second"));
            assertRow(Verdict.MISSED, "the agent named no amount, date or invoice of the account", row);
            assertEquals(List.of(prompted(3, Speaker.CALLER, "client-says-paid: already paid")), row.moments());
        }

        @Test
        void theCallerNamingTheFactsIsNotTheAgentKnowingThem() {
            assertRow(Verdict.MISSED, "the agent named no amount, date or invoice of the account",
                    row(Element.INFORMATION, call().facts(FACTS).caller(2, "i owe eight hundred ten dollars")));
        }

        @Test
        void notApplicableWithoutFacts() {
            assertRow(Verdict.NOT_APPLICABLE, "no account facts with the call",
                    row(Element.INFORMATION, call().agent(2, "your balance is eight hundred ten dollars")));
            assertRow(Verdict.NOT_APPLICABLE, "the account facts hold no amount, date or invoice",
                    row(Element.INFORMATION, call().facts(json("{\"balance\": \"0.00\"}"))
                            .agent(2, "your balance is zero")));
        }
    }

    @Nested
    class Empathy {
        @Test
        void metWhenTheAgentAcknowledgesTheHardship() {
            Row row = row(Element.EMPATHY, call().caller(2, "i lost my job in january")
                    .agent(5, "i am sorry to hear that"));
            assertRow(Verdict.MET, "acknowledged ('i am sorry'): 'lost my job' (caller)", row);
            assertEquals(List.of(said(2.3, Speaker.CALLER, "lost my job"), said(5, Speaker.AGENT, "i am sorry")),
                    row.moments());
        }

        @Test
        void missedWhenAngerGoesUnacknowledged() {
            Row row = row(Element.EMPATHY, call().caller(2, "this is ridiculous stop calling me")
                    .agent(5, "you owe five hundred dollars").agent(60, "i understand"));
            assertRow(Verdict.MISSED, "not acknowledged: 'ridiculous' (caller), 'stop calling me' (caller)", row);
            assertEquals(List.of(said(2.6, Speaker.CALLER, "ridiculous"), said(2.9, Speaker.CALLER, "stop calling me")),
                    row.moments());
        }

        @Test
        void aShoutingCallerCallsForAcknowledgementToo() {
            Row row = row(Element.EMPATHY, call().agent(1, "good morning"),
                    Calls.track(Speaker.CALLER, 30, -30, -20, 20, 23));
            assertRow(Verdict.MISSED, "not acknowledged: 'voice 9.9 dB over the caller's median for 2.9 s' (caller)",
                    row);
            assertEquals(Moment.Source.LOUDNESS, row.moments().get(0).source());
        }

        @Test
        void notApplicableWhenTheCallerExpressedNothing() {
            assertRow(Verdict.NOT_APPLICABLE, "the caller told of no hardship and showed no anger",
                    row(Element.EMPATHY, call().caller(2, "okay i can pay friday")));
        }
    }

    @Nested
    class NextStep {
        @Test
        void metWhenDateAmountAndChannelAreSaidNearTheEnd() {
            Row row = row(Element.NEXT_STEP, call().duration(200)
                    .agent(150, "so two hundred dollars by card on friday").caller(155, "yes"));
            assertRow(Verdict.MET, "date, amount and channel said in the last 120 s ('friday', 'hundred', 'card')",
                    row);
            assertEquals(List.of(150.6, 150.9, 151.5, 152.1), row.moments().stream().map(Moment::at).toList());
        }

        @Test
        void missedWhenTheAgreementIsNotNearTheEnd() {
            Row row = row(Element.NEXT_STEP, call().duration(300)
                    .agent(10, "so two hundred dollars by card on friday")
                    .agent(280, "thank you for your time goodbye")
                    .prompt("next-step", "closing-without-agreement", 282, "thank you for your time",
                            Speaker.AGENT));
            assertRow(Verdict.MISSED, "no date, no amount, no channel agreed in the last 120 s", row);
            assertEquals(List.of(prompted(282, Speaker.AGENT, "closing-without-agreement: thank you for your time")),
                    row.moments());
        }

        @Test
        void missedNamesWhatIsLacking() {
            assertRow(Verdict.MISSED, "no channel agreed in the last 120 s",
                    row(Element.NEXT_STEP, call().agent(10, "two hundred dollars on friday then")));
        }

        @Test
        void notApplicableWhenTheCallerDisputesTheDebt() {
            Row row = row(Element.NEXT_STEP, call().caller(3, "i already paid that in may")
                    .agent(8, "i will check it and call you"));
            assertRow(Verdict.NOT_APPLICABLE, "the caller disputes the debt ('already paid'): the next step is "
                    + "checking it, not a payment", row);
        }
    }

    @Nested
    class Compliance {
        @Test
        void aBreachAtEachAlertAPassWithoutOne() {
            Row row = row(Element.COMPLIANCE, call().agent(2, "you owe four hundred dollars")
                    .prompt("compliance", "debt-before-disclosure", 3, "owe", Speaker.AGENT)
                    .prompt("compliance", "unlawful-threat", 9, "have you arrested", Speaker.AGENT));
            assertRow(Verdict.MISSED, "breach: 2 alerts (debt-before-disclosure, unlawful-threat)", row);
            assertEquals(List.of(prompted(3, Speaker.AGENT, "debt-before-disclosure: owe"),
                    prompted(9, Speaker.AGENT, "unlawful-threat: have you arrested")), row.moments());
            assertRow(Verdict.MET, "pass: no compliance alert in the call",
                    row(Element.COMPLIANCE, call().agent(1, "this is an attempt to collect a debt")));
        }
    }

    @Nested
    class Disclosure {
        @Test
        void metWhenTheAgentSaysIt() {
            Row row = row(Element.DISCLOSURE, call().agent(1, "hi this is ana from acme this is an attempt to "
                    + "collect a debt and any information obtained will be used for that purpose"));
            assertRow(Verdict.MET, "the agent said the disclosure ('an attempt to collect a debt')", row);
            assertEquals(List.of(said(3.4, Speaker.AGENT, "an attempt to collect a debt"),
                    said(5.5, Speaker.AGENT, "any information obtained will be used for that purpose")), row.moments());
        }

        @Test
        void missedWhenOnlyTheCallerSaysItOrNobody() {
            assertRow(Verdict.MISSED, "the agent never said the disclosure",
                    row(Element.DISCLOSURE, call().agent(1, "hi this is ana from acme")
                            .caller(4, "is this an attempt to collect a debt")));
        }

        @Test
        void spanishDisclosure() {
            assertRow(Verdict.MET, "the agent said the disclosure ('es un intento de cobrar una deuda')",
                    row(Element.DISCLOSURE, call().agent(1, "le informo que esta llamada es un intento de cobrar "
                            + "una deuda").build(), ES));
        }

        @Test
        void notApplicableWhenTheSitesRulesHaveNoDisclosure() throws Exception {
            RuleBook site = RuleBook.parse("""
                    concepts:
                      hostile:
                        phrases: [stupid]
                    rules: []
                    """, "site.yaml");
            Scorecard card = ScorecardRules.score(call().agent(1, "this is an attempt to collect a debt").build(),
                    List.of(), site);
            assertRow(Verdict.NOT_APPLICABLE, "the rules in force have no concept disclosure",
                    card.row(Element.DISCLOSURE));
            assertRow(Verdict.NOT_APPLICABLE, "the rules in force have no concepts near-date, deferral, offer",
                    card.row(Element.URGENCY));
            assertRow(Verdict.MET, "no emotional-control prompt, no hostile words, voice not judged (no loudness "
                    + "track)", card.row(Element.EMOTIONAL_CONTROL));
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
