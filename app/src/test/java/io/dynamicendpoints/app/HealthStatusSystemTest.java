package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A load balancer reads the status code: a platform with a check that is down answers 503 on /health. */
@MicronautTest(transactional = false)
@Property(name = "health-status-system-test.down", value = "true")
class HealthStatusSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void answersServiceUnavailableWhileACheckIsDown() {
        PlatformClient anonymous = new PlatformClient(server.getURL().toString(), json);

        HttpResponse<String> health = anonymous.send("GET", "/health", Map.of(), null);
        HttpResponse<String> liveness = anonymous.send("GET", "/health/liveness", Map.of(), null);

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    @Test
    void showsTheChecksOnlyToAnAdmin() {
        PlatformClient admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
        admin.api("POST", "/api/users", Map.of("username", "health-reader", "password", "health-reader-password",
                "roles", List.of("INTEGRATOR")));
        PlatformClient integrator = new PlatformClient(server.getURL().toString(), json)
                .signedInAs("health-reader", "health-reader-password");

        HttpResponse<String> forAdmin = admin.api("GET", "/health", null);
        HttpResponse<String> forIntegrator = integrator.api("GET", "/health", null);
        HttpResponse<String> anonymous = new PlatformClient(server.getURL().toString(), json).send("GET", "/health", Map.of(), null);

        assertThat(forAdmin.statusCode()).isEqualTo(503);
        assertThat(forAdmin.body()).contains("brokenDependency").contains("jdbc");
        assertThat(forIntegrator.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(anonymous.body()).isEqualTo("{\"status\":\"DOWN\"}").doesNotContain("jdbc").doesNotContain("diskSpace");
    }

    /** A dependency that is down, in this test only. */
    @Singleton
    @Requires(property = "health-status-system-test.down", value = "true")
    static final class BrokenDependency implements HealthIndicator {

        @Override
        public Publisher<HealthResult> getResult() {
            return Mono.just(HealthResult.builder("brokenDependency", HealthStatus.DOWN).build());
        }
    }
}
