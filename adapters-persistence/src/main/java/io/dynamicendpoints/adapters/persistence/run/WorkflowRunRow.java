package io.dynamicendpoints.adapters.persistence.run;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of the {@code workflow_run} table. Every time in it comes from the caller's {@code now}, not
 * from the database or a Micronaut stamp, so leases are measured on the one clock that compares them.
 *
 * @param id         a random UUID, chosen before the insert so the caller knows it at once
 * @param data       the request's data as one JSON object
 * @param status     {@link RunStatus#storedName()}
 * @param claimedBy  the node holding the run; null for a run nobody claimed yet
 * @param claimedAt  when the holder claimed or last renewed it: the start of its lease
 * @param attempts   how many times the run was claimed, the accepting node's claim included
 * @param error      why a failed run failed
 * @param finishedAt when the run was finished
 */
@MappedEntity("workflow_run")
record WorkflowRunRow(
        @Id String id,
        long workflowId,
        String data,
        String status,
        @Nullable String claimedBy,
        @Nullable Instant claimedAt,
        int attempts,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant finishedAt) {
}
