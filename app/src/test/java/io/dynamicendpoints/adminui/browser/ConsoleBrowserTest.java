package io.dynamicendpoints.adminui.browser;

import io.dynamicendpoints.adminui.base.JettyConsoleServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium against the whole platform (API port and console port, H2):
 * an admin signs in, creates an endpoint, publishes it, sees it in the grid, and the endpoint answers;
 * a call to it appears in the request log view while the page stays open (server push).
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.admin-ui.enabled", value = "true")
@Property(name = "dynamic-endpoints.admin-ui.port", value = "0")
class ConsoleBrowserTest {

    @Inject
    JettyConsoleServer console;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.driver.get(console.url().toString());
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void adminCreatesPublishesAndCallsAnEndpoint() throws Exception {
        String name = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        browser.open(console.url().toString());

        EndpointListPage endpoints = new LoginPage(browser).signInAsAdmin("admin", "test-admin-password");
        long id = endpoints.newEndpoint()
                .name(name)
                .replyData("{\"status\": \"received\", \"ref\": \"{{ __data.ref }}\"}")
                .save();
        endpoints = new WorkflowEditorPage(browser).backToList();
        assertThat(endpoints.state(id)).isEqualTo("Draft");
        endpoints.publish(id);

        assertThat(endpoints.gridText()).contains(name);
        assertThat(endpoints.state(id)).isEqualTo("Published");
        HttpResponse<String> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(endpoints.url(id)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"ref\": \"C-7\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("C-7");
    }

    @Test
    void aCallShowsUpInTheRequestLogWithoutReloadingThePage() throws Exception {
        String name = "Logged " + UUID.randomUUID().toString().substring(0, 8);
        String ref = "R-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open(console.url().toString());
        EndpointListPage endpoints = new LoginPage(browser).signInAsAdmin("admin", "test-admin-password");
        long id = endpoints.newEndpoint()
                .name(name)
                .replyData("{\"status\": \"received\", \"ref\": \"{{ __data.ref }}\"}")
                .save();
        endpoints = new WorkflowEditorPage(browser).backToList();
        endpoints.publish(id);
        String url = endpoints.url(id);

        RequestLogPage log = RequestLogPage.fromMenu(browser).chooseEndpoint(name, id);
        assertThat(log.gridText()).doesNotContain(ref);
        log.markPage();

        HttpResponse<String> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "?via=browser-test"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer not-needed-but-secret")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"ref\": \"" + ref + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);

        log.waitForRequestShowing(ref, java.time.Duration.ofSeconds(20));
        assertThat(log.pageStillMarked()).as("the page was not reloaded").isTrue();
        assertThat(log.gridText()).contains("POST").contains("200 success");

        log.openRequestShowing(ref);
        assertThat(log.detail("body")).contains(ref);
        assertThat(log.detail("query")).contains("via=browser-test");
        assertThat(log.detail("headers")).contains("authorization: ****").doesNotContain("not-needed-but-secret");
        assertThat(log.detail("response-body")).contains(ref);
    }

    @Test
    void refusesAWrongPassword() {
        browser.open(console.url().toString());
        LoginPage login = new LoginPage(browser);

        browser.type("login-username", "admin");
        browser.type("login-password", "wrong-password");
        browser.click("login-submit");

        assertThat(login.error()).contains("Wrong user name or password");
    }
}
