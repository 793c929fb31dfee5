package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A first start configured with a commonly guessed admin password: the platform starts, but not with it. */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.admin.password", value = "Password1234")
class WeakAdminPasswordSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void theAdminCannotSignInWithTheWeakConfiguredPassword() {
        HttpResponse<String> login = new PlatformClient(server.getURL().toString(), json).send("POST", "/login",
                Map.of("Content-Type", "application/json"), "{\"username\": \"admin\", \"password\": \"Password1234\"}");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(new PlatformClient(server.getURL().toString(), json).send("GET", "/health", Map.of(), null)
                .statusCode()).isEqualTo(200);
    }
}
