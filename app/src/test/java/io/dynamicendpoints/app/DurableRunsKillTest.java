package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real platform process is killed with SIGKILL while async requests pour in; a second process on
 * the same database must finish every request the first one had accepted (answered 200), and store
 * none of them twice.
 */
class DurableRunsKillTest {

    private static final int REQUESTS = 300;
    private static final int KILL_AFTER = 100;

    @TempDir
    Path workDir;

    @Test
    void killedProcessLosesNoAcceptedRequest() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        Map<String, String> properties = Map.of(
                "datasources.default.url", PlatformProcess.h2FileUrl(workDir),
                "dynamic-endpoints.admin.password", "kill-test-password",
                "dynamic-endpoints.admin.bcrypt-cost", "4",
                "dynamic-endpoints.outbound.allowed-hosts", "127.0.0.1",
                "dynamic-endpoints.runs.lease", "2s",
                "dynamic-endpoints.runs.recovery-interval", "500ms",
                "dynamic-endpoints.runs.workers", "8");
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        String path;
        try (PartnerServer partner = new PartnerServer()) {
            PlatformProcess first = PlatformProcess.start(workDir, properties);
            PlatformClient client = new PlatformClient(first.baseUrl(), json).signedInAs("admin", "kill-test-password");
            String url = client.createWorkflow(client.parse("""
                    {"name": "Durable", "run_mode": "async", "published": true,
                     "listener": {"return_type": "data", "return_data": "{\\"accepted\\": \\"{{ __data.marker }}\\"}"},
                     "steps": [{"id": "work", "type": "http_request", "url": "%s", "store_as": "w",
                                "then": [{"id": "keep", "type": "create_record", "entity": "durable",
                                          "fields": {"marker": "{{ __data.marker }}"}}]}]}
                    """.formatted(partner.url("/slow?ms=200"))));
            path = url.substring(url.indexOf("/listener/"));

            AtomicInteger answered = new AtomicInteger();
            ExecutorService callers = Executors.newFixedThreadPool(16);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String marker = "m" + i;
                calls.add(callers.submit(() -> {
                    try {
                        HttpResponse<String> reply = client.send("POST", first.baseUrl() + path,
                                Map.of("Content-Type", "application/json"), "{\"marker\": \"" + marker + "\"}");
                        if (reply.statusCode() == 200 && reply.body().contains(marker)) {
                            accepted.add(marker);
                        }
                    } catch (RuntimeException connectionLost) {
                        // the process died under this request: it was never accepted
                    }
                    if (answered.incrementAndGet() == KILL_AFTER) {
                        try {
                            first.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            callers.shutdown();
            first.close();

            try (PlatformProcess second = PlatformProcess.start(workDir, properties)) {
                PlatformClient admin = new PlatformClient(second.baseUrl(), json).signedInAs("admin", "kill-test-password");
                boolean allDone = WorkflowEngineSystemTest.eventually(() -> stored(admin).containsAll(accepted), 60);
                List<String> stored = stored(admin);

                assertThat(accepted).as("requests accepted before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER / 2);
                assertThat(allDone).as("every accepted request finished after the restart").isTrue();
                assertThat(stored).containsAll(accepted);
                // A run the kill caught between its record and its "done" mark ran again after the restart.
                assertThat(stored).as("no request stored twice").doesNotHaveDuplicates();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> stored(PlatformClient admin) {
        return admin.parseList(admin.api("GET", "/api/records/durable?limit=500", null).body()).stream()
                .map(record -> (String) ((Map<String, Object>) ((Map<String, Object>) record).get("fields")).get("marker"))
                .toList();
    }
}
