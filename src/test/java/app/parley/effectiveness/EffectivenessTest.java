package app.parley.effectiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.coaching.RuleBook;
import app.parley.effectiveness.EffectivenessReport.Figures;
import app.parley.effectiveness.EffectivenessReport.PromptAt;
import app.parley.effectiveness.EffectivenessReport.RuleRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prompt effectiveness on hand-built calls whose answers are known. */
class EffectivenessTest {
    static final RuleBook RULES = RuleBook.builtIn("en");
    /** Thursday of ISO week 2026-W48. */
    static final Instant THURSDAY = Instant.parse("2026-11-26T10:00:00Z");
    static final Map<String, Set<String>> TEAMS = Map.of("a1", Set.of("north"), "a2", Set.of("south"),
            "a3", Set.of("north", "south"));

    static Utterance said(Speaker speaker, double start, String text) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String word : text.split(" ")) {
            words.add(new Word(word, t, t + 0.25, 1.0));
            t += 0.3;
        }
        return new Utterance(speaker, start, words.get(words.size() - 1).end(), text, words);
    }

    static Prompt prompt(String kind, String rule, double at) {
        return new Prompt(kind, rule, at, "message", "evidence", Speaker.AGENT, Prompt.Severity.WARN);
    }

    static CallRecord call(String id, String agent, Instant startedAt, List<Utterance> utterances, List<Prompt> prompts,
            PromptFeedback... feedback) {
        return new CallRecord(new CallInfo(id, startedAt, "+15550100100", agent, 120.0), utterances, prompts, null,
                List.of(), List.of(feedback));
    }

    static LoudnessTrack agentTrack(double... levelsPerSecond) {
        float[] levels = new float[levelsPerSecond.length * 4];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (float) levelsPerSecond[i / 4];
        }
        return new LoudnessTrack(Speaker.AGENT, 0, 0.25, levels);
    }

    /** Seconds 0-59: silence, then the agent speaking at {@code before} dBFS from 10 s to 20 s and {@code after} from 20 s on. */
    static LoudnessTrack voice(double before, double after) {
        double[] seconds = new double[60];
        for (int s = 0; s < seconds.length; s++) {
            // a dip every fourth second keeps the noise floor low, as pauses between words do
            seconds[s] = s < 10 ? -80 : s % 4 == 3 ? -75 : s < 20 ? before : after;
        }
        return agentTrack(seconds);
    }

    static EffectivenessReport report(String onlyTeam, CallRecord... calls) {
        return report(onlyTeam, List.of(), calls);
    }

    static EffectivenessReport report(String onlyTeam, List<LoudnessTrack> loudness, CallRecord... calls) {
        Effectiveness effectiveness = new Effectiveness(RULES, ZoneOffset.UTC, a -> TEAMS.getOrDefault(a, Set.of()), onlyTeam);
        for (CallRecord c : calls) {
            effectiveness.add(c, loudness);
        }
        return effectiveness.result();
    }

    static RuleRow row(EffectivenessReport report, String rule, String team) {
        return report.rules().stream().filter(r -> r.rule().equals(rule) && r.team().equals(team)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rule + "/" + team + " in " + report.rules()));
    }

    static Figures all(EffectivenessReport report, String rule) {
        return row(report, rule, EffectivenessReport.ALL_TEAMS).figures();
    }

    @Test
    void anUrgencyPromptIsFollowedWhenTheAgentNamesANearDayWithin30Seconds() {
        CallRecord followed = call("u1", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i will pay next month"),
                said(Speaker.AGENT, 10, "could you make a payment tomorrow")), List.of(prompt("urgency", "client-defers", 3)));
        CallRecord farDay = call("u2", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i will pay next month"),
                said(Speaker.AGENT, 10, "all right we can wait until next month")), List.of(prompt("urgency", "client-defers", 3)));
        CallRecord tooLate = call("u3", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i will pay next month"),
                said(Speaker.AGENT, 40, "could you make a payment tomorrow")), List.of(prompt("urgency", "client-defers", 3)));
        Figures f = all(report(null, followed, farDay, tooLate), "client-defers");
        assertEquals(3, f.fired().count());
        assertEquals(1, f.followed().count());
        assertEquals(List.of(new PromptAt("u1", 3)), f.followed().prompts());
        assertEquals(List.of("u2", "u3"), f.notFollowed().prompts().stream().map(PromptAt::callId).toList());
        assertEquals(1 / 3.0, f.followedRate(), 1e-9);
    }

    @Test
    void anOptionsPromptIsFollowedWhenTheAgentFramesTwoToFourOptions() {
        CallRecord three = call("o1", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i just cannot pay that"),
                said(Speaker.AGENT, 6, "you have three options you can pay in full pay in three parts or pay in six parts")),
                List.of(prompt("options", "cannot-pay-no-options", 3)));
        CallRecord none = call("o2", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i just cannot pay that"),
                said(Speaker.AGENT, 6, "well the balance is due")), List.of(prompt("options", "cannot-pay-no-options", 3)));
        CallRecord six = call("o3", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i just cannot pay that"),
                said(Speaker.AGENT, 6, "option one option two option three option four option five option six")),
                List.of(prompt("options", "cannot-pay-no-options", 3)));
        Figures f = all(report(null, three, none, six), "cannot-pay-no-options");
        assertEquals(List.of("o1"), f.followed().prompts().stream().map(PromptAt::callId).toList());
        assertEquals(List.of("o2", "o3"), f.notFollowed().prompts().stream().map(PromptAt::callId).toList());
    }

    @Test
    void anEmotionalControlPromptIsFollowedWhenTheAgentsLevelComesDown() {
        CallRecord raised = call("e1", "a1", THURSDAY, List.of(said(Speaker.AGENT, 10, "you need to pay this now")),
                List.of(prompt("emotional-control", "agent-raised-voice", 20)));
        Figures calmer = all(report(null, List.of(voice(-10, -20)), raised), "agent-raised-voice");
        assertEquals(1, calmer.followed().count());
        Figures slightlyCalmer = all(report(null, List.of(voice(-10, -12)), raised), "agent-raised-voice");
        assertEquals(0, slightlyCalmer.followed().count(), "a 2 dB drop is less than " + Followed.LEVEL_DROP_DB);
        assertEquals(1, slightlyCalmer.notFollowed().count());
        Figures louder = all(report(null, List.of(voice(-10, -5)), raised), "agent-raised-voice");
        assertEquals(0, louder.followed().count());
    }

    @Test
    void withoutLoudnessAnEmotionalControlPromptIsFollowedWhenNoOtherFiresWithin30Seconds() {
        CallRecord calm = call("e2", "a1", THURSDAY, List.of(said(Speaker.AGENT, 10, "i hear you")),
                List.of(prompt("emotional-control", "agent-hostile-words", 20),
                        prompt("emotional-control", "agent-raised-voice", 55)));
        CallRecord again = call("e3", "a1", THURSDAY, List.of(said(Speaker.AGENT, 10, "i hear you")),
                List.of(prompt("emotional-control", "agent-hostile-words", 20),
                        prompt("emotional-control", "agent-raised-voice", 40)));
        Figures f = all(report(null, calm, again), "agent-hostile-words");
        assertEquals(List.of("e2"), f.followed().prompts().stream().map(PromptAt::callId).toList());
        assertEquals(List.of("e3"), f.notFollowed().prompts().stream().map(PromptAt::callId).toList());
    }

    @Test
    void otherKindsAreNotMeasuredButCountHelpfulAndDismissed() {
        CallRecord one = call("d1", "a1", THURSDAY, List.of(said(Speaker.CALLER, 1, "i already paid")),
                List.of(prompt("dispute", "client-says-paid", 2), prompt("dispute", "client-says-paid", 30)),
                new PromptFeedback(0, "dismissed", "a1", THURSDAY.plusSeconds(5)),
                new PromptFeedback(0, "helpful", "a1", THURSDAY.plusSeconds(9)),
                new PromptFeedback(1, "dismissed", "a1", THURSDAY.plusSeconds(40)));
        CallRecord two = call("d2", "a2", THURSDAY, List.of(said(Speaker.CALLER, 1, "i already paid")),
                List.of(prompt("dispute", "client-says-paid", 2)));
        Figures f = all(report(null, one, two), "client-says-paid");
        assertEquals(3, f.fired().count());
        assertEquals(2, f.fired().calls());
        assertEquals(List.of(new PromptAt("d1", 2)), f.helpful().prompts(), "the agent's newest word stands");
        assertEquals(List.of(new PromptAt("d1", 30)), f.dismissed().prompts());
        assertEquals(1 / 3.0, f.helpfulRate(), 1e-9);
        assertEquals(1 / 3.0, f.dismissedRate(), 1e-9);
        assertNull(f.followed());
        assertNull(f.notFollowed());
        assertNull(f.followedRate());
    }

    @Test
    void promptsAreCountedPerTeamOfTheAgentAndPerIsoWeek() {
        Instant sundayW48 = Instant.parse("2026-11-29T23:00:00Z");
        Instant mondayW49 = Instant.parse("2026-11-30T01:00:00Z");
        CallRecord north = call("w1", "a1", THURSDAY, List.of(said(Speaker.CALLER, 1, "i already paid")),
                List.of(prompt("dispute", "client-says-paid", 2)));
        CallRecord south = call("w2", "a2", sundayW48, List.of(said(Speaker.CALLER, 1, "i already paid")),
                List.of(prompt("dispute", "client-says-paid", 2)));
        CallRecord both = call("w3", "a3", mondayW49, List.of(said(Speaker.CALLER, 1, "i already paid")),
                List.of(prompt("dispute", "client-says-paid", 2)));
        CallRecord nobody = call("w4", "a9", mondayW49, List.of(said(Speaker.CALLER, 1, "i already paid")),
                List.of(prompt("dispute", "client-says-paid", 2)));
        EffectivenessReport report = report(null, north, south, both, nobody);
        assertEquals(4, report.calls());
        assertEquals(List.of(EffectivenessReport.NO_TEAM, "north", "south"), report.teams());
        assertEquals(List.of("*", "", "north", "south"), report.rules().stream().map(RuleRow::team).toList());
        RuleRow all = row(report, "client-says-paid", "*");
        assertEquals(4, all.figures().fired().count());
        assertEquals(List.of("2026-W48", "2026-W49"), all.weeks().stream().map(w -> w.week()).toList());
        assertEquals(List.of(2, 2), all.weeks().stream().map(w -> w.figures().fired().count()).toList());
        assertEquals(2, row(report, "client-says-paid", "north").figures().fired().count());
        assertEquals(List.of("w2", "w3"), row(report, "client-says-paid", "south").figures().fired().prompts().stream()
                .map(PromptAt::callId).toList());
        assertEquals(1, row(report, "client-says-paid", "").figures().fired().count());

        EffectivenessReport southOnly = report("south", north, south, both, nobody);
        assertEquals(List.of("south"), southOnly.rules().stream().map(RuleRow::team).toList());
        assertEquals(2, southOnly.rules().get(0).figures().fired().count());
    }

    @Test
    void aFigureListsAtMostTwentyPromptsButCountsThemAll() {
        Prompt[] many = new Prompt[25];
        Arrays.setAll(many, i -> prompt("dispute", "client-says-paid", i * 2.0));
        EffectivenessReport report = report(null, call("m1", "a1", THURSDAY,
                List.of(said(Speaker.CALLER, 1, "i already paid")), List.of(many)));
        Figures f = all(report, "client-says-paid");
        assertEquals(25, f.fired().count());
        assertEquals(1, f.fired().calls());
        assertEquals(Effectiveness.LISTED, f.fired().prompts().size());
    }

    @Test
    void aNearDayTheCallerNamesIsNotTheAgentFollowingTheUrgencyPrompt() {
        CallRecord callerOnly = call("u4", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i will pay next month"),
                said(Speaker.CALLER, 8, "or maybe tomorrow"),
                said(Speaker.AGENT, 12, "okay thank you")), List.of(prompt("urgency", "client-defers", 3)));
        assertEquals(1, all(report(null, callerOnly), "client-defers").notFollowed().count());
    }

    @Test
    void optionsLaidOutOverTwoUtterancesOfOneAgentTurnCountTogether() {
        CallRecord split = call("o4", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i just cannot pay that"),
                said(Speaker.AGENT, 6, "you could pay in full"),
                said(Speaker.AGENT, 8, "or pay in three parts or pay in six parts")),
                List.of(prompt("options", "cannot-pay-no-options", 3)));
        CallRecord interrupted = call("o5", "a1", THURSDAY, List.of(
                said(Speaker.CALLER, 1, "i just cannot pay that"),
                said(Speaker.AGENT, 6, "you could pay in full"),
                said(Speaker.CALLER, 8, "no way"),
                said(Speaker.AGENT, 10, "or pay in three parts")),
                List.of(prompt("options", "cannot-pay-no-options", 3)));
        Figures f = all(report(null, split, interrupted), "cannot-pay-no-options");
        assertEquals(List.of("o4"), f.followed().prompts().stream().map(PromptAt::callId).toList());
    }

    @Test
    void anAgentSilentAfterAnEmotionalControlPromptIsJudgedByTheNextPrompt() {
        double[] loudThenSilent = new double[60];
        for (int s = 0; s < loudThenSilent.length; s++) {
            loudThenSilent[s] = s >= 10 && s < 20 && s % 4 != 3 ? -10 : -80;
        }
        CallRecord calm = call("e4", "a1", THURSDAY, List.of(said(Speaker.AGENT, 10, "you need to pay this now")),
                List.of(prompt("emotional-control", "agent-raised-voice", 20)));
        CallRecord again = call("e5", "a1", THURSDAY, List.of(said(Speaker.AGENT, 10, "you need to pay this now")),
                List.of(prompt("emotional-control", "agent-raised-voice", 20),
                        prompt("emotional-control", "agent-hostile-words", 35)));
        EffectivenessReport report = report(null, List.of(agentTrack(loudThenSilent)), calm, again);
        Figures f = all(report, "agent-raised-voice");
        assertEquals(List.of("e4"), f.followed().prompts().stream().map(PromptAt::callId).toList());
        assertEquals(List.of("e5"), f.notFollowed().prompts().stream().map(PromptAt::callId).toList());
    }
}
