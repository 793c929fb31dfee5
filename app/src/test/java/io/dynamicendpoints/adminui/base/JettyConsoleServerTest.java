package io.dynamicendpoints.adminui.base;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hosting: the console's Jetty lives and dies with the Micronaut context, on loopback, in production mode. */
class JettyConsoleServerTest {

    private static final Map<String, Object> CONSOLE_ON = Map.of(
            "dynamic-endpoints.admin-ui.enabled", "true",
            "dynamic-endpoints.admin-ui.port", "0",
            "dynamic-endpoints.first-start.enabled", "false");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheConsoleOnLoopbackInProductionModeWithTheBundledFrontend() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(CONSOLE_ON, "test")) {
            URI url = context.getBean(JettyConsoleServer.class).url();

            HttpResponse<String> page = get(url.resolve("login"));

            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            assertThat(page.statusCode()).isEqualTo(200);
            // The pre-compiled production bundle, not a dev server: scripts come from VAADIN/build.
            assertThat(page.body()).contains("VAADIN/build/").doesNotContain("@vite/client");
            assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict"));
            assertThat(get(url.resolve("styles/admin.css")).body()).contains(".endpoint-url");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void tellsItsBoundAddressAtOnceAndABrowserConnectingWhileItStartsGetsThePage() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(CONSOLE_ON, "test")) {
            JettyConsoleServer console = context.getBean(JettyConsoleServer.class);
            URI bound = console.boundUrl();

            HttpResponse<String> page = get(bound.resolve("login"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(console.url()).isEqualTo(bound);
        }
    }

    @Test
    void stopsWithTheContext() throws Exception {
        URI url;
        try (ApplicationContext context = ApplicationContext.run(CONSOLE_ON, "test")) {
            url = context.getBean(JettyConsoleServer.class).url();
            assertThat(get(url).statusCode()).isEqualTo(200);
        }

        assertThatThrownBy(() -> get(url)).isInstanceOf(ConnectException.class);
    }

    @Test
    void endsIdleSessionsAfterTheConfiguredTimeout() {
        Map<String, Object> properties = new java.util.HashMap<>(CONSOLE_ON);
        properties.put("dynamic-endpoints.admin-ui.session-timeout", "5m");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            assertThat(context.getBean(JettyConsoleServer.class).sessionTimeoutSeconds()).isEqualTo(300);
        }
    }

    @Test
    void staysOffWhenDisabled() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("dynamic-endpoints.first-start.enabled", "false"), "test")) {
            assertThat(context.containsBean(JettyConsoleServer.class)).isFalse();
        }
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Map<String, Object> properties = new java.util.HashMap<>(CONSOLE_ON);
            properties.put("dynamic-endpoints.admin-ui.port", String.valueOf(taken.getLocalPort()));

            assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                    .hasStackTraceContaining("The admin console could not start on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
