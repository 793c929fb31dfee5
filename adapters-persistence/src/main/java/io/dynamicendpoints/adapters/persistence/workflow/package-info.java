/**
 * Stored workflows in a relational database: one row per workflow, whose {@code definition} column
 * holds the workflow document as JSON text and whose other columns repeat what is selected or sorted
 * on, plus a one-row change counter that every process sharing the database polls to learn that its
 * endpoint index is stale.
 */
package io.dynamicendpoints.adapters.persistence.workflow;
