package io.dynamicendpoints.adapters.persistence.requestlog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code request_log_chunk} (V9): entries of one workflow received in one UTC minute, with
 * what the table keeps about them beside their bytes.
 *
 * @param id            the smallest entry id, in the order both databases sort UUIDs
 * @param statusClasses entries per status class, 1xx at index 0 to 5xx at index 4
 */
public record ChunkRow(UUID id, long workflowId, long minuteMicros, long oldestMicros, long newestMicros,
                       int[] statusClasses, int entryCount, byte[] entries) {

    public static final String INSERT = "INSERT INTO request_log_chunk (id, workflow_id, received_minute, oldest_received_at,"
            + " newest_received_at, entry_count, count_1xx, count_2xx, count_3xx, count_4xx, count_5xx, entries)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rewrites a chunk the retention job took entries from; its id and minute stay. */
    static final String UPDATE = "UPDATE request_log_chunk SET oldest_received_at = ?, newest_received_at = ?,"
            + " entry_count = ?, count_1xx = ?, count_2xx = ?, count_3xx = ?, count_4xx = ?, count_5xx = ?, entries = ?"
            + " WHERE id = ?";

    /**
     * The chunks that hold {@code entries}: grouped by workflow and minute of arrival, each group cut
     * where a chunk is full. Entries keep their order within a chunk.
     */
    public static List<ChunkRow> pack(List<StoredEntry> entries) {
        return ChunkBatch.pack(entries);
    }

    /** Chunk {@code id} holding only {@code kept} (at least one of its entries), for {@link #UPDATE}. */
    static ChunkRow rewritten(UUID id, List<StoredEntry> kept) {
        ChunkRow row = ChunkBatch.oneChunk(kept);
        return new ChunkRow(id, row.workflowId, row.minuteMicros, row.oldestMicros, row.newestMicros,
                row.statusClasses, row.entryCount, row.entries);
    }

    public void bindInsert(PreparedStatement statement) throws SQLException {
        statement.setObject(1, id);
        statement.setLong(2, workflowId);
        statement.setObject(3, StoredEntryMapper.timestamp(minuteMicros));
        bindContents(statement, 4);
    }

    void bindUpdate(PreparedStatement statement) throws SQLException {
        statement.setObject(bindContents(statement, 1), id);
    }

    /** Binds what a rewrite changes, in the column order of both statements, from {@code first}; returns the next index. */
    private int bindContents(PreparedStatement statement, int first) throws SQLException {
        int i = first;
        statement.setObject(i++, StoredEntryMapper.timestamp(oldestMicros));
        statement.setObject(i++, StoredEntryMapper.timestamp(newestMicros));
        statement.setInt(i++, entryCount);
        for (int count : statusClasses) {
            statement.setInt(i++, count);
        }
        statement.setBytes(i++, entries);
        return i;
    }

}
