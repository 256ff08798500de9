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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
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
 * A person at the registry's web console: Debian's headless chromium driven through chromedriver, signing in on
 * Keycloak's own login page. Every console page it reaches is photographed into {@code target/console-screenshots}
 * (named by test, language and step) and checked with axe-core, run in the page: no serious or critical violation
 * of WCAG 2.1 A/AA.
 *
 * <p>Starting chromium costs seconds, so the test run keeps one and hands it from browser to browser: a test opens a
 * browser ({@link #signedIn} or {@link #unsigned}) in a try-with-resources block and {@link #close() closing} it
 * returns chromium to the run with everything the test left cleared — every cookie of every site (so no console or
 * Keycloak session survives), the cache, the storage of every site the test reached, the downloads — and checked:
 * a chromium whose cookie jar is not empty afterwards, or that no longer answers, is quit and the next test gets a
 * new one. Each test therefore starts as a fresh profile would: signed in nowhere. Chromium is quit when the test
 * run's JVM ends; {@code -Dregistry.it.freshBrowser=true} starts one per browser instead.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** How often a wait looks again: a page of the console answers in tens of milliseconds. */
    private static final Duration POLL = Duration.ofMillis(50);

    private static final String AXE = "node_modules/axe-core/axe.min.js";
    private static String axeSource;

    /** The run's chromium between two tests; null while a test has it or before the first test. */
    private static Chromium idle;

    private static boolean shutdownHookAdded;

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;
    private final String test;
    private final String language;
    private final Set<String> origins = new LinkedHashSet<>();
    private int step;
    private boolean closed;

    /** Where the test's time in the browser went, printed when it closes (nanoseconds). */
    private final long opened = System.nanoTime();

    private long signingIn;
    private long photographing;
    private long checking;
    private int checked;

    /** A chromium with a profile and a downloads directory of its own, and the driver that runs it. */
    private record Chromium(ChromeDriver driver, Path profile, Path downloads) {

        static Chromium start() throws IOException {
            Path profile = Files.createTempDirectory("console-chromium-");
            Path downloads = Files.createTempDirectory("console-downloads-");
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
            long started = System.nanoTime();
            ChromeDriver driver = new ChromeDriver(service, options);
            evaluateAxeInEveryDocument(driver);
            System.out.printf(
                    "IT: chromium started for the console tests in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000L);
            return new Chromium(driver, profile, downloads);
        }

        /**
         * Has chromium evaluate axe-core's source in every document it opens, before the document's own scripts, so
         * that checking a page does not send half a megabyte of script through the driver first (it cost more than
         * the check itself). A page without it (a window the test opened itself) still gets it when it is checked.
         */
        private static void evaluateAxeInEveryDocument(ChromeDriver driver) {
            String axe;
            try {
                axe = axeSource();
            } catch (IllegalStateException missing) {
                return; // the first check of a page fails with the reason
            }
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                System.out.println("IT: chromium did not quit cleanly: " + e);
            } finally {
                deleteQuietly(profile);
                deleteQuietly(downloads);
            }
        }
    }

    private ConsoleBrowser(String test, String language) throws IOException {
        this.test = test;
        this.language = language;
        chromium = acquire();
        driver = chromium.driver();
        downloads = chromium.downloads();
        wait = new WebDriverWait(driver, WAIT, POLL);
        origins.add(origin(consoleUrl()));
        String keycloak = System.getProperty("registry.it.keycloakUrl");
        if (keycloak != null) {
            origins.add(origin(keycloak));
        }
    }

    /** The run's chromium if it is idle, otherwise a new one. */
    private static Chromium acquire() throws IOException {
        synchronized (ConsoleBrowser.class) {
            if (idle != null) {
                Chromium reused = idle;
                idle = null;
                return reused;
            }
            if (!shutdownHookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(ConsoleBrowser::quitIdle, "it-console-chromium-quit"));
                shutdownHookAdded = true;
            }
        }
        return Chromium.start();
    }

    private static void quitIdle() {
        Chromium last;
        synchronized (ConsoleBrowser.class) {
            last = idle;
            idle = null;
        }
        if (last != null) {
            last.quit();
        }
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

    private static boolean consoleClientKnowsTheTestAddress;

    /**
     * The console's client in Keycloak accepts the test domain's address as a redirect (the realm file names the run
     * command's); done once per test run, by the first console test class.
     */
    public static synchronized void consoleClientKnowsTheTestAddress() {
        if (consoleClientKnowsTheTestAddress) {
            return;
        }
        try (Keycloak admin = IdentityProvider.admin()) {
            var clients = admin.realm(Callers.realm()).clients();
            ClientRepresentation console =
                    clients.findByClientId("registry-console").get(0);
            console.setRedirectUris(List.of(consoleUrl() + "/*"));
            clients.get(console.getId()).update(console);
        }
        consoleClientKnowsTheTestAddress = true;
    }

    public static String consoleUrl() {
        return RegistryApi.baseUrl() + "/console";
    }

    private void signIn(String username) {
        long started = System.nanoTime();
        driver.get(consoleUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        photograph("keycloak-sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(System.getProperty("registry.it.demoPassword"));
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signout:signout-button")));
        signingIn = System.nanoTime() - started;
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
        origins.add(origin(url));
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
        origins.add(origin(url));
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
        long started = System.nanoTime();
        Path dir = Path.of(System.getProperty("registry.it.screenshots", "target/console-screenshots"));
        try {
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(String.format("%s-%s-%02d-%s.png", test, language, ++step, name)), png);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name + " not saved", e);
        } finally {
            photographing += System.nanoTime() - started;
        }
    }

    /** Runs axe-core in the page (WCAG 2.0/2.1 A and AA rules) and fails on a serious or critical violation. */
    public void assertAccessible(String name) {
        long started = System.nanoTime();
        JavascriptExecutor js = driver;
        if (!"function".equals(js.executeScript("return typeof (window.axe && window.axe.run)"))) {
            js.executeScript(axeSource());
        }
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "          nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }))); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        String json = String.valueOf(answer);
        checking += System.nanoTime() - started;
        checked++;
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

    private static synchronized String axeSource() {
        if (axeSource != null) {
            return axeSource;
        }
        Path axe = Path.of(System.getProperty("registry.it.nodeClient", "target/node"))
                .resolve(AXE);
        try {
            axeSource = Files.readString(axe, StandardCharsets.UTF_8);
            return axeSource;
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

    /**
     * Ends the test's use of chromium: everything the test left is cleared and checked (see the class comment) and
     * chromium is kept for the next test, or quit if it cannot be cleared or {@code registry.it.freshBrowser} is set.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        System.out.printf(
                "IT: console %s %s: %d ms in the browser; sign-in %d ms, %d screenshots %d ms, axe-core on %d pages"
                        + " %d ms%n",
                test,
                language,
                (System.nanoTime() - opened) / 1_000_000L,
                signingIn / 1_000_000L,
                step,
                photographing / 1_000_000L,
                checked,
                checking / 1_000_000L);
        boolean cleared = false;
        if (!Boolean.getBoolean("registry.it.freshBrowser")) {
            try {
                clear();
                cleared = true;
            } catch (RuntimeException | IOException e) {
                System.out.println("IT: chromium not cleared after " + test + " (" + e + "); a new one comes next");
            }
        }
        if (!cleared) {
            chromium.quit();
            return;
        }
        Chromium extra = null;
        synchronized (ConsoleBrowser.class) {
            if (idle == null) {
                idle = chromium;
            } else {
                extra = chromium;
            }
        }
        if (extra != null) {
            extra.quit();
        }
    }

    /** Leaves chromium as a new profile is: one blank tab, no cookie, no cache, no site storage, no download. */
    private void clear() throws IOException {
        String current = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(current)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(current);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        for (String origin : origins) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        Object cookies =
                driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        if (!(cookies instanceof List<?> left) || !left.isEmpty()) {
            throw new IllegalStateException("cookies left after clearing: " + cookies);
        }
        try (var files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    /** scheme://host:port of an address, as the browser names a site's storage. */
    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** A browser for one test that signs in nowhere yet: for pages outside the console, such as a mission node's. */
    public static ConsoleBrowser unsigned(String test, String language) throws IOException {
        return new ConsoleBrowser(test, language);
    }

    /** Goes to an address outside the console as a person typing it would, and checks the page it lands on. */
    public void visit(String url, String pageName) {
        origins.add(origin(url));
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
