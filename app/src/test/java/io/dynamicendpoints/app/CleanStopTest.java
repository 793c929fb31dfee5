package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real platform process on PostgreSQL gets SIGTERM while sync and async requests pour in. Every
 * caller must get an answer it can act on (200, or 503 with {@code Retry-After}; or its new connection
 * is refused), never a 500 or a connection cut under its request, and every async request the platform
 * accepted must be in the database afterwards.
 */
class CleanStopTest {

    private static final int CALLERS = 12;

    @TempDir
    Path workDir;

    @Test
    void answersServiceUnavailableNeverErrorWhileStopping() throws Exception {
        assumeTrue(PostgresSchema.answers(), "PostgreSQL at 127.0.0.1:5432 does not answer");
        JsonMapper json = JsonMapper.createDefault();
        try (PostgresSchema schema = new PostgresSchema(); PartnerServer partner = new PartnerServer()) {
            Map<String, String> properties = new HashMap<>(schema.properties(PostgresSchema.HOST, PostgresSchema.PORT));
            properties.putAll(Map.of(
                    "dynamic-endpoints.admin.password", "stop-test-password",
                    "dynamic-endpoints.admin.bcrypt-cost", "4",
                    "dynamic-endpoints.admin-ui.enabled", "false",
                    "dynamic-endpoints.outbound.allowed-hosts", "127.0.0.1",
                    "dynamic-endpoints.shutdown.grace-period", "20s",
                    "logger.levels.io.dynamicendpoints", "INFO"));
            PlatformProcess platform = PlatformProcess.start(workDir, properties);
            PlatformClient admin = new PlatformClient(platform.baseUrl(), json).signedInAs("admin", "stop-test-password");
            String sync = path(admin.createWorkflow(admin.parse("""
                    {"name": "Slow sync", "run_mode": "sync", "published": true,
                     "listener": {"return_type": "data", "return_data": "{\\"done\\": \\"{{ __data.marker }}\\"}"},
                     "steps": [{"id": "ask", "type": "http_request", "url": "%s", "store_as": "a"}]}
                    """.formatted(partner.url("/slow?ms=300")))));
            String async = path(admin.createWorkflow(admin.parse("""
                    {"name": "Async", "run_mode": "async", "published": true,
                     "listener": {"return_type": "data", "return_data": "{\\"accepted\\": \\"{{ __data.marker }}\\"}"},
                     "steps": [{"id": "ask", "type": "http_request", "url": "%s", "store_as": "a"}]}
                    """.formatted(partner.url("/slow?ms=200")))));

            Set<String> accepted = ConcurrentHashMap.newKeySet();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger refusedConnections = new AtomicInteger();
            AtomicInteger resetBeforeAccept = new AtomicInteger();
            AtomicInteger answeredAfterStop = new AtomicInteger();
            AtomicBoolean stopSent = new AtomicBoolean();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            List<Thread> callers = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                String target = platform.baseUrl() + (c % 2 == 0 ? sync : async);
                boolean isAsync = c % 2 == 1;
                callers.add(Thread.ofPlatform().start(() -> {
                    // A client of its own, used by this caller alone: at most one connection, so that the
                    // caller knows when its next request goes on a new one (after a Connection: close).
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                    boolean newConnection = true;
                    while (!done.get()) {
                        String marker = "m" + sequence.incrementAndGet();
                        boolean sentBeforeStop = !stopSent.get();
                        try {
                            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(target))
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"marker\": \"" + marker + "\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(reply.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            newConnection = reply.headers().firstValue("Connection").orElse("").equalsIgnoreCase("close");
                            if (reply.statusCode() == 200 && sentBeforeStop && stopSent.get()) {
                                answeredAfterStop.incrementAndGet();
                            }
                            if (reply.statusCode() == 200 && isAsync && reply.body().contains(marker)) {
                                accepted.add(marker);
                            } else if (reply.statusCode() == 503) {
                                if (reply.headers().firstValue("Retry-After").isEmpty()) {
                                    problems.add("503 without Retry-After: " + reply.body());
                                }
                            } else if (reply.statusCode() != 200) {
                                problems.add(reply.statusCode() + " " + reply.body());
                            }
                        } catch (ConnectException refused) {
                            refusedConnections.incrementAndGet(); // the server no longer accepts: fine
                            newConnection = true;
                            sleep(20);
                        } catch (IOException broken) {
                            boolean neverAccepted = newConnection && !sentBeforeStop;
                            newConnection = true;
                            if (neverAccepted) {
                                // A connection the kernel completed in the instant the server closed its
                                // listening socket is reset by the kernel: the platform never saw the request.
                                resetBeforeAccept.incrementAndGet();
                                continue;
                            }
                            problems.add("connection broken under a request (sent " + (sentBeforeStop ? "before" : "after")
                                    + " the stop, failed at " + java.time.LocalTime.now() + "): " + broken);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }

            // An orchestrator's readiness probe on a keep-alive connection of its own: it must see DOWN
            // while the platform refuses requests, and never UP again after that.
            List<Integer> readinessAfterStop = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread probe = Thread.ofPlatform().start(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                while (!done.get()) {
                    boolean afterStop = stopSent.get();
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/health/readiness"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (afterStop) {
                            readinessAfterStop.add(status);
                        }
                    } catch (IOException gone) {
                        // closed or refused once the graceful shutdown ran
                    } catch (InterruptedException e) {
                        return;
                    }
                    sleep(50);
                }
            });
            Thread.sleep(2_000);
            System.out.println(java.time.LocalTime.now() + " SIGTERM");
            stopSent.set(true);
            platform.signalStop();
            boolean exited = platform.awaitExit(Duration.ofSeconds(40));
            System.out.println(java.time.LocalTime.now() + " exited; readiness " + readinessAfterStop + ", statuses " + statuses + ", refused connections "
                    + refusedConnections + ", new connections reset before accept " + resetBeforeAccept);
            Thread.sleep(500);
            done.set(true);
            for (Thread caller : callers) {
                caller.join(35_000);
            }
            probe.join(10_000);
            String log = platform.log();
            log.lines().filter(line -> line.contains("Stop") || line.contains("WARN") || line.contains("ERROR"))
                    .forEach(System.out::println);

            assertThat(exited).as("the platform exited after SIGTERM:\n" + log).isTrue();
            assertThat(problems).as("answers other than 200, 503 with Retry-After, or a refused connection; statuses "
                    + statuses + "\n" + log).isEmpty();
            assertThat(statuses).as("no 500").doesNotContainKey(500);
            assertThat(accepted).as("async requests accepted before the stop").isNotEmpty();
            assertThat(answeredAfterStop.get()).as("requests in flight at the stop were finished").isPositive();
            assertThat(readinessAfterStop).as("readiness after SIGTERM").contains(503);
            assertThat(readinessAfterStop.subList(readinessAfterStop.indexOf(503), readinessAfterStop.size()))
                    .as("readiness never UP again once DOWN").containsOnly(503);
            assertThat(log).contains("Stopping: readiness is DOWN").contains("Stopped serving:");
            List<String> runs = runData(schema);
            List<String> lost = accepted.stream()
                    .filter(marker -> runs.stream().noneMatch(data -> data.contains("\"" + marker + "\"")))
                    .toList();
            assertThat(lost).as("accepted async requests with no run in the database").isEmpty();
        }
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/listener/"));
    }

    private static List<String> runData(PostgresSchema schema) throws Exception {
        List<String> data = new ArrayList<>();
        try (Connection connection = schema.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT data FROM workflow_run")) {
            while (rows.next()) {
                data.add(rows.getString(1));
            }
        }
        return data;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
