package db.migration;

import io.dynamicendpoints.adapters.persistence.requestlog.ChunkRow;
import io.dynamicendpoints.adapters.persistence.requestlog.StoredEntry;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves the entries of V7's {@code request_log} into V9's chunks, then drops the old table. Java
 * rather than SQL because the chunk format is binary (see {@code ChunkWriter}); the JSON columns are
 * carried over as text, unparsed. Reads one workflow at a time in arrival order, so that each
 * workflow's minutes become full chunks, and streams rows rather than loading the table.
 */
public class V10__request_log_into_chunks extends BaseJavaMigration {

    private static final String SELECT = "SELECT id, workflow_id, received_at, method, path, request_query,"
            + " request_headers, request_body, request_body_length, request_body_truncated, token_data, auth_outcome,"
            + " status, response_headers, response_body, response_body_length, response_body_truncated, duration_ms,"
            + " run_id, trace, replay_of FROM request_log ORDER BY workflow_id, received_at, id";
    /** Entries read before their chunks are written. */
    private static final int BATCH = 2_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(ChunkRow.INSERT)) {
            // Without a fetch size PostgreSQL's driver reads the whole result into memory.
            select.setFetchSize(BATCH);
            List<StoredEntry> group = new ArrayList<>();
            try (ResultSet rows = select.executeQuery(SELECT)) {
                while (rows.next()) {
                    StoredEntry entry = entry(rows);
                    if (!group.isEmpty() && (group.size() >= BATCH || !sameChunk(group.getLast(), entry))) {
                        write(group, insert);
                    }
                    group.add(entry);
                }
            }
            write(group, insert);
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE request_log");
        }
    }

    private static boolean sameChunk(StoredEntry one, StoredEntry other) {
        return one.workflowId() == other.workflowId() && one.minuteMicros() == other.minuteMicros();
    }

    private static void write(List<StoredEntry> entries, PreparedStatement insert) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        for (ChunkRow chunk : ChunkRow.pack(entries)) {
            chunk.bindInsert(insert);
            insert.addBatch();
        }
        insert.executeBatch();
        entries.clear();
    }

    private static StoredEntry entry(ResultSet row) throws SQLException {
        return new StoredEntry(
                row.getObject("id", UUID.class),
                row.getLong("workflow_id"),
                ChronoUnit.MICROS.between(Instant.EPOCH, row.getObject("received_at", OffsetDateTime.class).toInstant()),
                row.getString("method"),
                row.getString("path"),
                row.getString("request_query"),
                row.getString("request_headers"),
                row.getString("request_body"),
                row.getLong("request_body_length"),
                row.getBoolean("request_body_truncated"),
                row.getString("token_data"),
                row.getString("auth_outcome"),
                row.getInt("status"),
                row.getString("response_headers"),
                row.getString("response_body"),
                row.getLong("response_body_length"),
                row.getBoolean("response_body_truncated"),
                row.getLong("duration_ms"),
                row.getString("run_id"),
                row.getString("trace"),
                row.getObject("replay_of", UUID.class));
    }
}
