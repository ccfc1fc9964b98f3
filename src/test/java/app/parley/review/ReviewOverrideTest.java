package app.parley.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.parley.call.Json;
import app.parley.call.LoudnessTrack;
import app.parley.call.Speaker;
import app.parley.coaching.RuleBook;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewOverrideTest {
    private static final Instant T1 = Instant.parse("2026-03-16T11:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-16T12:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-16T13:00:00Z");

    /** Urgency missed (an offer without a date), disclosure met, the rest as they come. */
    private static Scorecard computed() {
        return ScorecardRules.score(Calls.call().agent(1, "this is an attempt to collect a debt")
                .agent(5, "i can offer a discount").build(), List.of(), RuleBook.builtIn("en"));
    }

    private static ReviewOverride override(String element, String verdict, String reviewer, Instant at) {
        return ReviewOverride.of(element, verdict, "comment by " + reviewer, reviewer, at);
    }

    @Test
    void theNewestOverrideOfAnElementIsShownAndTheComputedVerdictKept() {
        Scorecard card = computed();
        assertEquals(Verdict.MISSED, card.row(Element.URGENCY).verdict());
        ReviewOverride newest = override("urgency", "met", "bo", T3);
        ReviewOverride older = override("urgency", "not-applicable", "al", T1);
        Scorecard shown = card.withOverrides(List.of(newest, older, override("disclosure", "missed", "al", T2)));

        Row urgency = shown.row(Element.URGENCY);
        assertEquals(Verdict.MET, urgency.verdict(), "the newest by time, whatever the list order");
        assertEquals(Verdict.MISSED, urgency.computedVerdict());
        assertEquals(card.row(Element.URGENCY).reason(), urgency.reason());
        assertEquals(card.row(Element.URGENCY).moments(), urgency.moments());
        assertEquals(List.of(older, newest), urgency.overrides(), "history oldest first");
        assertEquals(Verdict.MISSED, shown.row(Element.DISCLOSURE).verdict());
        assertEquals(Verdict.MET, shown.row(Element.DISCLOSURE).computedVerdict());
        assertEquals(card.row(Element.OPTIONS), shown.row(Element.OPTIONS), "rows not overridden are as computed");
    }

    @Test
    void ofTwoOverridesAtTheSameInstantTheLaterGivenWins() {
        Scorecard shown = computed().withOverrides(List.of(override("urgency", "met", "al", T1),
                override("urgency", "not-applicable", "bo", T1)));
        assertEquals(Verdict.NOT_APPLICABLE, shown.row(Element.URGENCY).verdict());
    }

    @Test
    void overridesAddUpToAHistory() {
        Scorecard once = computed().withOverrides(List.of(override("urgency", "met", "al", T2)));
        Scorecard twice = once.withOverrides(List.of(override("urgency", "missed", "bo", T3),
                override("urgency", "not-applicable", "cy", T1)));
        assertEquals(Verdict.MISSED, twice.row(Element.URGENCY).verdict());
        assertEquals(List.of("cy", "al", "bo"),
                twice.row(Element.URGENCY).overrides().stream().map(ReviewOverride::reviewer).toList());
        assertEquals(computed().withOverrides(List.of(override("urgency", "met", "al", T2),
                override("urgency", "missed", "bo", T3), override("urgency", "not-applicable", "cy", T1))), twice);
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "urgent    | met    | why  | al   | 2026-03-16T11:00:00Z | element",
        "NULL      | met    | why  | al   | 2026-03-16T11:00:00Z | element",
        "urgency   | passed | why  | al   | 2026-03-16T11:00:00Z | verdict",
        "urgency   | NULL   | why  | al   | 2026-03-16T11:00:00Z | verdict",
        "urgency   | met    | '  ' | al   | 2026-03-16T11:00:00Z | comment",
        "urgency   | met    | NULL | al   | 2026-03-16T11:00:00Z | comment",
        "urgency   | met    | why  | ' '  | 2026-03-16T11:00:00Z | reviewer",
        "urgency   | met    | why  | NULL | 2026-03-16T11:00:00Z | reviewer",
        "urgency   | met    | why  | al   | NULL                 | at",
    })
    void aBadOverrideNamesTheField(String element, String verdict, String comment, String reviewer, String at,
            String field) {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class, () -> ReviewOverride.of(element,
                verdict, comment, reviewer, at == null ? null : Instant.parse(at)));
        assertEquals(field, e.field());
        assertEquals(field + ":", e.getMessage().substring(0, field.length() + 1));
    }

    @Test
    void errorsSayWhatIsExpected() {
        assertEquals("element: unknown element 'urgent' (expected one of emotional-control, urgency, options, "
                        + "information, empathy, next-step, disclosure, compliance)",
                assertThrows(IllegalArgumentException.class, () -> override("urgent", "met", "al", T1)).getMessage());
        assertEquals("verdict: unknown verdict 'passed' (expected met, missed or not-applicable)",
                assertThrows(IllegalArgumentException.class, () -> override("urgency", "passed", "al", T1))
                        .getMessage());
        assertEquals("comment: at most 2000 characters, got 2001", assertThrows(IllegalArgumentException.class,
                () -> ReviewOverride.of("urgency", "met", "x".repeat(2001), "al", T1)).getMessage());
        assertEquals("  kept  ".strip(), ReviewOverride.of("urgency", "met", "  kept  ", " al ", T1).comment());
    }

    @Test
    void theScorecardServesAsSnakeCaseJsonInAStableOrder() throws Exception {
        Scorecard shown = computed().withOverrides(List.of(
                new ReviewOverride(Element.URGENCY, Verdict.MET, "dated in the follow-up email", "al", T1)));
        String json = Json.encode(shown);
        int urgency = json.indexOf("{\"element\":\"urgency\"");
        assertEquals("""
                {"call_id":"c1","rows":[{"element":"emotional-control","title":"Emotional control",\
                "verdict":"met","computed_verdict":"met",\
                "reason":"no emotional-control prompt, no hostile words, voice not judged (no loudness track)",\
                "moments":[],"overrides":[]},""", json.substring(0, urgency));
        assertEquals("""
                {"element":"urgency","title":"Urgency","verdict":"met","computed_verdict":"missed",\
                "reason":"no date within 60 s of 'i can offer' (agent), 'discount' (agent)","moments":[\
                {"at":5.0,"speaker":"agent","text":"i can offer","source":"utterance"},\
                {"at":6.2,"speaker":"agent","text":"discount","source":"utterance"}],"overrides":[\
                {"element":"urgency","verdict":"met","comment":"dated in the follow-up email","reviewer":"al",\
                "at":"2026-03-16T11:00:00Z"}]},""", json.substring(urgency, json.indexOf("{\"element\":\"options\"")));
        assertEquals(shown, Json.MAPPER.readValue(json, Scorecard.class), "and reads back");
    }

    @Test
    void aLoudnessTrackServesAsSnakeCaseJsonAndComparesByItsLevels() throws Exception {
        LoudnessTrack track = new LoudnessTrack(Speaker.CALLER, 1.5, 0.05, new float[] {-30.5f, -100f});
        assertEquals("{\"speaker\":\"caller\",\"start_s\":1.5,\"step_s\":0.05,\"levels\":[-30.5,-100.0]}",
                Json.encode(track));
        assertEquals(track, new LoudnessTrack(Speaker.CALLER, 1.5, 0.05, new float[] {-30.5f, -100f}));
        assertEquals(track, Json.MAPPER.readValue(Json.encode(track), LoudnessTrack.class));
        org.junit.jupiter.api.Assertions.assertNotEquals(track,
                new LoudnessTrack(Speaker.CALLER, 1.5, 0.05, new float[] {-30.5f, -99f}), "levels count");
        org.junit.jupiter.api.Assertions.assertNotEquals(track,
                new LoudnessTrack(Speaker.AGENT, 1.5, 0.05, new float[] {-30.5f, -100f}), "the speaker counts");
        assertEquals("step_s must be a positive number of seconds, got 0.0", assertThrows(
                IllegalArgumentException.class, () -> new LoudnessTrack(Speaker.AGENT, 0, 0, new float[0]))
                .getMessage());
    }
}
