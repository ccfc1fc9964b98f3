package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.live.LiveTranscriptionEndToEndTestSupport;
import app.parley.store.CallStore;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void recordedCallComesOutUnderTheRightSpeakersWithTimingsAndIsStored() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: Hello, I am calling about the balance on your account.",
                "# pause: 1.0",
                "caller: I already paid that invoice last week.",
                "agent: Thank you. Can you tell me the date of the payment?",
                "caller: It was on Monday, by bank transfer.");
        // A recording as QA would have it: 44.1 kHz stereo, not the telephone format.
        Path caller = dir.resolve("caller-44k.wav");
        Path agent = dir.resolve("agent-44k.wav");
        TestAudio.run(List.of("sox", call.caller().toString(), "-r", "44100", "-c", "2", caller.toString()));
        TestAudio.run(List.of("sox", call.agent().toString(), "-r", "44100", "-c", "2", agent.toString()));
        Path out = dir.resolve("record.json");
        Path data = dir.resolve("data");
        int exit = Main.run("analyze", "--caller", caller.toString(), "--agent", agent.toString(),
                "--phone", "+15550100101", "--json", out.toString(), "--data", data.toString());
        assertEquals(0, exit);
        JsonNode record = new ObjectMapper().readTree(out.toFile());
        assertEquals("+15550100101", record.get("call").get("caller_number").asText());
        assertEquals(call.turns().get(call.turns().size() - 1).end() + 0.4,
                record.get("call").get("duration_s").asDouble(), 0.1);
        LiveTranscriptionEndToEndTestSupport.assertSpokenAsScripted(record, call);
        // Coaching ran over the call: the agent spoke of the balance before any disclosure (a
        // compliance alert), and the caller disputing the invoice raised one dispute prompt,
        // after the words and before the call ended.
        JsonNode prompts = record.get("prompts");
        assertEquals(2, prompts.size(), prompts.toString());
        assertEquals("debt-before-disclosure", prompts.get(0).get("rule").asText());
        assertEquals("dispute", prompts.get(1).get("kind").asText());
        assertEquals("caller", prompts.get(1).get("speaker").asText());
        double disputed = call.turns().get(1).start();
        double at = prompts.get(1).get("at").asDouble();
        assertTrue(at > disputed && at < record.get("call").get("duration_s").asDouble(), "raised at " + at);
        try (CallStore store = CallStore.openEmbedded(data)) {
            var stored = store.find(record.get("call").get("id").asText()).orElseThrow();
            assertEquals(record.get("utterances").size(), stored.utterances().size(), "analyze stores the call");
        }
    }

    @Test
    void aCardNumberReadOutIsRedactedInTheRecordAndSilencedOnBothStoredLegs() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "caller: My card number is four one one one.", "# pause: 1", "caller: one one one one.", "# pause: 1",
                "caller: one one one one.", "# pause: 1", "caller: one one one one.", "agent: Thank you.");
        Path site = dir.resolve("parley.yaml");
        java.nio.file.Files.writeString(site, "recordings:\n  enabled: true\n");
        Path out = dir.resolve("record.json");
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("analyze", "--caller", call.caller().toString(), "--agent", call.agent().toString(),
                "--json", out.toString(), "--data", data.toString(), "--config", site.toString()));
        JsonNode record = new ObjectMapper().readTree(out.toFile());
        String caller = LiveTranscriptionEndToEndTestSupport.said(record, app.parley.call.Speaker.CALLER);
        assertEquals("my card number is [card number ending 1111]", caller);
        JsonNode card = record.get("redactions").get(0);
        assertEquals("card", card.get("category").asText());
        String id = record.get("call").get("id").asText();
        try (CallStore store = CallStore.openEmbedded(data)) {
            assertEquals(1, store.find(id).orElseThrow().redactions().size(), "stored with the call");
        }
        app.parley.store.Recordings recordings = new app.parley.store.Recordings(data.resolve("recordings"));
        for (app.parley.call.Speaker party : app.parley.call.Speaker.values()) {
            app.parley.audio.PcmAudio leg = app.parley.audio.WavFile.read(recordings.find(id, party).orElseThrow());
            int from = (int) Math.round((card.get("start").asDouble() - 0.2) * leg.sampleRate());
            int to = (int) Math.round((card.get("end").asDouble() + 0.2) * leg.sampleRate());
            assertTrue(java.util.stream.IntStream.range(from, to).allMatch(i -> leg.samples()[i] == 0), party + " silenced");
        }
        app.parley.audio.PcmAudio callerLeg = app.parley.audio.WavFile.read(recordings.find(id,
                app.parley.call.Speaker.CALLER).orElseThrow());
        assertTrue(java.util.stream.IntStream.range(0, (int) Math.round(0.5 * callerLeg.sampleRate()))
                .anyMatch(i -> Math.abs(callerLeg.samples()[i]) > 1000), "'my card' is kept");
    }

    @Test
    void aKnownNumberBringsTheCallersAccountIntoTheRecord() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("ledger", "import", TestAudio.repoRoot().resolve("src/main/resources/samples/ledger")
                .toString(), "--data", data.toString()));
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"), "caller: I already paid that invoice in April.",
                "agent: Let me check.");
        Path out = dir.resolve("record.json");
        assertEquals(0, Main.run("analyze", "--caller", call.caller().toString(), "--agent", call.agent().toString(),
                "--phone", "555-010-0202", "--json", out.toString(), "--data", data.toString()));
        JsonNode record = new ObjectMapper().readTree(out.toFile());
        assertEquals("A-1002", record.get("facts").get("account").get("id").asText(), record.get("facts").toString());
        assertEquals("P-1002-1", record.get("facts").get("invoices").get(0).get("evidence").get(0).get("id").asText());
    }

    @Test
    void missingLegIsAClearErrorNamingTheFile() throws Exception {
        Path missing = dir.resolve("nope.wav");
        var err = new java.io.ByteArrayOutputStream();
        var original = System.err;
        int exit;
        try {
            System.setErr(new java.io.PrintStream(err, true));
            exit = Main.run("analyze", "--caller", missing.toString(), "--agent", missing.toString(),
                    "--data", dir.resolve("data").toString());
        } finally {
            System.setErr(original);
        }
        assertNotEquals(0, exit);
        assertTrue(err.toString().contains(missing.toString()), err.toString());
    }
}
