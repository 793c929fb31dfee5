package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS over real HTTP (behaviour.md §15 cases 35–42), including preflights to JWT-protected endpoints. */
@MicronautTest(transactional = false)
class CorsSystemTest {

    private static final String APP = "https://app.example.com";
    private static final String STAGING = "https://staging.example.com";
    private static final String DOMAINS = APP + "," + STAGING;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;

    @BeforeEach
    void signIn() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    @Test
    void answersPreflightFromAllowedOriginWithoutRunningTheWorkflow() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", DOMAINS));

        HttpResponse<String> preflight = admin.send("OPTIONS", url, Map.of("Origin", APP,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type, X-Custom"), null);

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, PUT, OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type, X-Custom");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(preflight.body()).isEmpty();
    }

    @Test
    void decoratesAllowedCrossOriginRequest() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", DOMAINS));

        HttpResponse<String> reply = post(url, Map.of("Origin", STAGING));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ran\": true}");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).hasValue(STAGING);
        assertThat(reply.headers().allValues("Vary")).anySatisfy(value -> assertThat(value).contains("Origin"));
    }

    @Test
    void refusesDisallowedOriginWithoutCorsHeaders() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", DOMAINS));

        HttpResponse<String> reply = post(url, Map.of("Origin", "https://evil.example"));
        HttpResponse<String> preflight = admin.send("OPTIONS", url, Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST"), null);

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(admin.parse(reply.body())).containsEntry("error", "origin_not_allowed");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void wildcardAllowsAnyOrigin() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", "*"));

        HttpResponse<String> reply = post(url, Map.of("Origin", "https://anyone.example"));

        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void requestWithoutOriginIsServerToServer() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", DOMAINS));

        HttpResponse<String> reply = post(url, Map.of());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void corsOffNeverAddsCorsHeadersAndAnswersOptionsWithNoContent() {
        String url = endpoint(Map.of("allow_cors", false));

        HttpResponse<String> reply = post(url, Map.of("Origin", APP));
        HttpResponse<String> options = admin.send("OPTIONS", url, Map.of("Origin", APP), null);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void toleratesWhitespaceInTheDomainList() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", " https://a.com , https://b.com "));

        assertThat(post(url, Map.of("Origin", "https://a.com")).headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://a.com");
        assertThat(post(url, Map.of("Origin", "https://b.com")).headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://b.com");
    }

    @Test
    void preflightToJwtEndpointIsAnsweredSoBrowsersCanCallIt() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", DOMAINS, "add_authentication", true,
                "endpoint_key", "k1", "endpoint_secret", "s1"));

        HttpResponse<String> preflight = admin.send("OPTIONS", url, Map.of("Origin", APP,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Authorization"), null);
        HttpResponse<String> withoutToken = post(url, Map.of("Origin", APP));
        HttpResponse<String> withToken = post(url, Map.of("Origin", APP,
                "Authorization", "Bearer " + Tokens.hs256(Tokens.claims("k1", 300).build(), "s1")));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
    }

    @Test
    void strictPreflightAuthRestoresTheDocumentedRejection() {
        String url = endpoint(Map.of("allow_cors", true, "cors_domains", DOMAINS, "add_authentication", true,
                "endpoint_key", "k1", "endpoint_secret", "s1", "strict_preflight_auth", true));

        HttpResponse<String> preflight = admin.send("OPTIONS", url, Map.of("Origin", APP,
                "Access-Control-Request-Method", "POST"), null);

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> post(String url, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return admin.send("POST", url, all, "{}");
    }

    private String endpoint(Map<String, Object> listenerSettings) {
        Map<String, Object> listener = new HashMap<>(Map.of("return_type", "data", "return_data", "{\"ran\": true}"));
        listener.putAll(listenerSettings);
        return admin.createWorkflow(Map.of("name", "Browser endpoint", "run_mode", "sync", "published", true,
                "listener", listener));
    }
}
