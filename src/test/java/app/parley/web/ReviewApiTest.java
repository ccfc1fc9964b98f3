package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.audio.WavRecorder;
import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.store.Recordings;
import app.parley.testing.RunningParley;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review API over HTTP: search errors, exports, recordings with byte ranges, scorecard overrides. */
class ReviewApiTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        List<Word> words = List.of(new Word("i", 1.0, 1.1, 1), new Word("will", 1.2, 1.4, 1), new Word("pay", 1.5, 1.8, 1));
        parley.service().store().saveRecord(new CallRecord(new CallInfo("api-1", Instant.parse("2026-11-20T10:00:00Z"),
                "+15550100101", "agent-1", 4.0), List.of(new Utterance(Speaker.CALLER, 1.0, 1.8, "i will pay", words)),
                List.of(new Prompt("urgency", "client-defers", 1.9, "Set a deadline", "will pay", Speaker.CALLER,
                        Prompt.Severity.WARN)), null));
        Recordings recordings = new Recordings(dir.resolve("data").resolve("recordings"));
        try (WavRecorder recorder = new WavRecorder(recordings.file("api-1", Speaker.CALLER), 16000)) {
            recorder.write(0, new short[16000]);
        }
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    /** As the tester, signed in; a state-changing request carries the CSRF token. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String token = RunningParley.xsrf(parley.client());
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return parley.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(parley.baseUrl() + path));
    }

    @Test
    void aBadSearchParameterIsA400NamingIt() throws Exception {
        HttpResponse<String> response = send(get("/api/calls?min_duration=long"));
        assertEquals(400, response.statusCode());
        assertEquals("min_duration", JSON.readTree(response.body()).get("field").asText());
        JsonNode found = JSON.readTree(send(get("/api/calls?q=pay&agent=agent-1")).body());
        assertEquals("api-1", found.get("calls").get(0).get("call").get("id").asText());
        assertEquals("i will pay", found.get("calls").get(0).get("match").get("text").asText());
    }

    @Test
    void aCallExportsAsJsonAndAsATranscript() throws Exception {
        HttpResponse<String> json = send(get("/api/calls/api-1?download=1"));
        assertEquals(200, json.statusCode());
        assertEquals("attachment; filename=\"call-api-1.json\"", json.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("api-1", JSON.readTree(json.body()).get("call").get("id").asText());
        HttpResponse<String> text = send(get("/api/calls/api-1/transcript.txt"));
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(text.body().contains("[0:01.0] Caller: i will pay"), text.body());
        assertTrue(text.body().contains(">> prompt urgency (warn): Set a deadline"), text.body());
        assertEquals(404, send(get("/api/calls/nope/transcript.txt")).statusCode());
    }

    @Test
    void recordingsAreServedWholeOrByRange() throws Exception {
        HttpResponse<byte[]> whole = parley.client().send(get("/api/calls/api-1/recordings/caller").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertEquals(44 + 32000, whole.body().length);
        HttpResponse<byte[]> part = parley.client().send(get("/api/calls/api-1/recordings/caller").header("Range", "bytes=0-11").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 0-11/32044", part.headers().firstValue("Content-Range").orElse(""));
        assertEquals("RIFF", new String(part.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(12, part.body().length);
        assertEquals(416, send(get("/api/calls/api-1/recordings/caller").header("Range", "bytes=90000-")).statusCode());
        HttpResponse<String> none = send(get("/api/calls/api-1/recordings/agent"));
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("no agent recording kept"), none.body());
        assertEquals(404, send(get("/api/calls/api-1/recordings/..%2F..%2Fetc")).statusCode());
    }

    @Test
    void anOverrideNeedsEveryFieldAndIsKeptWithWhoAndWhen() throws Exception {
        HttpResponse<String> bad = send(get("/api/calls/api-1/scorecard/overrides").POST(HttpRequest.BodyPublishers.ofString(
                "{\"element\": \"urgency\", \"verdict\": \"great\", \"comment\": \"x\", \"reviewer\": \"qa\"}")));
        assertEquals(400, bad.statusCode());
        assertEquals("verdict", JSON.readTree(bad.body()).get("field").asText());
        HttpResponse<String> noCall = send(get("/api/calls/nope/scorecard/overrides").POST(HttpRequest.BodyPublishers.ofString(
                "{\"element\": \"urgency\", \"verdict\": \"met\", \"comment\": \"x\", \"reviewer\": \"qa\"}")));
        assertEquals(404, noCall.statusCode());
        HttpResponse<String> saved = send(get("/api/calls/api-1/scorecard/overrides").POST(HttpRequest.BodyPublishers.ofString(
                "{\"element\": \"disclosure\", \"verdict\": \"not-applicable\", \"comment\": \"outbound test call\", "
                        + "\"reviewer\": \"qa-2\"}")));
        assertEquals(201, saved.statusCode());
        JsonNode row = null;
        for (JsonNode r : JSON.readTree(send(get("/api/calls/api-1/scorecard")).body()).get("rows")) {
            if (r.get("element").asText().equals("disclosure")) {
                row = r;
            }
        }
        assertEquals("not-applicable", row.get("verdict").asText());
        assertEquals("missed", row.get("computed_verdict").asText());
        // Signed with who is signed in, not the name in the body.
        assertEquals(RunningParley.TESTER, row.get("overrides").get(0).get("reviewer").asText());
        assertTrue(Instant.parse(row.get("overrides").get(0).get("at").asText()).isAfter(Instant.now().minusSeconds(60)));
    }
}
