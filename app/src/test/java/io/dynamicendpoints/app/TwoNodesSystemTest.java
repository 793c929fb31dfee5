package io.dynamicendpoints.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import static io.dynamicendpoints.app.PlatformClient.publishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two platform processes sharing one database: a change made through one node's API reaches the
 * other node's in-memory endpoint index through the change counter, without a restart.
 */
class TwoNodesSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @TempDir
    Path dataDir;

    private EmbeddedServer nodeA;
    private EmbeddedServer nodeB;

    @BeforeEach
    void startTwoNodes() {
        String url = "jdbc:h2:file:" + dataDir.resolve("shared") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Map<String, Object> properties = Map.of(
                "datasources.default.url", url,
                "micronaut.server.port", -1,
                "dynamic-endpoints.admin.password", "test-admin-password",
                "dynamic-endpoints.admin.bcrypt-cost", 4,
                "dynamic-endpoints.endpoints.refresh-interval", "200ms");
        nodeA = ApplicationContext.run(EmbeddedServer.class, properties);
        nodeB = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterEach
    void stopNodes() {
        nodeB.close();
        nodeA.close();
    }

    @Test
    void endpointPublishedOnOneNodeIsServedByTheOtherAndDisappearsWhenUnpublished() {
        PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");
        PlatformClient b = client(nodeB);
        Map<String, Object> created = a.parse(a.api("POST", "/api/workflows",
                publishedWorkflow("data", "return_data", "from the shared database")).body());
        String path = pathOf(created);

        assertThat(eventually(b, path, status -> status == 200)).isEqualTo(200);
        assertThat(b.send("POST", path, JSON, "{}").body()).isEqualTo("from the shared database");

        a.api("POST", "/api/workflows/" + created.get("id") + "/unpublish", null);

        assertThat(eventually(b, path, status -> status == 404)).isEqualTo(404);
    }

    @Test
    void tokenIssuedByOneNodeIsAcceptedByTheOther() {
        PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");

        // Both nodes sign and verify with the secret that the first start stored in the shared database.
        PlatformClient b = client(nodeB).withToken(a.token());

        assertThat(a.api("GET", "/api/workflows", null).statusCode()).isEqualTo(200);
        assertThat(b.api("GET", "/api/workflows", null).statusCode()).isEqualTo(200);
    }

    @Test
    void passwordResetOnOneNodeEndsTheOldTokensOnTheOther() {
        PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");
        a.api("POST", "/api/users", Map.of("username", "partner", "password", "partner-password-1",
                "roles", List.of("INTEGRATOR")));
        String partnerToken = client(nodeB).signedInAs("partner", "partner-password-1").token();

        a.api("PUT", "/api/users/partner/password", Map.of("password", "partner-password-2"));

        assertThat(client(nodeB).withToken(partnerToken).api("GET", "/api/endpoints", null).statusCode()).isEqualTo(401);
        assertThat(client(nodeB).signedInAs("partner", "partner-password-2").api("GET", "/api/endpoints", null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void nodeStartedOnTheDatabaseServesItsEndpointsFromItsFirstRequest() {
        PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");
        String path = pathOf(a.parse(a.api("POST", "/api/workflows",
                publishedWorkflow("data", "return_data", "served at once")).body()));

        // A node that never polls for changes and skips the first-start tasks: only its start-up load
        // can know the endpoint when the first webhook arrives.
        Map<String, Object> properties = new java.util.HashMap<>(nodeA.getApplicationContext().getEnvironment()
                .getProperties("datasources.default").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> "datasources.default." + e.getKey(), Map.Entry::getValue)));
        properties.putAll(Map.of("micronaut.server.port", -1,
                "dynamic-endpoints.first-start.enabled", false,
                "dynamic-endpoints.endpoints.refresh-interval", "1h"));
        try (EmbeddedServer nodeC = ApplicationContext.run(EmbeddedServer.class, properties)) {
            HttpResponse<String> first = client(nodeC).send("POST", path, JSON, "{}");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("served at once");
        }
    }

    private static PlatformClient client(EmbeddedServer node) {
        return new PlatformClient(node.getURL().toString(), node.getApplicationContext().getBean(JsonMapper.class));
    }

    @SuppressWarnings("unchecked")
    private static String pathOf(Map<String, Object> workflow) {
        Map<String, Object> listener = (Map<String, Object>) workflow.get("listener");
        return "/listener/" + listener.get("first_hash") + "/" + listener.get("second_hash");
    }

    /** Polls until the node answers as expected or five seconds pass; returns the last status. */
    private static int eventually(PlatformClient node, String path, IntPredicate expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        int status;
        do {
            status = node.send("POST", path, JSON, "{}").statusCode();
            if (expected.test(status)) {
                return status;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
