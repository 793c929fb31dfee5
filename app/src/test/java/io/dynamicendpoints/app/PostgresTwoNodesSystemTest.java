package io.dynamicendpoints.app;

import io.dynamicendpoints.adapters.persistence.workflow.PostgresWorkflowNotifications;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import static io.dynamicendpoints.app.PlatformClient.publishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two platform processes sharing one PostgreSQL schema, with the counter poll practically off (1 h):
 * only PostgreSQL's notifications, or the catch-up after the listening connection comes back, can
 * bring one node's changes to the other. The propagation times are printed, not asserted tightly:
 * speed goals live in benchmarks (docs/reliability.md, "Cluster changes").
 */
class PostgresTwoNodesSystemTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    /** Far beyond what a notification takes, far below the poll: a failure means the notice was lost. */
    private static final long SEEN_WITHIN_MILLIS = 2_000;

    private final String schema = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private EmbeddedServer nodeA;
    private EmbeddedServer nodeB;

    @BeforeEach
    void startTwoNodes() {
        nodeA = ApplicationContext.run(EmbeddedServer.class, properties());
        Map<String, Object> b = properties();
        // Reconnects late enough that a change made right after its connection is cut is surely missed.
        b.put("dynamic-endpoints.endpoints.notify-retry", "2s");
        nodeB = ApplicationContext.run(EmbeddedServer.class, b);
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "datasources.default.url", SERVER + "?currentSchema=" + schema,
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "flyway.datasources.default.default-schema", schema,
                "flyway.datasources.default.create-schemas", "true",
                "micronaut.server.port", -1,
                "dynamic-endpoints.admin.password", "test-admin-password",
                "dynamic-endpoints.admin.bcrypt-cost", 4,
                "dynamic-endpoints.endpoints.refresh-interval", "1h"));
        properties.put("dynamic-endpoints.admin-ui.enabled", false);
        return properties;
    }

    @AfterEach
    void stopNodesAndDropSchema() throws SQLException {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void everyKindOfChangeOnOneNodeIsServedByTheOtherWithoutThePoll() {
        PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");
        PlatformClient b = client(nodeB);
        List<Long> millis = new ArrayList<>();
        List<Long> warmUp = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            if (round == 1) {
                // The first round also measures the first requests a fresh JVM serves; it is checked, not counted.
                warmUp.addAll(millis);
                millis.clear();
            }
            Map<String, Object> created = a.parse(a.api("POST", "/api/workflows",
                    publishedWorkflow("data", "return_data", "first " + round)).body());
            String id = String.valueOf(created.get("id"));
            String path = pathOf(created);
            millis.add(seenBy(b, path, answer -> answer.statusCode() == 200));

            a.api("PUT", "/api/workflows/" + id, publishedWorkflow("data", "return_data", "second " + round));
            String second = "second " + round;
            millis.add(seenBy(b, path, answer -> answer.body().equals(second)));

            String moved = pathOf(a.parse(a.api("POST", "/api/workflows/" + id + "/regenerate-url", null).body()));
            millis.add(seenBy(b, path, answer -> answer.statusCode() == 404));
            assertThat(b.send("POST", moved, JSON, "{}").statusCode()).isEqualTo(200);

            a.api("POST", "/api/workflows/" + id + "/unpublish", null);
            millis.add(seenBy(b, moved, answer -> answer.statusCode() == 404));

            a.api("POST", "/api/workflows/" + id + "/publish", null);
            millis.add(seenBy(b, moved, answer -> answer.statusCode() == 200));

            assertThat(a.api("DELETE", "/api/workflows/" + id, null).statusCode()).isEqualTo(204);
            millis.add(seenBy(b, moved, answer -> answer.statusCode() == 404));
        }

        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "Cluster changes: %d changes seen by the other node, p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), percentile(sorted, 50), percentile(sorted, 99), sorted.getLast());
        System.out.println("Cluster changes, warm-up round (not counted): " + warmUp);
        System.out.println("Cluster changes, in order (ms; create, replace, regenerate, unpublish, publish, delete): " + millis);
    }

    @Test
    void aChangeMadeWhileTheListeningConnectionWasDownIsServedAfterItReconnects() throws SQLException {
        PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");
        PlatformClient b = client(nodeB);
        Map<String, Object> created = a.parse(a.api("POST", "/api/workflows",
                publishedWorkflow("data", "return_data", "before the cut")).body());
        String path = pathOf(created);
        seenBy(b, path, answer -> answer.statusCode() == 200);
        PostgresWorkflowNotifications listener = nodeB.getApplicationContext()
                .getBean(EndpointIndexNotifications.class).notifications();
        int cutPid = listener.backendPid();

        terminate(cutPid);
        a.api("POST", "/api/workflows/" + created.get("id") + "/unpublish", null);

        // Nobody on B heard the notice (it reconnects 2 s after the cut): only its catch-up can bring the change.
        long millis = seenBy(b, path, answer -> answer.statusCode() == 404, 10_000);
        assertThat(listener.connections()).isEqualTo(2);
        assertThat(listener.backendPid()).isNotEqualTo(cutPid).isNotZero();
        System.out.printf(Locale.ROOT, "Cluster changes: a change missed while disconnected was served after %d ms%n", millis);

        // And it listens again: the next change arrives by notification.
        a.api("POST", "/api/workflows/" + created.get("id") + "/publish", null);
        seenBy(b, path, answer -> answer.statusCode() == 200);
    }

    private static void terminate(int pid) throws SQLException {
        assertThat(pid).isNotZero();
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             PreparedStatement statement = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
            statement.setInt(1, pid);
            statement.executeQuery().close();
        }
    }

    private static long seenBy(PlatformClient node, String path, Predicate<HttpResponse<String>> expected) {
        return seenBy(node, path, expected, SEEN_WITHIN_MILLIS);
    }

    /** Asks the node until it answers as expected; the milliseconds that took. */
    private static long seenBy(PlatformClient node, String path, Predicate<HttpResponse<String>> expected, long withinMillis) {
        long start = System.nanoTime();
        HttpResponse<String> answer;
        do {
            answer = node.send("POST", path, JSON, "{}");
            if (expected.test(answer)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            LockSupport.parkNanos(500_000); // half a millisecond: the measure's resolution, without starving the node
        } while ((System.nanoTime() - start) / 1_000_000 < withinMillis);
        throw new AssertionError("The other node still answers " + answer.statusCode() + " " + answer.body()
                + " at " + path + " after " + withinMillis + " ms");
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static PlatformClient client(EmbeddedServer node) {
        return new PlatformClient(node.getURL().toString(), node.getApplicationContext().getBean(JsonMapper.class));
    }

    @SuppressWarnings("unchecked")
    private static String pathOf(Map<String, Object> workflow) {
        Map<String, Object> listener = (Map<String, Object>) workflow.get("listener");
        return "/listener/" + listener.get("first_hash") + "/" + listener.get("second_hash");
    }
}
