/**
 * Stored virtual records: the rows workflows create, update and look up for any entity
 * ({@code note}, {@code contact}, ...), one row per record, whose {@code fields} column holds the
 * record's fields as one JSON document.
 */
package io.dynamicendpoints.adapters.persistence.record;
