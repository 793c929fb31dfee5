package io.dynamicendpoints.application.record;

import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.application.port.VirtualRecords.StoredRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The newest records of an entity, for admins checking what their workflows did. */
public final class ReadRecords {

    public static final int MAX_LIMIT = 500;
    private static final Pattern ENTITY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final VirtualRecords records;

    public ReadRecords(VirtualRecords records) {
        this.records = records;
    }

    /** An entity name that no step could have written yields an empty list rather than an error. */
    public List<RecordView> newest(String entity, int limit) {
        if (entity == null || !ENTITY.matcher(entity).matches()) {
            return List.of();
        }
        return records.newest(entity, Math.max(1, Math.min(limit, MAX_LIMIT))).stream().map(ReadRecords::view).toList();
    }

    private static RecordView view(StoredRecord record) {
        return new RecordView(record.id(), record.entity(), record.fields(), record.createdAt(), record.updatedAt());
    }

    /** A stored record as admins see it. */
    public record RecordView(long id, String entity, Map<String, Object> fields, Instant createdAt, Instant updatedAt) {
    }
}
