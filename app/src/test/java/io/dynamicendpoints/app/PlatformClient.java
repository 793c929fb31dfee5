package io.dynamicendpoints.app;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A caller of the running platform over real HTTP (the JDK client, which never follows redirects):
 * what an integrator's script or a webhook sender does.
 */
final class PlatformClient {

    private final String baseUrl;
    private final JsonMapper json;
    private final HttpClient http;
    private String token;

    PlatformClient(String baseUrl, JsonMapper json) {
        this(baseUrl, json, HttpClient.newBuilder());
    }

    /**
     * A caller connecting from this local address: every loopback address reaches the server, so two
     * clients on one machine can look like two different machines (127.0.0.1 and 127.0.0.2).
     */
    PlatformClient(String baseUrl, JsonMapper json, InetAddress localAddress) {
        this(baseUrl, json, HttpClient.newBuilder().localAddress(localAddress));
    }

    private PlatformClient(String baseUrl, JsonMapper json, HttpClient.Builder http) {
        this.baseUrl = baseUrl;
        this.json = json;
        this.http = http.connectTimeout(Duration.ofSeconds(5)).build();
    }

    PlatformClient signedInAs(String username, String password) {
        HttpResponse<String> login = send("POST", "/login", Map.of("Content-Type", "application/json"),
                toJson(Map.of("username", username, "password", password)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login failed: " + login.statusCode() + " " + login.body());
        }
        token = (String) parse(login.body()).get("access_token");
        return this;
    }

    /** The access token of the last sign-in, or null. */
    String token() {
        return token;
    }

    /** Calls the API with this token from now on, whoever issued it (another node, a forger). */
    PlatformClient withToken(String accessToken) {
        this.token = accessToken;
        return this;
    }

    HttpResponse<String> api(String method, String path, Object body) {
        Map<String, String> headers = token == null
                ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token);
        return send(method, path, headers, body == null ? null : toJson(body));
    }

    HttpResponse<String> send(String method, String pathOrUrl, Map<String, String> headers, String body) {
        return sendBody(method, pathOrUrl, headers, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    }

    /** Sends exact bytes, for bodies in another charset or with binary parts. */
    HttpResponse<String> sendBytes(String method, String pathOrUrl, Map<String, String> headers, byte[] body) {
        return sendBody(method, pathOrUrl, headers, BodyPublishers.ofByteArray(body));
    }

    /** Sends whatever the publisher produces; an {@code ofInputStream} publisher sends it chunked, without a length. */
    HttpResponse<String> sendBody(String method, String pathOrUrl, Map<String, String> headers,
                                  HttpRequest.BodyPublisher body) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method(method, body);
        headers.forEach(request::header);
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.of(Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Object> parseList(String body) {
        try {
            return json.readValue(body, Argument.listOf(Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a workflow through the admin API and returns its listener URL. */
    @SuppressWarnings("unchecked")
    String createWorkflow(Map<String, Object> definition) {
        HttpResponse<String> created = api("POST", "/api/workflows", definition);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Create failed: " + created.statusCode() + " " + created.body());
        }
        return (String) ((Map<String, Object>) parse(created.body()).get("listener")).get("url");
    }

    static Map<String, Object> publishedWorkflow(String returnType, String field, String template) {
        return Map.of("name", "Test " + returnType, "run_mode", "sync", "published", true,
                "listener", Map.of("return_type", returnType, field, template));
    }
}
