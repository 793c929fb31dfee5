package io.dynamicendpoints.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database. Node A accepts async runs but stops renewing its leases, as a
 * node cut off from the database does; node B takes the runs over while A is still executing them.
 * Both executions reach the run's {@code create_record} step: one stores the record, the other stores
 * nothing (its attempt no longer holds the run, or the step's effect is found done), so every request
 * is stored exactly once.
 */
class RunTakeoverSystemTest {

    private static final int REQUESTS = 12;
    private final String schema = "takeover_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private EmbeddedServer nodeA;
    private EmbeddedServer nodeB;

    @BeforeEach
    void startTwoNodesOnPostgres() {
        Map<String, Object> shared = new HashMap<>(Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "flyway.datasources.default.default-schema", schema,
                "flyway.datasources.default.create-schemas", "true",
                "micronaut.server.port", -1,
                "dynamic-endpoints.admin.password", "test-admin-password",
                "dynamic-endpoints.admin.bcrypt-cost", 4,
                "dynamic-endpoints.runs.lease", "1s"));
        Map<String, Object> stalled = new HashMap<>(shared);
        stalled.put("dynamic-endpoints.runs.recovery-interval", "1h"); // never renews after its first tick
        Map<String, Object> healthy = new HashMap<>(shared);
        healthy.put("dynamic-endpoints.runs.recovery-interval", "200ms");
        nodeA = ApplicationContext.run(EmbeddedServer.class, stalled);
        nodeB = ApplicationContext.run(EmbeddedServer.class, healthy);
    }

    @AfterEach
    void stopAndDropSchema() throws Exception {
        nodeB.close();
        nodeA.close();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aRunTakenOverWhileItsFirstNodeStillRunsItIsStoredOnce() throws Exception {
        try (PartnerServer partner = new PartnerServer()) {
            PlatformClient a = client(nodeA).signedInAs("admin", "test-admin-password");
            String url = a.createWorkflow(a.parse("""
                    {"name": "Taken over", "run_mode": "async", "published": true,
                     "listener": {"return_type": "data", "return_data": "{\\"accepted\\": true}"},
                     "steps": [{"id": "slow", "type": "http_request", "url": "%s", "store_as": "w", "timeout_ms": 10000,
                                "then": [{"id": "keep", "type": "create_record", "entity": "takeover",
                                          "fields": {"marker": "{{ __data.marker }}"}}]}]}
                    """.formatted(partner.url("/slow?ms=2500"))));
            String path = url.substring(url.indexOf("/listener/"));

            List<String> markers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String marker = "m" + i;
                HttpResponse<String> accepted = a.send("POST", path, Map.of("Content-Type", "application/json"),
                        "{\"marker\": \"" + marker + "\"}");
                assertThat(accepted.statusCode()).isEqualTo(200);
                markers.add(marker);
            }

            PlatformClient b = client(nodeB).withToken(a.token());
            boolean settled = WorkflowEngineSystemTest.eventually(() -> stored(b).size() >= REQUESTS
                    && partner.idempotencyKeys.size() >= 2 * REQUESTS, 60);
            Thread.sleep(3_000); // room for a late duplicate to show

            List<String> stored = stored(b);
            assertThat(settled).as("both nodes executed every run, and the records are there").isTrue();
            assertThat(stored).as("one record per accepted request").hasSize(REQUESTS)
                    .containsExactlyInAnyOrderElementsOf(markers);
            Map<String, Long> callsPerKey = partner.idempotencyKeys.stream()
                    .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
            assertThat(callsPerKey).as("the repeated calls carry the same key, one per run and step")
                    .hasSize(REQUESTS).allSatisfy((key, calls) -> assertThat(key).endsWith(":slow"));
        }
    }

    private static PlatformClient client(EmbeddedServer node) {
        return new PlatformClient(node.getURL().toString(), node.getApplicationContext().getBean(JsonMapper.class));
    }

    @SuppressWarnings("unchecked")
    private static List<String> stored(PlatformClient admin) {
        return admin.parseList(admin.api("GET", "/api/records/takeover?limit=500", null).body()).stream()
                .map(record -> (String) ((Map<String, Object>) ((Map<String, Object>) record).get("fields")).get("marker"))
                .toList();
    }
}
