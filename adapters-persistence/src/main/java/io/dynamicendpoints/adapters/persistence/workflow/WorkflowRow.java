package io.dynamicendpoints.adapters.persistence.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of the {@code workflow} table. {@code definition} is the whole workflow document; the other
 * columns repeat the parts that queries select on, and the address, which the document leaves out.
 *
 * @param id        null until inserted; the database assigns it
 * @param createdAt null until inserted; Micronaut Data fills it in
 * @param updatedAt null until written; Micronaut Data fills it in on every write
 */
@MappedEntity("workflow")
record WorkflowRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        long revision,
        String name,
        String description,
        String runMode,
        boolean published,
        String firstHash,
        String secondHash,
        String definition,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
