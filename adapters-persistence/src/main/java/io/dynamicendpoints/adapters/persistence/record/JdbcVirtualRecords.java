package io.dynamicendpoints.adapters.persistence.record;

import io.dynamicendpoints.adapters.persistence.commit.GroupCommit;
import io.dynamicendpoints.adapters.persistence.run.RunEffects;
import io.dynamicendpoints.application.port.RecordFilter;
import io.dynamicendpoints.application.port.RunEffect;
import io.dynamicendpoints.application.port.VirtualRecords;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@link VirtualRecords} in the {@code virtual_record} table of the default datasource (H2 or
 * PostgreSQL).
 *
 * <p>{@code where} is matched in Java, by {@link RecordFilter}, over the entity's records read page by
 * page in id order. Looking inside a JSON column takes SQL that H2 and PostgreSQL do not share
 * ({@code ->>} exists only in PostgreSQL), and the house rule is one set of queries for both; the
 * {@code (entity, id)} index keeps each page cheap, and a match ends the scan early. If entities grow
 * large enough for this to hurt, a side table of (record, field, text) rows would let the database
 * match portably.
 *
 * <p>An update merges into each match under a row lock, re-checking the match after taking it, so two
 * concurrent updates of one record both land and neither writes to a record that no longer matches.
 * Rows are locked in id order, so concurrent updates cannot deadlock each other.
 *
 * <p>A failure of the database reaches the caller as the port's
 * {@link io.dynamicendpoints.application.port.StoreUnavailableException} ({@link StoreFailure}). That
 * is why the update's transaction is begun here rather than by an interceptor: a connection that
 * cannot be had, or a commit that fails, then fails inside this class too.
 */
@Singleton
public final class JdbcVirtualRecords implements VirtualRecords {

    /** Records read per query while searching an entity; small enough to bound memory, large enough to save trips. */
    static final int PAGE_SIZE = 200;

    /** Inserts one commit takes at most: enough for every waiting caller at benchmark concurrency. */
    static final int MAX_BATCH = 64;

    private final VirtualRecordRowRepository rows;
    private final VirtualRecordRowMapper mapper;
    private final GroupCommit<VirtualRecordRow, Long> inserts;
    private final TransactionOperations<Connection> transactions;
    private final RunEffects effects;

    JdbcVirtualRecords(VirtualRecordRowRepository rows, VirtualRecordRowMapper mapper,
                       TransactionOperations<Connection> transactions, RunEffects effects) {
        this.rows = rows;
        this.mapper = mapper;
        this.transactions = transactions;
        this.effects = effects;
        this.inserts = new GroupCommit<>(transactions, row -> rows.save(row).id(), MAX_BATCH);
    }

    /** Concurrent creates share a commit ({@link GroupCommit}); each returns once its own row is committed. */
    @Override
    public long create(String entity, Map<String, Object> fields) {
        Objects.requireNonNull(entity, "entity");
        VirtualRecordRow row = mapper.newRow(entity, fields);
        return guarded(() -> inserts.submit(row));
    }

    /**
     * In a transaction of its own rather than a group commit: the record and the note that the step
     * stored it ({@link RunEffects}) commit together, or neither does.
     */
    @Override
    public long create(String entity, Map<String, Object> fields, RunEffect effect) {
        Objects.requireNonNull(entity, "entity");
        VirtualRecordRow row = mapper.newRow(entity, fields);
        return guarded(() -> transactions.executeWrite(status -> effects.once(effect, () -> rows.save(row).id())));
    }

    @Override
    public int update(String entity, Map<String, String> where, Map<String, Object> fields) {
        return guarded(() -> transactions.executeWrite(status -> updateMatching(entity, where, fields)));
    }

    @Override
    public int update(String entity, Map<String, String> where, Map<String, Object> fields, RunEffect effect) {
        return guarded(() -> transactions.executeWrite(status ->
                (int) effects.once(effect, () -> updateMatching(entity, where, fields))));
    }

    /** Within the caller's transaction. */
    private int updateMatching(String entity, Map<String, String> where, Map<String, Object> fields) {
        Predicate<VirtualRecordRow> matches = matching(where);
        List<Long> candidates = oldestFirst(entity).filter(matches).map(VirtualRecordRow::id).toList();
        int changed = 0;
        for (Long id : candidates) {
            Optional<VirtualRecordRow> locked = rows.findByIdForUpdate(id).filter(matches);
            if (locked.isPresent()) {
                rows.update(mapper.merged(locked.get(), fields));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public Optional<StoredRecord> findFirst(String entity, Map<String, String> where) {
        return guarded(() -> oldestFirst(entity).filter(matching(where)).findFirst().map(mapper::toRecord));
    }

    @Override
    public List<StoredRecord> newest(String entity, int limit) {
        Objects.requireNonNull(entity, "entity");
        if (limit <= 0) {
            return List.of();
        }
        return guarded(() -> rows.findNewest(entity, limit).stream().map(mapper::toRecord).toList());
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            throw StoreFailure.translated(failure);
        }
    }

    private Predicate<VirtualRecordRow> matching(Map<String, String> where) {
        RecordFilter filter = new RecordFilter(where);
        return row -> filter.matches(mapper.fields(row));
    }

    /** The entity's records, oldest first, read a page at a time as the stream is consumed. */
    private Stream<VirtualRecordRow> oldestFirst(String entity) {
        Objects.requireNonNull(entity, "entity");
        return Stream.iterate(rows.findPage(entity, 0, PAGE_SIZE), page -> !page.isEmpty(),
                        page -> page.size() < PAGE_SIZE
                                ? List.of()
                                : rows.findPage(entity, page.getLast().id(), PAGE_SIZE))
                .flatMap(List::stream);
    }
}
