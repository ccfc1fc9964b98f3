package app.parley.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBookTest {
    @TempDir
    Path dir;

    private static final String CONCEPTS = """
            concepts:
              deferral:
                phrases: [next month, later]
              near-date:
                phrases: [today, friday]
            """;

    private static RuleBookException rejected(String yaml) {
        return assertThrows(RuleBookException.class, () -> RuleBook.parse(yaml, "site.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void builtInPacksAreValidAndCoverTheKinds(String language) {
        RuleBook book = RuleBook.builtIn(language);
        assertEquals(language, book.language());
        List<String> kinds = book.rules().stream().map(Rule::kind).distinct().toList();
        for (String kind : List.of("urgency", "options", "emotional-control", "dispute", "empathy", "next-step",
                "compliance")) {
            assertTrue(kinds.contains(kind), language + " pack lacks " + kind);
        }
        assertEquals(RuleBook.builtIn("en").ruleNames(), book.ruleNames(), "both packs have the same rules");
        // and the same concepts, but for what a jurisdiction asks alone (Mexico: the creditor named)
        java.util.Set<String> own = language.equals("es") ? java.util.Set.of("creditor-named") : java.util.Set.of();
        assertEquals(RuleBook.builtIn("en").conceptNames(), book.conceptNames().stream()
                .filter(name -> !own.contains(name)).toList(), "and the same concepts");
    }

    @Test
    void aSmallFileReadsIntoRules() throws Exception {
        RuleBook book = RuleBook.parse(CONCEPTS + """
                rules:
                  - name: client-defers
                    kind: urgency
                    speaker: caller
                    said: deferral
                    wait: 1.5 s
                    unless:
                      - said: near-date
                        by: caller
                        within: 500 ms
                    message: Set a deadline.
                """, "site.yaml");
        Rule rule = book.rules().get(0);
        assertEquals(new Rule.Said("deferral", 1, 30), rule.trigger());
        assertEquals(1.5, rule.waitSeconds());
        assertEquals(List.of(new Rule.Condition(new Rule.Concepts(List.of("near-date")), app.parley.call.Speaker.CALLER,
                new Rule.Last(0.5), 1)), rule.unless());
        assertEquals(Settings.DEFAULTS.cooldown(), rule.cooldown());
        assertEquals(app.parley.call.Prompt.Severity.WARN, rule.severity());
    }

    /** A rule up to its 'requires:', for the conditions that follow. */
    private static final String ANY_RULE_HEAD = """
            rules:
              - name: put-off-accepted
                kind: firmness
                speaker: agent
                said: near-date
                requires:
            """;

    @Test
    void requiresAnyHoldsWhenOneOfItsConditionsDoesAndIsCheckedLikeTheOthers() throws Exception {
        RuleBook book = RuleBook.parse(CONCEPTS + ANY_RULE_HEAD + """
                      - any:
                          - said: deferral
                            by: caller
                            within: 20 s
                          - date: later
                            by: caller
                    message: Ask for a day this week.
                """, "site.yaml");
        assertEquals(List.of(new Rule.Condition(new Rule.AnyOf(List.of(
                new Rule.Condition(new Rule.Concepts(List.of("deferral")), app.parley.call.Speaker.CALLER,
                        new Rule.Last(20), 1),
                new Rule.Condition(new Rule.Dated(java.util.Set.of(app.parley.meaning.DateMention.Reach.LATER)),
                        app.parley.call.Speaker.CALLER, new Rule.WholeCall(), 1))), null, new Rule.WholeCall(), 1)),
                book.rules().get(0).requires());

        RuleBookException e = rejected(CONCEPTS + ANY_RULE_HEAD + """
                      - any:
                          - said: deferal
                          - any:
                              - said: deferral
                              - said: near-date
                      - any:
                          - said: deferral
                    unless:
                      - any:
                          - said: deferral
                          - said: near-date
                    message: Ask for a day this week.
                """);
        assertEquals(List.of(
                new RuleError(13, "put-off-accepted", null, "requires.any.said", "no concept named 'deferal' "
                        + "(concepts: deferral, near-date)"),
                new RuleError(14, "put-off-accepted", null, "requires.any.any",
                        "an 'any' inside an 'any' is the same as its conditions in the outer one"),
                new RuleError(17, "put-off-accepted", null, "requires.any",
                        "name at least two conditions (a single one goes in 'requires' itself)"),
                new RuleError(20, "put-off-accepted", null, "unless.any", "'any' goes in 'requires': the conditions "
                        + "of 'unless' already stop the rule when any one of them holds")), e.errors());
    }

    @Test
    void aMisspeltConceptWithACountIsOneErrorNotTwo() {
        RuleBookException e = rejected(CONCEPTS + """
                rules:
                  - name: many-deferrals
                    kind: urgency
                    speaker: caller
                    said: deferal
                    at_least: 2
                    within: 60 s
                    message: Set a deadline.
                """);
        assertEquals(List.of(new RuleError(10, "many-deferrals", null, "said", "no concept named 'deferal' "
                + "(concepts: deferral, near-date)")), e.errors());
    }

    @Test
    void everyErrorIsReportedWithItsLineRuleAndField() {
        RuleBookException e = rejected(CONCEPTS + """
                rules:
                  - name: client-defers
                    kind: urgent
                    speaker: caller
                    said: deferal
                    cooldown: soon
                    message: Set a deadline.
                  - name: loud-agent
                    kind: emotional-control
                    speaker: agent
                    loud:
                      over_baseline: 8 dB
                      for: 2
                    colour: red
                    message: Lower your voice.
                """);
        assertEquals(List.of(
                new RuleError(8, "client-defers", null, "kind", "must be one of urgency, options, emotional-control, "
                        + "dispute, empathy, next-step, firmness, compliance; got 'urgent'"),
                new RuleError(10, "client-defers", null, "said", "no concept named 'deferal' (concepts: deferral, "
                        + "near-date)"),
                new RuleError(11, "client-defers", null, "cooldown",
                        "must be a duration like '1.5 s', '500 ms' or '2 min', got 'soon'"),
                new RuleError(18, "loud-agent", null, "loud.for",
                        "must be a duration like '1.5 s', '500 ms' or '2 min', got '2' (write the unit: '2 s')"),
                new RuleError(19, "loud-agent", null, "colour", "unknown field (known here: name, kind, situation, "
                        + "severity, speaker, said, at_least, within, date, options, loud, overlap, rate, contact, wait, unless, "
                        + "requires, cooldown, max_per_call, enabled, message, fallback, description)")), e.errors());
        assertTrue(e.getMessage().contains("site.yaml:10: rule 'client-defers', field 'said': no concept named"),
                e.getMessage());
    }

    @Test
    void aWindowIsSecondsOrOneOfItsNamesAndAnUnknownOneIsNamedAtItsLine() {
        RuleBookException e = rejected(CONCEPTS + """
                rules:
                  - name: client-defers
                    kind: urgency
                    speaker: caller
                    said: deferral
                    unless:
                      - said: near-date
                        within: afterwards
                    message: Set a deadline.
                """);
        assertEquals(1, e.errors().size(), e.errors().toString());
        assertEquals(13, e.errors().get(0).line());
        assertTrue(e.errors().get(0).message().contains("; or 'call' (since the call started), 'trigger' (since the "
                + "triggering words) or 'before' (the call until the triggering words)"), e.errors().toString());
    }

    @Test
    void conceptProblemsNameTheConcept() {
        RuleBookException e = rejected("""
                concepts:
                  Deferral:
                    phrases: [later]
                  near-date:
                    phrases: []
                  empty:
                    phrases: [later, "...", Later]
                rules: []
                """);
        assertEquals(List.of(
                new RuleError(2, null, "Deferral", null, "a concept name is lower-case words joined by '-' (like 'near-date')"),
                new RuleError(5, null, "near-date", "phrases", "expected a non-empty list of phrases, got a list"),
                new RuleError(7, null, "empty", "phrases", "phrase '...' has no words"),
                new RuleError(7, null, "empty", "phrases", "phrase 'Later' is listed twice")), e.errors());
    }

    @Test
    void aConceptUnderstandsSeveralIntentsAndAnUnknownOneIsNamedAtItsLine() throws Exception {
        RuleBook book = RuleBook.parse("""
                concepts:
                  hostile:
                    understands: [threat, contempt]
                    phrases: [you people]
                rules: []
                """, "site.yaml");
        Concept hostile = book.concepts().get("hostile");
        assertEquals(2, hostile.find(Said.words("well call your employer", 0)).size()
                + hostile.find(Said.words("are you even listening", 0)).size());
        RuleBookException e = rejected("""
                concepts:
                  hostile:
                    understands:
                      - threat
                      - contemt
                    phrases: [you people]
                rules: []
                """);
        assertEquals(1, e.errors().size());
        RuleError error = e.errors().get(0);
        assertEquals(5, error.line());
        assertEquals("hostile", error.concept());
        assertTrue(error.message().startsWith("'contemt' is not something Parley understands"), error.message());
    }

    @Test
    void repeatedKeysAndRuleNamesAreErrors() {
        RuleBookException e = rejected(CONCEPTS + """
                rules:
                  - name: a
                    kind: urgency
                    kind: options
                    speaker: caller
                    said: deferral
                    message: One.
                  - name: a
                    kind: urgency
                    speaker: caller
                    said: deferral
                    message: Two.
                """);
        assertEquals(List.of(9, 13), e.errors().stream().map(RuleError::line).toList());
        assertEquals("key 'kind' repeated (first on line 8)", e.errors().get(0).message());
        assertEquals("another rule has this name (line 7)", e.errors().get(1).message());
    }

    @Test
    void messagesThatUseFactsNeedAFallbackAndKnownPlaceholders() {
        RuleBookException e = rejected(CONCEPTS + """
                rules:
                  - name: a
                    kind: urgency
                    speaker: caller
                    said: deferral
                    message: "Offer {offer1.discount} until {offer1.deadlne}."
                  - name: b
                    kind: urgency
                    speaker: caller
                    said: deferral
                    message: "Offer {offer1.discount}."
                  - name: c
                    kind: urgency
                    speaker: caller
                    said: deferral
                    message: "Offer {offer1.discount}."
                    fallback: "Offer {offer2.discount}."
                """);
        assertEquals(List.of("message", "message", "fallback"), e.errors().stream().map(RuleError::field).toList());
        assertTrue(e.errors().get(0).message().startsWith("unknown placeholder {offer1.deadlne}"));
        assertTrue(e.errors().get(1).message().startsWith("the message uses the facts, so the rule needs a 'fallback'"));
    }

    @Test
    void aRuleHasExactlyOneTrigger() {
        RuleBookException e = rejected(CONCEPTS + """
                rules:
                  - name: a
                    kind: urgency
                    speaker: caller
                    message: Nothing starts me.
                  - name: b
                    kind: emotional-control
                    speaker: agent
                    said: deferral
                    overlap: {for: 2 s}
                    message: Two starts.
                """);
        assertEquals(2, e.errors().size());
        assertTrue(e.errors().get(0).message().startsWith("a rule needs one trigger"));
        assertEquals("a rule has one trigger; this one has overlap and said", e.errors().get(1).message());
    }

    @Test
    void notYamlNamesTheLine() {
        RuleBookException e = rejected("concepts:\n  a: [x\nrules: {\n");
        assertEquals(1, e.errors().size());
        assertTrue(e.errors().get(0).line() >= 2, e.errors().toString());
        assertTrue(e.errors().get(0).message().startsWith("not valid YAML"));
    }

    @Test
    void rulesForAnotherLanguageThanTheModelAreRefused() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, RuleBook.builtInText("es"));
        RuleBookException e = assertThrows(RuleBookException.class, () -> RulesRepository.load(file, "en"));
        assertEquals("language", e.errors().get(0).field());
        assertEquals(9, e.errors().get(0).line());
    }

    @Test
    void disabledRulesAreValidatedButNotInForce() throws Exception {
        RuleBook book = RuleBook.parse(CONCEPTS + """
                rules:
                  - name: off
                    enabled: false
                    kind: urgency
                    speaker: caller
                    said: deferral
                    message: Off.
                """, "site.yaml");
        assertEquals(List.of(), book.ruleNames());
        rejected(CONCEPTS + "rules:\n  - name: off\n    enabled: false\n    kind: urgency\n    speaker: caller\n"
                + "    said: nothing\n    message: Off.\n");
    }

    @Test
    void repositoryKeepsTheRulesInForceWhenANewFileIsRejectedAndSavesAGoodOne() throws Exception {
        Path file = dir.resolve("site").resolve("coaching-rules.yaml");
        RulesRepository repository = RulesRepository.load(file, "en");
        RuleBook builtIn = repository.current();
        assertEquals("built-in en rules", builtIn.source());
        assertThrows(RuleBookException.class, () -> repository.replace("rules: nonsense"));
        assertEquals(builtIn, repository.current());
        assertTrue(Files.notExists(file));

        String edited = RuleBook.builtInText("en").replace("max_per_minute: 3", "max_per_minute: 2");
        RuleBook replaced = repository.replace(edited);
        assertEquals(replaced, repository.current());
        assertEquals(2, repository.current().settings().maxPerMinute());
        assertEquals(edited, Files.readString(file));
        assertEquals(2, RulesRepository.load(file, "en").current().settings().maxPerMinute(), "read back at start");
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
    }

    @Test
    void conceptsAreFoundOutsideTheEngineAsTheRulesFindThem() {
        RuleBook en = RuleBook.builtIn("en");
        assertEquals(List.of(new RuleBook.Found("disclosure", 0.9, 2.65, "an attempt to collect a debt")),
                en.find("disclosure", Said.words("hello this is an attempt to collect a debt", 0)));
        assertEquals(List.of("calls you back"), en.find("deferral", Said.words("maybe calls you back", 0)).stream()
                .map(RuleBook.Found::text).toList(), "with the rules' tolerance");
        assertEquals(List.of("next month"), en.laterDays(Said.words("maybe next month", 0), Said.CALL_DATE).stream()
                .map(RuleBook.Found::text).toList(), "days put off, as the rules read them");
        assertEquals(List.of(), en.laterDays(Said.words("yes the twentieth is fine", 10), Said.CALL_DATE,
                Said.words("would friday the twentieth suit you", 0)), "a day the agent proposed, taken up");
        assertEquals(List.of("the twentieth"), en.laterDays(Said.words("yes the twentieth is fine", 10),
                Said.CALL_DATE, List.of()).stream().map(RuleBook.Found::text).toList());
        assertEquals(1, RuleBook.builtIn("es").find("disclosure",
                Said.words("le informo que es un intento de cobrar una deuda", 0)).size());
        assertTrue(en.hasConcept("hostile"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> en.find("hostility", Said.words("stupid", 0)));
        assertEquals("no concept named 'hostility' in built-in en rules", e.getMessage());
    }

    @Test
    void aRaisedVoiceIsWhatTheRuleInForceSaysItIs() throws Exception {
        RuleBook en = RuleBook.builtIn("en");
        assertEquals(Optional.of(new RuleBook.RaisedVoice(5, 1.5, 4)),
                en.raisedVoice("emotional-control", Speaker.AGENT));
        assertEquals(Optional.of(new RuleBook.RaisedVoice(6, 1.5, 4)), en.raisedVoice("empathy", Speaker.CALLER));
        assertEquals(Optional.empty(), en.raisedVoice("emotional-control", Speaker.CALLER));
        RuleBook quiet = RuleBook.parse(CONCEPTS + """
                settings:
                  baseline_warm_up: 10 s
                rules:
                  - name: loud-off
                    enabled: false
                    kind: emotional-control
                    speaker: agent
                    loud: {over_baseline: 3 dB, for: 1 s}
                    message: Calm.
                  - name: loud-on
                    kind: emotional-control
                    speaker: agent
                    loud: {over_baseline: 8 dB, for: 2 s}
                    message: Calm.
                """, "site.yaml");
        assertEquals(Optional.of(new RuleBook.RaisedVoice(8, 2, 10)), quiet.raisedVoice("emotional-control",
                Speaker.AGENT), "a disabled rule is not in force");
    }
}
