package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.List;
import java.util.Optional;

/**
 * The stored workflows. Every write also advances {@link #changeCount()}, which other processes
 * sharing the database poll to learn that their endpoint index is stale.
 */
public interface Workflows {

    /** Stores a new workflow and returns it with its id and first revision. */
    Workflow add(Workflow workflow);

    /** Replaces a stored workflow; returns it with the next revision, or empty when it no longer exists. */
    Optional<Workflow> replace(Workflow workflow);

    Optional<Workflow> find(WorkflowId id);

    /** Every workflow, oldest first. */
    List<Workflow> all();

    /** Every published workflow. */
    List<Workflow> published();

    boolean remove(WorkflowId id);

    /** A number that grows with every change to any workflow, made by any process. */
    long changeCount();
}
