package io.dynamicendpoints.app;

import io.dynamicendpoints.application.demo.CreateDemoWorkflow;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh installation: the admin can sign in, the demo endpoint answers, and health reports the database. */
@MicronautTest(transactional = false)
class FirstStartSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void createsAPublishedDemoEndpointThatGreetsTheCaller() {
        PlatformClient admin = new PlatformClient(server.getURL().toString(), json)
                .signedInAs("admin", "test-admin-password");
        List<Map<String, Object>> workflows = (List<Map<String, Object>>) (Object) json(admin
                .api("GET", "/api/workflows", null).body());
        Map<String, Object> demo = workflows.stream()
                .filter(workflow -> CreateDemoWorkflow.NAME.equals(workflow.get("name")))
                .findFirst().orElseThrow();

        HttpResponse<String> reply = admin.send("POST", (String) demo.get("url"),
                Map.of("Content-Type", "application/json"), "{\"name\": \"Ada\"}");

        assertThat(demo).containsEntry("published", true);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("Hello, Ada!");
    }

    @Test
    void healthReportsUpWithTheDatabase() {
        PlatformClient admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
        PlatformClient anonymous = new PlatformClient(server.getURL().toString(), json);

        HttpResponse<String> health = admin.api("GET", "/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("jdbc");
        assertThat(anonymous.send("GET", "/health", Map.of(), null).body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private List<?> json(String body) {
        try {
            return json.readValue(body, io.micronaut.core.type.Argument.listOf(Map.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
