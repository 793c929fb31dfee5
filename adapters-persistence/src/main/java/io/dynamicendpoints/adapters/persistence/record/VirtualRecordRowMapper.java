package io.dynamicendpoints.adapters.persistence.record;

import io.dynamicendpoints.application.port.VirtualRecords.StoredRecord;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between records and rows; the fields are one JSON object written and read by Micronaut's
 * {@link JsonMapper}, the same one the HTTP side uses, so a value reads back the way a request body
 * carrying it would.
 */
@Singleton
final class VirtualRecordRowMapper {

    private static final Argument<Map<String, Object>> FIELDS = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    VirtualRecordRowMapper(JsonMapper json) {
        this.json = json;
    }

    /** The row of a record not stored yet. */
    VirtualRecordRow newRow(String entity, Map<String, Object> fields) {
        return new VirtualRecordRow(null, entity, write(fields), null, null);
    }

    /** The row after {@code changes} were merged into its fields; the update time is left to the write. */
    VirtualRecordRow merged(VirtualRecordRow row, Map<String, Object> changes) {
        Map<String, Object> fields = new LinkedHashMap<>(fields(row));
        fields.putAll(changes);
        return new VirtualRecordRow(row.id(), row.entity(), write(fields), row.createdAt(), null);
    }

    StoredRecord toRecord(VirtualRecordRow row) {
        return new StoredRecord(row.id(), row.entity(), fields(row), row.createdAt(), row.updatedAt());
    }

    Map<String, Object> fields(VirtualRecordRow row) {
        try {
            return Collections.unmodifiableMap(json.readValue(row.fields(), FIELDS));
        } catch (IOException e) {
            throw new UncheckedIOException("The fields of virtual record " + row.id() + " are not a JSON object", e);
        }
    }

    private String write(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("Record fields could not be written as JSON", e);
        }
    }
}
