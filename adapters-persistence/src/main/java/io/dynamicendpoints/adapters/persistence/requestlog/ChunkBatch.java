package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.application.port.RequestLogBatch;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link JdbcRequestLog}'s batch: entries are encoded into their chunk's bytes as they are added,
 * grouped by workflow and minute of arrival, and a group starts a new chunk where one is full. What
 * waits for the database is a few byte arrays, not the entries (see {@link RequestLogBatch} for why).
 */
final class ChunkBatch implements RequestLogBatch {

    private final StoredEntryMapper mapper;
    private final Map<Group, Open> open = new LinkedHashMap<>();
    private final List<ChunkRow> closed = new ArrayList<>();
    private int size;

    /** @param mapper {@code null} when only {@link StoredEntry stored entries} are added ({@link #add(StoredEntry)}) */
    ChunkBatch(StoredEntryMapper mapper) {
        this.mapper = mapper;
    }

    /** The rows of {@code entries}, packed as a batch packs them. */
    static List<ChunkRow> pack(List<StoredEntry> entries) {
        ChunkBatch batch = new ChunkBatch(null);
        entries.forEach(batch::add);
        return batch.rows();
    }

    @Override
    public void add(RequestLogEntry entry) {
        add(mapper.stored(entry));
    }

    void add(StoredEntry entry) {
        Group group = new Group(entry.workflowId(), entry.minuteMicros());
        Open chunk = open.get(group);
        if (chunk == null || chunk.full()) {
            if (chunk != null) {
                closed.add(chunk.row());
            }
            chunk = new Open(ChunkWriter.estimate(entry));
            open.put(group, chunk);
        }
        chunk.add(entry);
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    /** One batch per chunk. */
    @Override
    public List<ChunkBatch> parts() {
        List<ChunkBatch> parts = new ArrayList<>();
        for (ChunkRow row : rows()) {
            ChunkBatch part = new ChunkBatch(mapper);
            part.closed.add(row);
            part.size = row.entryCount();
            parts.add(part);
        }
        return parts;
    }

    /** The chunks this batch's entries make: full ones first, in the order their groups began. */
    List<ChunkRow> rows() {
        List<ChunkRow> rows = new ArrayList<>(closed.size() + open.size());
        rows.addAll(closed);
        open.values().forEach(chunk -> rows.add(chunk.row()));
        return rows;
    }

    /** A chunk still taking entries, with what its row keeps about them counted as they come. */
    private static final class Open {

        private final ChunkWriter writer;
        private StoredEntry first;
        private UUID smallestId;
        private long oldest = Long.MAX_VALUE;
        private long newest = Long.MIN_VALUE;
        private final int[] statusClasses = new int[5];
        private int count;
        private int estimatedBytes;

        Open(int firstEstimate) {
            // Room for a few entries like the first; the writer doubles as needed. Sizing for a full
            // chunk would hold 1,000 mostly empty arrays when traffic is spread over 1,000 endpoints.
            writer = new ChunkWriter(Math.min(4 * firstEstimate, ChunkWriter.MAX_BYTES));
        }

        /** Whether the chunk takes no further entry: at {@link ChunkWriter#MAX_ENTRIES}, or past {@link ChunkWriter#MAX_BYTES}. */
        boolean full() {
            return count >= ChunkWriter.MAX_ENTRIES || estimatedBytes >= ChunkWriter.MAX_BYTES;
        }

        void add(StoredEntry entry) {
            writer.add(entry);
            if (first == null) {
                first = entry;
                smallestId = entry.id();
            } else if (RequestId.compare(entry.id(), smallestId) < 0) {
                smallestId = entry.id();
            }
            oldest = Math.min(oldest, entry.receivedAtMicros());
            newest = Math.max(newest, entry.receivedAtMicros());
            statusClasses[entry.status() / 100 - 1]++;
            count++;
            estimatedBytes += ChunkWriter.estimate(entry);
        }

        ChunkRow row() {
            return new ChunkRow(smallestId, first.workflowId(), first.minuteMicros(), oldest, newest,
                    statusClasses.clone(), count, writer.toBytes());
        }
    }

    private record Group(long workflowId, long minuteMicros) {
    }
}
