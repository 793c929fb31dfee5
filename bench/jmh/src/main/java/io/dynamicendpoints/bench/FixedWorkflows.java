package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.List;
import java.util.Optional;

/** A read-only {@link Workflows} over a fixed list: all the endpoint index needs to load itself. */
final class FixedWorkflows implements Workflows {

    private final List<Workflow> workflows;

    FixedWorkflows(List<Workflow> workflows) {
        this.workflows = List.copyOf(workflows);
    }

    @Override
    public Workflow add(Workflow workflow) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Optional<Workflow> replace(Workflow workflow) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Optional<Workflow> find(WorkflowId id) {
        return workflows.stream().filter(workflow -> workflow.id().equals(Optional.of(id))).findFirst();
    }

    @Override
    public List<Workflow> all() {
        return workflows;
    }

    @Override
    public List<Workflow> published() {
        return workflows.stream().filter(Workflow::published).toList();
    }

    @Override
    public boolean remove(WorkflowId id) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public long changeCount() {
        return 1;
    }
}
