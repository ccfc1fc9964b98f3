package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.PromptMark;
import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin in headless Chromium backtests a draft on stored calls: moves a phrase in the draft
 * (prefilled with the rules in force), starts the backtest, watches the progress bar fill, sees
 * the calls that lose and gain a prompt with the words around it, marks a gained hit right and
 * opens it in the replay at its second. The tester is also a QA reviewer, who may open replays.
 * A long backtest is cancelled from the page while it runs, and the page says so.
 */
class BacktestBrowserTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HeadlessChromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        BacktestCalls.store(parley.service().store());
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
    void aCancelClickStopsTheBacktestAndThePageSaysCancelled() throws Exception {
        BacktestCalls.storeMany(parley.service().store(), 150);
        try {
            browser.get(parley.baseUrl() + "/admin/backtest");
            WebDriverWait wait = chromium.waitUpTo30s();
            WebElement draft = browser.findElement(By.id("draft"));
            wait.until(d -> draft.getAttribute("value").contains("      - already paid\n"));
            browser.findElement(By.id("agent")).sendKeys(BacktestCalls.MANY_AGENT);
            browser.findElement(By.id("start")).click();
            WebElement cancel = wait.until(d -> d.findElement(By.id("cancel")).isDisplayed() ? d.findElement(By.id("cancel")) : null);
            WebElement bar = browser.findElement(By.id("progress"));
            wait.until(d -> Integer.parseInt(bar.getAttribute("value")) >= 1);
            assertEquals("Cancel", cancel.getText());
            cancel.click();

            wait.until(d -> "cancelled".equals(d.findElement(By.id("progress-section")).getAttribute("data-state")));
            int done = Integer.parseInt(bar.getAttribute("value"));
            assertEquals("150", bar.getAttribute("max"));
            assertTrue(done >= 1 && done < 150, "stopped after " + done + " of 150");
            assertEquals("Cancelled by " + RunningParley.TESTER + " after " + done + " of 150 calls",
                    browser.findElement(By.id("progress-text")).getText());
            assertFalse(cancel.isDisplayed(), "nothing left to cancel");
            assertTrue(browser.findElement(By.id("start")).isEnabled(), "another may be started");
            // What it replayed until then is shown, said to be partial.
            assertEquals(done + " calls replayed before the backtest was cancelled (of 150 chosen)",
                    wait.until(d -> d.findElement(By.id("result-title")).isDisplayed()
                            ? d.findElement(By.id("result-title")).getAttribute("textContent") : null));
            chromium.screenshot("backtest-cancelled.png");
            Thread.sleep(600);
            assertEquals(String.valueOf(done), bar.getAttribute("value"), "stopped: no call replayed since");
        } finally {
            BacktestCalls.deleteMany(parley.service().store());
        }
    }

    private static String clock(double seconds) {
        long tenths = Math.round(seconds * 10);
        return (tenths / 600) + ":" + String.format(Locale.ROOT, "%02d", (tenths / 10) % 60) + "." + (tenths % 10);
    }

    @Test
    void anAdminBacktestsAMovedPhraseMarksAGainedHitAndOpensItAtItsSecond() throws Exception {
        browser.get(parley.baseUrl() + "/review.html");
        WebDriverWait wait = chromium.waitUpTo30s();
        // The navigation offers the backtest to those who may read the rules.
        wait.until(d -> !d.findElements(By.cssSelector("nav a[href='/admin/backtest']")).isEmpty());
        browser.findElement(By.cssSelector("nav a[href='/admin/backtest']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/admin/backtest"));
        WebElement draft = browser.findElement(By.id("draft"));
        wait.until(d -> draft.getAttribute("value").contains("      - already paid\n"));
        browser.executeScript("arguments[0].value = arguments[0].value.replace('      - already paid\\n', "
                + "'      - is a mistake\\n')", draft);
        assertTrue(draft.getAttribute("value").contains("- is a mistake"));
        browser.findElement(By.id("start")).click();

        wait.until(d -> d.findElement(By.id("progress-section")).isDisplayed());
        wait.until(d -> "done".equals(d.findElement(By.id("progress-section")).getAttribute("data-state")));
        WebElement bar = browser.findElement(By.id("progress"));
        assertEquals("4", bar.getAttribute("max"));
        assertEquals("4", bar.getAttribute("value"));
        assertEquals("4 of 4 calls", browser.findElement(By.id("progress-text")).getText());
        wait.until(d -> d.findElement(By.id("result")).isDisplayed());

        WebElement paid = browser.findElement(By.cssSelector("#rules tr[data-rule='client-says-paid']"));
        assertEquals("+1", paid.findElement(By.cssSelector("td.gained")).getText());
        assertEquals("−2", paid.findElement(By.cssSelector("td.lost")).getText());
        List<WebElement> lost = browser.findElements(By.cssSelector("#changes tr.change-lost"));
        List<WebElement> gained = browser.findElements(By.cssSelector("#changes tr.change-gained"));
        assertEquals(List.of(BacktestCalls.PAID, BacktestCalls.PAID_TOO),
                lost.stream().map(row -> row.getAttribute("data-call-id")).sorted().toList());
        for (WebElement row : lost) {
            assertTrue(row.findElement(By.cssSelector(".snippet")).getText().contains("i already paid"), row.getText());
        }
        assertEquals(1, gained.size());
        WebElement hit = gained.get(0);
        assertEquals(BacktestCalls.MISTAKE, hit.getAttribute("data-call-id"));
        assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().contains("caller: this charge is a mistake"),
                hit.getText());
        chromium.screenshot("backtest.png");

        hit.findElement(By.cssSelector("button.mark-right")).click();
        wait.until(d -> hit.findElement(By.cssSelector(".mark-state")).getText().contains("marked"));
        double at = Double.parseDouble(hit.getAttribute("data-at"));
        List<PromptMark> marks = parley.service().store().promptMarks(BacktestCalls.MISTAKE);
        assertEquals(1, marks.size(), marks.toString());
        assertEquals(List.of("client-says-paid", true, RunningParley.TESTER),
                List.of(marks.get(0).rule(), marks.get(0).right(), marks.get(0).by()));
        assertEquals(at, marks.get(0).at(), 1e-9);

        hit.findElement(By.cssSelector("a.replay-link")).click();
        wait.until(d -> d.getCurrentUrl().contains("/replay.html?call=" + BacktestCalls.MISTAKE + "&t="));
        wait.until(d -> d.findElements(By.cssSelector("#lines .line")).size() == 3);
        // Opened at the prompt's second (t=, rounded to a tenth), on the line being said then.
        String expected = clock(Math.round(at * 10) / 10.0);
        wait.until(d -> expected.equals(d.findElement(By.id("clock")).getText()));
        WebElement current = wait.until(d -> d.findElement(By.cssSelector("#lines .line.current")));
        assertTrue(current.getAttribute("class").contains("caller"), current.getText());
        assertTrue(current.getText().contains("this charge is a mistake"), current.getText());
        chromium.screenshot("backtest-replay.png");
    }
}
