package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Limits on hostile traffic, request correlation, and the served OpenAPI document. */
@MicronautTest(transactional = false)
class HostileTrafficSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void echoesASaneRequestIdAndGeneratesOneOtherwise() {
        PlatformClient client = new PlatformClient(server.getURL().toString(), json);

        HttpResponse<String> echoed = client.send("GET", "/health", Map.of("X-Request-Id", "abc-123"), null);
        HttpResponse<String> generated = client.send("GET", "/health", Map.of("X-Request-Id", "bad id with spaces"), null);
        HttpResponse<String> notFound = client.send("GET", "/listener/0/0", Map.of(), null);

        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-z]+"));
        assertThat(notFound.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void aRefusalForAMissingApiTokenCarriesTheRequestIdToo() {
        PlatformClient client = new PlatformClient(server.getURL().toString(), json);

        HttpResponse<String> echoed = client.send("GET", "/api/workflows", Map.of("X-Request-Id", "abc-401"), null);
        HttpResponse<String> generated = client.send("GET", "/api/workflows", Map.of(), null);

        assertThat(echoed.statusCode()).isEqualTo(401);
        assertThat(echoed.headers().allValues("X-Request-Id")).containsExactly("abc-401");
        assertThat(generated.headers().allValues("X-Request-Id")).singleElement().asString()
                .matches("[0-9a-f]{8}-[0-9a-z]+");
    }

    @Test
    void refusesOversizedHeaderBlocks() {
        PlatformClient client = new PlatformClient(server.getURL().toString(), json);
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            headers.put("X-Filler-" + i, "x".repeat(100));
        }

        HttpResponse<String> reply = client.send("GET", "/health", headers, null);

        assertThat(reply.statusCode()).isEqualTo(431);
    }

    @Test
    void aClientStillSendingWhenItsHeadersAreRefusedGetsThe431AndMayFinishSending() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: x\r\nX-Pad: " + "x".repeat(20 * 1024))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Refused while the headers still come: the answer, then the end of the server's stream.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            // The rest of the request: the server still takes it in. Had it closed the connection outright,
            // these writes would meet a reset, and clients that write in pieces (java.net.http) failed with
            // "broken pipe" before they read the 431.
            assertThatCode(() -> {
                for (int i = 0; i < 10; i++) {
                    out.write("x".repeat(20 * 1024).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }).doesNotThrowAnyException();
            assertThat(answer).startsWith("HTTP/1.1 431");
        }
    }

    @Test
    void servesTheOpenApiDocumentOfTheApis() {
        HttpResponse<String> document = new PlatformClient(server.getURL().toString(), json)
                .send("GET", "/swagger/dynamic-endpoints-api-1.yml", Map.of(), null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("openapi: 3").contains("/api/workflows").contains("/api/endpoints")
                .contains("/api/users");
    }

    @Test
    void neverAnswersAStackTrace() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/workflows HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5\r\n\r\n{{{{{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(600), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 401").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /**
     * The API's authentication skips paths under {@code /listener/} (ApiSecurityFilter), so such a
     * path must never lead to an API route: the router takes dot segments as they are.
     */
    @Test
    void reachesNoApiRouteThroughTheListenersPrefix() throws Exception {
        for (String path : new String[] {"/listener/../api/workflows", "/listener/%2e%2e/api/workflows",
                "/listener/x/../../api/users", "/listener//../api/workflows"}) {
            try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(answer).as(path).startsWith("HTTP/1.1 404").doesNotContain("\"workflow");
            }
        }
    }
}
