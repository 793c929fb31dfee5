/**
 * The request log in the {@code request_log} table: batch inserts from the background writer, keyset
 * paging for admins, and batched deletes for the retention job, in plain JDBC over Micronaut Data's
 * connection handling.
 */
package io.dynamicendpoints.adapters.persistence.requestlog;
