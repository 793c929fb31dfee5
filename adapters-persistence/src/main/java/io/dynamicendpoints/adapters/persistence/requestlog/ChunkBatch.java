package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.application.port.RequestLogBatch;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** The chunk bytes one part, and so one commit, holds at most (unless a single chunk is larger). */
    static final int PART_BYTES = 2 * 1024 * 1024;
    /**
     * A batch with at least this many open chunks, holding on average fewer than {@link #SPARSE_ENTRIES}
     * entries each, is {@linkplain #sparse() sparse}.
     */
    static final int SPARSE_CHUNKS = 256;
    static final int SPARSE_ENTRIES = ChunkWriter.MAX_ENTRIES / 2;
    /** A guess at what an entry takes besides its bodies, to size a new chunk's array. */
    private static final int ENTRY_BYTES_BESIDES_BODIES = 1024;

    private static final Comparator<ChunkRow> INDEX_ORDER = Comparator.comparingLong(ChunkRow::workflowId)
            .thenComparingLong(ChunkRow::newestMicros);

    private final StoredEntryMapper mapper;
    private final ChunkBuffers buffers;
    private final Map<Group, Open> open = new LinkedHashMap<>();
    private final List<ChunkRow> closed = new ArrayList<>();
    /** Set once the rows are made: the open chunks' arrays are back in the pool then. */
    private List<ChunkRow> rows;
    /** The entry added last and what it was stored as, when added as an entry: see {@link #add(RequestLogEntry)}. */
    private RequestLogEntry lastEntry;
    private StoredEntry lastStored;
    private final HeaderTexts requestHeaders = new HeaderTexts();
    private final HeaderTexts responseHeaders = new HeaderTexts();
    private int size;
    private int closedEntries;
    private long closedBytes;

    /**
     * @param mapper  {@code null} when only {@link StoredEntry stored entries} are added ({@link #add(StoredEntry)})
     * @param buffers where the chunks' arrays come from; {@code null}: plain allocation
     */
    ChunkBatch(StoredEntryMapper mapper, ChunkBuffers buffers) {
        this.mapper = mapper;
        this.buffers = buffers;
    }

    /** The rows of {@code entries}, packed as a batch packs them. */
    static List<ChunkRow> pack(List<StoredEntry> entries) {
        ChunkBatch batch = new ChunkBatch(null, null);
        entries.forEach(batch::add);
        return batch.rows();
    }

    /**
     * {@code entries} (one workflow, one minute, at least one entry) as a single chunk, however many
     * they are: what the retention job rewrites a chunk into when it keeps part of it.
     */
    static ChunkRow oneChunk(List<StoredEntry> entries) {
        Open chunk = new Open(null, entries.stream().mapToInt(ChunkWriter::estimate).sum());
        entries.forEach(chunk::add);
        return chunk.close();
    }

    /**
     * Adds {@code entry} as the mapper stores it. The entry added before it, whichever its chunk, lends
     * its method and path where they are equal, and the last few distinct header sets lend their JSON
     * text ({@link HeaderTexts}; a client sends the same headers to every endpoint it calls): comparing
     * costs less than writing JSON. And the chunk, which writes a string it holds already as a reference
     * to that copy (see ChunkWriter), then finds the very same string, without reading a byte of it:
     * with traffic spread over 1,000 endpoints, a chunk's previous entry is long out of the processor's
     * cache, the batch's recent entries are not.
     */
    @Override
    public void add(RequestLogEntry entry) {
        long micros = StoredEntryMapper.micros(entry.receivedAt());
        Open chunk = chunkFor(new Group(entry.workflowId().value(), StoredEntry.minuteMicros(micros)),
                ENTRY_BYTES_BESIDES_BODIES + entry.body().text().length() + entry.responseBody().text().length());
        StoredEntry stored = mapper.stored(entry, lastEntry, lastStored, requestHeaders, responseHeaders);
        chunk.add(stored);
        lastEntry = entry;
        lastStored = stored;
        size++;
    }

    void add(StoredEntry entry) {
        chunkFor(new Group(entry.workflowId(), entry.minuteMicros()), ChunkWriter.estimate(entry)).add(entry);
        size++;
    }

    /**
     * The open chunk of {@code group} with room for another entry: a new one, with room for a few
     * entries of {@code entryBytes}, where there is none or it is full.
     */
    private Open chunkFor(Group group, int entryBytes) {
        if (rows != null) {
            throw new IllegalStateException("This batch was stored already");
        }
        Open chunk = open.get(group);
        if (chunk == null || chunk.full()) {
            if (chunk != null) {
                ChunkRow row = chunk.close();
                closed.add(row);
                closedEntries += row.entryCount();
                closedBytes += row.entries().length;
            }
            // Room for a few entries like the first; the writer doubles as needed. Sizing for a full
            // chunk would hold 1,000 mostly empty arrays when traffic is spread over 1,000 endpoints.
            chunk = new Open(buffers, Math.min(4 * entryBytes, ChunkWriter.MAX_BYTES));
            open.put(group, chunk);
        }
        return chunk;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Full once its full chunks make a {@linkplain #PART_BYTES part}: an endpoint with steady traffic
     * fills chunks quickly, and they are stored without waiting. Only chunks of endpoints that get a
     * few requests a second wait out the linger, to hold more than a few entries each.
     */
    @Override
    public boolean full() {
        return closedBytes >= PART_BYTES;
    }

    /**
     * Sparse while hundreds of chunks are open with few entries each: traffic spread over that many
     * endpoints. Every chunk is a row, an insert at its own place of the per-workflow index. H2 keeps
     * objects of every row and index entry it stores, and copies an index page on its first change
     * after a commit. Stored after one second at 20,000 requests a second over 1,000 endpoints, a
     * batch made 1,000 rows of 20 entries, and the collector worked harder for it than for one busy
     * endpoint (784 against 441 ms of young pauses in 30 s). Stored after up to three seconds, a
     * third as many rows: the writer's extra CPU per request under such traffic went from 2.5 to 1 µs.
     */
    @Override
    public boolean sparse() {
        int chunks = open.size();
        return chunks >= SPARSE_CHUNKS && size - closedEntries < (long) chunks * SPARSE_ENTRIES;
    }

    /**
     * The batch cut into parts of at most {@link #PART_BYTES} of chunks each (a chunk is never cut),
     * committed one at a time: H2 serializes a commit through one buffer, which it keeps for the next
     * commit only up to 4 MB. A commit of a second's entries (20 MB at 35k requests/s) grew a fresh
     * buffer of 20 MB every time; arrays that large are "humongous" for G1, and every one started a
     * concurrent collection cycle, which cost the listener more than the log's own work.
     */
    @Override
    public List<ChunkBatch> parts() {
        List<ChunkRow> all = rows();
        List<ChunkBatch> parts = new ArrayList<>();
        int from = 0;
        while (from < all.size()) {
            int to = from;
            long bytes = 0;
            int entries = 0;
            while (to < all.size() && (to == from || bytes + all.get(to).entries().length <= PART_BYTES)) {
                bytes += all.get(to).entries().length;
                entries += all.get(to++).entryCount();
            }
            ChunkBatch part = new ChunkBatch(mapper, buffers);
            part.rows = List.copyOf(all.subList(from, to));
            part.size = entries;
            parts.add(part);
            from = to;
        }
        return parts;
    }

    /**
     * The chunks this batch's entries make, in the order of the per-workflow index (V9): by workflow,
     * then by their newest arrival. The first call closes the batch: its arrays go back to the pool,
     * and it takes no further entry.
     */
    List<ChunkRow> rows() {
        if (rows == null) {
            List<ChunkRow> made = new ArrayList<>(closed.size() + open.size());
            made.addAll(closed);
            open.values().forEach(chunk -> made.add(chunk.close()));
            open.clear();
            closed.clear();
            // Traffic spread over 1,000 endpoints makes a chunk per endpoint and batch, each an insert
            // at its own place of the per-workflow index. In the index's order, one insert walks down
            // next to where the previous one did, through pages still in the processor's cache.
            made.sort(INDEX_ORDER);
            rows = made;
        }
        return rows;
    }

    /** A chunk still taking entries, with what its row keeps about them counted as they come. */
    private static final class Open {

        private final ChunkWriter writer;
        private long workflowId;
        private long minuteMicros;
        private UUID smallestId;
        private long oldest = Long.MAX_VALUE;
        private long newest = Long.MIN_VALUE;
        private final int[] statusClasses = new int[5];
        private int count;

        Open(ChunkBuffers buffers, int capacity) {
            writer = new ChunkWriter(buffers, capacity);
        }

        /** Whether the chunk takes no further entry: at {@link ChunkWriter#MAX_ENTRIES}, or past {@link ChunkWriter#MAX_BYTES}. */
        boolean full() {
            return count >= ChunkWriter.MAX_ENTRIES || writer.size() >= ChunkWriter.MAX_BYTES;
        }

        void add(StoredEntry entry) {
            writer.add(entry);
            if (count == 0) {
                workflowId = entry.workflowId();
                minuteMicros = entry.minuteMicros();
                smallestId = entry.id();
            } else if (RequestId.compare(entry.id(), smallestId) < 0) {
                smallestId = entry.id();
            }
            oldest = Math.min(oldest, entry.receivedAtMicros());
            newest = Math.max(newest, entry.receivedAtMicros());
            statusClasses[entry.status() / 100 - 1]++;
            count++;
        }

        /** The chunk's row, its bytes copied out of the writer, whose array goes back to the pool. */
        ChunkRow close() {
            ChunkRow row = new ChunkRow(smallestId, workflowId, minuteMicros, oldest, newest,
                    statusClasses.clone(), count, writer.toBytes());
            writer.release();
            return row;
        }
    }

    private record Group(long workflowId, long minuteMicros) {
    }
}
