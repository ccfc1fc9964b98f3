package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.store.CallStore;
import app.parley.testing.TestAudio;
import app.parley.testing.Wer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo plays every bundled sample call through the real AudioSocket path, and each is transcribed as scripted. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void everySampleCallIsTranscribedUnderItsAgentAndNumber() throws Exception {
        Path config = dir.resolve("demo.yaml");
        Files.writeString(config, "http:\n  host: 127.0.0.1\n  port: 0\naudiosocket:\n  host: 127.0.0.1\n  port: 0\n"
                + "calls:\n  end_after: 300 ms\nspeech:\n  model: " + TestAudio.model() + "\n");
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("demo", "--config", config.toString(), "--data", data.toString(),
                "--lines", "1", "--rounds", "1", "--speed", "4"));
        Map<String, String> scripts = Map.of(
                "+1 (555) 010-0101", "payment-plan", "+1 (555) 010-0202", "dispute", "+1 (555) 010-0303", "callback");
        try (CallStore store = CallStore.openEmbedded(data)) {
            List<CallInfo> calls = store.recent(10, 0);
            assertEquals(3, calls.size());
            for (CallInfo call : calls) {
                assertEquals("agent-1001", call.agent());
                String sample = scripts.get(call.callerNumber());
                CallRecord record = store.find(call.id()).orElseThrow();
                List<String> script = Files.readAllLines(TestAudio.repoRoot()
                        .resolve("src/main/resources/samples/" + sample + "/script.txt"));
                for (Speaker speaker : Speaker.values()) {
                    String expected = script.stream().filter(line -> line.startsWith(speaker.id() + ":"))
                            .map(line -> line.substring(line.indexOf(':') + 1)).collect(Collectors.joining(" "));
                    String heard = record.utterances().stream().filter(u -> u.speaker() == speaker)
                            .map(Utterance::text).collect(Collectors.joining(" "));
                    double wer = Wer.of(expected, heard);
                    // Looser than the end-to-end bound: the samples are full of names the small model lacks.
                    assertTrue(wer <= 0.30, sample + " " + speaker.id() + " WER " + wer + ": " + heard);
                }
            }
        }
    }
}
