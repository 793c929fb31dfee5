package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.app.PlatformClient.publishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin API over real HTTP: authentication, validation and the lifecycle of an endpoint's URL. */
@MicronautTest(transactional = false)
class WorkflowAdminApiSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

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
    void loginAnswersBearerTokenWithRoles() {
        HttpResponse<String> login = anonymous().send("POST", "/login", JSON,
                "{\"username\": \"admin\", \"password\": \"test-admin-password\"}");

        Map<String, Object> body = admin.parse(login.body());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(body).containsKeys("access_token", "expires_in").containsEntry("token_type", "Bearer")
                .containsEntry("username", "admin").containsEntry("roles", List.of("ADMIN"));
    }

    @Test
    void loginWithWrongPasswordAnswersUnauthorized() {
        HttpResponse<String> login = anonymous().send("POST", "/login", JSON,
                "{\"username\": \"admin\", \"password\": \"wrong\"}");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).doesNotContain("test-admin-password");
    }

    @Test
    void apiWithoutTokenAnswersUnauthorizedAsJson() {
        HttpResponse<String> list = anonymous().api("GET", "/api/workflows", null);

        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(admin.parse(list.body())).containsEntry("error", "unauthorized");
    }

    @Test
    void invalidDefinitionAnswersBadRequestNamingEachField() {
        Map<String, Object> bad = Map.of("name", "", "run_mode", "sometimes",
                "listener", Map.of("return_type", "fax"),
                "steps", List.of(Map.of("id", "s1", "type", "create_record", "entity", "bad entity")));

        HttpResponse<String> reply = admin.api("POST", "/api/workflows", bad);

        assertThat(reply.statusCode()).isEqualTo(400);
        Map<String, Object> body = admin.parse(reply.body());
        assertThat(body).containsEntry("error", "invalid_workflow");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) body.get("details");
        assertThat(details).containsKeys("run_mode", "listener.return_type", "steps[0].entity");
    }

    @Test
    void refusesOnSaveAHeaderNameThatCouldNeverBeSent() {
        Map<String, Object> definition = Map.of("name", "Bad header", "listener", Map.of("return_type", "continue"),
                "steps", List.of(Map.of("id", "call", "type", "http_request", "url", "https://example.com",
                        "headers", Map.of("bad name", "x")),
                        Map.of("id", "answer", "type", "endpoint_response", "headers", Map.of("X-Ok:", "x"))));

        HttpResponse<String> reply = admin.api("POST", "/api/workflows", definition);

        assertThat(reply.statusCode()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) admin.parse(reply.body()).get("details");
        assertThat(details).containsKeys("steps[0].headers", "steps[1].headers");
        assertThat(details.get("steps[0].headers").toString()).contains("bad name");
    }

    @Test
    void sseWithAsyncCannotBePublished() {
        Map<String, Object> sse = Map.of("name", "Stream", "run_mode", "async", "published", false,
                "listener", Map.of("return_type", "sse"));
        long id = id(admin.api("POST", "/api/workflows", sse));

        HttpResponse<String> publish = admin.api("POST", "/api/workflows/" + id + "/publish", null);

        assertThat(publish.statusCode()).isEqualTo(400);
        assertThat(admin.parse(publish.body())).containsEntry("error", "invalid_workflow");
    }

    @Test
    void createGeneratesHashesAndCredentialsWhenAuthenticationIsOn() {
        Map<String, Object> secured = Map.of("name", "Secured", "listener",
                Map.of("return_type", "data", "add_authentication", true));

        Map<String, Object> created = admin.parse(admin.api("POST", "/api/workflows", secured).body());

        @SuppressWarnings("unchecked")
        Map<String, Object> listener = (Map<String, Object>) created.get("listener");
        assertThat((String) listener.get("first_hash")).matches("[0-9a-f]{32}");
        assertThat((String) listener.get("second_hash")).matches("[0-9a-f]{32}");
        assertThat((String) listener.get("endpoint_key")).matches("[0-9a-f]{32}");
        assertThat((String) listener.get("endpoint_secret")).matches("[0-9a-f]{64}");
        assertThat((String) listener.get("url")).endsWith(
                "/listener/" + listener.get("first_hash") + "/" + listener.get("second_hash"));
    }

    @Test
    void unpublishDeleteAndRegenerateTakeTheOldUrlOfflineAtOnce() {
        long id = id(admin.api("POST", "/api/workflows", publishedWorkflow("data", "return_data", "ok")));
        String url = url(admin.api("GET", "/api/workflows/" + id, null));
        assertThat(admin.send("POST", url, JSON, "{}").statusCode()).isEqualTo(200);

        admin.api("POST", "/api/workflows/" + id + "/unpublish", null);
        assertThat(admin.send("POST", url, JSON, "{}").statusCode()).isEqualTo(404);

        admin.api("POST", "/api/workflows/" + id + "/publish", null);
        String newUrl = url(admin.api("POST", "/api/workflows/" + id + "/regenerate-url", null));
        assertThat(newUrl).isNotEqualTo(url);
        assertThat(admin.send("POST", url, JSON, "{}").statusCode()).isEqualTo(404);
        assertThat(admin.send("POST", newUrl, JSON, "{}").statusCode()).isEqualTo(200);

        assertThat(admin.api("DELETE", "/api/workflows/" + id, null).statusCode()).isEqualTo(204);
        assertThat(admin.send("POST", newUrl, JSON, "{}").statusCode()).isEqualTo(404);
        assertThat(admin.api("GET", "/api/workflows/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void replaceKeepsTheHashes() {
        HttpResponse<String> created = admin.api("POST", "/api/workflows", publishedWorkflow("data", "return_data", "v1"));
        long id = id(created);
        String url = url(created);

        HttpResponse<String> replaced = admin.api("PUT", "/api/workflows/" + id,
                publishedWorkflow("data", "return_data", "v2"));

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(url(replaced)).isEqualTo(url);
        assertThat(admin.send("POST", url, JSON, "{}").body()).isEqualTo("v2");
    }

    @Test
    void listShowsSummaries() {
        admin.api("POST", "/api/workflows", publishedWorkflow("html", "return_html", "<p>hi</p>"));

        HttpResponse<String> list = admin.api("GET", "/api/workflows", null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"return_type\":\"html\"").contains("\"run_mode\":\"sync\"");
    }

    private PlatformClient anonymous() {
        return new PlatformClient(server.getURL().toString(), json);
    }

    private long id(HttpResponse<String> response) {
        return ((Number) admin.parse(response.body()).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private String url(HttpResponse<String> response) {
        return (String) ((Map<String, Object>) admin.parse(response.body()).get("listener")).get("url");
    }
}
