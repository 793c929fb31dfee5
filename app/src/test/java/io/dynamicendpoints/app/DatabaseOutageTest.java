package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The platform's database becomes unreachable (a forwarder between the platform and PostgreSQL is
 * cut) and comes back. A request that must store something is refused quickly with 503
 * {@code storage_unavailable}, not held for the outage and not answered 500; a request that needs no
 * database is served; {@code /health} answers within 2 s; and the node recovers on its own.
 */
class DatabaseOutageTest {

    /** The pool's connection-timeout (application.yml), plus room for a slow machine. */
    private static final Duration REFUSAL_BOUND = Duration.ofSeconds(5 + 3);
    private static final Duration HEALTH_BOUND = Duration.ofSeconds(2);

    @TempDir
    Path workDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void answersStorageUnavailableQuicklyWhileTheDatabaseIsUnreachable() throws Exception {
        assumeTrue(PostgresSchema.answers(), "PostgreSQL at 127.0.0.1:5432 does not answer");
        JsonMapper json = JsonMapper.createDefault();
        try (PostgresSchema schema = new PostgresSchema();
             TcpForwarder database = new TcpForwarder(PostgresSchema.HOST, PostgresSchema.PORT)) {
            Map<String, String> properties = new HashMap<>(schema.properties("127.0.0.1", database.port()));
            properties.putAll(Map.of(
                    "dynamic-endpoints.admin.password", "outage-test-password",
                    "dynamic-endpoints.admin.bcrypt-cost", "4",
                    "dynamic-endpoints.admin-ui.enabled", "false"));
            try (PlatformProcess platform = PlatformProcess.start(workDir, properties)) {
                PlatformClient admin = new PlatformClient(platform.baseUrl(), json).signedInAs("admin", "outage-test-password");
                String async = platform.baseUrl() + path(admin.createWorkflow(admin.parse("""
                        {"name": "Stored", "run_mode": "async", "published": true,
                         "listener": {"return_type": "data", "return_data": "{\\"accepted\\": true}"},
                         "steps": [{"id": "keep", "type": "create_record", "entity": "kept", "fields": {"n": "1"}}]}
                        """)));
                String sync = platform.baseUrl() + path(admin.createWorkflow(admin.parse("""
                        {"name": "Echo", "run_mode": "sync", "published": true,
                         "listener": {"return_type": "data", "return_data": "{\\"echo\\": \\"{{ __data.word }}\\"}"}, "steps": []}
                        """)));
                assertThat(post(async).statusCode()).as("accepted while the database answers").isEqualTo(200);

                database.cut();

                Timed<HttpResponse<String>> refused = timed(() -> post(async));
                assertThat(refused.value().statusCode()).as(refused.value().body()).isEqualTo(503);
                assertThat(refused.value().body()).contains("storage_unavailable");
                assertThat(refused.value().headers().firstValue("Retry-After")).isPresent();
                assertThat(refused.elapsed()).as("refused within the pool's connection timeout").isLessThan(REFUSAL_BOUND);

                System.out.println("Refused with 503 after " + refused.elapsed().toMillis() + " ms");
                Timed<HttpResponse<String>> echoed = timed(() -> post(sync));
                assertThat(echoed.value().statusCode()).as("a sync endpoint that stores nothing").isEqualTo(200);
                assertThat(echoed.value().body()).contains("hello");
                assertThat(echoed.elapsed()).isLessThan(HEALTH_BOUND);

                Timed<HttpResponse<String>> health = timed(() -> get(platform.baseUrl() + "/health"));
                System.out.println("/health answered " + health.value().statusCode() + " after " + health.elapsed().toMillis() + " ms");
                assertThat(health.elapsed()).as("/health answers in time").isLessThan(HEALTH_BOUND);
                assertThat(health.value().statusCode()).as("/health says DOWN").isEqualTo(503);
                Timed<HttpResponse<String>> liveness = timed(() -> get(platform.baseUrl() + "/health/liveness"));
                assertThat(liveness.elapsed()).isLessThan(HEALTH_BOUND);
                assertThat(liveness.value().statusCode()).as("the process itself is alive").isEqualTo(200);

                database.resume();
                long resumed = System.nanoTime();
                int status = 0;
                while (status != 200 && System.nanoTime() - resumed < Duration.ofSeconds(15).toNanos()) {
                    status = post(async).statusCode();
                }
                Duration recovery = Duration.ofNanos(System.nanoTime() - resumed);
                System.out.println("Recovered " + recovery.toMillis() + " ms after the database came back");
                assertThat(status).as("accepted again once the database is back").isEqualTo(200);
                // Hikari retries a failed connection with a backoff that doubles up to 5 s: the first
                // attempt after the database is back comes within that, usually far sooner.
                assertThat(recovery).as("recovered on its own, soon").isLessThan(Duration.ofSeconds(6));
                assertThat(get(platform.baseUrl() + "/health").statusCode()).isEqualTo(200);
                assertThat(platform.log()).doesNotContain("internal_error");
            }
        }
    }

    private HttpResponse<String> post(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"word\": \"hello\"}")));
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/listener/"));
    }

    private record Timed<T>(T value, Duration elapsed) {
    }

    private static <T> Timed<T> timed(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
