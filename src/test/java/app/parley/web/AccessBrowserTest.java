package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
 * Who sees what, in headless Chromium: agent A signs in and sees only A's live call and past
 * calls, and typing the address of B's call, recording, transcript or live feed gets nothing; a
 * QA reviewer finds and replays both; an admin changes a rule and the audit page shows who
 * changed what; signing out ends the session.
 */
class AccessBrowserTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HeadlessChromium chromium;
    static ChromeDriver browser;
    static final String PASSWORD = "browser-password-9";

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        parley.addAccount("alice", PASSWORD, Set.of(Role.AGENT), "agent-a", Set.of("north"));
        parley.addAccount("quinn", PASSWORD, Set.of(Role.QA), null, Set.of());
        parley.addAccount("ada", PASSWORD, Set.of(Role.ADMIN), null, Set.of());
        chromium = new HeadlessChromium(dir.resolve("chromium-profile"));
        browser = chromium.driver();
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

    /** Runs fetch() in the page, as the signed-in person, and returns the status. */
    private static long status(String path) {
        return (Long) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then((r) => done(r.status)).catch(() => done(-1));", path);
    }

    private static String text(String path) {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then((r) => r.text()).then(done);", path);
    }

    @Test
    void eachPersonSeesWhatTheirRoleAllowsAndNothingMore() throws Exception {
        TestAudio.Call aCall = TestAudio.makeCall(dir.resolve("call-a"),
                "agent: Good morning, I am calling about the balance on your account.",
                "caller: I can pay one hundred dollars on Friday.");
        TestAudio.Call bCall = TestAudio.makeCall(dir.resolve("call-b"),
                "agent: Good afternoon, this is about your phone bill.",
                "caller: I will call you back next month.");
        chromium.signIn(parley.baseUrl(), "alice", PASSWORD);
        browser.get(parley.baseUrl() + "/");
        WebDriverWait wait = chromium.waitUpTo30s();
        wait.until(d -> d.findElement(By.id("feed-status")).getText().contains("connected"));
        assertTrue(browser.findElement(By.id("signed-in")).getText().contains("alice"));

        CompletableFuture<Void> both = CompletableFuture.allOf(
                parley.playCall("call-of-a", "+1 555 010 0001", "agent-a", aCall),
                parley.playCall("call-of-b", "+1 555 010 0002", "agent-b", bCall));
        wait.until(d -> d.findElements(By.cssSelector("#transcript .line.caller")).stream()
                .anyMatch(line -> line.getText().contains("one hundred dollars")));
        both.join();
        parley.awaitEndedCall("call-of-a", Duration.ofSeconds(60));
        parley.awaitEndedCall("call-of-b", Duration.ofSeconds(60));
        // Only A's call was ever on A's screen, live or since.
        wait.until(d -> d.findElements(By.cssSelector("#recent-calls li")).size() >= 1);
        List<String> seen = browser.findElements(By.cssSelector("#live-calls li, #recent-calls li")).stream()
                .map(li -> li.getAttribute("data-call-id")).distinct().toList();
        assertEquals(List.of("call-of-a"), seen);
        assertTrue(!browser.getPageSource().contains("555 010 0002"), "B's caller never shown to A");

        // Typing B's addresses gets nothing.
        assertEquals(404, status("/api/calls/call-of-b"));
        assertEquals(404, status("/api/calls/call-of-b/transcript.txt?download=1"));
        assertEquals(404, status("/api/calls/call-of-b/recordings/caller"));
        assertEquals("[]", text("/api/live?agent=agent-b"));
        assertEquals(403, status("/api/rules"));
        assertEquals(200, status("/api/calls/call-of-a"));
        browser.get(parley.baseUrl() + "/replay.html?call=call-of-b");
        WebElement refused = wait.until(d -> d.findElement(By.id("load-error")).isDisplayed()
                ? d.findElement(By.id("load-error")) : null);
        assertTrue(refused.getText().contains("no call with id call-of-b"), refused.getText());
        assertTrue(!browser.getPageSource().contains("next month"));

        // Signing out ends the session: the pages lead to sign-in again.
        browser.get(parley.baseUrl() + "/review.html");
        wait.until(d -> d.findElement(By.id("sign-out")).isDisplayed());
        browser.findElement(By.id("sign-out")).click();
        wait.until(d -> d.getCurrentUrl().contains("/signin.html"));
        browser.get(parley.baseUrl() + "/review.html");
        wait.until(d -> d.getCurrentUrl().contains("/signin.html?next="));
        assertEquals(401, status("/api/calls"));

        // A QA reviewer finds both calls and replays B's.
        chromium.signIn(parley.baseUrl(), "quinn", PASSWORD);
        wait.until(d -> d.findElements(By.cssSelector("#results tr.result")).size() >= 2);
        List<String> found = browser.findElements(By.cssSelector("#results tr.result")).stream()
                .map(row -> row.getAttribute("data-call-id")).toList();
        assertTrue(found.containsAll(List.of("call-of-a", "call-of-b")), found.toString());
        browser.findElements(By.cssSelector("#results tr.result")).stream()
                .filter(row -> "call-of-b".equals(row.getAttribute("data-call-id"))).findFirst().orElseThrow().click();
        wait.until(d -> d.findElements(By.cssSelector("#lines .line")).size() >= 2);
        assertTrue(browser.findElement(By.id("lines")).getText().contains("next month"));

        // An admin changes a rule; the audit page shows who changed what.
        chromium.signIn(parley.baseUrl(), "ada", PASSWORD);
        String rules = text("/api/rules");
        String changed = rules.replace("fallback: \"Set a deadline: ask for a payment date this week.\"",
                "fallback: \"Set a deadline: ask for a date this week, in their words.\"");
        Object saved = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "ParleySession.api('/api/rules', {method: 'PUT', body: arguments[0]}).then((r) => done(r.status));",
                changed);
        assertEquals(200L, saved);
        browser.get(parley.baseUrl() + "/audit.html");
        WebElement change = wait.until(d -> d.findElement(By.cssSelector("#events tr[data-action='rules-change']")));
        assertTrue(change.getText().contains("ada"), change.getText());
        assertTrue(change.getText().contains("in their words"), "the diff is shown: " + change.getText());
        assertTrue(browser.findElements(By.cssSelector("#events tr[data-action='sign-in']")).size() >= 3);
        chromium.screenshot("audit-trail.png");
        assertEquals(403, status("/api/calls"), "an admin runs the rules, not the calls");
    }
}
