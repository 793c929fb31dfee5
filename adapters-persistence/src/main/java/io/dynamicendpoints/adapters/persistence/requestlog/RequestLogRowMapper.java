package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Converts between log entries and {@code request_log} rows, in the column order of
 * {@link JdbcRequestLog#COLUMNS}. Maps and lists are stored as JSON text.
 */
@Singleton
final class RequestLogRowMapper {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<Map<String, String>> STRINGS = Argument.mapOf(String.class, String.class);
    private static final Argument<Map<String, List<String>>> QUERY =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));
    private static final Argument<List<Map<String, Object>>> TRACE = Argument.listOf(OBJECT);

    private final JsonMapper json;

    RequestLogRowMapper(JsonMapper json) {
        this.json = json;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Sets the entry's columns as parameters {@code offset + 1} onwards. */
    void bind(PreparedStatement statement, int offset, RequestLogEntry entry) throws SQLException {
        int i = offset;
        statement.setObject(++i, entry.id().value());
        statement.setLong(++i, entry.workflowId().value());
        statement.setObject(++i, timestamp(entry.receivedAt()));
        statement.setString(++i, entry.method());
        statement.setString(++i, entry.path());
        statement.setString(++i, FlatJson.stringLists(entry.query()));
        statement.setString(++i, FlatJson.strings(entry.headers()));
        statement.setString(++i, entry.body().text());
        statement.setLong(++i, entry.body().length());
        statement.setBoolean(++i, entry.body().truncated());
        statement.setString(++i, entry.tokenData().map(this::write).orElse(null));
        statement.setString(++i, entry.authOutcome().value());
        statement.setShort(++i, (short) entry.status());
        statement.setString(++i, FlatJson.strings(entry.responseHeaders()));
        statement.setString(++i, entry.responseBody().text());
        statement.setLong(++i, entry.responseBody().length());
        statement.setBoolean(++i, entry.responseBody().truncated());
        statement.setLong(++i, entry.durationMs());
        statement.setString(++i, entry.runId().orElse(null));
        statement.setString(++i, entry.trace().isEmpty() ? null : write(entry.trace()));
        if (entry.replayOf().isPresent()) {
            statement.setObject(++i, entry.replayOf().get().value());
        } else {
            statement.setNull(++i, Types.OTHER);
        }
    }

    RequestLogEntry read(ResultSet row) throws SQLException {
        String tokenData = row.getString("token_data");
        String trace = row.getString("trace");
        UUID replayOf = row.getObject("replay_of", UUID.class);
        return new RequestLogEntry(
                new RequestId(row.getObject("id", UUID.class)),
                row.getObject("received_at", OffsetDateTime.class).toInstant(),
                new WorkflowId(row.getLong("workflow_id")),
                row.getString("method"),
                row.getString("path"),
                read(row.getString("request_query"), QUERY),
                read(row.getString("request_headers"), STRINGS),
                new RecordedBody(row.getString("request_body"), row.getLong("request_body_length"),
                        row.getBoolean("request_body_truncated")),
                tokenData == null ? Optional.empty() : Optional.of(read(tokenData, Argument.OBJECT_ARGUMENT)),
                new AuthOutcome(row.getString("auth_outcome")),
                row.getInt("status"),
                read(row.getString("response_headers"), STRINGS),
                new RecordedBody(row.getString("response_body"), row.getLong("response_body_length"),
                        row.getBoolean("response_body_truncated")),
                row.getLong("duration_ms"),
                Optional.ofNullable(row.getString("run_id")),
                trace == null ? List.of() : read(trace, TRACE),
                replayOf == null ? Optional.empty() : Optional.of(new RequestId(replayOf)));
    }

    String writeTrace(List<Map<String, Object>> trace) {
        return write(trace);
    }

    List<Map<String, Object>> readTrace(String text) {
        return read(text, TRACE);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A request log entry could not be written as JSON", e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A request_log column holds no valid JSON", e);
        }
    }
}
