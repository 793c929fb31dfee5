package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The database in {@code /health} and {@code /health/readiness}, answered within
 * {@code dynamic-endpoints.health.database-timeout} whatever the database does. Why not Micronaut's
 * JDBC indicator (switched off in application.yml): it waits for a connection from the pool, up to the
 * pool's {@code connection-timeout}, so an unreachable database made {@code /health} answer after
 * 30 s, and an orchestrator whose probe times out sooner cannot tell "down" from "hung".
 *
 * <p>One check runs at a time, on a virtual thread of its own: probes that come while it waits share
 * its answer instead of each holding a thread on the pool.
 */
@Singleton
final class DatabaseHealthIndicator implements HealthIndicator {

    private static final String NAME = "jdbc";

    private final DataSource dataSource;
    private final Duration timeout;
    private CompletableFuture<HealthResult> running;

    DatabaseHealthIndicator(DataSource dataSource, @Nullable DataSourceResolver resolver,
                            @Value("${dynamic-endpoints.health.database-timeout:1s}") Duration timeout) {
        this.dataSource = resolver != null ? resolver.resolve(dataSource) : dataSource;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult late = down(Map.of("error", "The database did not answer within " + timeout.toMillis() + " ms"));
        return Publishers.fromCompletableFuture(check().copy()
                .completeOnTimeout(late, timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    private synchronized CompletableFuture<HealthResult> check() {
        if (running == null || running.isDone()) {
            CompletableFuture<HealthResult> started = new CompletableFuture<>();
            running = started;
            Thread.ofVirtual().name("database-health").start(() -> started.complete(ask()));
        }
        return running;
    }

    private HealthResult ask() {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            if (!connection.isValid(seconds)) {
                return down(Map.of("error", "The connection was not valid"));
            }
            DatabaseMetaData metaData = connection.getMetaData();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("database", metaData.getDatabaseProductName());
            details.put("version", metaData.getDatabaseProductVersion());
            return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
        } catch (Exception | LinkageError unreachable) {
            return down(Map.of("error", String.valueOf(unreachable.getMessage())));
        }
    }

    private static HealthResult down(Map<String, Object> details) {
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
    }
}
