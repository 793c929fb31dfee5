package io.dynamicendpoints.adminui.browser;

import io.dynamicendpoints.app.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar that {@code ./run} starts, run as {@code java -jar} on a fresh working directory. The
 * other tests run the platform from Maven's classpath, where every library is a jar of its own; in the
 * shaded jar the console must find its views and Vaadin's classes in one jar among all the others
 * (what {@code ConsoleClassScan} reads), and the services files are merged.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "dynamic-endpoints.jar");
    private static final Pattern DEMO_PATH = Pattern.compile("/listener/[0-9a-f]{32}/[0-9a-f]{32}");
    private static final String PASSWORD = "packaged-jar-password";

    @Test
    void theDemoEndpointAnswersAndAnAdminSignsInToTheConsole(@TempDir Path workDir) throws Exception {
        try (PlatformProcess platform = PlatformProcess.startJar(workDir, JAR,
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
        }
    }

    /** The demo endpoint's URL, which the first start prints once it has created the endpoint. */
    private static String awaitDemoPath(PlatformProcess platform) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Matcher path = DEMO_PATH.matcher(platform.log());
            if (path.find()) {
                return path.group();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No demo endpoint in the log within 30 s:\n" + platform.log());
    }
}
