package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent screen in headless Chromium (Debian's chromium and chromium-driver) while a call is transcribed live. */
class AgentScreenBrowserTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HeadlessChromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        chromium = new HeadlessChromium(dir.resolve("chromium-profile"));
        browser = chromium.driver();
        chromium.signIn(parley.baseUrl(), RunningParley.TESTER, RunningParley.TESTER_PASSWORD);
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
    void agentSeesTheLiveTranscriptOfTheirCall() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("call"),
                "agent: Good morning. I am calling about the balance on your account.",
                "caller: I can pay one hundred dollars on Friday.",
                "agent: Thank you. I will send you a confirmation by email today.");
        WebDriverWait wait = openScreen(parley, "agent-7");

        CompletableFuture<Void> streaming = parley.playCall("browser-" + UUID.randomUUID(), "+1 555 010 0707", "agent-7", call);

        wait.until(d -> d.findElement(By.id("call-number")).getText().equals("+1 555 010 0707"));
        wait.until(d -> d.findElement(By.id("call-state")).getText().contains("Live"));
        wait.until(d -> d.findElements(By.cssSelector("#transcript .line.caller")).stream()
                .anyMatch(line -> line.getText().contains("one hundred dollars")));
        Path live = screenshot("agent-screen-live.png");

        streaming.join();
        wait.until(d -> d.findElement(By.id("call-state")).getText().contains("Ended"));
        String transcript = browser.findElement(By.id("transcript")).getText();
        assertTrue(transcript.contains("confirmation by email"), transcript);
        assertEquals(0, browser.findElements(By.cssSelector("#transcript .line.partial")).size(),
                "every partial line was replaced by its final");
        assertTrue(browser.findElements(By.cssSelector("#transcript .line.agent")).size() >= 2);
        Path ended = screenshot("agent-screen-ended.png");
        assertLooksRendered(live);
        assertLooksRendered(ended);
    }

    @Test
    void knownCallerShowsTheirAccountAndAnUnknownOneSaysSo() throws Exception {
        parley.service().ledger().importCsv(TestAudio.repoRoot().resolve("src/main/resources/samples/ledger"),
                app.parley.ledger.ImportProgress.NONE);
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("known"),
                "caller: I already paid that invoice in April.",
                "agent: Let me check the payment record.");
        WebDriverWait wait = openScreen(parley, "agent-11");
        String known = "known-" + UUID.randomUUID();
        parley.playCall(known, "+1 (555) 010-0202", "agent-11", call);
        wait.until(d -> d.findElement(By.id("facts-body")).getText().contains("Maria Lopez"));
        String facts = browser.findElement(By.id("facts-body")).getText();
        assertTrue(facts.contains("INV-1002-1") && facts.contains("P-1002-1"), "each invoice with what paid it: " + facts);
        assertTrue(facts.toLowerCase().contains("balance") && facts.contains("USD 180.00"), facts);
        assertTrue(facts.contains("Your authority"), "the three offers, with the agent's authority: " + facts);
        assertLooksRendered(screenshot("agent-screen-facts.png"));
        parley.awaitEndedCall(known, Duration.ofSeconds(30));
        assertTrue(parley.getJson("/api/calls/" + known).get("facts").get("account").get("name").asText()
                .equals("Maria Lopez"), "the call record keeps the facts shown");

        String unknown = "unknown-" + UUID.randomUUID();
        parley.playCall(unknown, "+1 (555) 019-9999", "agent-11", call);
        wait.until(d -> d.findElement(By.id("facts-body")).getText().contains("Unknown caller"));
        assertLooksRendered(screenshot("agent-screen-unknown-caller.png"));
        parley.awaitEndedCall(unknown, Duration.ofSeconds(30));
        assertTrue(parley.getJson("/api/calls/" + unknown).get("facts").isNull());
    }

    @Test
    void aPromptCardAppearsBesideTheTranscriptAndCanBeDismissed() throws Exception {
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("defers"),
                "agent: Good afternoon. I am calling about the balance on your account.",
                "caller: I cannot talk now. I will call you back next month.",
                "# pause: 2.0",
                "agent: I understand.");
        WebDriverWait wait = openScreen(parley, "agent-12");
        String callId = "prompted-" + UUID.randomUUID();
        parley.playCall(callId, "+1 555 010 0808", "agent-12", call);
        wait.until(d -> !d.findElements(By.cssSelector("#prompts .prompt[data-kind='urgency']")).isEmpty());
        // The cards re-render as events come: read and click through the wait, which reads again.
        String card = wait.until(d -> d.findElement(By.cssSelector("#prompts .prompt")).getText());
        assertTrue(card.toLowerCase().contains("deadline"), card);
        // The words that raised it: the deferral, whole or as far as the partial result had it.
        assertTrue(card.contains("call you back") || card.contains("next month"),
                "the card carries the words that raised it: " + card);
        assertLooksRendered(screenshot("agent-screen-prompt.png"));
        wait.until(d -> {
            d.findElement(By.cssSelector("#prompts .prompt .dismiss")).click();
            return true;
        });
        wait.until(d -> d.findElements(By.cssSelector("#prompts .prompt")).isEmpty());
        parley.awaitEndedCall(callId, Duration.ofSeconds(30));
        for (int i = 0; i < 50 && parley.getJson("/api/calls/" + callId).get("prompt_feedback").isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals("dismissed", parley.getJson("/api/calls/" + callId).get("prompt_feedback").get(0)
                .get("verdict").asText(), "the agent's verdict is kept with the call");
    }

    @Test
    void aComplianceBreachStandsApartFromCoachingAndReachesTheSupervisorLive() throws Exception {
        // A supervisor (the tester) watches the floor with a quiet call open; another agent breaches.
        TestAudio.Call quiet = TestAudio.makeCall(dir.resolve("quiet"),
                "agent: Good morning, this is Sam. Am I speaking with Lisa Green?",
                "caller: Yes, this is Lisa.",
                "# pause: 8",
                "agent: Thank you for waiting, Lisa.");
        TestAudio.Call breach = TestAudio.makeCall(dir.resolve("breach"),
                "agent: Hello, am I speaking with Mark Stone?",
                "caller: Yes, speaking.",
                "agent: Mark, you owe four hundred dollars on your phone bill.",
                "caller: I cannot pay that right now.");
        browser.get(parley.baseUrl() + "/");
        WebDriverWait wait = waitUpTo30s();
        wait.until(d -> d.findElement(By.id("feed-status")).getText().contains("connected"));
        String quietId = "quiet-" + UUID.randomUUID();
        CompletableFuture<Void> quietCall = parley.playCall(quietId, "+1 555 010 1111", "agent-21", quiet, 1.0);
        wait.until(d -> d.findElement(By.id("call-meta")).getText().contains(quietId));
        String breachId = "breach-" + UUID.randomUUID();
        CompletableFuture<Void> breachCall = parley.playCall(breachId, "+1 555 010 2222", "agent-22", breach, 1.0);

        // On the floor view: a banner names the other call's breach as it happens, and the call is marked.
        wait.until(d -> d.findElement(By.id("breach-banner")).isDisplayed());
        String banner = browser.findElement(By.id("breach-banner")).getText();
        assertTrue(banner.contains("agent-22") && banner.contains("Disclosure first"), banner);
        assertTrue(browser.findElement(By.id("call-meta")).getText().contains(quietId), "the open call stays open");
        wait.until(d -> d.findElement(By.cssSelector("#live-calls li.breached")).getText().contains("breach"));
        assertLooksRendered(screenshot("supervisor-breach-banner.png"));

        // Opened, the call shows the breach in its own box, not among the coaching tips.
        wait.until(d -> {
            d.findElement(By.cssSelector("#breach-list li[data-call-id='" + breachId + "'] a")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.id("call-meta")).getText().contains(breachId));
        wait.until(d -> d.findElement(By.id("compliance")).isDisplayed());
        String alert = browser.findElement(By.cssSelector("#compliance .breach[data-rule='debt-before-disclosure']"))
                .getText();
        assertTrue(alert.contains("COMPLIANCE BREACH") || alert.toLowerCase().contains("compliance breach"), alert);
        assertTrue(alert.contains("owe") || alert.contains("dollars"), "with the words that breached: " + alert);
        assertEquals(0, browser.findElements(By.cssSelector("#prompts .prompt[data-kind='compliance']")).size(),
                "a breach is not a coaching tip");
        assertTrue(!browser.findElement(By.id("breach-banner")).isDisplayed(), "the open call's breach is not repeated");
        assertLooksRendered(screenshot("agent-screen-compliance.png"));
        breachCall.join();
        quietCall.join();
    }

    @Test
    void anotherAgentsCallStaysOffThisScreen() throws Exception {
        WebDriverWait wait = openScreen(parley, "agent-8");
        TestAudio.Call call = TestAudio.makeCall(dir.resolve("other"), "caller: Hello? Who is calling please?",
                "agent: Good morning, this is about your account.");
        String other = "other-" + UUID.randomUUID();
        CompletableFuture<Void> streaming = parley.playCall(other, "+1 555 010 0909", "agent-9", call);
        // While agent-9's call is live (and on agent-9's feed), agent-8's screen lists nothing.
        wait.until(d -> {
            try {
                return parley.getJson("/api/live?agent=agent-9").toString().contains(other);
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(0, browser.findElements(By.cssSelector("#live-calls li")).size());
        assertTrue(browser.findElement(By.id("no-calls")).isDisplayed());
        streaming.join();
    }

    @Test
    void aPbxThatCannotBeReachedIsShownOnTheScreen() throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cret\n");
        try (RunningParley down = new RunningParley(dir.resolve("data-pbx"), java.util.Map.of(
                "PARLEY_AMI_ENABLED", "true", "PARLEY_AMI_PORT", "1", "PARLEY_AMI_SECRET_FILE", secret.toString()))) {
            // Cookies don't tell ports apart: this sign-in replaces the other server's session.
            chromium.signIn(down.baseUrl(), RunningParley.TESTER, RunningParley.TESTER_PASSWORD);
            browser.get(down.baseUrl() + "/?agent=agent-7");
            WebDriverWait wait = waitUpTo30s();
            // "Connecting…" first, then the live feed brings the failure.
            wait.until(d -> d.findElement(By.id("pbx-banner")).getText().contains("unreachable"));
            String banner = browser.findElement(By.id("pbx-banner")).getText();
            assertTrue(banner.contains("PBX unreachable"), banner);
            assertLooksRendered(screenshot("agent-screen-pbx-down.png"));
        }
        chromium.signIn(parley.baseUrl(), RunningParley.TESTER, RunningParley.TESTER_PASSWORD);
        browser.get(parley.baseUrl() + "/?agent=agent-7");
        waitUpTo30s()
                .until(d -> d.findElement(By.id("feed-status")).getText().contains("connected"));
        assertTrue(!browser.findElement(By.id("pbx-banner")).isDisplayed(), "no banner when Parley follows no PBX");
    }

    /** Opens {@code agent}'s screen and waits until its live feed is connected. */
    private static WebDriverWait openScreen(RunningParley server, String agent) {
        browser.get(server.baseUrl() + "/?agent=" + agent);
        WebDriverWait wait = waitUpTo30s();
        wait.until(d -> d.findElement(By.id("feed-status")).getText().contains("connected"));
        return wait;
    }

    private static WebDriverWait waitUpTo30s() {
        return chromium.waitUpTo30s();
    }

    private static Path screenshot(String name) throws Exception {
        return chromium.screenshot(name);
    }

    private static void assertLooksRendered(Path png) throws Exception {
        HeadlessChromium.assertLooksRendered(png);
    }
}
