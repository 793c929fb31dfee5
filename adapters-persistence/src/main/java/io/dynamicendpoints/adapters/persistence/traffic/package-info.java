/**
 * Traffic counts over the {@code request_log_chunk} table: aggregate queries over the counts each
 * chunk keeps (one per question, for all endpoints at once) that run unchanged on H2 in PostgreSQL
 * mode and on PostgreSQL.
 */
package io.dynamicendpoints.adapters.persistence.traffic;
