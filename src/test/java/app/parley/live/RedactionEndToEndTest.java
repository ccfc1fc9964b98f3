package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.store.Recordings;
import app.parley.testing.CapturedLog;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PCI DSS on the live path, with synthesized speech: a caller reads a card number in groups of
 * four with pauses, its expiry date and its security code; the agent repeats the last four,
 * says an amount and a phone number. None of the caller's digits reach the record, search, the
 * live feed, the transcript export or the logs, and both recordings are silent where they were
 * said (the agent's leg carries a faint echo of the caller, as a real line does), while the
 * amount, the phone number and the last four stay readable.
 */
class RedactionEndToEndTest {
    @TempDir
    Path dir;

    private static final String[] CALL = {
        "agent: How would you like to pay the balance of two hundred and forty dollars today?",
        "caller: By card. My card number is four one one one.",
        "# pause: 1",
        "caller: one one one one.",
        "# pause: 1",
        "caller: one one one one.",
        "# pause: 1",
        "caller: one one one one.",
        "agent: Thank you. When does the card expire?",
        "caller: It expires zero four twenty seven.",
        "agent: And the security code on the back?",
        "caller: The security code is seven three nine.",
        "agent: So that is the card ending in one one one one. Can I call you back on five five five, two one two, "
                + "four three six seven?",
        "caller: Yes, that is fine.",
    };

    /** Said only in the card number, its expiry and its code (the small model's spellings included). */
    private static final List<String> NEVER_SEEN = List.of("four one one one", "one one one one one", "zero four",
            "twenty seven", "seven three nine", "three nine", "4111");

    private static final Set<String> DIGIT_WORDS = Set.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "double", "triple");

    @Test
    void aCardItsExpiryAndItsCodeLeaveNoDigitsAnywhereAndSilenceInBothRecordings() throws Exception {
        TestAudio.Call said = TestAudio.makeCall(dir.resolve("call"), CALL);
        // The agent's line carries the caller's voice 34 dB down, faint, yet its recogniser makes a few
        // digits of it now and then: with no cue before them, those must go too.
        Path agentWithEcho = dir.resolve("call/agent-echo.wav");
        TestAudio.run(List.of("sox", "-m", "-v", "1", said.agent().toString(), "-v", "0.02", said.caller().toString(),
                agentWithEcho.toString()));
        TestAudio.Call call = new TestAudio.Call(said.caller(), agentWithEcho, said.turns());
        TestAudio.Turn cardStarts = said.turns().get(1);
        TestAudio.Turn codeSaid = said.turns().get(8);
        assertTrue(codeSaid.text().startsWith("The security code"), codeSaid.text());
        assertTrue(said.turns().get(9).text().startsWith("So that is"), said.turns().get(9).text());

        List<JsonObject> feed = new CopyOnWriteArrayList<>();
        String callId = "paid-" + UUID.randomUUID();
        JsonNode record;
        List<String> logged;
        try (RunningParley parley = new RunningParley(dir.resolve("data"), Map.of("PARLEY_RECORDINGS_ENABLED", "true"));
                CapturedLog log = new CapturedLog()) {
            parley.service().vertx().eventBus().<JsonObject>localConsumer(LiveCalls.EVENTS, m -> feed.add(m.body()));
            parley.streamCallAtOnce(callId, "5550100101", "agent-7", call);
            record = parley.awaitEndedCall(callId, Duration.ofSeconds(60));
            String export = parley.get("/api/calls/" + callId + "/transcript.txt").body();
            System.out.println(export);

            // The record: placeholders where the caller read the card, no digit word left there.
            String caller = LiveTranscriptionEndToEndTestSupport.said(record, Speaker.CALLER);
            String agent = LiveTranscriptionEndToEndTestSupport.said(record, Speaker.AGENT);
            assertTrue(caller.contains("[card number ending 1111]"), caller);
            assertTrue(caller.contains("expires [expiry date]"), caller);
            assertTrue(caller.contains("[security code]"), caller);
            assertEquals(List.of(), digitWords(record, Speaker.CALLER, cardStarts.start(), codeSaid.end() + 0.5),
                    "the caller's digits between the card number and the code");
            assertEquals(List.of(), digitWords(record, Speaker.AGENT, cardStarts.start(), codeSaid.end() + 0.5).stream()
                    .filter(word -> !word.contains(" in ")).toList(), "the echo of the caller's digits on the agent's leg");
            assertNeverSeen("the record", record.toString());
            // What stays readable: the amount, the phone number, the last four the agent repeats.
            assertTrue(agent.contains("two hundred and forty dollars"), agent);
            assertTrue(agent.contains("card ending") && agent.contains("one one one one"), agent);
            assertTrue(agent.contains("five five five") && agent.contains("three six seven"), agent);

            // Kept as facts of the call.
            List<String> facts = new ArrayList<>();
            for (JsonNode redaction : record.get("redactions")) {
                facts.add(redaction.get("speaker").asText() + " " + redaction.get("category").asText());
                assertTrue(redaction.get("start").asDouble() >= cardStarts.start()
                        && redaction.get("end").asDouble() <= codeSaid.end() + 0.5, redaction.toString());
            }
            // The agent's leg carries a faint echo of the caller: when its recogniser makes digits of
            // the echo after the cue, they are redacted too (inside the caller's stretch, checked
            // above), which is right; the caller's own three are always there.
            assertEquals(List.of("caller card", "caller expiry", "caller security-code"),
                    facts.stream().filter(f -> f.startsWith("caller ")).toList(), facts.toString());

            // Search finds the call by its words, never by the digits redacted.
            assertTrue(found(parley, callId, "dollars"), "search works for this call");
            for (String term : List.of("nine", "zero", "twenty", "\"seven three\"", "\"four one\"")) {
                assertFalse(found(parley, callId, term), "found by " + term);
            }

            assertNeverSeen("the transcript export", export);
            assertTrue(export.contains("[card number ending 1111]"), export);
            assertTrue(export.contains("card number redacted"), export);

            // The live feed, partial results included: placeholders only.
            for (JsonObject event : feed) {
                assertNeverSeen("live event " + event, event.encode());
                if ("utterance".equals(event.getString("type")) && "caller".equals(event.getString("speaker"))) {
                    for (String word : event.getString("text").split(" ")) {
                        assertFalse(DIGIT_WORDS.contains(word) && event.getDouble("start") >= cardStarts.start()
                                && event.getDouble("start") <= codeSaid.end(), "digit in live event " + event);
                    }
                }
            }
            assertTrue(feed.stream().anyMatch(e -> e.encode().contains("[digits]")),
                    "partial results masked the digits while they were said");
            logged = log.lines();
        }
        for (String line : logged) {
            assertNeverSeen("the log", line);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("caller card number redacted at")), "logged as a fact");

        // Both recordings: silent over every redacted stretch, not silent where words were kept.
        Recordings recordings = new Recordings(dir.resolve("data/recordings"));
        PcmAudio echo = WavFile.read(agentWithEcho);
        for (Speaker party : Speaker.values()) {
            PcmAudio recording = WavFile.read(recordings.find(callId, party).orElseThrow());
            for (JsonNode redaction : record.get("redactions")) {
                double start = redaction.get("start").asDouble();
                double end = redaction.get("end").asDouble();
                assertEquals(0, peak(recording, start, end), party + " over " + redaction);
                // The fixture's own check: the caller's digits are echoed on the agent's line. An extra
                // redaction the agent's recogniser made of the faint echo may fall in a pause of it (peak 2
                // in one CI run): silencing it is harmless, and it says nothing of the fixture.
                if (party == Speaker.AGENT && "caller".equals(redaction.get("speaker").asText())) {
                    assertTrue(peak(echo, start, end) > 50, "the echo was there to silence: " + peak(echo, start, end));
                }
            }
        }
        PcmAudio callerRecording = WavFile.read(recordings.find(callId, Speaker.CALLER).orElseThrow());
        PcmAudio agentRecording = WavFile.read(recordings.find(callId, Speaker.AGENT).orElseThrow());
        assertTrue(peak(callerRecording, cardStarts.start(), cardStarts.start() + 1.0) > 1000, "'by card' is kept");
        TestAudio.Turn lastFour = said.turns().get(9);
        assertTrue(peak(agentRecording, lastFour.start(), lastFour.end()) > 1000, "the agent's last turn is kept");
    }

    /** Ids and times ("35.411125s") hold digits that were never said. */
    private static final java.util.regex.Pattern NOT_SAID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|\\d+\\.\\d+");

    private static void assertNeverSeen(String where, String text) {
        String said = NOT_SAID.matcher(text).replaceAll(" ");
        for (String digits : NEVER_SEEN) {
            assertFalse(java.util.regex.Pattern.compile("\\b" + digits + "\\b").matcher(said).find(),
                    where + " holds '" + digits + "': " + text);
        }
    }

    /** The party's words from {@code from} to {@code to} that are digits. */
    private static List<String> digitWords(JsonNode record, Speaker speaker, double from, double to) {
        List<String> digits = new ArrayList<>();
        for (JsonNode utterance : record.get("utterances")) {
            if (!utterance.get("speaker").asText().equals(speaker.id())) {
                continue;
            }
            for (JsonNode word : utterance.get("words")) {
                double at = word.get("start").asDouble();
                if (at >= from && at <= to && DIGIT_WORDS.contains(word.get("word").asText())) {
                    digits.add(word.toString());
                }
            }
            for (String word : utterance.get("text").asText().split(" ")) {
                if (utterance.get("start").asDouble() >= from && utterance.get("start").asDouble() <= to
                        && DIGIT_WORDS.contains(word)) {
                    digits.add(word + " in " + utterance.get("text").asText());
                }
            }
        }
        return digits;
    }

    private static boolean found(RunningParley parley, String callId, String words) throws Exception {
        JsonNode page = parley.getJson("/api/calls?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        for (JsonNode call : page.get("calls")) {
            if (call.get("call").get("id").asText().equals(callId)) {
                return true;
            }
        }
        return false;
    }

    /** The largest sample magnitude between two call times. */
    private static int peak(PcmAudio audio, double from, double to) {
        int peak = 0;
        short[] samples = audio.samples();
        int end = (int) Math.min(samples.length, Math.round(to * audio.sampleRate()));
        for (int i = (int) Math.max(0, Math.round(from * audio.sampleRate())); i < end; i++) {
            peak = Math.max(peak, Math.abs(samples[i]));
        }
        return peak;
    }
}
