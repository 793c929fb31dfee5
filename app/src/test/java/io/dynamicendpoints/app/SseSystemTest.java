package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sse} endpoints read incrementally by a real client: frames in order as they happen, then done. */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.runs.heartbeat", value = "300ms")
class SseSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void streamsFramesInOrderAsTheRunProducesThemThenDone() throws Exception {
        PlatformClient admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
        try (PartnerServer partner = new PartnerServer()) {
            String url = admin.createWorkflow(admin.parse("""
                    {"name": "Progress", "run_mode": "sync", "published": true, "listener": {"return_type": "sse"},
                     "steps": [{"id": "start", "type": "sse_event", "event": "progress", "data": "started {{ __data.job }}",
                                "then": [{"id": "work", "type": "http_request", "url": "%s", "store_as": "w",
                                          "then": [{"id": "half", "type": "sse_event", "data": "line one\\nline two",
                                                    "then": [{"id": "final", "type": "endpoint_response",
                                                              "return_data": "{\\"slept\\": {{ __data.w.json.slept }}}"}]}]}]}]}
                    """.formatted(partner.url("/slow?ms=1500"))));

            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"job\": \"J1\"}")).build();
            long started = System.nanoTime();
            HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("X-Accel-Buffering")).hasValue("no");

            List<String> lines = new ArrayList<>();
            long firstFrameMillis = -1;
            boolean heartbeatSeen = false;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(":")) {
                        heartbeatSeen = true;
                        continue;
                    }
                    if (firstFrameMillis < 0 && line.startsWith("data:")) {
                        firstFrameMillis = (System.nanoTime() - started) / 1_000_000;
                    }
                    lines.add(line);
                }
            }

            assertThat(firstFrameMillis).as("the first frame arrives before the slow step ends").isLessThan(1400);
            assertThat(heartbeatSeen).as("heartbeat comments flow while the slow step runs").isTrue();
            String stream = String.join("\n", lines);
            assertThat(stream).containsSubsequence(
                    "event: progress", "data: started J1",
                    "event: message", "data: line one", "data: line two",
                    "event: message", "data: {\"slept\": 1500}",
                    "event: done", "data: ");
        }
    }

    @Test
    void clientThatDisconnectsStopsNothingElse() throws Exception {
        PlatformClient admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
        String marker = "after-disconnect-" + System.nanoTime();
        try (PartnerServer partner = new PartnerServer()) {
            String url = admin.createWorkflow(admin.parse("""
                    {"name": "Abandoned stream", "run_mode": "sync", "published": true, "listener": {"return_type": "sse"},
                     "steps": [{"id": "hello", "type": "sse_event", "data": "hello",
                                "then": [{"id": "work", "type": "http_request", "url": "%s", "store_as": "w",
                                          "then": [{"id": "keep", "type": "create_record", "entity": "stream_end",
                                                    "fields": {"marker": "%s"}}]}]}]}
                    """.formatted(partner.url("/slow?ms=1000"), marker)));

            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                assertThat(reader.readLine()).isNotNull(); // the first frame arrived; now hang up
            }

            assertThat(WorkflowEngineSystemTest.eventually(() -> admin.parseList(
                    admin.api("GET", "/api/records/stream_end", null).body()).toString().contains(marker))).isTrue();
        }
    }
}
