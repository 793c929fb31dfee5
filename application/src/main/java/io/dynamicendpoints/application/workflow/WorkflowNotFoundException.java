package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.WorkflowId;

/** No stored workflow has this id. */
public final class WorkflowNotFoundException extends RuntimeException {

    public WorkflowNotFoundException(WorkflowId id) {
        this(id.value());
    }

    public WorkflowNotFoundException(long id) {
        super("No workflow with id " + id);
    }
}
