package app.parley.cli;

import app.parley.audio.WavFile;
import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.call.Prompt;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.FactsView;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RulesRepository;
import app.parley.coaching.PromptEvaluation;
import app.parley.config.ParleyConfig;
import app.parley.live.CallAnalyzer;
import app.parley.speech.SpeechModel;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run a labelled corpus of scripted calls through analyze (speech, measures, coaching) and "
                + "print recall and precision per prompt kind. Each NAME.txt in the corpus is a make-call script; "
                + "a line '#> KIND[, KIND]' after a turn expects a prompt of that kind from the turn's start to "
                + "--tolerance seconds after its end; a script without such lines is a clean call. Compliance "
                + "prompts are scored only on scripts marked '# compliance: labelled' (the others were written "
                + "before compliance was coached, mostly without the collector's disclosure); elsewhere they are "
                + "counted apart.")
final class EvaluateCommand implements Callable<Integer> {
    private static final Pattern TURN = Pattern.compile("^(agent|caller)(\\([^)]*\\))?:.*");
    private static final Pattern LABEL = Pattern.compile("^#>\\s*(.*)$");
    private static final Pattern VOICE = Pattern.compile("^#\\s*(caller|agent)-voice:\\s*(\\S+)\\s*$");
    private static final Pattern DATE = Pattern.compile("^#\\s*date:\\s*(\\S+)\\s*$");
    /** Marks a call written and labelled for compliance: only those are scored for compliance prompts. */
    private static final Pattern COMPLIANCE_LABELLED = Pattern.compile("^#\\s*compliance:\\s*labelled\\s*$");
    /** The day of a call whose script names none (a Monday): dates said in it are judged against it. */
    static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 9);

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of NAME.txt call scripts; "
            + "give it again for another set (a blind set), reported apart.")
    List<Path> corpora;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rules file to evaluate (default: the rules in force for the configuration).")
    Path rules;

    @Option(names = "--tolerance", defaultValue = "6", paramLabel = "SECONDS",
            description = "How long after its turn an expected prompt may come (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--audio", paramLabel = "DIR",
            description = "Keep the synthesized calls here and reuse them while their script is unchanged "
                    + "(default: a temporary folder, removed afterwards).")
    Path audio;

    @Option(names = "--make-call", paramLabel = "FILE", description = "The call synthesizer (default: scripts/make-call "
            + "of the checkout).")
    Path makeCall;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the results as JSON here.")
    Path json;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A corpus call: its script and the labels per turn (by the turn's index). */
    record ScriptedCall(String name, Path script, List<List<String>> labels, String callerVoice, String agentVoice,
            LocalDate date, boolean complianceLabelled) {
        /** The prompts this call is scored on: compliance prompts only where it is labelled for them. */
        List<Prompt> scored(List<Prompt> prompts) {
            return complianceLabelled ? prompts
                    : prompts.stream().filter(p -> !p.kind().equals(RuleBook.COMPLIANCE)).toList();
        }
    }

    /** A synthesized turn's place on the call's timeline. */
    record Turn(String speaker, double start, double end) {
    }

    @Override
    public Integer call() throws Exception {
        ParleyConfig config = options.load();
        List<List<ScriptedCall>> sets = new ArrayList<>();
        for (Path corpus : corpora) {
            List<ScriptedCall> calls = readCorpus(corpus);
            if (calls.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no *.txt call scripts in " + corpus);
            }
            sets.add(calls);
        }
        RuleBook book = rules == null
                ? RulesRepository.load(config.coachingRules(), config.speech().language()).current()
                : RuleBook.parse(Files.readString(rules, StandardCharsets.UTF_8), rules.toString());
        Path synthesizer = makeCall == null ? locateMakeCall() : makeCall;
        Path work = audio == null ? Files.createTempDirectory("parley-corpus") : Files.createDirectories(audio);
        PrintStream out = System.out;
        ArrayNode setsJson = Json.MAPPER.createArrayNode();
        long started = System.nanoTime();
        try (SpeechModel speech = SpeechModel.load(config.speech().model(), 2, config.speech().gate(),
                config.speech().decoding())) {
            CallAnalyzer analyzer = new CallAnalyzer(speech, CoachingEngine.of(book));
            for (int i = 0; i < sets.size(); i++) {
                setsJson.add(evaluate(corpora.get(i), sets.get(i), book, analyzer, synthesizer,
                        work.resolve("set" + i), out));
            }
        } finally {
            if (audio == null) {
                deleteTree(work);
            }
        }
        out.printf(Locale.ROOT, "%d calls in %.0f s%n", sets.stream().mapToInt(List::size).sum(),
                (System.nanoTime() - started) / 1e9);
        if (json != null) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("rules", book.source()).put("tolerance_s", tolerance);
            root.set("sets", setsJson);
            Files.writeString(json, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        }
        return 0;
    }

    /** One set of calls: each call's verdict, then figures per kind and per rule, then every miss and false alarm. */
    private ObjectNode evaluate(Path corpus, List<ScriptedCall> calls, RuleBook book, CallAnalyzer analyzer,
            Path synthesizer, Path work, PrintStream out) throws IOException, InterruptedException {
        PromptEvaluation evaluation = new PromptEvaluation();
        int complianceUnscored = 0;
        ArrayNode results = Json.MAPPER.createArrayNode();
        out.printf("evaluating %d calls of %s with %s%n%n", calls.size(), corpus, book);
        out.printf("%-34s %-28s %-40s %s%n", "call", "expected", "raised (kind at s)", "result");
        for (ScriptedCall call : calls) {
            Path dir = work.resolve(call.name());
            List<Turn> turns = synthesize(synthesizer, call, dir);
            List<PromptEvaluation.Expected> expected = expectations(call, turns);
            CallRecord record = analyzer.analyzeWithLoudness(call.name(), WavFile.read(dir.resolve("caller.wav")),
                    WavFile.read(dir.resolve("agent.wav")), null, null, FactsView.NONE,
                    call.date().atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()).record();
            List<Prompt> scored = call.scored(record.prompts());
            complianceUnscored += record.prompts().size() - scored.size();
            PromptEvaluation.CallResult result = evaluation.add(call.name(), expected, scored);
            out.printf("%-34s %-28s %-40s %s%n", call.name(), describeExpected(expected),
                    describeRaised(scored), verdict(result));
            results.add(json(result, record));
        }
        out.println();
        out.printf("%-20s %9s %7s %8s %7s %10s%n", "kind", "expected", "raised", "matched", "recall", "precision");
        ArrayNode kinds = Json.MAPPER.createArrayNode();
        for (PromptEvaluation.KindFigures f : evaluation.byKind(RuleBook.KINDS)) {
            out.printf(Locale.ROOT, "%-20s %9d %7d %8d %7.2f %10.2f%n", f.kind(), f.expected(), f.raised(), f.matched(),
                    f.recall(), f.precision());
            kinds.add(Json.MAPPER.createObjectNode().put("kind", f.kind()).put("expected", f.expected())
                    .put("raised", f.raised()).put("matched", f.matched()).put("recall", f.recall())
                    .put("precision", f.precision()));
        }
        out.println();
        out.printf("%-34s %-20s %7s %8s %12s%n", "rule", "kind", "raised", "matched", "false alarms");
        ArrayNode rules = Json.MAPPER.createArrayNode();
        for (PromptEvaluation.RuleFigures f : evaluation.byRule()) {
            out.printf(Locale.ROOT, "%-34s %-20s %7d %8d %12d%n", f.rule(), f.kind(), f.raised(), f.matched(),
                    f.falseAlarms());
            rules.add(Json.MAPPER.createObjectNode().put("rule", f.rule()).put("kind", f.kind())
                    .put("raised", f.raised()).put("matched", f.matched()).put("false_alarms", f.falseAlarms()));
        }
        out.println();
        for (PromptEvaluation.CallResult result : evaluation.calls()) {
            for (PromptEvaluation.Expected miss : result.missed()) {
                out.printf(Locale.ROOT, "MISSED       %-34s %-18s %.1f-%.1f s%n", result.call(), miss.kind(), miss.from(),
                        miss.to());
            }
            for (Prompt alarm : result.unexpected()) {
                out.printf(Locale.ROOT, "FALSE ALARM  %-34s %-18s %.1f s %s: \"%s\"%n", result.call(), alarm.kind(),
                        alarm.at(), alarm.rule(), alarm.evidence());
            }
        }
        out.printf(Locale.ROOT, "%nclean calls: %d, prompts on them: %d%n", evaluation.cleanCalls(),
                evaluation.promptsOnCleanCalls());
        long labelled = calls.stream().filter(ScriptedCall::complianceLabelled).count();
        out.printf(Locale.ROOT, "calls labelled for compliance: %d; compliance prompts on the %d others, not scored: %d%n%n",
                labelled, calls.size() - labelled, complianceUnscored);
        ObjectNode set = Json.MAPPER.createObjectNode().put("corpus", corpus.toString());
        set.set("kinds", kinds);
        set.set("rules", rules);
        set.put("clean_calls", evaluation.cleanCalls()).put("prompts_on_clean_calls", evaluation.promptsOnCleanCalls());
        set.put("compliance_labelled_calls", labelled).put("compliance_prompts_not_scored", complianceUnscored);
        set.set("calls", results);
        return set;
    }

    static List<ScriptedCall> readCorpus(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no corpus folder at " + dir);
        }
        List<ScriptedCall> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path script : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                calls.add(readScript(script));
            }
        }
        return calls;
    }

    static ScriptedCall readScript(Path script) throws IOException {
        String name = script.getFileName().toString().replaceFirst("\\.txt$", "");
        List<List<String>> labels = new ArrayList<>();
        String callerVoice = null;
        String agentVoice = null;
        LocalDate date = DEFAULT_DATE;
        boolean complianceLabelled = false;
        int firstComplianceLabel = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            lineNo++;
            Matcher label = LABEL.matcher(line.trim());
            Matcher voice = VOICE.matcher(line.trim());
            Matcher day = DATE.matcher(line.trim());
            if (TURN.matcher(line.trim()).matches()) {
                labels.add(new ArrayList<>());
            } else if (label.matches()) {
                if (labels.isEmpty()) {
                    throw new IOException(script + ":" + lineNo + ": a '#>' label follows the turn it is about");
                }
                for (String kind : label.group(1).split(",")) {
                    if (!RuleBook.KINDS.contains(kind.trim())) {
                        throw new IOException(script + ":" + lineNo + ": unknown prompt kind '" + kind.trim()
                                + "' (kinds: " + String.join(", ", RuleBook.KINDS) + ")");
                    }
                    labels.get(labels.size() - 1).add(kind.trim());
                    if (kind.trim().equals(RuleBook.COMPLIANCE) && firstComplianceLabel == 0) {
                        firstComplianceLabel = lineNo;
                    }
                }
            } else if (COMPLIANCE_LABELLED.matcher(line.trim()).matches()) {
                complianceLabelled = true;
            } else if (day.matches()) {
                try {
                    date = LocalDate.parse(day.group(1));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IOException(script + ":" + lineNo + ": the call's date must read YYYY-MM-DD, got '"
                            + day.group(1) + "'");
                }
            } else if (voice.matches()) {
                if (voice.group(1).equals("caller")) {
                    callerVoice = voice.group(2);
                } else {
                    agentVoice = voice.group(2);
                }
            }
        }
        if (firstComplianceLabel > 0 && !complianceLabelled) {
            throw new IOException(script + ":" + firstComplianceLabel + ": a compliance label in a call not marked "
                    + "'# compliance: labelled' (add that line: only such calls are scored for compliance)");
        }
        return new ScriptedCall(name, script, labels, callerVoice, agentVoice, date, complianceLabelled);
    }

    private List<PromptEvaluation.Expected> expectations(ScriptedCall call, List<Turn> turns) throws IOException {
        if (turns.size() != call.labels().size()) {
            throw new IOException(call.script() + ": make-call made " + turns.size() + " turns of "
                    + call.labels().size() + " turn lines");
        }
        List<PromptEvaluation.Expected> expected = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            for (String kind : call.labels().get(i)) {
                expected.add(new PromptEvaluation.Expected(kind, turns.get(i).start(), turns.get(i).end() + tolerance));
            }
        }
        return expected;
    }

    /** Runs make-call, or reuses audio made from the very same script. */
    private static List<Turn> synthesize(Path synthesizer, ScriptedCall call, Path dir)
            throws IOException, InterruptedException {
        String script = Files.readString(call.script(), StandardCharsets.UTF_8);
        Path copy = dir.resolve("script.txt");
        boolean reusable = Files.isRegularFile(copy) && Files.readString(copy, StandardCharsets.UTF_8).equals(script)
                && Files.isRegularFile(dir.resolve("caller.wav")) && Files.isRegularFile(dir.resolve("agent.wav"))
                && Files.isRegularFile(dir.resolve("turns.tsv"));
        if (!reusable) {
            Files.createDirectories(dir);
            Files.deleteIfExists(copy);
            List<String> command = new ArrayList<>(List.of(synthesizer.toString(), call.script().toString(),
                    dir.toString()));
            if (call.callerVoice() != null) {
                command.addAll(List.of("--caller-voice", call.callerVoice()));
            }
            if (call.agentVoice() != null) {
                command.addAll(List.of("--agent-voice", call.agentVoice()));
            }
            // Output to a file, so that the timeout is reached even when make-call hangs writing nothing.
            Path log = dir.resolve("make-call.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(300, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            if (!finished || process.exitValue() != 0) {
                throw new IOException("make-call " + (finished ? "failed" : "took over 300 s") + " for " + call.script()
                        + ": " + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            Files.writeString(copy, script, StandardCharsets.UTF_8);
        }
        List<Turn> turns = new ArrayList<>();
        for (String row : Files.readAllLines(dir.resolve("turns.tsv"), StandardCharsets.UTF_8)) {
            String[] f = row.split("\t", 4);
            turns.add(new Turn(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        return turns;
    }

    /** scripts/make-call in the working directory's checkout, or in the one the jar was built in. */
    private static Path locateMakeCall() throws IOException {
        Path here = Path.of("scripts", "make-call");
        if (Files.isExecutable(here)) {
            return here.toAbsolutePath();
        }
        try {
            Path jar = Path.of(EvaluateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("scripts").resolve("make-call");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // Fall through to the error below.
        }
        throw new IOException("cannot find scripts/make-call: run from the checkout or give --make-call");
    }

    private static String describeExpected(List<PromptEvaluation.Expected> expected) {
        return expected.isEmpty() ? "-"
                : String.join(", ", expected.stream().map(PromptEvaluation.Expected::kind).toList());
    }

    private static String describeRaised(List<Prompt> prompts) {
        return prompts.isEmpty() ? "-" : String.join(", ", prompts.stream()
                .map(p -> String.format(Locale.ROOT, "%s %.1f", p.kind(), p.at())).toList());
    }

    private static String verdict(PromptEvaluation.CallResult result) {
        if (result.perfect()) {
            return "ok";
        }
        List<String> problems = new ArrayList<>();
        result.missed().forEach(e -> problems.add("MISSED " + e.kind()));
        result.unexpected().forEach(p -> problems.add("UNEXPECTED " + p.kind() + " (" + p.rule() + ": \""
                + p.evidence() + "\")"));
        return String.join("; ", problems);
    }

    private static ObjectNode json(PromptEvaluation.CallResult result, CallRecord record) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("call", result.call());
        node.set("expected", Json.MAPPER.valueToTree(result.expected()));
        node.set("prompts", Json.MAPPER.valueToTree(result.prompts()));
        node.set("missed", Json.MAPPER.valueToTree(result.missed()));
        node.set("unexpected", Json.MAPPER.valueToTree(result.unexpected()));
        node.set("utterances", Json.MAPPER.valueToTree(record.utterances()));
        return node;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
