package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.adapters.persistence.EnabledIfPostgresAnswers;
import io.dynamicendpoints.adapters.persistence.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrading a database whose request log was written a row per request (V7): every entry arrives in
 * V9's chunks unchanged, and the old table is gone.
 */
class RequestLogChunkMigrationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    @Test
    void movesEveryLoggedRequestIntoChunksOnH2() throws SQLException {
        movesEveryLoggedRequestIntoChunks(TestDatabase.h2());
    }

    @Test
    @EnabledIfPostgresAnswers
    void movesEveryLoggedRequestIntoChunksOnPostgres() throws SQLException {
        TestDatabase database = TestDatabase.postgres();
        try {
            movesEveryLoggedRequestIntoChunks(database);
        } finally {
            database.drop();
        }
    }

    private void movesEveryLoggedRequestIntoChunks(TestDatabase database) throws SQLException {
        flyway(database, "8").migrate();
        UUID replayed = UUID.randomUUID();
        List<StoredEntry> old = List.of(
                entry(7, T0, 200, "{\"ref\": \"C-1\"}", null, null, null),
                entry(7, T0.plusSeconds(1), 401, "caf\u00e9 \u2713", "{\"plan\":\"gold\"}", null, null),
                entry(7, T0.plusSeconds(75), 201, "", null, "[{\"step_id\":\"ack\"}]", replayed),
                entry(8, T0.plusSeconds(2), 500, "{}", null, null, null));
        try (Connection connection = database.connect()) {
            for (StoredEntry entry : old) {
                insertV7Row(connection, entry);
            }
        }

        flyway(database, "latest").migrate();

        List<StoredEntry> moved = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT entry_count, entries FROM request_log_chunk ORDER BY workflow_id, received_minute");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.add(rows.getInt("entry_count"));
                moved.addAll(ChunkReader.entries(rows.getBytes("entries")));
            }
        }
        assertThat(moved).containsExactlyElementsOf(old);
        assertThat(counts).as("one chunk per workflow and minute").containsExactly(2, 1, 1);
        assertThatThrownBy(() -> database.execute("SELECT COUNT(*) FROM request_log"))
                .as("the row-per-request table is dropped").isInstanceOf(IllegalStateException.class);
    }

    private static Flyway flyway(TestDatabase database, String target) {
        Map<String, String> properties = database.properties();
        var configuration = Flyway.configure()
                .dataSource(properties.get("datasources.default.url"), properties.get("datasources.default.username"),
                        properties.get("datasources.default.password"))
                .target(target);
        if (!database.schema().isEmpty()) {
            configuration.schemas(database.schema()).defaultSchema(database.schema()).createSchemas(true);
        }
        return configuration.load();
    }

    private static StoredEntry entry(long workflow, Instant receivedAt, int status, String body, String tokenData,
                                     String trace, UUID replayOf) {
        return new StoredEntry(UUID.randomUUID(), workflow, ChronoUnit.MICROS.between(Instant.EPOCH, receivedAt), "POST",
                "/listener/a/b", "{\"page\":[\"2\"]}", "{\"authorization\":\"****\",\"x-event\":\"paid\"}", body,
                body.length() + 10L, true, tokenData, tokenData == null ? "none" : "verified", status,
                "{\"Content-Type\":\"application/json\"}", "{\"ok\":true}", 11, false, 3,
                trace == null ? null : "run-" + workflow, trace, replayOf);
    }

    private static void insertV7Row(Connection connection, StoredEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO request_log (id, workflow_id,"
                + " received_at, method, path, request_query, request_headers, request_body, request_body_length,"
                + " request_body_truncated, token_data, auth_outcome, status, response_headers, response_body,"
                + " response_body_length, response_body_truncated, duration_ms, run_id, trace, replay_of)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            insert.setObject(++i, entry.id());
            insert.setLong(++i, entry.workflowId());
            insert.setObject(++i, OffsetDateTime.ofInstant(Instant.EPOCH.plus(entry.receivedAtMicros(), ChronoUnit.MICROS),
                    ZoneOffset.UTC));
            insert.setString(++i, entry.method());
            insert.setString(++i, entry.path());
            insert.setString(++i, entry.query());
            insert.setString(++i, entry.headers());
            insert.setString(++i, entry.body());
            insert.setLong(++i, entry.bodyLength());
            insert.setBoolean(++i, entry.bodyTruncated());
            insert.setString(++i, entry.tokenData());
            insert.setString(++i, entry.authOutcome());
            insert.setShort(++i, (short) entry.status());
            insert.setString(++i, entry.responseHeaders());
            insert.setString(++i, entry.responseBody());
            insert.setLong(++i, entry.responseBodyLength());
            insert.setBoolean(++i, entry.responseBodyTruncated());
            insert.setLong(++i, entry.durationMs());
            insert.setString(++i, entry.runId());
            insert.setString(++i, entry.trace());
            insert.setObject(++i, entry.replayOf());
            insert.executeUpdate();
        }
    }
}
