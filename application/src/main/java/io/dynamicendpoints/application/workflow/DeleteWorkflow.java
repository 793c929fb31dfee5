package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.domain.workflow.WorkflowId;

/** Deletes a workflow; its URL answers 404 at once. */
public final class DeleteWorkflow {

    private final Workflows workflows;
    private final PublishedEndpoints endpoints;

    public DeleteWorkflow(Workflows workflows, PublishedEndpoints endpoints) {
        this.workflows = workflows;
        this.endpoints = endpoints;
    }

    public void delete(WorkflowId id) {
        if (!workflows.remove(id)) {
            throw new WorkflowNotFoundException(id);
        }
        endpoints.refresh();
    }
}
