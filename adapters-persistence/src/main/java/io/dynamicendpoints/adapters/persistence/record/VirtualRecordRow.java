package io.dynamicendpoints.adapters.persistence.record;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of the {@code virtual_record} table.
 *
 * @param id        null until inserted; the database assigns it, in creation order
 * @param fields    the record's fields as one JSON object
 * @param createdAt null until inserted; Micronaut Data fills it in
 * @param updatedAt null until written; Micronaut Data fills it in on every write
 */
@MappedEntity("virtual_record")
record VirtualRecordRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        String entity,
        String fields,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
