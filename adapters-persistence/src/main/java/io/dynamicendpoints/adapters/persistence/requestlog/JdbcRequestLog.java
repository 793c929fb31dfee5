package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.adapters.persistence.commit.GroupCommit;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogBatch;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@link RequestLog} in {@code request_log_chunk} (V9), and run traces in {@code request_log_run_trace}
 * (V8). Entries are stored in chunks (see {@link ChunkWriter} for why): {@link #append} packs a batch
 * into one row per workflow and minute, {@link #list} walks one workflow's chunks newest first and
 * decodes only as many as a page needs, {@link #find} goes to the minute an id was made in. Plain
 * JDBC rather than a generated repository: the writer needs a real JDBC batch, and the listing
 * combines optional filters with a keyset condition.
 *
 * <p>Not final: Micronaut applies {@link Transactional} through a generated subclass.
 */
@Singleton
public class JdbcRequestLog implements RequestLog {

    private static final String INSERT_RUN_TRACE =
            "INSERT INTO request_log_run_trace (run_id, workflow_id, ended_at, trace) VALUES (?, ?, ?, ?)";
    private static final String SELECT_RUN_TRACE =
            "SELECT run_id, workflow_id, ended_at, trace FROM request_log_run_trace WHERE run_id = ?";
    /** The chunks that may hold an id: those of its minute whose arrivals span its millisecond. */
    private static final String SELECT_BY_ID = "SELECT entries FROM request_log_chunk"
            + " WHERE received_minute = ? AND oldest_received_at < ? AND newest_received_at >= ?";
    private static final String DELETE_CHUNK = "DELETE FROM request_log_chunk WHERE id = ?";
    private static final String STATUS_COLUMNS = "count_1xx, count_2xx, count_3xx, count_4xx, count_5xx";
    /** Chunks a listing reads with its first query; a page of a busy endpoint needs one or two. */
    private static final int FIRST_CHUNKS_PER_READ = 8;
    private static final int MAX_CHUNKS_PER_READ = 256;

    /** Run traces one commit takes at most. */
    private static final int MAX_TRACE_BATCH = 64;

    private final JdbcOperations jdbc;
    private final StoredEntryMapper mapper;
    /**
     * Arrays for the chunks of batches while they fill: enough for a second of entries spread over a
     * thousand endpoints (a 32 KB array each), the case that lingers longest.
     */
    private final ChunkBuffers buffers = new ChunkBuffers(48L * 1024 * 1024);
    /** Every async or sse run ends with a trace: under load they share commits, as the runs' own writes do. */
    private final GroupCommit<RunTrace, Integer> runTraces;

    JdbcRequestLog(JdbcOperations jdbc, StoredEntryMapper mapper, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.runTraces = new GroupCommit<>(transactions, this::replaceRunTrace, MAX_TRACE_BATCH);
    }

    @Override
    @Transactional
    public void append(List<RequestLogEntry> entries) {
        ChunkBatch batch = newBatch();
        entries.forEach(batch::add);
        append(batch);
    }

    @Override
    public ChunkBatch newBatch() {
        return new ChunkBatch(mapper, buffers);
    }

    /**
     * Stores the batch's chunks. Ids are not checked for uniqueness entry by entry (that would cost
     * an index insert per request, what chunks avoid): they are random beyond their millisecond, and
     * only a chunk's smallest id is a key.
     */
    @Override
    @Transactional
    public void append(RequestLogBatch batch) {
        if (!(batch instanceof ChunkBatch chunks)) {
            throw new IllegalArgumentException("A batch made by another request log: " + batch.getClass().getName());
        }
        if (chunks.size() == 0) {
            return;
        }
        List<ChunkRow> rows = chunks.rows();
        jdbc.prepareStatement(ChunkRow.INSERT, statement -> {
            for (ChunkRow row : rows) {
                row.bindInsert(statement);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RequestLogEntry> find(RequestId id) {
        long millis = id.value().getMostSignificantBits() >>> 16;
        long micros = millis * 1000;
        long minute = Math.floorDiv(micros, ChunkWriter.MICROS_PER_MINUTE) * ChunkWriter.MICROS_PER_MINUTE;
        return jdbc.prepareStatement(SELECT_BY_ID, statement -> {
            statement.setObject(1, StoredEntryMapper.timestamp(minute));
            statement.setObject(2, StoredEntryMapper.timestamp(micros + 1000));
            statement.setObject(3, StoredEntryMapper.timestamp(micros));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ChunkReader reader = new ChunkReader(rows.getBytes("entries"));
                    while (reader.next()) {
                        if (reader.id().equals(id.value())) {
                            return Optional.of(mapper.entry(reader.entry()));
                        }
                    }
                }
            }
            return Optional.<RequestLogEntry>empty();
        });
    }

    /**
     * Walks the workflow's chunks by their newest arrival, newest first, and keeps the page's best
     * matches. It stops at the first chunk whose newest arrival is older than the last match a page
     * (plus one, to know whether there is a next page) needs: no later chunk can hold a newer entry.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestLogPage list(RequestLogQuery query) {
        Matches matches = new Matches(query.limit() + 1);
        Optional<String> text = query.bodyText().map(value -> value.toLowerCase(Locale.ROOT));
        Optional<Long> from = query.from().map(StoredEntryMapper::micros);
        Optional<Long> to = query.to().map(StoredEntryMapper::micros);
        Optional<Long> beforeMicros = query.before().map(cursor -> StoredEntryMapper.micros(cursor.receivedAt()));
        Optional<UUID> beforeId = query.before().map(cursor -> cursor.id().value());
        Chunk last = null;
        boolean more = true;
        int chunksPerRead = FIRST_CHUNKS_PER_READ;
        while (more) {
            Sql sql = new Sql("SELECT id, newest_received_at, entries FROM request_log_chunk WHERE workflow_id = ?",
                    query.workflowId().value());
            query.status().ifPresent(status -> sql.and("(" + statusClassSum(status) + ") > 0"));
            from.ifPresent(micros -> sql.and("newest_received_at >= ?", StoredEntryMapper.timestamp(micros)));
            // A chunk's entries lie within one minute: "its oldest entry is older than t" bounds its newest
            // entry too, and that bound is a range of the index, where the first is checked row by row.
            to.ifPresent(micros -> {
                sql.and("newest_received_at < ?", StoredEntryMapper.timestamp(micros + ChunkWriter.MICROS_PER_MINUTE));
                sql.and("oldest_received_at < ?", StoredEntryMapper.timestamp(micros));
            });
            beforeMicros.ifPresent(micros -> {
                sql.and("newest_received_at < ?", StoredEntryMapper.timestamp(micros + ChunkWriter.MICROS_PER_MINUTE));
                sql.and("oldest_received_at <= ?", StoredEntryMapper.timestamp(micros));
            });
            if (last != null) {
                // The first condition bounds the index range (not every planner derives it from the second).
                OffsetDateTime newest = StoredEntryMapper.timestamp(last.newestMicros());
                sql.and("newest_received_at <= ?", newest);
                sql.and("(newest_received_at, id) < (?, ?)", newest, last.id());
            }
            // workflow_id leads the ORDER BY although it is fixed: H2 reads rows in index order (instead of
            // sorting every chunk of the workflow for each page) only when the order names the index's
            // leading columns.
            sql.text.append(" ORDER BY workflow_id, newest_received_at DESC, id DESC LIMIT ?");
            sql.parameters.add(chunksPerRead);
            List<Chunk> chunks = jdbc.prepareStatement(sql.text.toString(), statement -> {
                sql.bind(statement);
                List<Chunk> read = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        read.add(new Chunk(rows.getObject("id", UUID.class), newestMicros(rows), rows.getBytes("entries")));
                    }
                }
                return read;
            });
            for (Chunk chunk : chunks) {
                if (matches.complete() && chunk.newestMicros() < matches.oldestMicros()) {
                    more = false;
                    break;
                }
                ChunkReader reader = new ChunkReader(chunk.entries());
                while (reader.next()) {
                    long micros = reader.receivedAtMicros();
                    if (query.status().isPresent() && !query.status().get().contains(reader.status())
                            || from.isPresent() && micros < from.get()
                            || to.isPresent() && micros >= to.get()
                            || beforeMicros.isPresent() && compare(micros, reader.id(), beforeMicros.get(), beforeId.get()) >= 0
                            || !matches.wants(micros, reader.id())
                            || text.isPresent() && !reader.body().toLowerCase(Locale.ROOT).contains(text.get())) {
                        continue;
                    }
                    matches.add(reader.entry());
                }
                last = chunk;
            }
            more = more && chunks.size() == chunksPerRead;
            // A quiet endpoint has a chunk per request, a filter may skip most chunks: read more at a time.
            chunksPerRead = Math.min(chunksPerRead * 2, MAX_CHUNKS_PER_READ);
        }
        List<RequestLogEntry> items = matches.newestFirst().stream().map(mapper::entry).toList();
        if (items.size() <= query.limit()) {
            return new RequestLogPage(items, Optional.empty());
        }
        List<RequestLogEntry> page = items.subList(0, query.limit());
        return new RequestLogPage(page, Optional.of(RequestLogCursor.after(page.getLast())));
    }

    /** The sum of the status-class columns a range touches: a chunk without any of them has no match. */
    private static String statusClassSum(StatusRange status) {
        List<String> columns = List.of(STATUS_COLUMNS.split(", "));
        return String.join(" + ", columns.subList(status.low() / 100 - 1, status.high() / 100));
    }

    /** Orders entries as a listing does: by arrival, then by id. */
    static int compare(long micros, UUID id, long otherMicros, UUID otherId) {
        int byTime = Long.compare(micros, otherMicros);
        return byTime != 0 ? byTime : RequestId.compare(id, otherId);
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
            statement.setObject(3, StoredEntryMapper.timestamp(trace.endedAt()));
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
                StoredEntryMapper.timestamp(expiry.receivedBefore()));
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

    /**
     * Deletes expired entries oldest chunk first: a chunk wholly before the cutoff goes in one
     * statement; one the cutoff (or the limit) falls inside is rewritten without its expired entries.
     */
    private int deleteExpiredEntries(RequestLogExpiry expiry, int limit) {
        long cutoff = StoredEntryMapper.micros(expiry.receivedBefore());
        OffsetDateTime cutoffTime = StoredEntryMapper.timestamp(cutoff);
        // received_minute <= oldest arrival < cutoff: the first condition walks the minute index.
        Sql select = new Sql("SELECT id, newest_received_at, entry_count FROM request_log_chunk"
                + " WHERE received_minute < ? AND oldest_received_at < ?", cutoffTime, cutoffTime);
        expiry.only().ifPresent(workflow -> select.and("workflow_id = ?", workflow.value()));
        if (!expiry.except().isEmpty()) {
            select.and("workflow_id NOT IN (" + String.join(", ", expiry.except().stream().map(id -> "?").toList()) + ")",
                    expiry.except().stream().map(WorkflowId::value).toArray());
        }
        // Every chunk holds at least one entry: the limit in chunks bounds the entries too.
        select.text.append(" ORDER BY received_minute, id LIMIT ?");
        select.parameters.add(limit);
        List<Expiring> chunks = jdbc.prepareStatement(select.text.toString(), statement -> {
            select.bind(statement);
            List<Expiring> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Expiring(rows.getObject("id", UUID.class),
                            newestMicros(rows),
                            rows.getInt("entry_count")));
                }
            }
            return found;
        });
        int budget = limit;
        List<UUID> whole = new ArrayList<>();
        for (Expiring chunk : chunks) {
            if (budget == 0) {
                break;
            }
            if (chunk.newestMicros() < cutoff && chunk.entryCount() <= budget) {
                whole.add(chunk.id());
                budget -= chunk.entryCount();
            } else {
                budget -= trim(chunk.id(), cutoff, budget);
            }
        }
        if (!whole.isEmpty()) {
            jdbc.prepareStatement(DELETE_CHUNK, statement -> {
                for (UUID id : whole) {
                    statement.setObject(1, id);
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
        return limit - budget;
    }

    /** Removes up to {@code most} entries received before {@code cutoff} from a chunk, oldest first. */
    private int trim(UUID chunkId, long cutoff, int most) {
        List<StoredEntry> entries = new ArrayList<>(jdbc.prepareStatement(
                "SELECT entries FROM request_log_chunk WHERE id = ?", statement -> {
                    statement.setObject(1, chunkId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? ChunkReader.entries(rows.getBytes("entries")) : List.<StoredEntry>of();
                    }
                }));
        entries.sort((one, other) -> compare(one.receivedAtMicros(), one.id(), other.receivedAtMicros(), other.id()));
        int removed = 0;
        while (removed < most && removed < entries.size() && entries.get(removed).receivedAtMicros() < cutoff) {
            removed++;
        }
        if (removed == 0) {
            return 0;
        }
        List<StoredEntry> kept = entries.subList(removed, entries.size());
        if (kept.isEmpty()) {
            jdbc.prepareStatement(DELETE_CHUNK, statement -> {
                statement.setObject(1, chunkId);
                return statement.executeUpdate();
            });
        } else {
            ChunkRow rewritten = ChunkRow.rewritten(chunkId, kept);
            jdbc.prepareStatement(ChunkRow.UPDATE, statement -> {
                rewritten.bindUpdate(statement);
                return statement.executeUpdate();
            });
        }
        return removed;
    }

    private static long newestMicros(ResultSet rows) throws SQLException {
        return StoredEntryMapper.micros(rows.getObject("newest_received_at", OffsetDateTime.class).toInstant());
    }

    /** A chunk as a listing reads it. */
    private record Chunk(UUID id, long newestMicros, byte[] entries) {
    }

    /** A chunk the retention job may delete from. */
    private record Expiring(UUID id, long newestMicros, int entryCount) {
    }

    /** The newest entries found so far, at most {@code capacity} of them. */
    private static final class Matches {

        private final int capacity;
        private final TreeSet<StoredEntry> entries = new TreeSet<>((one, other) ->
                compare(other.receivedAtMicros(), other.id(), one.receivedAtMicros(), one.id()));

        Matches(int capacity) {
            this.capacity = capacity;
        }

        boolean complete() {
            return entries.size() >= capacity;
        }

        /** The arrival of the oldest entry kept. */
        long oldestMicros() {
            return entries.last().receivedAtMicros();
        }

        /** Whether an entry with this arrival and id would be kept. */
        boolean wants(long micros, UUID id) {
            if (!complete()) {
                return true;
            }
            StoredEntry oldest = entries.last();
            return compare(micros, id, oldest.receivedAtMicros(), oldest.id()) > 0;
        }

        void add(StoredEntry entry) {
            entries.add(entry);
            if (entries.size() > capacity) {
                entries.pollLast();
            }
        }

        List<StoredEntry> newestFirst() {
            return List.copyOf(entries);
        }
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
