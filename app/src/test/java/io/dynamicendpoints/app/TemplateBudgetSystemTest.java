package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28 over real HTTP: a workflow whose template runs away inside one filter call (a replacement
 * that would take minutes) answers promptly with a {@code template_budget} failure, and an endpoint
 * asked at the same time answers as usual. Timings are bounds, not goals: a run stopped at 300 ms must
 * merely answer long before the minutes it would otherwise take.
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.templates.max-render-time", value = "300ms")
class TemplateBudgetSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    /** 4 M characters searched for a 32 K-character key that almost matches everywhere. */
    private static final String RUNAWAY = "{% set t = 'a' %}{% for i in 1..22 %}{% set t = t ~ t %}{% endfor %}"
            + "{% set k = 'a' %}{% for i in 1..15 %}{% set k = k ~ k %}{% endfor %}"
            + "{{ t|replace({(k ~ 'b'): 'x'})|length }}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;

    @BeforeEach
    void setUp() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    @Test
    void aRunawayTemplateFailsPromptlyWhileAnotherEndpointAnswers() throws Exception {
        String runaway = admin.createWorkflow(admin.parse("""
                {"name": "Runaway", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "grow", "type": "store_value", "name": "n", "value": %s,
                            "then": [{"id": "ok", "type": "endpoint_response", "return_data": "never"}]}]}
                """.formatted(json.writeValueAsString(RUNAWAY))));
        String plain = admin.createWorkflow(admin.parse("""
                {"name": "Plain", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "data", "return_data": "{\\"hello\\": \\"{{ __data.name }}\\"}"},
                 "steps": []}
                """));

        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> stopped = CompletableFuture.supplyAsync(
                () -> admin.send("POST", runaway, JSON, "{}"));
        HttpResponse<String> answered = admin.send("POST", plain, JSON, "{\"name\": \"ada\"}");
        HttpResponse<String> failed = stopped.get(30, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("{\"hello\": \"ada\"}");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(admin.parse(failed.body())).containsEntry("error", "workflow_failed").containsEntry("step", "grow")
                .containsEntry("reason", "template_budget")
                .containsEntry("message", "Step 'grow' failed: template_budget");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aRunawayListenerReplySaysItWasStopped() throws Exception {
        String runaway = admin.createWorkflow(admin.parse("""
                {"name": "Runaway reply", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "data", "return_data": %s}, "steps": []}
                """.formatted(json.writeValueAsString(RUNAWAY))));

        HttpResponse<String> failed = admin.send("POST", runaway, JSON, "{}");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(admin.parse(failed.body())).containsEntry("error", "template_failed")
                .containsEntry("reason", "template_budget");
    }
}
