import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogCursor;
import io.dynamicendpoints.application.port.RequestLogExpiry;
import io.dynamicendpoints.application.port.RequestLogPage;
import io.dynamicendpoints.application.port.RequestLogQuery;
import io.dynamicendpoints.application.port.RequestLogQuery.StatusRange;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Fills the request log (request_log_chunk) with ROWS entries through the production adapter, then times the adapter's own
 * listing, search and retention queries. Run by index-check.sh; not part of ./test.
 *
 * Workflow 1 holds 60% of the rows (one busy endpoint), workflows 2..41 share the rest; arrivals are
 * spread over the last 29 days; 95% answer 200, 3% 401/403, 2% 500; one body in a thousand holds "needle".
 */
public class IndexCheck {

    static final WorkflowId BUSY = new WorkflowId(1);
    static final WorkflowId QUIET = new WorkflowId(2);

    public static void main(String[] args) {
        String url = args[0];
        int rows = Integer.parseInt(args.length > 1 ? args[1] : "1000000");
        Map<String, Object> props = new HashMap<>(Map.of("datasources.default.url", url, "micronaut.server.port", -1,
                "dynamic-endpoints.request-log.enabled", false, "dynamic-endpoints.first-start.enabled", false,
                "dynamic-endpoints.public-base-url", "http://bench", "datasources.default.maximum-pool-size", 2));
        if (url.startsWith("jdbc:postgresql")) {
            String schema = url.replaceAll(".*currentSchema=", "");
            props.putAll(Map.of("datasources.default.username", "postgres", "datasources.default.password", "",
                    "flyway.datasources.default.default-schema", schema, "flyway.datasources.default.create-schemas", true));
        }
        try (ApplicationContext context = ApplicationContext.run(props)) {
            RequestLog log = context.getBean(RequestLog.class);
            // Real time: the platform's own retention job (30 days) runs in this context too and must find
            // nothing to delete, so the data spans the last 29 days.
            Instant now = Instant.now();
            fill(log, rows, now);
            // Fresh statistics, as autovacuum (PostgreSQL) or a long-running database would have them.
            try (java.sql.Connection connection = url.startsWith("jdbc:postgresql")
                    ? java.sql.DriverManager.getConnection(url, "postgres", "")
                    : java.sql.DriverManager.getConnection(url, "sa", "");
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute(url.startsWith("jdbc:postgresql") ? "ANALYZE request_log_chunk" : "ANALYZE TABLE request_log_chunk");
                try (java.sql.ResultSet stats = statement.executeQuery(
                        "SELECT SUM(entry_count), MIN(oldest_received_at), MAX(newest_received_at), COUNT(*) FROM request_log_chunk")) {
                    stats.next();
                    System.out.printf("%d entries in %d chunks from %s to %s%n", stats.getLong(1), stats.getLong(4),
                            stats.getObject(2, java.time.OffsetDateTime.class), stats.getObject(3, java.time.OffsetDateTime.class));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }

            System.out.println("\nquery (through JdbcRequestLog)                 ms: first run  median of 5  rows");
            RequestLogQuery newest = RequestLogQuery.newest(BUSY, 50);
            time("newest page of the busy workflow", () -> log.list(newest));
            RequestLogPage page = log.list(newest);
            for (int i = 0; i < 200; i++) {
                page = log.list(newest.before(page.next().orElseThrow()));
            }
            RequestLogCursor deep = page.next().orElseThrow();
            time("page 200 deep (cursor)", () -> log.list(newest.before(deep)));
            RequestLogCursor veryDeep = new RequestLogCursor(now.minus(Duration.ofDays(28)), RequestId.smallestAt(now.minus(Duration.ofDays(28))));
            time("page 28 days deep (cursor)", () -> log.list(newest.before(veryDeep)));
            time("time range: one day, 10 days ago", () -> log.list(query(BUSY, null, now.minus(Duration.ofDays(11)), now.minus(Duration.ofDays(10)), null)));
            time("status 4xx", () -> log.list(query(BUSY, StatusRange.ofClass(4), null, null, null)));
            time("status 500 within one day", () -> log.list(query(BUSY, StatusRange.exactly(500), now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)), null)));
            time("search q=needle (1 in 1000 bodies)", () -> log.list(query(BUSY, null, null, null, "NEEDLE")));
            time("search q=needle within one day", () -> log.list(query(BUSY, null, now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(4)), "needle")));
            time("search q=absent (scans the workflow)", () -> log.list(query(BUSY, null, null, null, "no-such-text")));
            time("newest page of a quiet workflow", () -> log.list(RequestLogQuery.newest(QUIET, 50)));
            RequestId some = log.list(newest).items().get(7).id();
            timeOne("find one by id", () -> log.find(some).map(List::of).orElseThrow());
            long started = System.nanoTime();
            int deleted = 0;
            RequestLogExpiry expiry = RequestLogExpiry.ofAllBut(java.util.Set.of(), now.minus(Duration.ofDays(25)));
            for (int n; (n = log.deleteExpired(expiry, 5000)) > 0; ) {
                deleted += n;
            }
            System.out.printf("%-46s %9.1f ms for %d rows (batches of 5000, %.1f ms per batch)%n",
                    "retention: delete the 4 oldest days", (System.nanoTime() - started) / 1e6, deleted,
                    (System.nanoTime() - started) / 1e6 / Math.max(1, deleted / 5000.0));
        }
    }

    static RequestLogQuery query(WorkflowId workflow, StatusRange status, Instant from, Instant to, String text) {
        return new RequestLogQuery(workflow, 50, Optional.empty(), Optional.ofNullable(status), Optional.ofNullable(from),
                Optional.ofNullable(to), Optional.ofNullable(text));
    }

    static void time(String name, Supplier<RequestLogPage> query) {
        timeOne(name, () -> query.get().items());
    }

    static void timeOne(String name, Supplier<List<?>> query) {
        List<Double> times = new ArrayList<>();
        int size = 0;
        double first = -1;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            size = query.get().size();
            times.add((System.nanoTime() - started) / 1e6);
            if (first < 0) {
                first = times.getFirst();
            }
        }
        times.sort(Double::compare);
        System.out.printf("%-46s %9.1f %12.1f    %4d%n", name, first, times.get(2), size);
    }

    static void fill(RequestLog log, int rows, Instant now) {
        SplittableRandom random = new SplittableRandom(42);
        long span = Duration.ofDays(29).toMillis();
        long started = System.nanoTime();
        List<RequestLogEntry> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Instant at = now.minusMillis(span - (long) i * span / rows).minusNanos(random.nextInt(1000) * 1000L);
            WorkflowId workflow = random.nextInt(100) < 60 ? BUSY : new WorkflowId(2 + random.nextInt(40));
            int roll = random.nextInt(100);
            int status = roll < 95 ? 200 : roll < 98 ? (roll % 2 == 0 ? 401 : 403) : 500;
            String body = "{\"ref\": \"C-" + i + "\", \"event\": \"invoice.paid\", \"customer\": {\"email\": \"c" + i
                    + "@example.com\"}, \"amount\": " + random.nextInt(10_000)
                    + (random.nextInt(1000) == 0 ? ", \"note\": \"a needle in the haystack\"" : "") + "}";
            batch.add(new RequestLogEntry(RequestId.generate(at, random), at, workflow, "POST",
                    "/listener/0123456789abcdef0123456789abcdef/fedcba9876543210fedcba9876543210",
                    Map.of(), Map.of("content-type", "application/json", "authorization", "****", "x-event", "invoice.paid"),
                    new RecordedBody(body, body.length(), false), Optional.empty(),
                    status == 200 ? AuthOutcome.NONE : AuthOutcome.rejected("signature"), status,
                    Map.of("Content-Type", "application/json"), new RecordedBody("{\"status\": \"received\"}", 22, false),
                    random.nextInt(20), Optional.empty(), List.of(), Optional.empty()));
            if (batch.size() == 5000) {
                log.append(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            log.append(batch);
        }
        System.out.printf("inserted %d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
    }
}
