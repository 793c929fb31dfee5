package io.dynamicendpoints.adapters.persistence.workflow;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The queries {@link JdbcWorkflows} needs over the {@code workflow} table, and no others. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WorkflowRowRepository extends GenericRepository<WorkflowRow, Long> {

    WorkflowRow save(WorkflowRow row);

    WorkflowRow update(WorkflowRow row);

    Optional<WorkflowRow> findById(Long id);

    /** Locks the row until the transaction ends, so that concurrent replaces count revisions one by one. */
    Optional<WorkflowRow> findByIdForUpdate(Long id);

    List<WorkflowRow> listOrderById();

    /** Rows whose definition text matches {@code like} but not {@code notLike}: a cheap pre-filter, the mapper decides. */
    @Query("SELECT * FROM workflow WHERE definition LIKE :like AND definition NOT LIKE :notLike ORDER BY id")
    List<WorkflowRow> findByDefinitionLikeButNot(String like, String notLike);

    List<WorkflowRow> findByPublishedOrderById(boolean published);

    int deleteById(Long id);

    /**
     * Replaces a definition without making a new revision: only for sealing its secret, which changes
     * nothing a reader sees. A row changed meanwhile is left alone (0 rows); its writer sealed it.
     */
    @Query("UPDATE workflow SET definition = :definition WHERE id = :id AND revision = :revision")
    int updateDefinition(long id, long revision, String definition);
}
