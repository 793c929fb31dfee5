package io.dynamicendpoints.adapters.persistence.traffic;

import io.dynamicendpoints.adapters.persistence.requestlog.ChunkReader;
import io.dynamicendpoints.application.port.RequestTraffic;
import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.traffic.StatusClass;
import io.dynamicendpoints.domain.traffic.StatusCounts;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RequestTraffic} as aggregate queries over {@code request_log_chunk} (V9), which keeps per
 * chunk its entry count, its counts per status class and the one UTC minute its entries arrived in:
 * <ul>
 *   <li>chunks that arrived wholly at or after the instant asked about are summed in SQL, without
 *   decoding an entry;</li>
 *   <li>only chunks of that instant's own minute can straddle it (every chunk lies within one minute);
 *   their entries are decoded and counted one by one, so counts are exact to the microsecond;</li>
 *   <li>activity walks the {@code workflow} table and asks, per workflow, for the newest arrival and
 *   the count since: two correlated sub-selects that each are a short range scan of the chunk table's
 *   workflow index, so the cost follows the number of workflows and recent chunks.</li>
 * </ul>
 *
 * <p>Not final: Micronaut applies {@link Transactional} through a generated subclass.
 */
@Singleton
public class JdbcRequestTraffic implements RequestTraffic {

    private static final String ACTIVITY = "SELECT w.id AS workflow_id,"
            + " (SELECT MAX(c.newest_received_at) FROM request_log_chunk c WHERE c.workflow_id = w.id) AS last_request_at,"
            + " (SELECT SUM(c.entry_count) FROM request_log_chunk c WHERE c.workflow_id = w.id"
            + " AND c.newest_received_at >= ? AND c.oldest_received_at >= ?) AS recent_count"
            + " FROM workflow w";
    private static final String PER_MINUTE_OF_ALL = "SELECT received_minute, SUM(entry_count) AS requests FROM request_log_chunk"
            + " WHERE received_minute >= ? AND oldest_received_at >= ? GROUP BY received_minute";
    private static final String PER_MINUTE_OF_ONE = "SELECT received_minute, SUM(entry_count) AS requests FROM request_log_chunk"
            + " WHERE workflow_id = ? AND newest_received_at >= ? AND oldest_received_at >= ? GROUP BY received_minute";
    private static final String STATUS_CLASSES = "SELECT workflow_id, SUM(count_1xx) AS c1, SUM(count_2xx) AS c2,"
            + " SUM(count_3xx) AS c3, SUM(count_4xx) AS c4, SUM(count_5xx) AS c5 FROM request_log_chunk"
            + " WHERE received_minute >= ? AND oldest_received_at >= ? GROUP BY workflow_id";
    /** The chunks that hold entries from before and from after an instant: only of the instant's minute. */
    private static final String STRADDLING = "SELECT workflow_id, entries FROM request_log_chunk"
            + " WHERE received_minute = ? AND oldest_received_at < ? AND newest_received_at >= ?";

    private final JdbcOperations jdbc;

    JdbcRequestTraffic(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<WorkflowId, EndpointActivity> activity(Instant since) {
        Map<WorkflowId, EndpointActivity> activity = jdbc.prepareStatement(ACTIVITY, statement -> {
            statement.setObject(1, timestamp(since));
            statement.setObject(2, timestamp(since));
            Map<WorkflowId, EndpointActivity> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime last = rows.getObject("last_request_at", OffsetDateTime.class);
                    if (last != null) {
                        found.put(new WorkflowId(rows.getLong("workflow_id")),
                                new EndpointActivity(last.toInstant(), rows.getLong("recent_count")));
                    }
                }
            }
            return found;
        });
        straddling(since, (workflow, status) -> activity.computeIfPresent(workflow,
                (id, known) -> new EndpointActivity(known.lastRequestAt(), known.recentCount() + 1)));
        return activity;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Instant, Long> perMinute(Optional<WorkflowId> workflow, Instant since) {
        Map<Instant, Long> counts = jdbc.prepareStatement(workflow.isPresent() ? PER_MINUTE_OF_ONE : PER_MINUTE_OF_ALL,
                statement -> {
                    int i = 0;
                    if (workflow.isPresent()) {
                        statement.setLong(++i, workflow.get().value());
                        statement.setObject(++i, timestamp(since));
                    } else {
                        statement.setObject(++i, timestamp(minuteOf(since)));
                    }
                    statement.setObject(++i, timestamp(since));
                    Map<Instant, Long> found = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getObject("received_minute", OffsetDateTime.class).toInstant(), rows.getLong("requests"));
                        }
                    }
                    return found;
                });
        straddling(since, (chunkWorkflow, status) -> {
            if (workflow.isEmpty() || workflow.get().equals(chunkWorkflow)) {
                counts.merge(minuteOf(since), 1L, Long::sum);
            }
        });
        return counts;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<WorkflowId, StatusCounts> statusClasses(Instant since) {
        Map<WorkflowId, StatusCounts> counts = jdbc.prepareStatement(STATUS_CLASSES, statement -> {
            statement.setObject(1, timestamp(minuteOf(since)));
            statement.setObject(2, timestamp(since));
            Map<WorkflowId, StatusCounts> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StatusCounts sums = StatusCounts.NONE;
                    for (StatusClass statusClass : StatusClass.values()) {
                        sums = sums.plus(statusClass, rows.getLong("c" + (statusClass.ordinal() + 1)));
                    }
                    found.put(new WorkflowId(rows.getLong("workflow_id")), sums);
                }
            }
            return found;
        });
        straddling(since, (workflow, status) -> counts.merge(workflow, StatusCounts.NONE.plus(StatusClass.of(status), 1),
                StatusCounts::plus));
        return counts;
    }

    /** Hands every entry received at or after {@code since} in a chunk that also holds older ones. */
    private void straddling(Instant since, EntrySink sink) {
        long sinceMicros = ChronoUnit.MICROS.between(Instant.EPOCH, since);
        jdbc.prepareStatement(STRADDLING, statement -> {
            statement.setObject(1, timestamp(minuteOf(since)));
            statement.setObject(2, timestamp(since));
            statement.setObject(3, timestamp(since));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    WorkflowId workflow = new WorkflowId(rows.getLong("workflow_id"));
                    ChunkReader reader = new ChunkReader(rows.getBytes("entries"));
                    while (reader.next()) {
                        if (reader.receivedAtMicros() >= sinceMicros) {
                            sink.accept(workflow, reader.status());
                        }
                    }
                }
            }
            return null;
        });
    }

    private static Instant minuteOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface EntrySink {
        void accept(WorkflowId workflow, int status);
    }
}
