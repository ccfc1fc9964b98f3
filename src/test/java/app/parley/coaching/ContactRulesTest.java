package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Prompt;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in contact rules, judged as a call connects with the connect time fixed: calling
 * hours at the debtor's location across time zones, the eighth call in seven days, and a call
 * within seven days after a conversation. Nothing here reads the wall clock.
 */
class ContactRulesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    /** 13:30 UTC on Monday 9 November 2026: 08:30 in New York, 05:30 in Los Angeles. */
    private static final Instant MORNING = Instant.parse("2026-11-09T13:30:00Z");

    private static List<Prompt> opened(String language, FactsView.Contact contact) {
        CoachingSession session = CoachingEngine.of(RuleBook.builtIn(language))
                .open(FactsView.NONE.withContact(contact), Said.CALL_DATE);
        return new ArrayList<>(session.advanceTo(0));
    }

    private static List<String> rules(String language, FactsView.Contact contact) {
        return opened(language, contact).stream().map(Prompt::rule).toList();
    }

    private static FactsView.Contact at(Instant connected, ZoneId... zones) {
        return new FactsView.Contact(connected, List.of(zones), List.of(), List.of());
    }

    @Test
    void callingHoursAreJudgedAtTheDebtorsLocation() {
        assertEquals(List.of(), rules("en", at(MORNING, NEW_YORK)));
        List<Prompt> early = opened("en", at(MORNING, LOS_ANGELES));
        assertEquals(List.of("outside-calling-hours"), early.stream().map(Prompt::rule).toList());
        Prompt alert = early.get(0);
        assertEquals("compliance", alert.kind());
        assertEquals(Prompt.Severity.ALERT, alert.severity());
        assertEquals(0.0, alert.at(), "before the first word");
        assertEquals("connected at 05:30 America/Los_Angeles (allowed 08:00-21:00)", alert.evidence());
        // A number that may be in either zone: outside the hours in one of them is outside.
        assertEquals(List.of("outside-calling-hours"), rules("en", at(MORNING, NEW_YORK, LOS_ANGELES)));
        // Nothing known of where the caller is: nothing to judge.
        assertEquals(List.of(), rules("en", at(MORNING)));
    }

    @Test
    void theHoursEndAtNineInTheEveningAndStartAtEight() {
        Instant nine = Instant.parse("2026-11-10T02:00:00Z"); // 21:00 in New York (EST, UTC-5)
        assertEquals(List.of("outside-calling-hours"), rules("en", at(nine, NEW_YORK)));
        assertEquals(List.of(), rules("en", at(nine.minusSeconds(60), NEW_YORK)));
        Instant eight = Instant.parse("2026-11-09T13:00:00Z"); // 08:00 in New York
        assertEquals(List.of(), rules("en", at(eight, NEW_YORK)));
        assertEquals(List.of("outside-calling-hours"), rules("en", at(eight.minusSeconds(60), NEW_YORK)));
    }

    @Test
    void summerTimeIsTheZonesNotAFixedOffset() {
        // 12:30 UTC in July is 08:30 in New York (EDT, UTC-4), in November 07:30 (EST).
        assertEquals(List.of(), rules("en", at(Instant.parse("2026-07-09T12:30:00Z"), NEW_YORK)));
        assertEquals(List.of("outside-calling-hours"), rules("en", at(Instant.parse("2026-11-09T12:30:00Z"), NEW_YORK)));
    }

    @Test
    void mexicoAllowsSevenToTen() {
        Instant halfPastTen = Instant.parse("2026-11-10T04:30:00Z"); // 22:30 in Mexico City (UTC-6)
        assertEquals(List.of("outside-calling-hours"), rules("es", at(halfPastTen, MEXICO_CITY)));
        assertEquals(List.of(), rules("es", at(halfPastTen.minus(Duration.ofMinutes(45)), MEXICO_CITY)));
    }

    @Test
    void theEighthCallInSevenDaysIsABreachTheSeventhIsNot() {
        List<Instant> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(MORNING.minus(Duration.ofHours(20L * i)));
        }
        List<Prompt> eighth = opened("en", new FactsView.Contact(MORNING, List.of(NEW_YORK), seven, List.of()));
        assertEquals(List.of("too-many-calls"), eighth.stream().map(Prompt::rule).toList());
        assertEquals("call 8 about this debt in 7 days", eighth.get(0).evidence());
        assertEquals(List.of(), rules("en", new FactsView.Contact(MORNING, List.of(NEW_YORK), seven.subList(0, 6),
                List.of())));
        // Calls older than seven days don't count.
        List<Instant> spread = new ArrayList<>(seven.subList(0, 6));
        spread.add(MORNING.minus(Duration.ofDays(8)));
        assertEquals(List.of(), rules("en", new FactsView.Contact(MORNING, List.of(NEW_YORK), spread, List.of())));
    }

    @Test
    void aCallWithinSevenDaysAfterAConversationIsABreach() {
        Instant threeDaysAgo = MORNING.minus(Duration.ofDays(3));
        List<Prompt> raised = opened("en", new FactsView.Contact(MORNING, List.of(NEW_YORK), List.of(threeDaysAgo),
                List.of(threeDaysAgo)));
        assertEquals(List.of("call-after-conversation"), raised.stream().map(Prompt::rule).toList());
        assertEquals("spoke with the client 3 days ago", raised.get(0).evidence());
        // A call that reached nobody is no conversation; one eight days ago is out of the window.
        Instant eightDaysAgo = MORNING.minus(Duration.ofDays(8));
        assertEquals(List.of(), rules("en", new FactsView.Contact(MORNING, List.of(NEW_YORK),
                List.of(threeDaysAgo, eightDaysAgo), List.of(eightDaysAgo))));
    }

    @Test
    void contactAlertsComeOnceAndTheCallIsStillCoached() {
        CoachingSession session = CoachingEngine.of(RuleBook.builtIn("en"))
                .open(FactsView.NONE.withContact(at(MORNING, LOS_ANGELES)), Said.CALL_DATE);
        List<Prompt> raised = new ArrayList<>(session.advanceTo(0));
        session.words(app.parley.call.Speaker.CALLER, Said.words("ill call you back next month", 1), true);
        raised.addAll(session.advanceTo(20));
        List<String> rules = raised.stream().map(Prompt::rule).toList();
        assertEquals(1, rules.stream().filter("outside-calling-hours"::equals).count(), rules.toString());
        assertTrue(rules.contains("client-defers"), rules.toString());
    }

    @Test
    void aContactRuleIsValidatedWithItsLine() {
        RuleBookException e = org.junit.jupiter.api.Assertions.assertThrows(RuleBookException.class, () ->
                RuleBook.parse("""
                        concepts:
                          x:
                            phrases: [x]
                        rules:
                          - name: late
                            kind: compliance
                            speaker: agent
                            contact:
                              outside_hours: "21:00-08:00"
                            message: "late"
                          - name: many
                            kind: compliance
                            speaker: agent
                            contact:
                              calls_more_than: 7
                              after_conversation: 7 days
                            message: "many"
                          - name: waits
                            kind: compliance
                            speaker: agent
                            contact:
                              calls_more_than: 7
                              within: 7 days
                            wait: 1 s
                            message: "waits"
                        """, "site.yaml"));
        String message = e.getMessage();
        assertTrue(message.contains("site.yaml:9: rule 'late', field 'contact.outside_hours': must be the allowed local "
                + "hours like \"08:00-21:00\" (from before to), got '21:00-08:00'"), message);
        assertTrue(message.contains("rule 'many', field 'contact.after_conversation': a contact rule looks at one "
                + "thing; this one has calls_more_than and after_conversation"), message);
        assertTrue(message.contains("site.yaml:24: rule 'waits', field 'wait': a 'contact' rule is judged once"),
                message);
    }
}
