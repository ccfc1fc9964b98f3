package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.coaching.RulesDiff.Change;
import app.parley.coaching.RulesDiff.FieldChange;
import app.parley.coaching.RulesDiff.RuleChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two rules files compared rule by rule, field by field, on the YAML rather than the lines. */
class RulesDiffTest {
    private static final String BUILT_IN = RuleBook.builtInText("en");

    private static RuleChange rule(RulesDiff.Result diff, String name) {
        return diff.rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no change to " + name + " in " + diff.rules()));
    }

    private static FieldChange field(List<FieldChange> fields, String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no change to field " + name + " in " + fields));
    }

    @Test
    void theSameRulesWrittenDifferentlyAreNoChange() throws Exception {
        String reworded = BUILT_IN.replace("# --- urgency ---", "# urgent things").replace("\n\n  - name: client-names",
                "\n\n\n  - name: client-names");
        RulesDiff.Result diff = RulesDiff.between(BUILT_IN, reworded);
        assertTrue(diff.isEmpty(), diff.toString());
        assertEquals(RuleBook.builtIn("en").ruleNames().size(), diff.unchangedRules());
    }

    @Test
    void aChangedCooldownAndSeverityAreNamedWithBeforeAndAfter() throws Exception {
        String edited = once(BUILT_IN, "    said: soft-ask\n", "    said: soft-ask\n    cooldown: 45 s\n");
        edited = once(edited, "    kind: urgency\n    severity: warn\n", "    kind: urgency\n    severity: alert\n");
        // client-names-a-later-day has the same lines: only the first rule's change.
        edited = once(edited, "    cooldown: 60 s\n    message: \"Set a deadline: {offer1.discount}",
                "    cooldown: 30 s\n    message: \"Set a deadline: {offer1.discount}");
        RulesDiff.Result diff = RulesDiff.between(BUILT_IN, edited);
        RuleChange defers = rule(diff, "client-defers");
        assertEquals(Change.CHANGED, defers.change());
        assertEquals(new FieldChange("severity", "warn", "alert", List.of(), List.of()), field(defers.fields(), "severity"));
        assertEquals(new FieldChange("cooldown", "60 s", "30 s", List.of(), List.of()), field(defers.fields(), "cooldown"));
        assertEquals(2, defers.fields().size(), defers.fields().toString());
        FieldChange softAsk = field(rule(diff, "soft-ask").fields(), "cooldown");
        assertNull(softAsk.before());
        assertEquals("45 s", softAsk.after());
        assertEquals(List.of("client-defers", "soft-ask"), diff.rules().stream().map(RuleChange::name).toList());
        assertEquals(RuleBook.builtIn("en").ruleNames().size() - 2, diff.unchangedRules());
    }

    @Test
    void aPhraseChangedInAConceptShowsUnderEveryRuleThatSaysIt() throws Exception {
        String edited = BUILT_IN.replace("      - sleep on it\n", "      - mull it over\n");
        RulesDiff.Result diff = RulesDiff.between(BUILT_IN, edited);
        RulesDiff.ConceptChange deferral = diff.concepts().get(0);
        assertEquals("deferral", deferral.name());
        assertEquals(1, diff.concepts().size());
        FieldChange phrases = field(deferral.fields(), "phrases");
        assertEquals(List.of("mull it over"), phrases.added());
        assertEquals(List.of("sleep on it"), phrases.removed());
        assertEquals(List.of("client-defers", "time-given-to-a-put-off"), deferral.usedBy());
        RuleChange defers = rule(diff, "client-defers");
        assertEquals(List.of(), defers.fields());
        assertEquals(List.of(deferral), defers.concepts());
        assertEquals(List.of(deferral), rule(diff, "time-given-to-a-put-off").concepts());
        assertEquals(2, diff.rules().size());
    }

    @Test
    void phrasesOnlyReorderedAreNoChange() throws Exception {
        String edited = BUILT_IN.replace("      - call you back\n      - ring you back\n",
                "      - ring you back\n      - call you back\n");
        assertTrue(RulesDiff.between(BUILT_IN, edited).isEmpty());
    }

    @Test
    void addedAndRemovedRulesAndConditionsByPosition() throws Exception {
        String withoutSoftAsk = BUILT_IN.substring(0, BUILT_IN.indexOf("  - name: soft-ask"));
        String added = withoutSoftAsk + """
                  - name: client-swears
                    kind: empathy
                    speaker: caller
                    said: anger
                    message: "Stay calm."
                """;
        String stricter = once(added, "        within: trigger\n      - date: near\n        by: caller\n        within: 6 s\n",
                "        within: trigger\n      - date: near\n        by: caller\n        within: 10 s\n");
        assertFalse(stricter.equals(added));
        RulesDiff.Result diff = RulesDiff.between(BUILT_IN, stricter);
        assertEquals(Change.REMOVED, rule(diff, "soft-ask").change());
        RuleChange swears = rule(diff, "client-swears");
        assertEquals(Change.ADDED, swears.change());
        assertEquals("anger", field(swears.fields(), "said").after());
        assertEquals(new FieldChange("unless[2].within", "6 s", "10 s", List.of(), List.of()),
                field(rule(diff, "client-defers").fields(), "unless[2].within"));
    }

    @Test
    void settingsAndLanguageAreComparedToo() throws Exception {
        RulesDiff.Result diff = RulesDiff.between(BUILT_IN, BUILT_IN.replace("max_per_minute: 3", "max_per_minute: 2"));
        assertEquals(List.of(new FieldChange("max_per_minute", "3", "2", List.of(), List.of())), diff.settings());
        assertTrue(diff.rules().isEmpty());
    }

    @Test
    void textThatIsNotYamlIsRefusedNamingTheLine() {
        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RulesDiff.between(BUILT_IN, "rules:\n  - name: [unclosed\n"));
        assertTrue(e.errors().get(0).line() > 0, e.getMessage());
    }

    @Test
    void theOutlineListsEveryRuleWrittenWithItsLines() {
        String text = BUILT_IN.replace("  - name: soft-ask\n", "  - name: soft-ask\n    enabled: false\n");
        List<RulesOutline.Entry> outline = RulesOutline.of(text);
        assertEquals(RuleBook.builtIn("en").ruleNames().size(), outline.size());
        RulesOutline.Entry defers = outline.get(0);
        assertEquals("client-defers", defers.name());
        assertEquals("urgency", defers.kind());
        assertEquals("said: deferral", defers.trigger());
        assertEquals("60 s", defers.cooldown());
        assertEquals(List.of("deferral", "fetching"), defers.concepts());
        assertEquals(lineOf(text, "  - name: client-defers"), defers.line());
        assertEquals(lineOf(text, "  - name: client-names-a-later-day") - 1, defers.lastLine());
        RulesOutline.Entry softAsk = outline.get(outline.size() - 1);
        assertFalse(softAsk.enabled());
        assertEquals("info", softAsk.severity());
        assertEquals(lineOf(text, "    message: \"Be firm and kind"), softAsk.lastLine());
        assertEquals("loud: {over_baseline: 5 dB, for: 1.5 s}", outline.stream()
                .filter(e -> e.name().equals("agent-raised-voice")).findFirst().orElseThrow().trigger());
        assertEquals(List.of(), RulesOutline.of("rules: [unclosed"));
    }

    /** {@code text} with the first {@code fragment} (which must be there) replaced. */
    private static String once(String text, String fragment, String replacement) {
        int at = text.indexOf(fragment);
        assertTrue(at >= 0, "not in the rules: " + fragment);
        return text.substring(0, at) + replacement + text.substring(at + fragment.length());
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
