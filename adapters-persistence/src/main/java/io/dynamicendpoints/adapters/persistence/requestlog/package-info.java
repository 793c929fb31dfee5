/**
 * The request log in the {@code request_log_chunk} table: the background writer's batches packed into
 * one row per workflow and minute ({@link io.dynamicendpoints.adapters.persistence.requestlog.ChunkRow}),
 * keyset paging over those chunks for admins, and batched deletes for the retention job, in plain JDBC
 * over Micronaut Data's connection handling.
 */
package io.dynamicendpoints.adapters.persistence.requestlog;
