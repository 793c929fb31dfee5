package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The request log over real HTTP (issue 6): requests reach the log through the background writer,
 * with secrets masked; refused requests (401, 403, 413, 431, 400, 405) are there with their reason; replay adds
 * an entry pointing at the original; paging, filters and search work on the stored entries.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "8KB")
@Property(name = "dynamic-endpoints.request-log.secret-headers", value = "x-api-key")
@Property(name = "dynamic-endpoints.request-log.max-body-size", value = "1KB")
class RequestJournalSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final String KEY = "k1";
    private static final String SECRET = "s1";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;

    @BeforeEach
    void signIn() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    /** Creates a published data endpoint with these listener fields; returns {id, url}. */
    @SuppressWarnings("unchecked")
    private Endpoint endpoint(Map<String, Object> listenerFields) {
        Map<String, Object> listener = new HashMap<>(Map.of("return_type", "data",
                "return_data", "{\"received\": \"{{ __data.ref }}\"}"));
        listener.putAll(listenerFields);
        HttpResponse<String> created = admin.api("POST", "/api/workflows",
                Map.of("name", "Journal", "run_mode", "sync", "published", true, "listener", listener));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> document = admin.parse(created.body());
        return new Endpoint(((Number) document.get("id")).longValue(),
                (String) ((Map<String, Object>) document.get("listener")).get("url"));
    }

    private record Endpoint(long id, String url) {
    }

    private Map<String, Object> list(Endpoint endpoint, String query) {
        HttpResponse<String> page = admin.api("GET", "/api/workflows/" + endpoint.id() + "/requests" + query, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return admin.parse(page.body());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    /** Waits until the background writer has stored {@code count} entries of the endpoint; returns them, newest first. */
    private List<Map<String, Object>> awaitEntries(Endpoint endpoint, int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Map<String, Object>> items = items(list(endpoint, "?limit=200"));
        while (items.size() < count && System.nanoTime() < deadline) {
            sleep();
            items = items(list(endpoint, "?limit=200"));
        }
        assertThat(items).hasSize(count);
        return items;
    }

    private Map<String, Object> entry(Object id) {
        HttpResponse<String> one = admin.api("GET", "/api/requests/" + id, null);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        return admin.parse(one.body());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRequestAppearsWithItsSecretsMasked() {
        Endpoint endpoint = endpoint(Map.of("add_authentication", true, "endpoint_key", KEY, "endpoint_secret", SECRET));
        String token = Tokens.hs256(Tokens.claims(KEY, 300).claim("data", Map.of("customer_id", 42)).build(), SECRET);

        HttpResponse<String> reply = admin.send("POST", endpoint.url() + "?source=web", Map.of(
                "Content-Type", "application/json", "Authorization", "Bearer " + token,
                "Cookie", "session=very-secret", "X-Api-Key", "k3y-value", "X-Event", "order.created"),
                "{\"ref\": \"C-1\"}");
        assertThat(reply.statusCode()).isEqualTo(200);

        Map<String, Object> summary = awaitEntries(endpoint, 1).getFirst();
        assertThat(summary).containsEntry("method", "POST").containsEntry("status", 200)
                .containsEntry("auth_outcome", "verified").containsKeys("id", "received_at", "duration_ms");

        Map<String, Object> entry = entry(summary.get("id"));
        assertThat(entry.get("headers")).asInstanceOf(MAP)
                .containsEntry("authorization", "****").containsEntry("cookie", "****")
                .containsEntry("x-api-key", "****").containsEntry("x-event", "order.created");
        assertThat(entry).containsEntry("body", "{\"ref\": \"C-1\"}").containsEntry("body_truncated", false);
        assertThat(entry.get("query")).asInstanceOf(MAP).containsEntry("source", List.of("web"));
        assertThat(entry.get("data")).asInstanceOf(MAP).containsEntry("ref", "C-1").containsEntry("source", "web");
        assertThat(entry.get("response")).asInstanceOf(MAP)
                .containsEntry("status", 200).containsEntry("body", "{\"received\": \"C-1\"}");
        String whole = admin.toJson(entry);
        assertThat(whole).doesNotContain(token, "very-secret", "k3y-value").contains("customer_id");
    }

    @Test
    void credentialQueryParametersAndSignatureHeadersAreStoredMaskedWhileTheWorkflowSawThem() {
        String signature = "sha256=6f1e2d3c4b5a69788796a5b4c3d2e1f0";
        Endpoint endpoint = endpoint(Map.of("return_data", "{\"key\": \"{{ __data.api_key == 'abc123secret' ? 'seen' : 'no' }}\","
                + " \"signature\": \"{{ __data.__headers['x-hub-signature-256'] == '" + signature + "' ? 'seen' : 'no' }}\","
                + " \"partner\": \"{{ __data.__headers['x-partner-hmac'] == 'p4rtner' ? 'seen' : 'no' }}\"}",
                "mask_headers", "X-Partner-Hmac"));

        HttpResponse<String> reply = admin.send("POST", endpoint.url() + "?api_key=abc123secret&page=2", Map.of(
                "Content-Type", "application/json", "X-Hub-Signature-256", signature, "X-Partner-Hmac", "p4rtner"),
                "{\"ref\": \"C-1\"}");
        assertThat(reply.body()).isEqualTo("{\"key\": \"seen\", \"signature\": \"seen\", \"partner\": \"seen\"}");

        Map<String, Object> entry = entry(awaitEntries(endpoint, 1).getFirst().get("id"));
        assertThat(entry.get("query")).asInstanceOf(MAP)
                .containsEntry("api_key", List.of("****")).containsEntry("page", List.of("2"));
        assertThat(entry.get("headers")).asInstanceOf(MAP)
                .containsEntry("x-hub-signature-256", "****").containsEntry("x-partner-hmac", "****");
        assertThat(entry.get("data")).asInstanceOf(MAP).containsEntry("api_key", "****").containsEntry("page", "2");
        assertThat(admin.toJson(entry)).doesNotContain("abc123secret", "6f1e2d3c4b5a", "p4rtner");
    }

    @Test
    void refusedRequestsAppearWithTheirReason() {
        Endpoint guarded = endpoint(Map.of("add_authentication", true, "endpoint_key", KEY, "endpoint_secret", SECRET,
                "allow_cors", true, "cors_domains", "https://app.example.com"));
        String wrongSecret = Tokens.hs256(Tokens.claims(KEY, 300).build(), "not-the-secret");
        String good = Tokens.hs256(Tokens.claims(KEY, 300).build(), SECRET);

        assertThat(admin.send("POST", guarded.url(), JSON, "{}").statusCode()).isEqualTo(403);
        assertThat(admin.send("POST", guarded.url(), Map.of("Authorization", "Bearer " + wrongSecret), "{}")
                .statusCode()).isEqualTo(401);
        assertThat(admin.send("POST", guarded.url(), Map.of("token", good, "Origin", "https://evil.example"), "{}")
                .statusCode()).isEqualTo(403);
        assertThat(admin.send("POST", guarded.url(), Map.of("token", good, "Content-Type", "application/json"),
                "{\"ref\": ").statusCode()).isEqualTo(400);
        assertThat(admin.send("POST", guarded.url(), Map.of("token", good, "Content-Type", "text/plain"),
                "x".repeat(20_000)).statusCode()).isEqualTo(413);
        assertThat(admin.send("PATCH", guarded.url(), Map.of("token", good), "{}").statusCode()).isEqualTo(405);

        List<Map<String, Object>> entries = awaitEntries(guarded, 6);
        assertThat(entries).extracting(entry -> entry.get("status") + " " + entry.get("auth_outcome"))
                .containsExactlyInAnyOrder("403 missing", "401 rejected:signature", "403 cors_forbidden",
                        "400 verified", "413 not_checked", "405 not_checked");
        Map<String, Object> tooLarge = entry(entries.stream().filter(e -> e.get("status").equals(413))
                .findFirst().orElseThrow().get("id"));
        assertThat(tooLarge.get("response")).asInstanceOf(MAP).extractingByKey("body").asString()
                .contains("payload_too_large");
        assertThat(tooLarge.get("headers")).asInstanceOf(MAP).containsEntry("token", "****");
        Map<String, Object> badJson = entry(entries.stream().filter(e -> e.get("status").equals(400))
                .findFirst().orElseThrow().get("id"));
        assertThat(badJson).containsEntry("body", "{\"ref\": ");
        assertThat(badJson.get("response")).asInstanceOf(MAP).extractingByKey("body").asString()
                .contains("invalid_json");
    }

    @Test
    void headersOverTheLimitAreLoggedAsRefused() throws IOException {
        Endpoint endpoint = endpoint(Map.of());
        String path = URI.create(endpoint.url()).getPath();

        // Over a plain socket: the JDK client refuses to send a header block this large itself.
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + "a".repeat(32 * 1024)
                    + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains(" 431 ");
        }

        Map<String, Object> summary = awaitEntries(endpoint, 1).getFirst();
        assertThat(summary).containsEntry("status", 431).containsEntry("auth_outcome", "not_checked");
        assertThat(entry(summary.get("id")).get("response")).asInstanceOf(MAP).extractingByKey("body").asString()
                .contains("headers_too_large");
    }

    @Test
    void unknownEndpointsAreNotLogged() {
        Endpoint endpoint = endpoint(Map.of());
        String wrongSecond = endpoint.url().substring(0, endpoint.url().length() - 4) + "0000";

        assertThat(admin.send("POST", wrongSecond, JSON, "{}").statusCode()).isEqualTo(404);
        assertThat(admin.send("POST", wrongSecond, Map.of("Content-Type", "text/plain"), "x".repeat(20_000))
                .statusCode()).isEqualTo(413);
        admin.send("POST", endpoint.url(), JSON, "{\"ref\": \"known\"}");

        assertThat(awaitEntries(endpoint, 1)).singleElement().satisfies(entry ->
                assertThat(entry).containsEntry("status", 200));
    }

    @Test
    void replayAddsASecondEntryThatPointsAtTheFirst() {
        Endpoint endpoint = endpoint(Map.of("add_authentication", true, "endpoint_key", KEY, "endpoint_secret", SECRET));
        String token = Tokens.hs256(Tokens.claims(KEY, 300).build(), SECRET);
        admin.send("POST", endpoint.url(), Map.of("Content-Type", "application/json", "token", token),
                "{\"ref\": \"R-9\"}");
        Object originalId = awaitEntries(endpoint, 1).getFirst().get("id");

        HttpResponse<String> replayed = admin.api("POST", "/api/requests/" + originalId + "/replay", null);

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        Map<String, Object> replay = admin.parse(replayed.body());
        assertThat(replay).containsEntry("replay_of", originalId).containsEntry("status", 200)
                .containsEntry("auth_outcome", "verified");
        assertThat(replay.get("id")).isNotEqualTo(originalId);
        assertThat(replay.get("response")).asInstanceOf(MAP).containsEntry("body", "{\"received\": \"R-9\"}");
        List<Map<String, Object>> both = awaitEntries(endpoint, 2);
        assertThat(both.getFirst()).containsEntry("id", replay.get("id")).containsEntry("replay_of", originalId);
        assertThat(both.get(1)).containsEntry("id", originalId);
        assertThat(both.get(1).get("replay_of")).isNull();
    }

    @Test
    void replayOfAnUnpublishedWorkflowIsAConflict() {
        Endpoint endpoint = endpoint(Map.of());
        admin.send("POST", endpoint.url(), JSON, "{}");
        Object id = awaitEntries(endpoint, 1).getFirst().get("id");
        admin.api("POST", "/api/workflows/" + endpoint.id() + "/unpublish", null);

        HttpResponse<String> replay = admin.api("POST", "/api/requests/" + id + "/replay", null);

        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(admin.parse(replay.body())).containsEntry("error", "endpoint_not_published");
    }

    @Test
    void pagesNewestFirstAndSearchesBodies() {
        Endpoint endpoint = endpoint(Map.of());
        for (int i = 0; i < 7; i++) {
            admin.send("POST", endpoint.url(), JSON, "{\"ref\": \"" + (i % 3 == 0 ? "Needle-" : "hay-") + i + "\"}");
        }
        admin.send("POST", endpoint.url(), JSON, "{\"broken\": ");
        awaitEntries(endpoint, 8);

        List<Object> bodies = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = list(endpoint, "?limit=3" + (cursor == null ? "" : "&before=" + cursor));
            for (Map<String, Object> item : items(page)) {
                bodies.add(entry(item.get("id")).get("body"));
            }
            cursor = (String) page.get("next_cursor");
            assertThat(page).containsKey("next_cursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(bodies).hasSize(8).doesNotHaveDuplicates().first().isEqualTo("{\"broken\": ");
        assertThat(bodies.get(7)).isEqualTo("{\"ref\": \"Needle-0\"}");
        assertThat(items(list(endpoint, "?q=" + URLEncoder.encode("needle", StandardCharsets.UTF_8))))
                .hasSize(3);
        assertThat(items(list(endpoint, "?status=4xx"))).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("status", 400));
        assertThat(items(list(endpoint, "?status=2xx&q=hay-4"))).hasSize(1);
        assertThat(items(list(endpoint, "?from=2000-01-01&to=2000-01-02"))).isEmpty();
    }

    @Test
    void badListingParametersAreNamed() {
        Endpoint endpoint = endpoint(Map.of());

        HttpResponse<String> bad = admin.api("GET", "/api/workflows/" + endpoint.id() + "/requests?limit=0&status=9xx", null);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(admin.parse(bad.body())).containsEntry("error", "invalid_query")
                .extractingByKey("details").asInstanceOf(MAP).containsOnlyKeys("limit", "status");
        assertThat(admin.api("GET", "/api/workflows/987654/requests", null).statusCode()).isEqualTo(404);
        assertThat(admin.api("GET", "/api/requests/not-an-id", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLogIsForAdminsOnly() {
        Endpoint endpoint = endpoint(Map.of());
        PlatformClient anonymous = new PlatformClient(server.getURL().toString(), json);

        assertThat(anonymous.api("GET", "/api/workflows/" + endpoint.id() + "/requests", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void healthShowsTheLogsCounters() {
        HttpResponse<String> health = admin.api("GET", "/health", null);

        assertThat(admin.parse(health.body())).extractingByKey("details").asInstanceOf(MAP)
                .extractingByKey("requestLog").asInstanceOf(MAP)
                .extractingByKey("details").asInstanceOf(MAP)
                .containsKeys("queued", "written", "dropped", "failed");
    }
}
