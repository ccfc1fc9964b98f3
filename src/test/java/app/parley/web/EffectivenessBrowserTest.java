package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin (who is also a QA reviewer, so may open replays) in headless Chromium opens prompt
 * effectiveness from the navigation, reads a rule's figures, narrows them to a team, and follows
 * the followed figure's call to the replay at the prompt's second.
 */
class EffectivenessBrowserTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HeadlessChromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        parley.addAccount("alice", "correct-horse-battery", java.util.Set.of(app.parley.access.Role.AGENT), "agent-1",
                java.util.Set.of("north"));
        EffectivenessCalls.store(parley.service().store());
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
    void anAdminReadsARulesFiguresAndOpensAFollowedPromptAtItsSecond() throws Exception {
        browser.get(parley.baseUrl() + "/review.html");
        WebDriverWait wait = chromium.waitUpTo30s();
        wait.until(d -> !d.findElements(By.cssSelector("nav a[href='/admin/effectiveness']")).isEmpty());
        browser.findElement(By.cssSelector("nav a[href='/admin/effectiveness']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/admin/effectiveness"));
        WebElement urgency = wait.until(d -> d.findElement(By.cssSelector("#rules tr[data-rule='client-defers']")));
        assertEquals("2", urgency.findElement(By.cssSelector("td.fired")).getText());
        assertEquals("50 % (1)", urgency.findElement(By.cssSelector("td.helpful")).getText());
        assertEquals("50 % (1)", urgency.findElement(By.cssSelector("td.dismissed")).getText());
        assertEquals("50 % (1 of 2)", urgency.findElement(By.cssSelector("td.followed")).getText());
        assertEquals(2, urgency.findElements(By.cssSelector(".trend rect")).size(), "two weeks in the trend");
        WebElement dispute = browser.findElement(By.cssSelector("#rules tr[data-rule='client-says-paid']"));
        assertEquals("n/a", dispute.findElement(By.cssSelector("td.followed")).getText());
        assertEquals(List.of("2026-W47", "2026-W48"), browser.findElements(
                By.cssSelector(".week-table[data-rule='client-defers'] tr[data-week]")).stream()
                .map(tr -> tr.getAttribute("data-week")).toList());

        // The north team (agent-1) followed its one prompt.
        new Select(browser.findElement(By.id("team"))).selectByValue("north");
        wait.until(d -> d.findElement(By.id("result-title")).getAttribute("textContent").endsWith("· north"));
        WebElement north = browser.findElement(By.cssSelector("#rules tr[data-rule='client-defers']"));
        assertEquals("1", north.findElement(By.cssSelector("td.fired")).getText());
        assertEquals("100 % (1 of 1)", north.findElement(By.cssSelector("td.followed")).getText());
        chromium.screenshot("effectiveness.png");

        north.findElement(By.cssSelector("td.followed button")).click();
        WebElement link = wait.until(d -> d.findElement(
                By.cssSelector("tr.figure-prompts[data-figure='followed'] a.replay-link")));
        assertEquals(EffectivenessCalls.FOLLOWED, link.getAttribute("data-call-id"));
        link.click();
        wait.until(d -> d.getCurrentUrl().contains("/replay.html?call=" + EffectivenessCalls.FOLLOWED + "&t=3.2"));
        wait.until(d -> d.findElements(By.cssSelector("#lines .line")).size() == 3);
        wait.until(d -> "0:03.2".equals(d.findElement(By.id("clock")).getText()));
        WebElement current = wait.until(d -> d.findElement(By.cssSelector("#lines .line.current")));
        assertTrue(current.getText().contains("i will pay next month"), current.getText());
        chromium.screenshot("effectiveness-replay.png");
    }
}
