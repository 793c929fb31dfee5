package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.adapters.persistence.commit.GroupCommit;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogCursor;
import io.dynamicendpoints.application.port.RequestLogExpiry;
import io.dynamicendpoints.application.port.RequestLogPage;
import io.dynamicendpoints.application.port.RequestLogQuery;
import io.dynamicendpoints.application.port.RequestLogQuery.StatusRange;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link RequestLog} in the {@code request_log} table (V7), and run traces in {@code request_log_run_trace}
 * (V8). Plain JDBC rather than a generated
 * repository: the writer needs a real JDBC batch, and the listing combines optional filters with a
 * keyset condition, which generated queries cannot express without defeating the indexes.
 *
 * <p>Not final: Micronaut applies {@link Transactional} through a generated subclass.
 */
@Singleton
public class JdbcRequestLog implements RequestLog {

    static final String COLUMNS = "id, workflow_id, received_at, method, path, request_query, request_headers, "
            + "request_body, request_body_length, request_body_truncated, token_data, auth_outcome, status, "
            + "response_headers, response_body, response_body_length, response_body_truncated, "
            + "duration_ms, run_id, trace, replay_of";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
    /**
     * Rows per INSERT statement. A multi-row VALUES list is standard SQL that both databases take, and
     * PostgreSQL does far less per row with it than with one statement per row in a JDBC batch (one
     * parse, bind and execute, and one network message, per hundred rows); 100 rows stay well below
     * PostgreSQL's limit of 32767 parameters.
     */
    static final int ROWS_PER_INSERT = 100;
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(COLUMN_COUNT, "?")) + ")";
    private static final String INSERT = insert(ROWS_PER_INSERT);
    private static final String INSERT_RUN_TRACE =
            "INSERT INTO request_log_run_trace (run_id, workflow_id, ended_at, trace) VALUES (?, ?, ?, ?)";
    private static final String SELECT_RUN_TRACE =
            "SELECT run_id, workflow_id, ended_at, trace FROM request_log_run_trace WHERE run_id = ?";

    /** Run traces one commit takes at most. */
    private static final int MAX_TRACE_BATCH = 64;

    private final JdbcOperations jdbc;
    private final RequestLogRowMapper mapper;
    /** Every async or sse run ends with a trace: under load they share commits, as the runs' own writes do. */
    private final GroupCommit<RunTrace, Integer> runTraces;

    JdbcRequestLog(JdbcOperations jdbc, RequestLogRowMapper mapper, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.runTraces = new GroupCommit<>(transactions, this::replaceRunTrace, MAX_TRACE_BATCH);
    }

    @Override
    @Transactional
    public void append(List<RequestLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int full = entries.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            jdbc.prepareStatement(INSERT, statement -> {
                for (int start = 0; start < full; start += ROWS_PER_INSERT) {
                    bindRows(statement, entries.subList(start, start + ROWS_PER_INSERT));
                    statement.addBatch();
                }
                statement.executeBatch();
                return null;
            });
        }
        List<RequestLogEntry> rest = entries.subList(full, entries.size());
        if (!rest.isEmpty()) {
            jdbc.prepareStatement(insert(rest.size()), statement -> {
                bindRows(statement, rest);
                statement.executeUpdate();
                return null;
            });
        }
    }

    private void bindRows(PreparedStatement statement, List<RequestLogEntry> rows) throws SQLException {
        for (int row = 0; row < rows.size(); row++) {
            mapper.bind(statement, row * COLUMN_COUNT, rows.get(row));
        }
    }

    private static String insert(int rows) {
        return "INSERT INTO request_log (" + COLUMNS + ") VALUES " + String.join(", ", Collections.nCopies(rows, ROW));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RequestLogEntry> find(RequestId id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM request_log WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.read(rows)) : Optional.<RequestLogEntry>empty();
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestLogPage list(RequestLogQuery query) {
        Sql sql = new Sql("SELECT " + COLUMNS + " FROM request_log WHERE workflow_id = ?", query.workflowId().value());
        query.status().ifPresent(status -> status(sql, status));
        query.from().ifPresent(from -> sql.and("received_at >= ?", RequestLogRowMapper.timestamp(from)));
        query.to().ifPresent(to -> sql.and("received_at < ?", RequestLogRowMapper.timestamp(to)));
        query.before().ifPresent(cursor -> sql.and("(received_at, id) < (?, ?)",
                RequestLogRowMapper.timestamp(cursor.receivedAt()), cursor.id().value()));
        query.bodyText().ifPresent(text -> sql.and("LOWER(request_body) LIKE ? ESCAPE '\\'", containing(text)));
        // One more than asked: whether it exists tells if there is a next page.
        sql.text.append(" ORDER BY received_at DESC, id DESC LIMIT ?");
        sql.parameters.add(query.limit() + 1);
        List<RequestLogEntry> items = jdbc.prepareStatement(sql.text.toString(), statement -> {
            sql.bind(statement);
            List<RequestLogEntry> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(mapper.read(rows));
                }
            }
            return found;
        });
        if (items.size() <= query.limit()) {
            return new RequestLogPage(items, Optional.empty());
        }
        List<RequestLogEntry> page = items.subList(0, query.limit());
        return new RequestLogPage(page, Optional.of(RequestLogCursor.after(page.getLast())));
    }

    @Override
    public void appendRunTrace(RunTrace trace) {
        runTraces.submit(trace);
    }

    /** A run that resumed after its node died ends twice: the later trace replaces the earlier one. */
    private int replaceRunTrace(RunTrace trace) {
        jdbc.prepareStatement("DELETE FROM request_log_run_trace WHERE run_id = ?", statement -> {
            statement.setString(1, trace.runId());
            return statement.executeUpdate();
        });
        return jdbc.prepareStatement(INSERT_RUN_TRACE, statement -> {
            statement.setString(1, trace.runId());
            statement.setLong(2, trace.workflowId().value());
            statement.setObject(3, RequestLogRowMapper.timestamp(trace.endedAt()));
            statement.setString(4, mapper.writeTrace(trace.steps()));
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RunTrace> findRunTrace(String runId) {
        return jdbc.prepareStatement(SELECT_RUN_TRACE, statement -> {
            statement.setString(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.<RunTrace>empty();
                }
                return Optional.of(new RunTrace(rows.getString("run_id"), new WorkflowId(rows.getLong("workflow_id")),
                        rows.getObject("ended_at", OffsetDateTime.class).toInstant(),
                        mapper.readTrace(rows.getString("trace"))));
            }
        });
    }

    @Override
    @Transactional
    public int deleteExpired(RequestLogExpiry expiry, int limit) {
        return deleteExpiredEntries(expiry, limit) + deleteExpiredRunTraces(expiry, limit);
    }

    private int deleteExpiredRunTraces(RequestLogExpiry expiry, int limit) {
        Sql select = new Sql("SELECT run_id FROM request_log_run_trace WHERE ended_at < ?",
                RequestLogRowMapper.timestamp(expiry.receivedBefore()));
        expiry.only().ifPresent(workflow -> select.and("workflow_id = ?", workflow.value()));
        if (!expiry.except().isEmpty()) {
            select.and("workflow_id NOT IN (" + String.join(", ", expiry.except().stream().map(id -> "?").toList()) + ")",
                    expiry.except().stream().map(WorkflowId::value).toArray());
        }
        select.text.append(" LIMIT ?");
        select.parameters.add(limit);
        String delete = "DELETE FROM request_log_run_trace WHERE run_id IN (" + select.text + ")";
        return jdbc.prepareStatement(delete, statement -> {
            select.bind(statement);
            return statement.executeUpdate();
        });
    }

    private int deleteExpiredEntries(RequestLogExpiry expiry, int limit) {
        Instant cutoff = expiry.receivedBefore();
        Sql select = new Sql("SELECT id FROM request_log WHERE received_at < ?", RequestLogRowMapper.timestamp(cutoff));
        if (expiry.only().isPresent()) {
            select.and("workflow_id = ?", expiry.only().get().value());
        } else {
            // Ids are time-ordered: this bound turns "received before the cutoff" into a primary-key range.
            select.and("id < ?", RequestId.smallestAt(cutoff.plusMillis(1)).value());
        }
        if (!expiry.except().isEmpty()) {
            select.and("workflow_id NOT IN (" + String.join(", ", expiry.except().stream().map(id -> "?").toList()) + ")",
                    expiry.except().stream().map(WorkflowId::value).toArray());
        }
        select.text.append(" LIMIT ?");
        select.parameters.add(limit);
        // PostgreSQL has no DELETE ... LIMIT; a bounded sub-select works on both databases.
        String delete = "DELETE FROM request_log WHERE id IN (" + select.text + ")";
        return jdbc.prepareStatement(delete, statement -> {
            select.bind(statement);
            return statement.executeUpdate();
        });
    }

    private static void status(Sql sql, StatusRange status) {
        if (status.low() == status.high()) {
            sql.and("status = ?", status.low());
        } else {
            sql.and("status BETWEEN ? AND ?", status.low(), status.high());
        }
    }

    /** A LIKE pattern for {@code text} anywhere, with the pattern's own characters escaped. */
    static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** A statement built from optional conditions, with its parameters in order. */
    private static final class Sql {

        private final StringBuilder text;
        private final List<Object> parameters = new ArrayList<>();

        Sql(String text, Object... parameters) {
            this.text = new StringBuilder(text);
            this.parameters.addAll(List.of(parameters));
        }

        void and(String condition, Object... values) {
            text.append(" AND ").append(condition);
            parameters.addAll(List.of(values));
        }

        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        }
    }
}
