package io.dynamicendpoints.adapters.persistence.traffic;

import io.dynamicendpoints.application.port.RequestTraffic;
import io.dynamicendpoints.domain.requestlog.RequestId;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RequestTraffic} as aggregate queries over {@code request_log} (V7), using only its existing
 * indexes:
 * <ul>
 *   <li>activity walks the {@code workflow} table and asks, per workflow, for the newest arrival and
 *   the count since an instant: two correlated sub-selects that each are a short range scan of
 *   {@code request_log_workflow_time} (PostgreSQL answers the MAX from the index's first entry), so
 *   the cost follows the number of workflows and recent requests, not the size of the log;</li>
 *   <li>the all-endpoint questions bound the primary key as well: ids are time-ordered UUIDs (v7)
 *   made from the arrival time, so "received since" is also a range of the primary key, which
 *   spares a scan of the whole table without an index on {@code received_at} alone.</li>
 * </ul>
 * Minutes are counted in SQL with {@code FLOOR(EXTRACT(EPOCH FROM received_at) / 60)}: standard
 * enough that both databases evaluate it identically, and it returns one row per busy minute instead
 * of every request of the hour.
 *
 * <p>Not final: Micronaut applies {@link Transactional} through a generated subclass.
 */
@Singleton
public class JdbcRequestTraffic implements RequestTraffic {

    private static final String ACTIVITY = "SELECT w.id AS workflow_id,"
            + " (SELECT MAX(r.received_at) FROM request_log r WHERE r.workflow_id = w.id) AS last_request_at,"
            + " (SELECT COUNT(*) FROM request_log r WHERE r.workflow_id = w.id AND r.received_at >= ?) AS recent_count"
            + " FROM workflow w";
    private static final String MINUTE = "FLOOR(EXTRACT(EPOCH FROM received_at) / 60)";
    private static final String PER_MINUTE_OF_ALL = "SELECT " + MINUTE + " AS epoch_minute, COUNT(*) AS requests"
            + " FROM request_log WHERE received_at >= ? AND id >= ? GROUP BY " + MINUTE;
    private static final String PER_MINUTE_OF_ONE = "SELECT " + MINUTE + " AS epoch_minute, COUNT(*) AS requests"
            + " FROM request_log WHERE workflow_id = ? AND received_at >= ? GROUP BY " + MINUTE;
    private static final String STATUS_CLASSES = "SELECT workflow_id, status / 100 AS status_class, COUNT(*) AS requests"
            + " FROM request_log WHERE received_at >= ? AND id >= ? GROUP BY workflow_id, status / 100";

    private final JdbcOperations jdbc;

    JdbcRequestTraffic(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<WorkflowId, EndpointActivity> activity(Instant since) {
        return jdbc.prepareStatement(ACTIVITY, statement -> {
            statement.setObject(1, timestamp(since));
            Map<WorkflowId, EndpointActivity> activity = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime last = rows.getObject("last_request_at", OffsetDateTime.class);
                    if (last != null) {
                        activity.put(new WorkflowId(rows.getLong("workflow_id")),
                                new EndpointActivity(last.toInstant(), rows.getLong("recent_count")));
                    }
                }
            }
            return activity;
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Instant, Long> perMinute(Optional<WorkflowId> workflow, Instant since) {
        return jdbc.prepareStatement(workflow.isPresent() ? PER_MINUTE_OF_ONE : PER_MINUTE_OF_ALL, statement -> {
            if (workflow.isPresent()) {
                statement.setLong(1, workflow.get().value());
                statement.setObject(2, timestamp(since));
            } else {
                statement.setObject(1, timestamp(since));
                statement.setObject(2, RequestId.smallestAt(since).value());
            }
            Map<Instant, Long> counts = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(Instant.ofEpochSecond(rows.getLong("epoch_minute") * 60), rows.getLong("requests"));
                }
            }
            return counts;
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<WorkflowId, StatusCounts> statusClasses(Instant since) {
        return jdbc.prepareStatement(STATUS_CLASSES, statement -> {
            statement.setObject(1, timestamp(since));
            statement.setObject(2, RequestId.smallestAt(since).value());
            Map<WorkflowId, StatusCounts> counts = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StatusClass statusClass = StatusClass.ofFirstDigit(rows.getInt("status_class"));
                    long requests = rows.getLong("requests");
                    counts.merge(new WorkflowId(rows.getLong("workflow_id")), StatusCounts.NONE.plus(statusClass, requests),
                            (known, more) -> known.plus(statusClass, requests));
                }
            }
            return counts;
        });
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
