package app.parley.backtest;

import static app.parley.backtest.StoredCalls.call;
import static app.parley.backtest.StoredCalls.prompt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Prompt;
import app.parley.coaching.RuleBook;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The comparison of a draft with the rules in force, on hand-built calls and prompts. */
class BacktestTest {
    private static final RuleBook BUILT_IN = RuleBook.builtIn("en");

    private static Map<String, BacktestResult.RuleFigures> byRule(BacktestResult result) {
        return result.rules().stream().collect(Collectors.toMap(BacktestResult.RuleFigures::rule, Function.identity()));
    }

    @Test
    void promptsOfARuleWithinTheToleranceAreUnchangedAndTheRestGainedOrLost() {
        Backtest backtest = new Backtest(BUILT_IN, BUILT_IN, ZoneOffset.UTC);
        backtest.compare(call("c1").build(),
                List.of(prompt("urgency", "r1", 10), prompt("urgency", "r1", 30), prompt("options", "r2", 5)),
                List.of(prompt("urgency", "r1", 11.5), prompt("urgency", "r1", 50), prompt("empathy", "r3", 7)));
        // The nearest of two draft prompts within the tolerance is the same prompt; the other is gained.
        backtest.compare(call("c2").build(), List.of(prompt("urgency", "r1", 10)),
                List.of(prompt("urgency", "r1", 11.5), prompt("urgency", "r1", 9)));
        backtest.compare(call("c3").build(), List.of(), List.of());
        backtest.compare(call("c4").build(), List.of(prompt("urgency", "r1", 3)), List.of(prompt("urgency", "r1", 3.2)));
        BacktestResult result = backtest.result();

        assertEquals(4, result.calls());
        BacktestResult.RuleFigures r1 = byRule(result).get("r1");
        assertEquals(List.of(4, 5, 2, 1, 3, 2), List.of(r1.published(), r1.draft(), r1.gained(), r1.lost(),
                r1.unchanged(), r1.callsAffected()), r1.toString());
        assertEquals(100.0, r1.per100Published());
        assertEquals(125.0, r1.per100Draft());
        assertEquals("urgency", r1.kind());
        BacktestResult.RuleFigures r2 = byRule(result).get("r2");
        assertEquals(List.of(1, 0, 0, 1, 0, 1), List.of(r2.published(), r2.draft(), r2.gained(), r2.lost(),
                r2.unchanged(), r2.callsAffected()));
        BacktestResult.RuleFigures r3 = byRule(result).get("r3");
        assertEquals(List.of(0, 1, 1, 0, 0, 1), List.of(r3.published(), r3.draft(), r3.gained(), r3.lost(),
                r3.unchanged(), r3.callsAffected()));
        assertEquals(25.0, r3.per100Draft());
        // Every rule of either book has its row, prompts or not.
        assertEquals(0, byRule(result).get("client-defers").published());

        // Call by call, each call's changes in time order.
        assertEquals(List.of("c1 r2 lost 5.0", "c1 r3 gained 7.0", "c1 r1 lost 30.0", "c1 r1 gained 50.0",
                "c2 r1 gained 11.5"), result.changes().stream()
                .map(c -> c.callId() + " " + c.rule() + " " + c.change() + " " + c.at()).toList());
        assertEquals(5, result.changesTotal());
        assertEquals("/replay.html?call=c2&t=11.5", result.changes().stream().filter(c -> c.callId().equals("c2"))
                .findFirst().orElseThrow().replay());
    }

    @Test
    void precisionComesFromMarksThenTheAgentsFeedbackThenTheReviewersOverrides() {
        Backtest backtest = new Backtest(BUILT_IN, BUILT_IN, ZoneOffset.UTC);
        Prompt paid = prompt("dispute", "client-says-paid", 10);
        Prompt defers = prompt("urgency", "client-defers", 20);
        Prompt hardship = prompt("empathy", "client-hardship", 40);
        StoredCall labelled = call("c1")
                .live(paid, "helpful").live(defers, "dismissed").live(hardship, "helpful")
                // Two marks of the hardship prompt: the newer says wrong, and outranks the agent's "helpful".
                .mark("client-hardship", 41.0, true, 30).mark("client-hardship", 41.2, false, 90)
                // The reviewer says urgency never came up: ignored where the agent said something.
                .override("urgency", "not-applicable", 20)
                .build();
        backtest.compare(labelled, List.of(paid, defers, hardship),
                List.of(prompt("dispute", "client-says-paid", 10.5), prompt("empathy", "client-hardship", 41),
                        prompt("urgency", "client-defers", 55)));
        // A call reviewed but with no agent feedback: missed says the prompt was founded, not-applicable unfounded,
        // met nothing; the newest override counts.
        StoredCall reviewed = call("c2").override("options", "missed", 10).override("empathy", "not-applicable", 10)
                .override("urgency", "missed", 10).override("urgency", "met", 20).build();
        backtest.compare(reviewed, List.of(prompt("options", "cannot-pay-no-options", 5),
                prompt("urgency", "client-defers", 8)), List.of(prompt("options", "cannot-pay-no-options", 5),
                prompt("empathy", "client-hardship", 12)));
        Map<String, BacktestResult.RuleFigures> rules = byRule(backtest.result());

        BacktestResult.RuleFigures paidFigures = rules.get("client-says-paid");
        assertEquals(1.0, paidFigures.precisionPublished());
        assertEquals(1.0, paidFigures.precisionDraft(), "the draft's prompt 0.5 s later carries the agent's word");
        assertEquals(new BacktestResult.Labelled(1, 1), paidFigures.labels());

        BacktestResult.RuleFigures defersFigures = rules.get("client-defers");
        // Published: c1's dismissed prompt (wrong); c2's has no label (met). Draft: c1's prompt at 55 s is
        // nowhere near the dismissed one, so only the reviewer's "not-applicable" labels it: wrong.
        assertEquals(0.0, defersFigures.precisionPublished());
        assertEquals(new BacktestResult.Labelled(1, 1), defersFigures.labels());
        assertEquals(0.0, defersFigures.precisionDraft());

        BacktestResult.RuleFigures hardshipFigures = rules.get("client-hardship");
        // c1: the newest mark (wrong) on both sides; c2's draft prompt: the reviewer's not-applicable (wrong).
        assertEquals(0.0, hardshipFigures.precisionPublished());
        assertEquals(0.0, hardshipFigures.precisionDraft());
        assertEquals(new BacktestResult.Labelled(1, 2), hardshipFigures.labels());

        BacktestResult.RuleFigures optionsFigures = rules.get("cannot-pay-no-options");
        assertEquals(1.0, optionsFigures.precisionPublished());
        assertEquals(new BacktestResult.Labelled(1, 1), optionsFigures.labels());

        BacktestResult.RuleFigures untouched = rules.get("client-angry");
        assertNull(untouched.precisionPublished(), "no prompt, no label: no estimate");
        assertEquals(new BacktestResult.Labelled(0, 0), untouched.labels());
    }

    @Test
    void aPhraseMovedInTheDraftLosesPromptsOnSomeStoredCallsAndGainsThemOnOthers() throws Exception {
        String text = RuleBook.builtInText("en");
        assertTrue(text.contains("      - already paid\n"));
        RuleBook draft = RuleBook.parse(text.replace("      - already paid\n", "      - is a mistake\n"), "draft");
        Backtest backtest = new Backtest(BUILT_IN, draft, ZoneOffset.UTC);
        backtest.add(call("paid").agent(0, "good morning this is an attempt to collect a debt")
                .caller(4, "i already paid this last month").agent(9, "let me check that for you").build());
        backtest.add(call("mistake").agent(0, "good morning this is an attempt to collect a debt")
                .caller(4, "this charge is a mistake").agent(9, "let me check that for you").build());
        backtest.add(call("quiet").agent(0, "good morning this is an attempt to collect a debt")
                .caller(4, "yes speaking").agent(7, "thank you for your time").build());
        BacktestResult result = backtest.result();

        BacktestResult.RuleFigures paid = byRule(result).get("client-says-paid");
        assertEquals(List.of(1, 1, 1, 1, 0, 2), List.of(paid.published(), paid.draft(), paid.gained(), paid.lost(),
                paid.unchanged(), paid.callsAffected()), paid.toString());
        for (BacktestResult.RuleFigures other : result.rules()) {
            if (!other.rule().equals("client-says-paid")) {
                assertEquals(other.published(), other.draft(), "only the changed concept's rule moves: " + other);
                assertEquals(0, other.gained() + other.lost(), other.toString());
            }
        }
        assertEquals(2, result.changes().size(), result.changes().toString());
        BacktestResult.Change lost = result.changes().get(0);
        assertEquals(List.of("paid", "lost", "dispute"), List.of(lost.callId(), lost.change(), lost.kind()));
        assertTrue(lost.snippet().contains("caller: i already paid this last month"), lost.snippet());
        // the rule waits 3 s after the caller's words for the agent's answer ("I can see it")
        assertTrue(lost.at() > 5 && lost.at() < 10, "raised once the caller paused: " + lost.at());
        assertEquals(Backtest.replayLink("paid", lost.at()), lost.replay());
        BacktestResult.Change gained = result.changes().get(1);
        assertEquals(List.of("mistake", "gained"), List.of(gained.callId(), gained.change()));
        assertTrue(gained.snippet().contains("caller: this charge is a mistake"), gained.snippet());
        assertEquals("is a mistake", gained.evidence());
    }

    @Test
    void aSnippetNamesEachPartyInTheOrderTheySpoke() {
        StoredCall call = call("c").agent(0, "can you pay today").caller(1.5, "no").agent(2.0, "what about friday")
                .caller(20, "much later words").build();
        assertEquals("agent: can you pay today · caller: no · agent: what about friday",
                Backtest.snippet(call.record().utterances(), 3.0));
    }
}
