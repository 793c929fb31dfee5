/**
 * Test databases for the persistence adapters: a private in-memory H2 database in PostgreSQL mode,
 * or a private schema on the local PostgreSQL server, each migrated by Flyway like production.
 */
package io.dynamicendpoints.adapters.persistence;
