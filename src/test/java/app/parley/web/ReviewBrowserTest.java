package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A QA reviewer in headless Chromium: finds a call by a phrase said in it, opens its replay,
 * clicks a prompt marker and lands on the line that raised it. The calls are real: synthesized
 * speech streamed live through AudioSocket, transcribed by Vosk, coached, recorded and stored.
 */
class ReviewBrowserTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HeadlessChromium chromium;
    static ChromeDriver browser;
    static String deferred;
    static String paid;

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"), Map.of("PARLEY_RECORDINGS_ENABLED", "true"));
        chromium = new HeadlessChromium(dir.resolve("chromium-profile"));
        browser = chromium.driver();
        chromium.signIn(parley.baseUrl(), RunningParley.TESTER, RunningParley.TESTER_PASSWORD);
        deferred = "review-" + UUID.randomUUID();
        paid = "review-" + UUID.randomUUID();
        CompletableFuture<Void> first = parley.playCall(deferred, "+1 555 010 0303", "agent-21", TestAudio.makeCall(dir.resolve("defers"),
                "agent: Good afternoon. I am calling about the balance on your account.",
                "caller: I cannot talk now. I will call you back next month.",
                "# pause: 2.0",
                "agent: I understand. Thank you for your time."));
        CompletableFuture<Void> second = parley.playCall(paid, "+1 555 010 0404", "agent-22", TestAudio.makeCall(dir.resolve("pays"),
                "agent: Good morning. I am calling about your account.",
                "caller: I can pay one hundred dollars on Friday by card."));
        CompletableFuture.allOf(first, second).join();
        parley.awaitEndedCall(deferred, Duration.ofSeconds(60));
        parley.awaitEndedCall(paid, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (parley != null) {
            parley.close();
        }
    }

    @Test
    void reviewerFindsACallByAPhraseAndLandsOnThePromptedLine() throws Exception {
        JsonNode record = awaitLoudnessAndPrompt(deferred);
        JsonNode urgency = null;
        int urgencyIndex = -1;
        for (int i = 0; i < record.get("prompts").size(); i++) {
            if (record.get("prompts").get(i).get("kind").asText().equals("urgency")) {
                urgency = record.get("prompts").get(i);
                urgencyIndex = i;
                break;
            }
        }
        assertTrue(urgency != null, "the deferral raised an urgency prompt: " + record.get("prompts"));

        browser.get(parley.baseUrl() + "/review.html");
        WebDriverWait wait = chromium.waitUpTo30s();
        wait.until(d -> d.findElements(By.cssSelector("#results tr.result")).size() >= 2);
        browser.findElement(By.id("q")).sendKeys("\"call you back\"");
        browser.findElement(By.id("search-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#results tr.result")).size() == 1);
        WebElement row = browser.findElement(By.cssSelector("#results tr.result"));
        assertEquals(deferred, row.getAttribute("data-call-id"));
        assertTrue(row.getText().contains("call you back"), "the row shows the line that matched: " + row.getText());
        assertTrue(row.getText().contains("urgency"), "and the prompts raised: " + row.getText());
        chromium.screenshot("review-search.png");

        row.click();
        wait.until(d -> d.getCurrentUrl().contains("replay.html"));
        wait.until(d -> d.findElements(By.cssSelector("#lines .line")).size() >= 3);
        wait.until(d -> d.findElement(By.id("play")).isDisplayed());
        // Both lanes carry a loudness track, every utterance a block, the prompt a marker.
        assertEquals(2, browser.findElements(By.cssSelector("#timeline path.loudness")).size());
        assertEquals(browser.findElements(By.cssSelector("#lines .line")).size(),
                browser.findElements(By.cssSelector("#timeline .utterance-block")).size());
        assertEquals(record.get("prompts").size(), browser.findElements(By.cssSelector("#timeline .prompt-marker")).size());
        // Opened from a search, it lands on the line that matched, with the words marked.
        WebElement current = wait.until(d -> d.findElement(By.cssSelector("#lines .line.current")));
        assertTrue(current.getText().contains("call you back"), current.getText());
        assertEquals(List.of("call", "you", "back"), browser.findElements(By.cssSelector("#lines .line.current mark"))
                .stream().map(WebElement::getText).toList());
        assertEquals(0, browser.findElements(By.cssSelector("#lines .line.agent mark")).size(),
                "a phrase is marked only where it was said in a row (not the \"you\" of \"thank you\")");
        chromium.screenshot("replay.png");

        // Away from that line first (the agent's opening), then the marker brings the reviewer back.
        browser.findElement(By.cssSelector("#lines .line.agent")).click();
        wait.until(d -> d.findElement(By.cssSelector("#lines .line.current")).getAttribute("class").contains("agent"));
        WebElement circle = browser.findElement(By.cssSelector("#timeline .prompt-marker[data-prompt='" + urgencyIndex + "'] circle"));
        circle.click();
        WebElement landed = wait.until(d -> d.findElement(By.cssSelector("#lines .line.current.caller")));
        assertTrue(landed.getAttribute("class").contains("caller"), "the caller deferred: " + landed.getText() + " " + urgency);
        String evidence = urgency.get("evidence").asText();
        assertTrue(landed.getText().contains(evidence) || landed.getText().contains("next month"),
                "landed on the words that raised the prompt (" + evidence + "): " + landed.getText());
        assertTrue(browser.findElement(By.cssSelector(".prompt[data-prompt='" + urgencyIndex + "']"))
                .getAttribute("class").contains("current"), "the prompt's card is picked out too");
        double playhead = Double.parseDouble(browser.findElement(By.id("playhead")).getAttribute("x1"));
        double marker = Double.parseDouble(browser.findElement(
                By.cssSelector("#timeline .prompt-marker[data-prompt='" + urgencyIndex + "'] line")).getAttribute("x1"));
        assertEquals(marker, playhead, 0.5, "the playhead moved to the prompt");
        chromium.screenshot("replay-prompt.png");
    }

    @Test
    void reviewerOverridesAScorecardRowWithAComment() throws Exception {
        awaitLoudnessAndPrompt(deferred);
        browser.get(parley.baseUrl() + "/replay.html?call=" + deferred);
        WebDriverWait wait = chromium.waitUpTo30s();
        wait.until(d -> d.findElements(By.cssSelector("#scorecard tr.score-row")).size() == 8);
        WebElement urgency = browser.findElement(By.cssSelector("#scorecard tr[data-element='urgency']"));
        assertTrue(urgency.getText().toLowerCase().contains("missed"),
                "the caller deferred and the agent set no date: " + urgency.getText());
        urgency.findElement(By.tagName("summary")).click();
        urgency.findElement(By.cssSelector("select[name=verdict]")).sendKeys("met");
        // No comment: refused, and the page says which field.
        urgency.findElement(By.cssSelector("button")).click();
        wait.until(d -> d.findElement(By.cssSelector("#scorecard tr[data-element='urgency'] .error")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("#scorecard tr[data-element='urgency'] .error")).getText()
                .contains("comment"));
        browser.findElement(By.cssSelector("#scorecard tr[data-element='urgency'] input[name=comment]"))
                .sendKeys("Deadline agreed in the follow-up email");
        browser.findElement(By.cssSelector("#scorecard tr[data-element='urgency'] button")).click();
        WebElement note = wait.until(d -> d.findElement(By.cssSelector("#scorecard tr[data-element='urgency'] .override-note")));
        assertTrue(note.getText().contains(RunningParley.TESTER) && note.getText().contains("computed: missed"), note.getText());
        chromium.screenshot("replay-scorecard-override.png");

        JsonNode row = null;
        for (JsonNode r : parley.getJson("/api/calls/" + deferred + "/scorecard").get("rows")) {
            if (r.get("element").asText().equals("urgency")) {
                row = r;
            }
        }
        assertEquals("met", row.get("verdict").asText());
        assertEquals("missed", row.get("computed_verdict").asText());
        assertEquals(RunningParley.TESTER, row.get("overrides").get(0).get("reviewer").asText());
        assertEquals("Deadline agreed in the follow-up email", row.get("overrides").get(0).get("comment").asText());
    }

    @Test
    void replayPlaysTheRecordingsInStep() throws Exception {
        awaitLoudnessAndPrompt(paid);
        browser.get(parley.baseUrl() + "/replay.html?call=" + paid);
        WebDriverWait wait = chromium.waitUpTo30s();
        wait.until(d -> d.findElement(By.id("play")).isDisplayed());
        browser.findElement(By.id("play")).click();
        wait.until(d -> ((Number) ((ChromeDriver) d).executeScript(
                "return document.getElementById('audio-caller').currentTime")).doubleValue() > 1.0);
        double agentTime = ((Number) browser.executeScript("return document.getElementById('audio-agent').currentTime")).doubleValue();
        double callerTime = ((Number) browser.executeScript("return document.getElementById('audio-caller').currentTime")).doubleValue();
        assertEquals(agentTime, callerTime, 0.3, "both parties play together");
        wait.until(d -> !d.findElement(By.id("clock")).getText().equals("0:00.0"));
    }

    @Test
    void aSearchWithABadDateSaysWhichField() {
        browser.get(parley.baseUrl() + "/review.html?from=2026-11-05&to=2026-11-01");
        WebElement error = chromium.waitUpTo30s().until(d -> {
            WebElement shown = d.findElement(By.id("search-error"));
            return shown.isDisplayed() ? shown : null;
        });
        assertTrue(error.getText().contains("to must be after from"), error.getText());
    }

    /** Loudness is stored as the call ends, a moment after the record: wait for both. */
    private static JsonNode awaitLoudnessAndPrompt(String callId) throws Exception {
        for (int i = 0; i < 100 && parley.getJson("/api/calls/" + callId + "/loudness").size() < 2; i++) {
            Thread.sleep(100);
        }
        assertEquals(2, parley.getJson("/api/calls/" + callId + "/loudness").size());
        return parley.getJson("/api/calls/" + callId);
    }

}
