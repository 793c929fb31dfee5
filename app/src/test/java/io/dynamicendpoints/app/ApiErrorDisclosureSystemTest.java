package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a caller sends the API, a refusal is one JSON shape, {@code {"error", "message"}}, with one
 * plain sentence: never a stack trace, an exception's or a library's name, a parser's location, or the
 * server's product and version, in the body or in a header. Someone probing the server learns nothing
 * about how it is built.
 */
@MicronautTest(transactional = false)
class ApiErrorDisclosureSystemTest {

    /** What the answers must not contain: traces, exception and package names, the parser's words, products. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "Caused by", "java.", "javax.",
            "jakarta.", "com.fasterxml", "io.micronaut", "io.netty", "Jackson", "StreamReadFeature", "[Source:",
            "START_", "END_", "VALUE_", "Micronaut", "Netty", "Jetty", "usernamePasswordCredentials");
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient anonymous;
    /** A valid admin token: refusals must not depend on the caller being a stranger. */
    private String token;

    @BeforeEach
    void signIn() {
        anonymous = new PlatformClient(server.getURL().toString(), json);
        HttpResponse<String> login = anonymous.send("POST", "/login", JSON,
                "{\"username\": \"admin\", \"password\": \"test-admin-password\"}");
        token = (String) anonymous.parse(login.body()).get("access_token");
    }

    @Test
    void malformedJsonIsToldInPlainWords() {
        for (String broken : List.of("{bad", "{\"username\": \"admin\", \"password\":", "")) {
            assertPlainRefusal(anonymous.send("POST", "/login", JSON, broken), 400);
            assertPlainRefusal(adminSends("POST", "/api/workflows", broken), 400);
        }
        assertThat(message(anonymous.send("POST", "/login", JSON, "{bad"))).isEqualTo("The request body is not valid JSON");
    }

    @Test
    void jsonOfTheWrongShapeIsToldInPlainWords() {
        for (String wrong : List.of("[1, 2]", "\"x\"", "42")) {
            assertPlainRefusal(anonymous.send("POST", "/login", JSON, wrong), 400);
            assertPlainRefusal(adminSends("POST", "/api/workflows", wrong), 400);
        }
        HttpResponse<String> blankPassword = anonymous.send("POST", "/login", JSON, "{\"username\": \"admin\"}");

        assertPlainRefusal(blankPassword, 400);
        assertThat(message(blankPassword)).startsWith("password ");
    }

    @Test
    void aWrongContentTypeIsRefusedPlainly() {
        assertPlainRefusal(anonymous.send("POST", "/login", Map.of("Content-Type", "text/plain"), "hello"), 415);
        assertPlainRefusal(adminSends("POST", "/api/workflows", "<workflow/>", "application/xml"), 415);
    }

    @Test
    void unknownRoutesAndMethodsAreRefusedPlainly() {
        assertPlainRefusal(anonymous.send("GET", "/no/such/route", Map.of(), null), 404);
        assertPlainRefusal(anonymous.send("GET", "/no/such/route", Map.of("Accept", "text/html"), null), 404);
        assertPlainRefusal(anonymous.send("DELETE", "/login", Map.of(), null), 405);
        assertPlainRefusal(adminSends("PUT", "/api/workflows", "{}"), 405);
        assertPlainRefusal(anonymous.send("GET", "/api/workflows", Map.of(), null), 401);
    }

    @Test
    void aPathValueOfTheWrongTypeIsRefusedPlainly() {
        HttpResponse<String> refused = adminSends("GET", "/api/workflows/not-a-number", null);

        assertPlainRefusal(refused, 400);
        assertThat(message(refused)).doesNotContain("For input string");
    }

    @Test
    void anOverLongUriIsRefusedPlainly() throws IOException {
        String answer = raw("GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.").contains(" 414 ").contains("\"error\":\"uri_too_long\"");
        assertNoInternals(answer);
    }

    @Test
    void brokenPercentEscapesAreRefusedPlainly() throws IOException {
        for (String target : List.of("/api/workflows/%zz", "/api/workflows?limit=%zz", "/login%", "/no/such/%E0%A4%A")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("\"error\":\"bad_request\"");
            assertNoInternals(answer);
        }
        HttpResponse<String> form = anonymous.send("POST", "/login",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=%zz&password=x");

        assertPlainRefusal(form, 400);
    }

    private HttpResponse<String> adminSends(String method, String path, String body) {
        return adminSends(method, path, body, "application/json");
    }

    private HttpResponse<String> adminSends(String method, String path, String body, String contentType) {
        return anonymous.send(method, path, Map.of("Content-Type", contentType, "Authorization", "Bearer " + token),
                body);
    }

    private void assertPlainRefusal(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        Map<String, Object> error = anonymous.parse(answer.body());
        assertThat(error).containsOnlyKeys("error", "message");
        assertThat(error.get("error")).asString().matches("[a-z_]+");
        assertThat(error.get("message")).asString().isNotBlank().doesNotContain("\n");
        assertNoInternals(answer.body());
        assertThat(answer.headers().map().keySet()).noneMatch(name ->
                name.equalsIgnoreCase("Server") || name.equalsIgnoreCase("X-Powered-By"));
        answer.headers().map().forEach((name, values) -> values.forEach(this::assertNoInternals));
    }

    private void assertNoInternals(String text) {
        assertThat(text).doesNotContain(INTERNALS).doesNotContainIgnoringCase("\r\nServer:")
                .doesNotContainIgnoringCase("\r\nX-Powered-By:");
    }

    private String message(HttpResponse<String> answer) {
        return (String) anonymous.parse(answer.body()).get("message");
    }

    /** Bytes no HTTP client would send, and the whole answer, up to the end of the connection. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
