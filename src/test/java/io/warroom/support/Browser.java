package io.warroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Debian's chromedriver, for the browser tests and the screenshot tour. Both
 * binaries are the installed ones (WARROOM_CHROMIUM, WARROOM_CHROMEDRIVER override the paths): with the driver's path
 * given, Selenium never runs Selenium Manager, so nothing is looked up or downloaded. Each browser has a fresh
 * profile directory, removed on close.
 */
public final class Browser implements AutoCloseable {

    /** How long a page may take to show what a test waits for. */
    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final String INSTALL_HINT = "install them with `apt-get install chromium chromium-driver` "
            + "(or point WARROOM_CHROMIUM and WARROOM_CHROMEDRIVER at them)";
    private static final String PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";

    /**
     * Selenium looks for DevTools bindings of Chromium's exact version and warns when its jar has none; the tests use
     * only raw CDP commands, which need none. Held here so the logger, and its level, are not collected.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER = quieted(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, String base) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A 1280×900 desktop window on the app at base (e.g. http://127.0.0.1:8081). */
    public static Browser desktop(String base) {
        return start(base, options -> options.addArguments("--window-size=1280,900"));
    }

    /** A 390×844 phone (3× pixels, a mobile user agent, touch), as Chrome's device emulation shows it. */
    public static Browser phone(String base) {
        return start(base, options -> options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true,
                        "mobile", true),
                "userAgent", PHONE_USER_AGENT)));
    }

    private static Browser start(String base, java.util.function.Consumer<ChromeOptions> window) {
        Path chromium = installed(System.getenv("WARROOM_CHROMIUM"), "/usr/bin/chromium", "Chromium");
        Path chromedriver = installed(System.getenv("WARROOM_CHROMEDRIVER"), "/usr/bin/chromedriver", "chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("warroom-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=en-US", "--user-data-dir=" + profile);
        window.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        try {
            return new Browser(new ChromeDriver(service, options), service, profile, base);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new AssertionError("Chromium did not start (" + chromium + " through " + chromedriver + "): "
                    + e.getMessage(), e);
        }
    }

    /** The configured binary, else the Debian path; a test fails loudly, naming the packages, when it is missing. */
    static Path installed(String configured, String debianPath, String what) {
        Path path = Path.of(configured == null || configured.isBlank() ? debianPath : configured);
        if (!Files.isExecutable(path)) {
            throw new AssertionError("The browser tests need " + what + " at " + path + " and it is not there: "
                    + INSTALL_HINT + ".");
        }
        return path;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The app's address, without a trailing slash. */
    public String base() {
        return base;
    }

    /** Opens a path of the app and returns this browser. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** The path (and query) of the page shown now. */
    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to {@link #WAIT} for an element to be visible and returns it. */
    public WebElement waitFor(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits up to {@link #WAIT} for a condition; a failure names it and the page it was on. */
    public <T> T until(ExpectedCondition<T> condition) {
        return until(WAIT, condition);
    }

    public <T> T until(Duration timeout, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, timeout).withMessage(() -> "on " + path()).until(condition);
    }

    /** Clicks a submit button and waits until the page it led to has replaced this one. */
    public void submit(String buttonCss) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(buttonCss).click();
        until(driver -> isGone(html));
    }

    /**
     * Whether the element left the document. Chromium reports a node of a page being replaced either as stale or, in
     * the middle of the swap, as "does not belong to the document"; both mean the old page is gone.
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

    /** Waits up to {@link #WAIT} until the element's text contains the given text. */
    public void waitForText(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Types into a field after clearing it. */
    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The HTTP status of the document shown now, as the browser's Navigation Timing recorded it. */
    public int status() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Fills in the login form shown now, submits it and waits for the page it leads to. */
    public void logIn(String username, String password) {
        waitFor("#username");
        type("#username", username);
        type("#password", password);
        submit("#login");
    }

    /** GETs a path with this browser's session cookie (as a download would) and returns the response. */
    public HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("warroom_session");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(WAIT);
        if (session != null) {
            request.header("Cookie", "warroom_session=" + session.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Saves a PNG of the whole page, beyond the window, through the DevTools protocol. */
    @SuppressWarnings("unchecked")
    public Path screenshot(Path file) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", content.get("width"), "height", content.get("height"), "scale", 1)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static java.util.logging.Logger quieted(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A profile left in /tmp is harmless; the test's outcome does not depend on it.
        }
    }
}
