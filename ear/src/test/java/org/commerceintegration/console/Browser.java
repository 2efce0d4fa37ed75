package org.commerceintegration.console;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.commerceintegration.testsupport.Api;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that Selenium Manager
 * never tries to download a driver or a browser (there is no network for that here, and CI must test the browser
 * the machine has). Missing binaries fail the test: a browser test that silently skips proves nothing.
 */
final class Browser implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final Path screenshots;
    private int shot;

    Browser() {
        requireExecutable(CHROMIUM);
        requireExecutable(CHROMEDRIVER);
        try {
            userDataDir = Files.createTempDirectory("console-chromium-");
            screenshots = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(CHROMIUM));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--ignore-certificate-errors",
                "--window-size=1400,1000",
                "--user-data-dir=" + userDataDir);
        options.setAcceptInsecureCerts(true);
        // the page's console, to catch content-security-policy violations and uncaught script errors
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    private static void requireExecutable(String path) {
        if (!new File(path).canExecute()) {
            fail(
                    "Browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                            + ", but " + path
                            + " is missing. Install them with: apt-get update && apt-get install -y chromium"
                            + " chromium-driver (.ci/run does this), or point -Dchromium.binary / -Dchromedriver.binary at them.");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a console page, e.g. {@code registry.html}. */
    void open(String page) {
        driver.get(Api.baseUrl() + "/console/" + page);
        waitUntil("the page " + page + " to load", () -> "complete".equals(script("return document.readyState")));
    }

    void login(String user, String password) {
        open("login.html");
        WebElement name = waitFor(By.id("username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waitUntil("the console after login", () -> textOf(By.id("current-user")).startsWith(user + " "));
    }

    void logout() {
        click(By.id("logout"));
        waitFor(By.id("login-form"));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void click(By locator) {
        new WebDriverWait(driver, TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(locator))
                .click();
    }

    /** Accepts the console's confirmation dialog. */
    void confirm() {
        click(By.id("confirm-ok"));
        new WebDriverWait(driver, TIMEOUT)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
    }

    String textOf(By locator) {
        List<WebElement> found = driver.findElements(locator);
        try {
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    /** The page's message area once it shows something: {@code kind} is "error" or "info". */
    String message(String kind) {
        waitUntil("a " + kind + " message", () -> {
            List<WebElement> area = driver.findElements(By.cssSelector("#message[data-kind='" + kind + "']"));
            return !area.isEmpty()
                    && area.get(0).isDisplayed()
                    && !area.get(0).getText().isBlank();
        });
        return textOf(By.id("message"));
    }

    void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, TIMEOUT, condition, null);
    }

    /** Polls {@code condition} (running {@code between} after each miss, e.g. a refresh click) until true. */
    void waitUntil(String what, Duration timeout, BooleanSupplier condition, Runnable between) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (StaleElementReferenceException e) {
                // the page re-rendered meanwhile; look again
            }
            if (System.nanoTime() > deadline) {
                screenshot("timeout");
                throw new TimeoutException("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + " on " + driver.getCurrentUrl() + " (" + script("return document.readyState")
                        + "); the page's console said: " + consoleLog());
            }
            if (between != null) {
                between.run();
            }
            sleep(300);
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Saves a PNG of the page under target/screenshots, numbered in order; returns its path. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, name));
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Screenshot " + file + " failed: " + e);
        }
        return file;
    }

    /**
     * What the page's console reported since the last call that a correct console never causes: a content security
     * policy violation (an inline script or style slipped in) or an uncaught script error.
     */
    List<String> scriptProblems() {
        return consoleLog().stream()
                .filter(text -> text.contains("Content Security Policy") || text.contains("Uncaught"))
                .toList();
    }

    /** What the page's console reported since the last call (each entry is reported once). */
    private List<String> consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** {@link #screenshot(String)} of the whole page: the window is made as tall as the page for the shot. */
    Path fullPageScreenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight"
                        + " + window.outerHeight - window.innerHeight);"))
                .longValue();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int)
                Math.min(Math.max(height, size.getHeight()), 4000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /**
     * Ends a test step: a screenshot named after the test, and no content security policy violation or script error
     * in the pages meanwhile.
     */
    void afterStep(TestInfo test) {
        screenshot(test.getTestMethod().map(m -> m.getName()).orElse("step") + "-end");
        List<String> problems = scriptProblems();
        assertTrue(problems.isEmpty(), "no CSP violation or script error in the pages: " + problems);
    }

    /**
     * On the error page: opens the error-queue entry (a legacy field failure) of the message put with
     * {@code originalId}, if it is listed yet.
     */
    boolean openErrorEntryOf(String originalId) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#errors-table tr.error-row"));
        for (int i = rows.size() - 1; i >= 0; i--) {
            WebElement row = rows.get(i);
            if (!row.findElement(By.cssSelector(".reason-code")).getText().startsWith("LEGACY")) {
                continue;
            }
            String id = row.getDomAttribute("data-message-id");
            row.findElement(By.cssSelector("button")).click();
            try {
                waitUntil(
                        "the detail of " + id,
                        () -> textOf(By.id("detail-summary")).contains(id));
            } catch (RuntimeException e) {
                continue;
            }
            if (textOf(By.id("detail-properties")).contains(originalId)) {
                return true;
            }
        }
        return false;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temp directory; best effort
            }
        }
    }
}
