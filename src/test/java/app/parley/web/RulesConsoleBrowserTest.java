package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.access.Role;
import app.parley.coaching.RuleBook;
import app.parley.testing.HeadlessChromium;
import app.parley.testing.RunningParley;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rules console in headless Chromium: an admin breaks a phrase in the draft and sees the
 * error at its line and rule, fixes it, saves the draft (nothing in force changes), publishes it
 * with a comment, finds the new version, diffs it against the previous one (the phrase shown
 * under its rule), restores the previous one, and edits a rule through its form; the rules in
 * force follow each step. Then she publishes a change to team north only: a live call of north's
 * agent gets the new prompt while south's does not, the replay says which version coached each,
 * and returning north to the floor's rules gives its next call the old prompt. An agent gets
 * nothing. Two admins editing the draft at once, in two browsers, neither overwrite nor discard
 * each other's work unseen.
 */
class RulesConsoleBrowserTest {
    @TempDir
    static Path dir;
    static RunningParley parley;
    static HeadlessChromium chromium;
    static ChromeDriver browser;
    static final String PASSWORD = "browser-password-9";
    static final String BUILT_IN = RuleBook.builtInText("en");

    @BeforeAll
    static void start() throws Exception {
        parley = new RunningParley(dir.resolve("data"));
        parley.addAccount("ada", PASSWORD, Set.of(Role.ADMIN), null, Set.of());
        parley.addAccount("grace", PASSWORD, Set.of(Role.ADMIN), null, Set.of());
        parley.addAccount("alice", PASSWORD, Set.of(Role.AGENT), "agent-a", Set.of("north"));
        parley.addAccount("bob", PASSWORD, Set.of(Role.AGENT), "agent-b", Set.of("south"));
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

    /** The rules in force, as the API gives them to the signed-in person. */
    private static String rulesInForce() {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/rules').then((r) => r.text()).then(done);");
    }

    private static long status(String path) {
        return status(browser, path);
    }

    private static long status(ChromeDriver in, String path) {
        return (Long) in.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then((r) => done(r.status)).catch(() => done(-1));", path);
    }

    /** Selects {@code phrase} on line {@code line} of the editor, then types {@code typed} over it, key by key. */
    private static void typeOver(int line, String phrase, String typed) {
        typeOver(browser, line, phrase, typed);
    }

    private static void typeOver(ChromeDriver browser, int line, String phrase, String typed) {
        browser.executeScript("const yaml = document.getElementById('yaml'); const lines = yaml.value.split('\\n');"
                + "let start = 0; for (let i = 0; i < arguments[0] - 1; i++) start += lines[i].length + 1;"
                + "const at = start + lines[arguments[0] - 1].indexOf(arguments[1]);"
                + "if (lines[arguments[0] - 1].indexOf(arguments[1]) < 0) throw new Error('not on that line: ' + arguments[1]);"
                + "yaml.focus(); yaml.setSelectionRange(at, at + arguments[1].length);", line, phrase);
        new Actions(browser).sendKeys(typed).perform();
    }

    private static String message(WebDriverWait wait, String containing) {
        return wait.until(d -> {
            String text = d.findElement(By.id("console-message")).getText();
            return text.contains(containing) ? text : null;
        });
    }

    @Test
    void anAdminEditsPublishesComparesAndRollsBackTheRules() throws Exception {
        WebDriverWait wait = chromium.waitUpTo30s();
        chromium.signIn(parley.baseUrl(), "ada", PASSWORD);
        wait.until(d -> !d.findElements(By.cssSelector("nav a[href='/admin/rules']")).isEmpty());
        browser.findElement(By.cssSelector("nav a[href='/admin/rules']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/admin/rules"));
        wait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
        int rules = RuleBook.builtIn("en").ruleNames().size();
        assertEquals(rules, browser.findElements(By.cssSelector("#rule-list tr.rule")).size());
        wait.until(d -> d.findElement(By.id("in-force")).getText().equals("In force: version 1"));
        assertEquals(BUILT_IN, browser.findElement(By.id("yaml")).getAttribute("value"));

        // A phrase edited into a duplicate: the error shows at its line, on the rule that says the concept.
        int line = lineOf(BUILT_IN, "      - sleep on it");
        typeOver(line, "sleep on it", "think it over");
        WebElement error = wait.until(d -> d.findElements(By.cssSelector("#errors li")).stream()
                .filter(li -> li.getText().contains("listed twice")).findFirst().orElse(null));
        assertEquals(String.valueOf(line), error.getAttribute("data-line"));
        assertTrue(error.getText().contains("concept 'deferral'"), error.getText());
        assertTrue(browser.findElement(By.cssSelector("#gutter div[data-line='" + line + "']")).getAttribute("class")
                .contains("bad"));
        assertEquals(1, browser.findElements(By.cssSelector("#marks .mark[data-line='" + line + "']")).size());
        WebElement defers = browser.findElement(By.cssSelector("#rule-list tr.rule[data-rule='client-defers']"));
        assertTrue(defers.getAttribute("class").contains("invalid"));
        assertTrue(defers.getText().contains("listed twice"), defers.getText());
        // ... and on the other rule that says it ("take your time" to a put-off)
        assertEquals(List.of("client-defers", "time-given-to-a-put-off"), browser.findElements(
                By.cssSelector("#rule-list tr.rule.invalid")).stream().map(tr -> tr.getAttribute("data-rule")).toList());
        assertTrue(browser.findElement(By.id("validity")).getText().contains("1 error"));
        assertEquals(BUILT_IN, rulesInForce());
        chromium.screenshot("rules-console-error.png");

        // Fixed, and saved as the draft: still nothing in force changes.
        typeOver(line, "think it over", "mull it over");
        wait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
        assertTrue(browser.findElements(By.cssSelector("#errors li")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#rule-list tr.rule.invalid")).isEmpty());
        String edited = BUILT_IN.replace("      - sleep on it\n", "      - mull it over\n");
        browser.findElement(By.id("save-draft")).click();
        message(wait, "Draft saved.");
        assertTrue(browser.findElement(By.id("draft-state")).getText().contains("Draft saved by ada"));
        assertEquals(BUILT_IN, rulesInForce());
        assertEquals(edited, draftText());

        // Published with a comment: version 2 is in force and in the list.
        browser.findElement(By.id("publish-comment")).sendKeys("Deferral: 'mull it over' rather than 'sleep on it'");
        browser.findElement(By.id("publish")).click();
        message(wait, "Published version 2");
        assertEquals(edited, rulesInForce());
        WebElement two = wait.until(d -> d.findElement(By.cssSelector("#versions tr.version[data-version='2']")));
        assertTrue(two.getText().contains("ada") && two.getText().contains("'mull it over' rather than"), two.getText());
        assertTrue(two.getAttribute("class").contains("in-force"));
        assertEquals("In force: version 2", browser.findElement(By.id("in-force")).getText());
        assertTrue(browser.findElement(By.id("draft-state")).getText().startsWith("No draft"));

        // Compared with version 1, rule by rule: the phrase under its rule.
        new Select(browser.findElement(By.id("diff-from"))).selectByValue("1");
        new Select(browser.findElement(By.id("diff-to"))).selectByValue("2");
        browser.findElement(By.id("show-diff")).click();
        WebElement change = wait.until(d -> d.findElement(By.cssSelector("#diff .diff-rule[data-rule='client-defers']")));
        assertTrue(change.getText().contains("concept deferral"), change.getText());
        assertEquals("+ mull it over", change.findElement(By.cssSelector(".added")).getText());
        assertEquals("− sleep on it", change.findElement(By.cssSelector(".removed")).getText());
        // ... and under the other rule that says the concept
        assertEquals(List.of("client-defers", "time-given-to-a-put-off"), browser.findElements(
                By.cssSelector("#diff .diff-rule")).stream().map(r -> r.getAttribute("data-rule")).toList());
        assertTrue(browser.findElement(By.id("diff")).getText().contains((rules - 2) + " alike"));

        // Version 1 restored, as version 3.
        browser.findElement(By.cssSelector("#versions tr.version[data-version='1'] button.restore")).click();
        browser.findElement(By.cssSelector("#versions tr.version[data-version='1'] input.restore-comment"))
                .sendKeys("Back to the built-in phrases");
        browser.findElement(By.cssSelector("#versions tr.version[data-version='1'] button.confirm-restore")).click();
        message(wait, "restored as version 3");
        WebElement three = wait.until(d -> d.findElement(By.cssSelector("#versions tr.version[data-version='3']")));
        assertTrue(three.getText().contains("restores version 1"), three.getText());
        assertEquals(BUILT_IN, rulesInForce());
        wait.until(d -> BUILT_IN.equals(d.findElement(By.id("yaml")).getAttribute("value")));

        // A rule's common fields through its form: written into the draft's YAML, the rest kept.
        browser.findElement(By.cssSelector("#rule-list tr.rule[data-rule='soft-ask']")).click();
        WebElement form = wait.until(d -> d.findElement(By.id("rule-form")).isDisplayed() ? d.findElement(By.id("rule-form")) : null);
        new Select(form.findElement(By.name("severity"))).selectByVisibleText("alert");
        form.findElement(By.name("cooldown")).sendKeys("45 s");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(d -> d.findElement(By.cssSelector("#rule-list tr.rule[data-rule='soft-ask']")).getText().contains("45 s"));
        wait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
        browser.findElement(By.id("save-draft")).click();
        message(wait, "Draft saved.");
        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector("#diff-to option[value='draft']")).size() == 1);
        new Select(browser.findElement(By.id("diff-from"))).selectByValue("3");
        new Select(browser.findElement(By.id("diff-to"))).selectByValue("draft");
        browser.findElement(By.id("show-diff")).click();
        WebElement softAsk = wait.until(d -> d.findElement(By.cssSelector("#diff .diff-rule[data-rule='soft-ask']")));
        assertEquals(List.of("severity: info → alert", "cooldown: (none) → 45 s"), softAsk.findElements(By.cssSelector("li"))
                .stream().map(WebElement::getText).toList());
        assertEquals(BUILT_IN, rulesInForce(), "a draft reaches no call");
        chromium.screenshot("rules-console.png");
        // The draft goes to the backtest page as saved, to be tried on stored calls before publishing.
        browser.findElement(By.id("backtest-draft")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/admin/backtest?draft=1"));
        wait.until(d -> d.findElement(By.id("draft")).getAttribute("value").contains("cooldown: 45 s"));
        assertEquals(draftText(), browser.findElement(By.id("draft")).getAttribute("value"));
        browser.navigate().back();
        wait.until(d -> d.findElement(By.id("yaml")).getAttribute("value").contains("cooldown: 45 s"));
        browser.findElement(By.id("discard-draft")).click();
        message(wait, "Draft discarded");
        // the draft's own words: the rules in force have a "45 s" of their own (a hardship's window)
        assertFalse(browser.findElement(By.id("yaml")).getAttribute("value").contains("cooldown: 45 s"));

        // Rollout: a plainer deadline prompt published to team north only.
        int fallback = lineOf(BUILT_IN, "    fallback: \"Set a deadline: ask for a payment date this week.\"");
        typeOver(fallback, "Set a deadline: ask", "North pilot: ask");
        wait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
        wait.until(d -> d.findElements(By.cssSelector("#publish-team option[value='north']")).size() == 1);
        new Select(browser.findElement(By.id("publish-team"))).selectByValue("north");
        browser.findElement(By.id("publish-comment")).sendKeys("North pilots a plainer deadline prompt");
        browser.findElement(By.id("publish")).click();
        message(wait, "Published version 4 to team north");
        assertEquals(BUILT_IN, rulesInForce(), "the floor's rules stay");
        WebElement four = wait.until(d -> d.findElement(By.cssSelector("#versions tr.version[data-version='4']")));
        assertTrue(four.getText().contains("team north") && four.getText().contains("in force for north"), four.getText());
        assertTrue(browser.findElement(By.cssSelector("#versions tr.version[data-version='3']")).getText()
                .contains("everyone"));
        assertEquals("In force: version 3", browser.findElement(By.id("in-force")).getText());
        WebElement profile = wait.until(d -> d.findElement(By.cssSelector("#profiles tr.profile[data-team='north']")));
        assertTrue(profile.getText().contains("version 4") && profile.getText().contains("ada"), profile.getText());

        // A live call of north's agent gets the new prompt; south's agent's call does not.
        app.parley.testing.TestAudio.Call call = app.parley.testing.TestAudio.makeCall(dir.resolve("call"),
                "agent: Good afternoon. I am calling about the balance on your account.",
                "caller: I cannot talk now. I will call you back next month.",
                "# pause: 2.0",
                "agent: I understand.");
        // Each agent's screen, open while the call is live, and replay say which version coached it.
        chromium.signIn(parley.baseUrl(), "alice", PASSWORD);
        openScreen();
        assertEquals("North pilot: ask for a payment date this week.", urgencyOf(play("north-1", "agent-a", call)));
        wait.until(d -> d.findElement(By.id("call-rules")).getText()
                .equals("Coached by rules version 4 (team north's profile)"));
        browser.get(parley.baseUrl() + "/replay.html?call=north-1");
        wait.until(d -> d.findElement(By.id("call-rules")).getText()
                .equals("Coached by rules version 4 (team north's profile)"));
        chromium.signIn(parley.baseUrl(), "bob", PASSWORD);
        openScreen();
        assertEquals("Set a deadline: ask for a payment date this week.", urgencyOf(play("south-1", "agent-b", call)));
        wait.until(d -> d.findElement(By.id("call-rules")).getText().equals("Coached by rules version 3 (the floor's)"));
        browser.get(parley.baseUrl() + "/replay.html?call=south-1");
        wait.until(d -> d.findElement(By.id("call-rules")).getText().equals("Coached by rules version 3 (the floor's)"));

        // Rolled back: north returns to the floor's rules, and its next call gets the old prompt.
        chromium.signIn(parley.baseUrl(), "ada", PASSWORD);
        browser.get(parley.baseUrl() + "/admin/rules");
        wait.until(d -> d.findElements(By.cssSelector("#profiles tr.profile[data-team='north'] button.return-to-floor"))
                .size() == 1);
        browser.findElement(By.cssSelector("#profiles tr.profile[data-team='north'] button.return-to-floor")).click();
        message(wait, "Team north follows the floor's rules (version 3)");
        wait.until(d -> d.findElements(By.cssSelector("#profiles tr.profile")).isEmpty());
        assertEquals("Set a deadline: ask for a payment date this week.", urgencyOf(play("north-2", "agent-a", call)));
        // The history keeps the pilot, and the diff shows what north had.
        new Select(browser.findElement(By.id("diff-from"))).selectByValue("3");
        new Select(browser.findElement(By.id("diff-to"))).selectByValue("4");
        browser.findElement(By.id("show-diff")).click();
        WebElement pilot = wait.until(d -> d.findElement(By.cssSelector("#diff .diff-rule[data-rule='client-defers']")));
        assertTrue(pilot.getText().contains("North pilot"), pilot.getText());
        assertFalse(browser.findElement(By.cssSelector("#versions tr.version[data-version='4']")).getText()
                .contains("in force for"));
        chromium.screenshot("rules-console-rollout.png");

        // An agent gets neither the rules nor the versions.
        chromium.signIn(parley.baseUrl(), "alice", PASSWORD);
        assertEquals(403, status("/api/rules/versions"));
        assertEquals(403, status("/api/rules/diff?from=1&to=2"));
        browser.get(parley.baseUrl() + "/admin/rules");
        wait.until(d -> d.findElement(By.id("load-error")).getText().contains("rules-read"));
        assertFalse(browser.findElement(By.id("yaml")).isDisplayed());
    }

    @Test
    void twoAdminsEditingTheDraftAtOnceNeitherOverwritesNorDiscardsTheOthersUnseen() throws Exception {
        WebDriverWait wait = chromium.waitUpTo30s();
        chromium.signIn(parley.baseUrl(), "ada", PASSWORD);
        browser.get(parley.baseUrl() + "/admin/rules");
        wait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
        wait.until(d -> d.findElement(By.id("draft-state")).getText().startsWith("No draft"));
        String loaded = browser.findElement(By.id("yaml")).getAttribute("value");
        String inForce = rulesInForce();
        long versions = versionCount(browser);
        try (HeadlessChromium second = new HeadlessChromium(dir.resolve("chromium-profile-grace"))) {
            ChromeDriver grace = second.driver();
            WebDriverWait graceWait = second.waitUpTo30s();
            second.signIn(parley.baseUrl(), "grace", PASSWORD);
            grace.get(parley.baseUrl() + "/admin/rules");
            graceWait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
            graceWait.until(d -> d.findElement(By.id("draft-state")).getText().startsWith("No draft"));

            // Ada saves first.
            typeOver(browser, lineOf(loaded, "      - sleep on it"), "sleep on it", "mull it over");
            wait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
            browser.findElement(By.id("save-draft")).click();
            message(wait, "Draft saved.");
            String adas = draftText(browser);
            assertTrue(adas.contains("      - mull it over\n"), adas);

            // Grace, whose page was opened before Ada's save, saves her own edit: refused, her text kept.
            typeOver(grace, lineOf(loaded, "      - call you back"), "call you back", "buzz you back");
            graceWait.until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
            String typed = grace.findElement(By.id("yaml")).getAttribute("value");
            assertTrue(typed.contains("      - buzz you back\n") && typed.contains("      - sleep on it\n"), typed);
            grace.findElement(By.id("save-draft")).click();
            WebElement conflict = graceWait.until(d -> d.findElement(By.id("conflict")).isDisplayed()
                    ? d.findElement(By.id("conflict-text")) : null);
            assertTrue(conflict.getText().startsWith("Not saved: ada saved the draft at "), conflict.getText());
            assertTrue(conflict.getText().endsWith("Your text is still in the editor, not saved."), conflict.getText());
            assertEquals(typed, grace.findElement(By.id("yaml")).getAttribute("value"), "the text she typed stays");
            assertEquals(adas, draftText(grace), "Ada's draft is not overwritten");
            assertTrue(grace.findElement(By.id("draft-state")).getText().startsWith("Unsaved changes"));

            // She compares her text with Ada's draft, rule by rule, then saves over it deliberately.
            grace.findElement(By.id("conflict-compare")).click();
            WebElement defers = graceWait.until(d -> d.findElement(
                    By.cssSelector("#conflict-diff .diff-rule[data-rule='client-defers']")));
            assertTrue(grace.findElement(By.cssSelector("#conflict-diff .diff-title")).getText()
                    .startsWith("From ada's draft to your text"));
            assertEquals(List.of("+ buzz you back", "+ sleep on it"), defers.findElements(By.cssSelector(".added"))
                    .stream().map(WebElement::getText).toList());
            assertEquals(List.of("− call you back", "− mull it over"), defers.findElements(By.cssSelector(".removed"))
                    .stream().map(WebElement::getText).toList());
            second.screenshot("rules-console-conflict.png");
            grace.findElement(By.id("conflict-overwrite")).click();
            message(graceWait, "Draft saved over ada's draft.");
            assertFalse(grace.findElement(By.id("conflict")).isDisplayed());
            assertEquals(typed, draftText(grace));

            // Ada's page still holds the draft she saved: discarding it would throw Grace's away unseen.
            browser.findElement(By.id("discard-draft")).click();
            WebElement refused = wait.until(d -> d.findElement(By.id("conflict")).isDisplayed()
                    ? d.findElement(By.id("conflict-text")) : null);
            assertTrue(refused.getText().startsWith("Not discarded: grace saved the draft at "), refused.getText());
            assertEquals(typed, draftText(browser), "Grace's draft stays");
            browser.findElement(By.id("conflict-load")).click();
            message(wait, "Loaded grace's draft: your changes were dropped.");
            assertEquals(typed, browser.findElement(By.id("yaml")).getAttribute("value"));
            browser.findElement(By.id("discard-draft")).click();
            message(wait, "Draft discarded");
            assertEquals(404, status(browser, "/api/rules/draft"));
        }
        assertEquals(inForce, rulesInForce(), "no draft reached a call");
        assertEquals(versions, versionCount(browser), "nothing published");
    }

    /**
     * Each state-changing request spends the page's CSRF token; the pages send several at once
     * (a validation while typing beside a save or a comparison, two quick Helpful clicks), and
     * every one of them must be accepted, not the first alone.
     */
    @Test
    void changesSentAtOnceFromAPageAreAllAccepted() {
        chromium.signIn(parley.baseUrl(), "ada", PASSWORD);
        browser.get(parley.baseUrl() + "/admin/rules");
        chromium.waitUpTo30s().until(d -> d.findElement(By.id("validity")).getText().contains("valid ·"));
        @SuppressWarnings("unchecked")
        List<Long> statuses = (List<Long>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const text = arguments[0];"
                + "const post = () => ParleySession.api('/api/rules/validate', { method: 'POST', body: text })"
                + "  .then((r) => r.status);"
                + "Promise.all([post(), post(), post()]).then(done);", BUILT_IN);
        assertEquals(List.of(200L, 200L, 200L), statuses);
    }

    private static long versionCount(ChromeDriver in) {
        return (Long) in.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/rules/versions').then((r) => r.json()).then((v) => done(v.versions.length));");
    }

    /** The signed-in agent's live screen, its feed connected. */
    private static void openScreen() {
        browser.get(parley.baseUrl() + "/");
        chromium.waitUpTo30s().until(d -> d.findElement(By.id("feed-status")).getText().contains("connected"));
    }

    /** A call of {@code agent} streamed live into Parley, its record once it has ended. */
    private static com.fasterxml.jackson.databind.JsonNode play(String callId, String agent,
            app.parley.testing.TestAudio.Call call) throws Exception {
        parley.streamCallAtOnce(callId, "5550100909", agent, call);
        return parley.awaitEndedCall(callId, java.time.Duration.ofSeconds(60));
    }

    private static String urgencyOf(com.fasterxml.jackson.databind.JsonNode record) {
        for (com.fasterxml.jackson.databind.JsonNode prompt : record.get("prompts")) {
            if (prompt.get("kind").asText().equals("urgency")) {
                return prompt.get("message").asText();
            }
        }
        throw new AssertionError("no urgency prompt: " + record.get("prompts"));
    }

    private static String draftText() {
        return draftText(browser);
    }

    private static String draftText(ChromeDriver browser) {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/rules/draft').then((r) => r.json()).then((d) => done(d.text));");
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
