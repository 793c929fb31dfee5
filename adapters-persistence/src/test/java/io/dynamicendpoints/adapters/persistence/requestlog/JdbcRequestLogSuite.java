package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogContract;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link RequestLogContract} against {@link JdbcRequestLog}, plus what only the database adds:
 * the row layout other tools may read. The H2 and PostgreSQL subclasses only choose the database.
 */
abstract class JdbcRequestLogSuite extends RequestLogContract {

    @Inject
    RequestLog requestLog;

    protected abstract TestDatabase database();

    @Override
    protected RequestLog emptyRequestLog() {
        database().empty("request_log", "request_log_run_trace");
        return requestLog;
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(requestLog).isInstanceOf(JdbcRequestLog.class);
    }

    @Test
    void storesStatusAndJsonColumns() throws SQLException {
        RequestLogEntry entry = anEntry(new WorkflowId(9), Instant.parse("2026-03-01T10:00:00Z"), 404, "{\"a\": 1}");
        requestLog.append(List.of(entry));

        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT workflow_id, status, request_headers, token_data, request_body_length"
                             + " FROM request_log WHERE id = ?")) {
            select.setObject(1, entry.id().value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong("workflow_id")).isEqualTo(9);
                assertThat(row.getInt("status")).isEqualTo(404);
                assertThat(row.getString("request_headers")).contains("\"authorization\":\"****\"");
                assertThat(row.getString("token_data")).isNull();
                assertThat(row.getLong("request_body_length")).isEqualTo(8);
            }
        }
    }

    @Test
    void storesAReplacedNulCharacter() {
        // PostgreSQL text cannot hold NUL; the domain replaces it before an entry reaches storage.
        RequestLogEntry entry = anEntry(new WorkflowId(9), Instant.parse("2026-03-01T10:00:00Z"));
        RequestLogEntry binary = new RequestLogEntry(entry.id(), entry.receivedAt(), entry.workflowId(), entry.method(),
                entry.path(), entry.query(), entry.headers(), RecordedBody.of(new byte[]{'a', 0, 'b'}, 100),
                entry.tokenData(), entry.authOutcome(), entry.status(), entry.responseHeaders(), entry.responseBody(),
                entry.durationMs(), entry.runId(), entry.trace(), entry.replayOf());

        requestLog.append(List.of(binary));

        assertThat(requestLog.find(binary.id()).orElseThrow().body().text()).isEqualTo("a\uFFFDb");
    }
}
