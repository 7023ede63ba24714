package org.pilotops.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium against the portal under test. The browser and its
 * driver are given explicitly, so Selenium Manager never tries to download one.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final List<String> pageErrors = new java.util.ArrayList<>();
    private final Path downloads;

    public Browser() {
        String binary = binary();
        String driverPath = driverExecutable();
        try {
            downloads = Files.createTempDirectory("pilotops-downloads");
            ChromeOptions options = new ChromeOptions();
            // Files a page sends (p:fileDownload) land here without asking, for download(...) to read.
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.setBinary(binary);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("pilotops-chromium"));
            // The browser's console, to fail a test on any script error (a CSP refusal among them).
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(driverPath).toFile()).build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // An element an Ajax update replaced is looked for again, as one not there yet is (see click).
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Debian's Chromium, or the one {@code CHROMIUM_BINARY} names. */
    static String binary() {
        return System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    }

    /** Debian's ChromeDriver, or the one {@code CHROMEDRIVER} names. */
    static String driverExecutable() {
        return System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    public void open(String path) {
        settle();
        collectScriptErrors();
        driver.get(TestEnvironment.portal().resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    }

    /** Signs in with the demo password and waits for the home page. */
    public void signIn(String username) {
        signIn(username, org.pilotops.launch.DemoData.DEMO_PASSWORD);
        waitForUrl("index.xhtml");
        waitForText(By.tagName("h1"), username);
    }

    /** Signs in and waits until the login page is left, wherever the portal sends this account. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        type(By.id(id), text);
    }

    /** Types into an input once no Ajax answer is on its way, so an answer cannot land mid-typing. */
    public void type(By where, String text) {
        settle();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(where));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets an input's value as a script would (date inputs read keystrokes in the browser's locale). */
    public void setValue(String id, String value) {
        WebElement input = byId(id);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    /**
     * Types an ISO date into a PrimeFaces date picker's text input, as a user who types rather than picks
     * would (its pattern is yyyy-MM-dd), then closes its panel with Escape and leaves the input. The panel
     * is let finish its transition, and closed, before the next step types anywhere, since a transition
     * still running moves the focus back to the picker and the next keystrokes with it.
     */
    public void typeDate(String pickerId, String isoDate) {
        // On a loaded machine the picker has lost keys even after the text read back right (its own parse
        // on blur then cleared a half date): the whole gesture is repeated until the left input holds it.
        for (int gesture = 1; gesture <= 3; gesture++) {
            typeDateOnce(pickerId, isoDate);
            if (isoDate.equals(byId(pickerId + "_input").getDomProperty("value"))) {
                return;
            }
        }
        throw new IllegalStateException("the date picker " + pickerId + " would not keep " + isoDate);
    }

    private void typeDateOnce(String pickerId, String isoDate) {
        WebElement input = byId(pickerId + "_input");
        WebElement panel = driver.findElement(By.id(pickerId + "_panel"));
        // The panel opens on focus with a transition that may take keys typed meanwhile (on a loaded
        // machine "2018-01-15" became "2018-01"): once it has settled, the text is checked and typed again.
        for (int attempt = 1; attempt <= 3; attempt++) {
            // clear() alone leaves a picker's text in place; select it and delete it as a user would.
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
            input.sendKeys(isoDate);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                // On a loaded machine the panel sometimes does not open at all; the text counts all the same.
            }
            if (isoDate.equals(input.getDomProperty("value"))) {
                break;
            }
        }
        if (panel.isDisplayed()) {
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            wait.until(ExpectedConditions.invisibilityOf(panel));
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
        settle();
    }

    public void click(String id) {
        click(By.id(id));
    }

    /**
     * Clicks the element once it is clickable. An Ajax update may replace it between finding and clicking
     * (the import page re-renders its buttons while a check reports): a replaced element is stale before
     * any click reaches it, so it is found again and clicked, never clicked twice.
     */
    public void click(By where) {
        wait.until(d -> {
            WebElement clickable = ExpectedConditions.elementToBeClickable(where).apply(d);
            if (clickable == null) {
                return false;
            }
            clickable.click();
            return true;
        });
    }

    public void waitVisible(WebElement element) {
        wait.until(ExpectedConditions.visibilityOf(element));
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its visible label, once its panel has finished
     * opening: PrimeFaces records the value to fall back to only when the opening transition ends, and an
     * option clicked before that fails inside the widget (a TypeError in the console) or is lost. Should
     * the panel stay open all the same, the option is clicked again, a few times at most.
     */
    public void choose(String menuId, String label) {
        click(menuId);
        for (int attempt = 1; ; attempt++) {
            WebElement panel = byId(menuId + "_panel");
            wait.until(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
            wait.until(ExpectedConditions.elementToBeClickable(
                    panel.findElement(By.cssSelector("li[data-label='" + label + "']")))).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> gone(panel));
                settle();
                return;
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                if (attempt == 3) {
                    throw stillOpen;
                }
            }
        }
    }

    /**
     * True when the element is hidden or no longer on the page. A choice that opens another page (the city
     * switch) can remove it while it is asked, which Chromium answers with neither "stale" nor "no such
     * element" but an inspector error about a node outside the document.
     */
    private static boolean gone(WebElement element) {
        try {
            return !element.isDisplayed();
        } catch (StaleElementReferenceException | NoSuchElementException removed) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Waits until the page has no Ajax request of PrimeFaces or jQuery in flight, so the next step sees
     * the page the request produced, and never leaves it while an answer is still being applied (which
     * makes PrimeFaces' widgets fail on a half-removed page).
     */
    public void settle() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));"));
    }

    public void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    public void waitForText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    /** Waits until a data table shows exactly this many rows. */
    public void waitForRows(String tableId, int rows) {
        wait.until(d -> d.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]")).size() == rows);
    }

    public String text(By where) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(where)).getText();
    }

    /**
     * Clicks a download button and waits for the file the browser saves, which it hands back and removes
     * from the downloads folder, so the next download is told apart. Chromium writes into hidden temporary
     * files and a {@code .crdownload} before it renames the file to its name: only that file counts.
     */
    public byte[] download(String buttonId) {
        click(buttonId);
        byte[][] content = new byte[1][];
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                Path saved = files.filter(f -> !f.getFileName().toString().startsWith(".")
                        && !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
                if (saved == null) {
                    return false;
                }
                content[0] = Files.readAllBytes(saved);
                Files.delete(saved);
                return true;
            } catch (NoSuchFileException renamedMeanwhile) {
                return false;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return content[0];
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps a picture of the page under target/it/screens, to look at when a test fails. */
    public void screenshot(String name) {
        try {
            Path file = TestEnvironment.workDir().resolve("screens").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Script errors the console reported since the last call: uncaught exceptions and refusals by the
     * Content Security Policy. A missing favicon or another failed load is not a script error.
     */
    public List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /** Keeps the script errors of the page shown so far, with its address, for {@link #close}. */
    private void collectScriptErrors() {
        String page = driver.getCurrentUrl();
        scriptErrors().forEach(error -> pageErrors.add(page + ": " + error));
    }

    /** Quits the browser, failing the test class if any page it showed had a script error. */
    @Override
    public void close() {
        try {
            settle();
            collectScriptErrors();
        } finally {
            driver.quit();
        }
        if (!pageErrors.isEmpty()) {
            throw new AssertionError("Script errors in the portal: " + pageErrors);
        }
    }
}
