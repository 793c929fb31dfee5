package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

/** Takes a workflow's URL offline at once; the definition is kept. */
public final class UnpublishWorkflow {

    private final ChangeWorkflow change;

    public UnpublishWorkflow(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls) {
        this.change = new ChangeWorkflow(workflows, endpoints, urls);
    }

    public WorkflowView unpublish(WorkflowId id) {
        return change.apply(id, Workflow::unpublish);
    }
}
