package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading corpus scripts: labels belong to the turn before them. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void labelsAndVoicesAreReadPerTurn() throws Exception {
        Path script = dir.resolve("a-call.txt");
        Files.writeString(script, """
                # A comment.
                # caller-voice: awb
                agent: Hello.
                caller(+6dB): I will pay next month.
                #> urgency, empathy
                # overlap: 1.5
                agent: Okay.
                #> emotional-control
                # pause: 2
                """);
        EvaluateCommand.ScriptedCall call = EvaluateCommand.readScript(script);
        assertEquals("a-call", call.name());
        assertEquals(List.of(List.of(), List.of("urgency", "empathy"), List.of("emotional-control")), call.labels());
        assertEquals("awb", call.callerVoice());
        assertEquals(null, call.agentVoice());
    }

    @Test
    void aLabelBeforeAnyTurnOrOfAnUnknownKindIsRefusedWithItsLine() throws Exception {
        Path early = dir.resolve("early.txt");
        Files.writeString(early, "#> urgency\nagent: Hello.\n");
        IOException e = assertThrows(IOException.class, () -> EvaluateCommand.readScript(early));
        assertTrue(e.getMessage().endsWith("early.txt:1: a '#>' label follows the turn it is about"), e.getMessage());
        Path unknown = dir.resolve("unknown.txt");
        Files.writeString(unknown, "agent: Hello.\n#> urgent\n");
        e = assertThrows(IOException.class, () -> EvaluateCommand.readScript(unknown));
        assertTrue(e.getMessage().contains("unknown.txt:2: unknown prompt kind 'urgent'"), e.getMessage());
    }

    @Test
    void theCorpusInGitIsLargeEnoughAndLabelledForTheMainKinds() throws Exception {
        List<EvaluateCommand.ScriptedCall> calls = EvaluateCommand.readCorpus(
                app.parley.testing.TestAudio.repoRoot().resolve("corpus"));
        assertTrue(calls.size() >= 25, calls.size() + " calls");
        assertTrue(calls.stream().filter(c -> c.labels().stream().allMatch(List::isEmpty)).count() >= 5, "clean calls");
        for (String kind : List.of("urgency", "options", "emotional-control")) {
            long labelled = calls.stream().flatMap(c -> c.labels().stream()).filter(l -> l.contains(kind)).count();
            assertTrue(labelled >= 5, kind + " labelled " + labelled + " times");
        }
    }

    @Test
    void complianceIsScoredOnlyOnCallsMarkedForItAndALabelElsewhereIsRefused() throws Exception {
        Path marked = dir.resolve("marked.txt");
        Files.writeString(marked, "# compliance: labelled\nagent: Your balance is ten dollars.\n#> compliance\n");
        EvaluateCommand.ScriptedCall call = EvaluateCommand.readScript(marked);
        assertTrue(call.complianceLabelled());
        app.parley.call.Prompt breach = new app.parley.call.Prompt("compliance", "debt-before-disclosure", 1.0, "m",
                "balance", app.parley.call.Speaker.AGENT, app.parley.call.Prompt.Severity.ALERT);
        app.parley.call.Prompt tip = new app.parley.call.Prompt("urgency", "client-defers", 2.0, "m", "later",
                app.parley.call.Speaker.CALLER, app.parley.call.Prompt.Severity.WARN);
        assertEquals(List.of(breach, tip), call.scored(List.of(breach, tip)));

        Path unmarked = dir.resolve("unmarked.txt");
        Files.writeString(unmarked, "agent: Your balance is ten dollars.\n");
        assertEquals(List.of(tip), EvaluateCommand.readScript(unmarked).scored(List.of(breach, tip)));

        Path labelledButUnmarked = dir.resolve("unmarked-label.txt");
        Files.writeString(labelledButUnmarked, "agent: Hello.\nagent: Your balance is ten dollars.\n#> compliance\n");
        IOException e = assertThrows(IOException.class, () -> EvaluateCommand.readScript(labelledButUnmarked));
        assertTrue(e.getMessage().contains("unmarked-label.txt:3: a compliance label in a call not marked"),
                e.getMessage());
    }

    @Test
    void theComplianceSetsAreLargeEnoughAndMarked() throws Exception {
        Path corpus = app.parley.testing.TestAudio.repoRoot().resolve("corpus");
        List<String> sets;
        try (var dirs = Files.list(corpus)) {
            sets = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> name.startsWith("compliance")).sorted().toList();
        }
        // the development set, six rounds and the blind sets committed so far: a folder lost is a failure
        assertTrue(sets.size() >= 21, sets.toString());
        for (String set : sets) {
            List<EvaluateCommand.ScriptedCall> calls = EvaluateCommand.readCorpus(corpus.resolve(set));
            assertTrue(calls.stream().allMatch(EvaluateCommand.ScriptedCall::complianceLabelled), set);
            long breaches = calls.stream().filter(c -> c.labels().stream().anyMatch(l -> l.contains("compliance")))
                    .count();
            assertTrue(breaches >= 5 && calls.size() - breaches >= 5, set + ": " + breaches + " of " + calls.size());
        }
        assertTrue(EvaluateCommand.readCorpus(corpus.resolve("compliance-blind")).size() >= 20);
    }
}
