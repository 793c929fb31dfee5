package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RecordFilter;
import io.dynamicendpoints.application.port.RunEffect;
import io.dynamicendpoints.application.port.VirtualRecords;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link VirtualRecords} in a map, for tests of the use cases and the engine. It honours the same
 * contract as the JDBC adapter ({@code VirtualRecordsContract}): ids from 1 upwards in creation order,
 * {@code where} compared as text by {@link RecordFilter}, fields handed back as a JSON store would
 * (see {@link JsonRoundTrip}). Every method locks the whole store, like a transaction would, so
 * concurrent merges into one record lose nothing.
 */
public final class InMemoryVirtualRecords implements VirtualRecords {

    private final TreeMap<Long, StoredRecord> byId = new TreeMap<>();
    /** Results of the steps of durable runs, by run and step (no fencing: that lives with the runs). */
    private final Map<List<String>, Long> effects = new HashMap<>();
    private final Clock clock;
    private long lastId;

    /** Stamps records with the time of {@code clock}, so tests can tell creation from update. */
    public InMemoryVirtualRecords(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public InMemoryVirtualRecords() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized long create(String entity, Map<String, Object> fields) {
        Objects.requireNonNull(entity, "entity");
        Map<String, Object> stored = JsonRoundTrip.copy(fields);
        Instant now = clock.instant();
        byId.put(++lastId, new StoredRecord(lastId, entity, stored, now, now));
        return lastId;
    }

    @Override
    public synchronized long create(String entity, Map<String, Object> fields, RunEffect effect) {
        return effects.computeIfAbsent(keyOf(effect), key -> create(entity, fields));
    }

    @Override
    public synchronized int update(String entity, Map<String, String> where, Map<String, Object> fields,
                                   RunEffect effect) {
        return effects.computeIfAbsent(keyOf(effect), key -> (long) update(entity, where, fields)).intValue();
    }

    private static List<String> keyOf(RunEffect effect) {
        return List.of(effect.claim().runId(), effect.stepId());
    }

    @Override
    public synchronized int update(String entity, Map<String, String> where, Map<String, Object> fields) {
        RecordFilter filter = new RecordFilter(where);
        Map<String, Object> changes = JsonRoundTrip.copy(fields);
        List<StoredRecord> matching = ofEntity(entity).stream().filter(current -> filter.matches(current.fields())).toList();
        Instant now = clock.instant();
        for (StoredRecord current : matching) {
            Map<String, Object> merged = new LinkedHashMap<>(current.fields());
            merged.putAll(changes);
            byId.put(current.id(), new StoredRecord(current.id(), entity, JsonRoundTrip.copy(merged),
                    current.createdAt(), now));
        }
        return matching.size();
    }

    @Override
    public synchronized Optional<StoredRecord> findFirst(String entity, Map<String, String> where) {
        RecordFilter filter = new RecordFilter(where);
        return ofEntity(entity).stream().filter(current -> filter.matches(current.fields())).findFirst();
    }

    @Override
    public synchronized List<StoredRecord> newest(String entity, int limit) {
        return ofEntity(entity).reversed().stream().limit(Math.max(limit, 0)).toList();
    }

    /** The records of one entity, oldest first. */
    private List<StoredRecord> ofEntity(String entity) {
        Objects.requireNonNull(entity, "entity");
        return byId.values().stream().filter(current -> current.entity().equals(entity)).toList();
    }
}
