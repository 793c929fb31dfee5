package io.dynamicendpoints.adminui.browser;

import io.dynamicendpoints.app.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar that {@code ./run} starts, as a user runs it: copied somewhere else under a name of
 * their choosing and started with {@code java -jar} from the folder it lies in. The other tests run the
 * platform from Maven's classpath, where every library is a jar of its own; in the shaded jar the
 * console must find its views and Vaadin's classes in one jar among all the others (what
 * {@code ConsoleJars} and {@code ConsoleClassScan} read), and the services files are merged. Nothing
 * may depend on the jar's name, on the build folder or on the working directory.
 */
class PackagedJarIT {

    private static final Path BUILT_JAR = Path.of("target", "dynamic-endpoints.jar");
    private static final Pattern DEMO_PATH = Pattern.compile("/listener/[0-9a-f]{32}/[0-9a-f]{32}");
    private static final Pattern READY = Pattern.compile("Dynamic Endpoints is ready: .* admin console at (\\S+)");
    private static final String PASSWORD = "packaged-jar-password";

    @Test
    void consoleWorksWhenTheJarIsRenamed(@TempDir Path emptyFolder) throws Exception {
        Path jar = Files.copy(BUILT_JAR, emptyFolder.resolve("app.jar"));

        try (PlatformProcess platform = PlatformProcess.startJar(emptyFolder, jar,
                Map.of("dynamic-endpoints.admin.password", PASSWORD));
             Browser browser = new Browser()) {
            HttpResponse<String> greeting = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(platform.baseUrl() + awaitDemoPath(platform)))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Ada\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            browser.open(platform.consoleUrl() + "/");
            EndpointListPage endpoints = new LoginPage(browser).signInAsAdmin("admin", PASSWORD);

            assertThat(greeting.statusCode()).isEqualTo(200);
            assertThat(greeting.body()).contains("Hello, Ada!");
            assertThat(endpoints.gridText()).contains("Demo: echo a greeting");
            assertThat(awaitConsoleInReadyLine(platform)).isEqualTo(platform.consoleUrl() + "/");
            for (int width : new int[] {1440, 1024}) {
                assertThat(scrollsSideways(browser, width, "packaged-jar-endpoints-" + width))
                        .as("the endpoint list at %d px scrolls sideways", width).isFalse();
            }
        }
    }

    /** Resizes the window, keeps a screenshot under target/screenshots, and tells whether the page is wider than it. */
    private static boolean scrollsSideways(Browser browser, int width, String name) throws Exception {
        browser.driver.manage().window().setSize(new Dimension(width, 900));
        Thread.sleep(500); // Vaadin lays the grid out again after a resize
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    @Test
    void consoleWorksFromAVersionedJarInAFolderWithASpace(@TempDir Path somewhere) throws Exception {
        Path folder = Files.createDirectories(somewhere.resolve("my apps"));
        Path jar = Files.copy(BUILT_JAR, folder.resolve("dynamic-endpoints-0.2.0.jar"));

        try (PlatformProcess platform = PlatformProcess.startJar(folder, jar,
                Map.of("dynamic-endpoints.admin.password", PASSWORD))) {
            HttpResponse<String> signIn = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(platform.consoleUrl() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("VAADIN/build/");
            assertThat(awaitConsoleInReadyLine(platform)).isEqualTo(platform.consoleUrl() + "/");
        }
    }

    /** The demo endpoint's URL, which the first start prints once it has created the endpoint. */
    private static String awaitDemoPath(PlatformProcess platform) throws InterruptedException {
        return awaitInLog(platform, DEMO_PATH).group();
    }

    /** Where the "ready" line says the console answers; it says "(not running: ...)" when it does not. */
    private static String awaitConsoleInReadyLine(PlatformProcess platform) throws InterruptedException {
        return awaitInLog(platform, READY).group(1);
    }

    private static Matcher awaitInLog(PlatformProcess platform, Pattern pattern) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Matcher found = pattern.matcher(platform.log());
            if (found.find()) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Nothing matching " + pattern + " in the log within 30 s:\n" + platform.log());
    }
}
