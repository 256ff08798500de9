package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the registry's web console: Debian's headless chromium driven through chromedriver, with a fresh
 * profile, signing in on Keycloak's own login page. Every console page it reaches is photographed into
 * {@code target/console-screenshots} (named by test, language and step) and checked with axe-core, run in the
 * page: no serious or critical violation of WCAG 2.1 A/AA.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AXE = "node_modules/axe-core/axe.min.js";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final Path downloads;
    private final String test;
    private final String language;
    private int step;

    private ConsoleBrowser(String test, String language) throws IOException {
        this.test = test;
        this.language = language;
        profile = Files.createTempDirectory("console-chromium-");
        downloads = Files.createTempDirectory("console-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
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
                "--window-size=1280,1000",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    /** A browser for one test, signed in as {@code username} (a demo person), the console in {@code language}. */
    public static ConsoleBrowser signedIn(String test, String language, String username) throws IOException {
        ConsoleBrowser browser = new ConsoleBrowser(test, language);
        try {
            browser.signIn(username);
            browser.switchTo(language);
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
        return browser;
    }

    public static String consoleUrl() {
        return RegistryApi.baseUrl() + "/console";
    }

    private void signIn(String username) {
        driver.get(consoleUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        photograph("keycloak-sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(System.getProperty("registry.it.demoPassword"));
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signout:signout-button")));
        page("home");
    }

    /** Chooses the console's language with the switch in its banner. */
    public void switchTo(String tag) {
        click("language:" + tag);
        wait.until(d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        page("language-" + tag);
    }

    /** Follows a link of the console's menu. */
    public void open(String navId, String pageName) {
        click(navId);
        page(pageName);
    }

    /** Goes to an address of the console as a person typing it would. */
    public void go(String path, String pageName) {
        driver.get(consoleUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        page(pageName);
    }

    public void type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
    }

    public void choose(String id, String value) {
        new Select(element(id)).selectByValue(value);
    }

    /** Clicks a button or link and waits for the page it leads to. */
    public void click(String id) {
        WebElement target = clickable(id);
        wait.until(d -> isGone(target));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    /**
     * Finds the element once the page has loaded and clicks it. An element found in a document that is being
     * replaced (a redirect still landing) cannot be clicked and was not: it is looked up again.
     */
    private WebElement clickable(String id) {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElement(By.id(id));
            try {
                found.click();
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
            return found;
        });
    }

    /**
     * Whether the element's document has been replaced. Chromium reports an element of a replaced document either as
     * stale or, while the new document is still being attached, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks a form button whose answer is a download, not a page, and returns the file once it is complete. */
    public Path download(String id, String fileName) {
        element(id).click();
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Submits the form the element with this CSS selector sits in by clicking it. */
    public void clickSelector(String css) {
        WebElement target = driver.findElement(By.cssSelector(css));
        target.click();
        wait.until(d -> isGone(target));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    public WebElement element(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String id) {
        return element(id).getText().strip();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Goes to an address outside the console (another site, a page of its own), as a person following a link. */
    public void visit(String url) {
        driver.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    }

    /**
     * Clicks the element with this CSS selector and waits until the page it leads to (possibly not the console's:
     * the identity provider's) has an element with one of these ids; answers that id.
     */
    public String clickAndAwait(String css, String... ids) {
        WebElement target = driver.findElement(By.cssSelector(css));
        target.click();
        wait.until(d -> isGone(target));
        return awaitAny(ids);
    }

    /** Opens an address and waits until the page has an element with one of these ids; answers that id. */
    public String visitAndAwait(String url, String... ids) {
        driver.get(url);
        return awaitAny(ids);
    }

    private String awaitAny(String... ids) {
        return wait.until(d -> {
            for (String id : ids) {
                if (!d.findElements(By.id(id)).isEmpty()) {
                    return id;
                }
            }
            return null;
        });
    }

    /** The browser's cookie of that name for the console, or null. */
    public org.openqa.selenium.Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Photographs the page and checks it with axe-core. */
    public void page(String name) {
        photograph(name);
        assertAccessible(name);
    }

    public void photograph(String name) {
        Path dir = Path.of(System.getProperty("registry.it.screenshots", "target/console-screenshots"));
        try {
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(String.format("%s-%s-%02d-%s.png", test, language, ++step, name)), png);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name + " not saved", e);
        }
    }

    /** Runs axe-core in the page (WCAG 2.0/2.1 A and AA rules) and fails on a serious or critical violation. */
    public void assertAccessible(String name) {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "          nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }))); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        String json = String.valueOf(answer);
        assertTrue(json.startsWith("["), json);
        JsonArray violations;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            violations = reader.readArray();
        }
        List<JsonObject> severe = violations.getValuesAs(JsonObject.class).stream()
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .toList();
        assertEquals(
                List.of(),
                severe.stream().map(JsonObject::toString).collect(Collectors.toList()),
                "axe-core: serious or critical violations on " + name + " (" + test + ", " + language + ")");
    }

    private static String axeSource() {
        Path axe = Path.of(System.getProperty("registry.it.nodeClient", "target/node"))
                .resolve(AXE);
        try {
            return Files.readString(axe, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(axe + " is missing: the build installs axe-core with npm ci", e);
        }
    }

    /** Nothing a failure page should show a person: no exception, no stack trace. */
    public void assertNoStackTrace() {
        String source = driver.getPageSource();
        assertFalse(source.contains("Exception"), source);
        assertFalse(source.contains("at org."), source);
        assertFalse(source.contains("at jakarta."), source);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
            deleteQuietly(downloads);
        }
    }

    /** A browser for one test that signs in nowhere yet: for pages outside the console, such as a mission node's. */
    public static ConsoleBrowser unsigned(String test, String language) throws IOException {
        return new ConsoleBrowser(test, language);
    }

    /** Goes to an address outside the console as a person typing it would, and checks the page it lands on. */
    public void visit(String url, String pageName) {
        driver.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        page(pageName);
    }

    /** Sets a field's value as a date picker would (typing into a date field depends on the browser's locale). */
    public void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", element(id), value);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
