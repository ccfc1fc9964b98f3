package app.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromium-driver: what the page tests look through.
 * Screenshots go to target/screenshots.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path SCREENSHOTS = TestAudio.repoRoot().resolve("target/screenshots");
    public static final int WIDTH = 1280;

    private final ChromeDriver driver;

    public HeadlessChromium(Path profileDir) throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("parley.test.chromium", "/usr/bin/chromium"));
        // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--autoplay-policy=no-user-gesture-required", "--window-size=" + WIDTH + ",800",
                "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("parley.test.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Signs in on the sign-in page of the Parley at {@code baseUrl}, and waits for the page it leads to. */
    public void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/signin.html?next=%2Freview.html");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("signin-button")).click();
        waitUpTo30s().until(d -> d.getCurrentUrl().endsWith("/review.html"));
    }

    /** Pages re-render as data arrives: an element read mid-render is simply read again. */
    public WebDriverWait waitUpTo30s() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Saves the page as it looks now and checks it rendered (not one blank colour). */
    public Path screenshot(String name) throws Exception {
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        assertLooksRendered(file);
        return file;
    }

    /** A blank or failed render is one colour; Parley's pages have a dark bar, panels and text. */
    public static void assertLooksRendered(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, png + " has only " + colours.size() + " colours");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
