package io.dynamicendpoints.adapters.persistence.workflow;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * Reads and advances the change counter. The increment is one {@code UPDATE}, so concurrent writers
 * queue on the row lock and no increment is lost.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WorkflowChangeCounterRepository extends GenericRepository<WorkflowChangeCounterRow, Integer> {

    /** @return the number of rows changed: 1, or 0 when the counter row is missing */
    @Query("UPDATE workflow_change_counter SET change_count = change_count + 1 WHERE id = 1")
    int increment();

    Optional<Long> findChangeCountById(int id);
}
