package io.dynamicendpoints.application.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's own record store, where workflows create, update and look up records of any entity
 * ({@code note}, {@code contact}, ...). Fields are plain values (strings, numbers, booleans, null,
 * lists, maps) kept as one JSON document per record.
 */
public interface VirtualRecords {

    /** Stores a new record and returns its id. */
    long create(String entity, Map<String, Object> fields);

    /**
     * Stores a new record for a step of a durable run, once: when {@code effect}'s step stored one
     * already (an earlier execution of the run), returns that record's id and stores nothing.
     *
     * @throws RunTakenOverException when {@code effect}'s claim no longer holds the run (nothing stored)
     */
    long create(String entity, Map<String, Object> fields, RunEffect effect);

    /**
     * Merges {@code fields} into every record of {@code entity} whose fields equal all of {@code where}
     * (compared as text); returns how many records changed.
     */
    int update(String entity, Map<String, String> where, Map<String, Object> fields);

    /**
     * {@link #update(String, Map, Map)} for a step of a durable run, once: when {@code effect}'s step
     * updated already, returns the count it changed then and changes nothing (a counter is not counted
     * twice).
     *
     * @throws RunTakenOverException when {@code effect}'s claim no longer holds the run (nothing changed)
     */
    int update(String entity, Map<String, String> where, Map<String, Object> fields, RunEffect effect);

    /** The oldest record of {@code entity} whose fields equal all of {@code where} (compared as text). */
    Optional<StoredRecord> findFirst(String entity, Map<String, String> where);

    /** The newest records of {@code entity} first, at most {@code limit}. */
    List<StoredRecord> newest(String entity, int limit);

    /** A record as stored. */
    record StoredRecord(long id, String entity, Map<String, Object> fields, java.time.Instant createdAt,
                        java.time.Instant updatedAt) {
    }
}
