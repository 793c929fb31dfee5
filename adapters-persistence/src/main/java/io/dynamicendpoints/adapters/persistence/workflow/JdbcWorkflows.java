package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * {@link Workflows} in the {@code workflow} table of the default datasource (H2 or PostgreSQL). Each
 * write and its change-counter increment share one transaction, so a process that sees the new count
 * also sees the change, and a failed write leaves the count alone. Nothing is cached: several
 * processes may share the database. On PostgreSQL each change is also announced to the other
 * processes ({@link PostgresWorkflowChangeNotice}), so that they need not wait for their next poll.
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
    /** Null where nobody listens: on H2, or with {@code dynamic-endpoints.endpoints.notify: false}. */
    private final @Nullable PostgresWorkflowChangeNotice notice;

    JdbcWorkflows(WorkflowRowRepository rows, WorkflowChangeCounterRepository counter, WorkflowRowMapper mapper,
                  @Nullable PostgresWorkflowChangeNotice notice) {
        this.rows = rows;
        this.counter = counter;
        this.mapper = mapper;
        this.notice = notice;
    }

    @Override
    @Transactional
    public Workflow add(Workflow workflow) {
        WorkflowRow inserted = rows.save(mapper.toRow(workflow, null, FIRST_REVISION, null));
        countChange(inserted.id());
        return workflow.stored(new WorkflowId(inserted.id()), FIRST_REVISION);
    }

    @Override
    @Transactional
    public Optional<Workflow> replace(Workflow workflow) {
        WorkflowId id = workflow.requireId();
        return rows.findByIdForUpdate(id.value()).map(current -> {
            Workflow stored = workflow.stored(id, current.revision() + 1);
            rows.update(mapper.toRow(stored, current.id(), stored.revision(), current.createdAt()));
            countChange(current.id());
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
            countChange(id.value());
        }
        return removed;
    }

    @Override
    public long changeCount() {
        return counter.findChangeCountById(WorkflowChangeCounterRow.ONLY_ROW).orElseThrow(JdbcWorkflows::counterMissing);
    }

    private void countChange(long workflowId) {
        if (counter.increment() != 1) {
            throw counterMissing();
        }
        if (notice != null) {
            notice.send(workflowId);
        }
    }

    private static IllegalStateException counterMissing() {
        return new IllegalStateException("The row of workflow_change_counter is missing; the V1 migration inserts it");
    }
}
