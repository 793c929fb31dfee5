package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * {@link Workflows} in the {@code workflow} table of the default datasource (H2 or PostgreSQL). Each
 * write and its change-counter increment share one transaction, so a process that sees the new count
 * also sees the change, and a failed write leaves the count alone. Nothing is cached: several
 * processes may share the database.
 *
 * <p>Not final: Micronaut applies {@link Transactional} through a generated subclass.
 */
@Singleton
public class JdbcWorkflows implements Workflows {

    /** The revision of a workflow the first time it is stored. */
    static final long FIRST_REVISION = 1;

    private final WorkflowRowRepository rows;
    private final WorkflowChangeCounterRepository counter;
    private final WorkflowRowMapper mapper;

    JdbcWorkflows(WorkflowRowRepository rows, WorkflowChangeCounterRepository counter, WorkflowRowMapper mapper) {
        this.rows = rows;
        this.counter = counter;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Workflow add(Workflow workflow) {
        WorkflowRow inserted = rows.save(mapper.toRow(workflow, null, FIRST_REVISION, null));
        countChange();
        return workflow.stored(new WorkflowId(inserted.id()), FIRST_REVISION);
    }

    @Override
    @Transactional
    public Optional<Workflow> replace(Workflow workflow) {
        WorkflowId id = workflow.requireId();
        return rows.findByIdForUpdate(id.value()).map(current -> {
            Workflow stored = workflow.stored(id, current.revision() + 1);
            rows.update(mapper.toRow(stored, current.id(), stored.revision(), current.createdAt()));
            countChange();
            return stored;
        });
    }

    @Override
    public Optional<Workflow> find(WorkflowId id) {
        return rows.findById(id.value()).map(mapper::toWorkflow);
    }

    @Override
    public List<Workflow> all() {
        return rows.listOrderById().stream().map(mapper::toWorkflow).toList();
    }

    @Override
    public List<Workflow> published() {
        return rows.findByPublishedOrderById(true).stream().map(mapper::toWorkflow).toList();
    }

    @Override
    @Transactional
    public boolean remove(WorkflowId id) {
        boolean removed = rows.deleteById(id.value()) > 0;
        if (removed) {
            countChange();
        }
        return removed;
    }

    @Override
    public long changeCount() {
        return counter.findChangeCountById(WorkflowChangeCounterRow.ONLY_ROW).orElseThrow(JdbcWorkflows::counterMissing);
    }

    private void countChange() {
        if (counter.increment() != 1) {
            throw counterMissing();
        }
    }

    private static IllegalStateException counterMissing() {
        return new IllegalStateException("The row of workflow_change_counter is missing; the V1 migration inserts it");
    }
}
