package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.workflow.WorkflowId;

/**
 * One committed change to a stored workflow, as another process announces it: which workflow, and
 * the {@link Workflows#changeCount()} that the change advanced the counter to. The count lets a
 * receiver tell whether it has heard of every change or missed one.
 */
public record WorkflowChange(WorkflowId workflow, long changeCount) {
}
