package io.dynamicendpoints.adminui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A headless Chromium driven by Selenium: Debian's {@code chromium} and {@code chromedriver} (installed
 * by {@code .ci/run}), pointed at explicitly so that Selenium downloads nothing. Waits understand
 * Vaadin: an action is done when the Flow client has no request in flight.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Selenium looks for DevTools bindings of this Chromium version; the tests use none, so the warning is noise. */
    private static final java.util.logging.Logger CDP_WARNINGS =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_WARNINGS.setLevel(java.util.logging.Level.OFF);
    }

    final WebDriver driver;
    private final Path profile;
    private final ChromeDriverService service;

    Browser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    }

    void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    WebElement element(String id) {
        waitForVaadin();
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The native input inside a Vaadin field (it lives in the light DOM, so CSS reaches it). */
    WebElement input(String fieldId) {
        element(fieldId);
        return driver.findElement(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
    }

    void type(String fieldId, String text) {
        WebElement input = input(fieldId);
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        WebElement element = new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.click();
        waitForVaadin();
    }

    void waitForText(String id, String text) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void waitForUrl(String regex) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlMatches(regex));
    }

    void waitForVaadin() {
        new WebDriverWait(driver, TIMEOUT).until(webDriver -> (Boolean) ((JavascriptExecutor) webDriver).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return document.readyState === 'complete'; }
                return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());"""));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
