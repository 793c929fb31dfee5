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
        assertThat(health.body()).contains("\"status\":\"DOWN\"").contains("brokenDependency");
        assertThat(liveness.statusCode()).isEqualTo(200);
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
