package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Workflows} in a map, for tests of the use cases. It honours the same contract as the JDBC
 * adapter ({@code WorkflowsContract}): ids from 1 upwards, revisions counted from the stored one, one
 * endpoint address per workflow, and a change count that grows only when something changed. Every
 * method locks the whole store, like a transaction would.
 */
public final class InMemoryWorkflows implements Workflows {

    private final TreeMap<Long, Workflow> byId = new TreeMap<>();
    private long lastId;
    private long changeCount;

    @Override
    public synchronized Workflow add(Workflow workflow) {
        requireFreeAddress(workflow, Optional.empty());
        Workflow stored = workflow.stored(new WorkflowId(++lastId), 1);
        byId.put(lastId, stored);
        changeCount++;
        return stored;
    }

    @Override
    public synchronized Optional<Workflow> replace(Workflow workflow) {
        WorkflowId id = workflow.requireId();
        Workflow current = byId.get(id.value());
        if (current == null) {
            return Optional.empty();
        }
        requireFreeAddress(workflow, Optional.of(id));
        Workflow stored = workflow.stored(id, current.revision() + 1);
        byId.put(id.value(), stored);
        changeCount++;
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<Workflow> find(WorkflowId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public synchronized List<Workflow> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized List<Workflow> published() {
        return byId.values().stream().filter(Workflow::published).toList();
    }

    @Override
    public synchronized boolean remove(WorkflowId id) {
        boolean removed = byId.remove(id.value()) != null;
        if (removed) {
            changeCount++;
        }
        return removed;
    }

    @Override
    public synchronized long changeCount() {
        return changeCount;
    }

    /** The database keeps the first hash unique (the listener looks endpoints up by it); so does the fake. */
    private void requireFreeAddress(Workflow workflow, Optional<WorkflowId> except) {
        String firstHash = workflow.address().firstHash();
        byId.values().stream()
                .filter(other -> other.address().firstHash().equals(firstHash))
                .filter(other -> !other.id().equals(except))
                .findAny()
                .ifPresent(other -> {
                    throw new IllegalStateException("Workflow " + other.requireId() + " already uses this endpoint address");
                });
    }
}
