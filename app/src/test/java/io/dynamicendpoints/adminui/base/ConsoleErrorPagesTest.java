package io.dynamicendpoints.adminui.base;

import io.micronaut.context.ApplicationContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console answers when it refuses or fails a request: the status and its reason phrase, never
 * an exception, a stack trace, or the server's name and version, in the body or in a header.
 */
class ConsoleErrorPagesTest {

    private static final String[] INTERNALS = {"Exception", "\tat ", "Caused by", "java.", "jakarta.", "org.eclipse",
            "com.vaadin", "Jetty", "jetty", "SERVLET", "Powered"};

    private static ApplicationContext platform;
    private static URI console;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startConsole() {
        platform = ApplicationContext.run(Map.of(
                "dynamic-endpoints.admin-ui.enabled", "true",
                "dynamic-endpoints.admin-ui.port", "0",
                "dynamic-endpoints.first-start.enabled", "false"), "test");
        console = platform.getBean(JettyConsoleServer.class).url();
    }

    @AfterAll
    static void stopConsole() {
        platform.close();
    }

    @Test
    void noPageNamesTheServer() throws Exception {
        HttpResponse<String> page = get("login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void aFileThatIsNotThereIsJustNotFound() throws Exception {
        HttpResponse<String> missing = get("VAADIN/no-such-file.js");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("404 Not Found").doesNotContain(INTERNALS);
        assertThat(missing.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aRequestVaadinRefusesIsJustForbidden() throws Exception {
        HttpResponse<String> refused = get("?v-r=heartbeat&v-uiId=0"); // no session to keep alive

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("403 Forbidden").doesNotContain(INTERNALS);
        assertThat(refused.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aMalformedRequestIsJustABadRequest() throws Exception {
        String badEscape = raw("GET /a%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String badHeader = raw("GET /login HTTP/1.1\r\nHost: x\r\nNo colon in this header\r\nConnection: close\r\n\r\n");

        for (String answer : new String[]{badEscape, badHeader}) {
            assertThat(answer).startsWith("HTTP/1.1 400").contains("400 Bad Request").doesNotContain(INTERNALS)
                    .doesNotContainIgnoringCase("\r\nServer:");
        }
    }

    @Test
    void aFailingServletShowsOnlyTheStatusWhateverTheCallerAccepts() throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                throw new IllegalStateException("Cannot invoke \"com.example.Secret.handle()\" because \"handler\" is null");
            }
        }, "/*");
        ConsoleErrorPage errorPage = new ConsoleErrorPage();
        jetty.setErrorHandler(errorPage);
        context.setErrorHandler(errorPage);
        jetty.setHandler(context);
        jetty.start();
        try {
            for (String accepted : new String[]{"text/html", "application/json", "text/plain", "*/*"}) {
                HttpResponse<String> failed = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/anything"))
                        .header("Accept", accepted).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(failed.statusCode()).isEqualTo(500);
                assertThat(failed.body()).contains("500").contains("Server Error")
                        .doesNotContain(INTERNALS).doesNotContain("IllegalState", "Secret", "handler", "null");
            }
        } finally {
            jetty.stop();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(console.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends bytes no HTTP client would, and reads the answer up to the end of the connection. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(console.getHost(), console.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
