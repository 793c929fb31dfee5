package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

/** Makes a workflow's URL live; a definition that cannot run is refused. */
public final class PublishWorkflow {

    private final ChangeWorkflow change;

    public PublishWorkflow(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls) {
        this.change = new ChangeWorkflow(workflows, endpoints, urls);
    }

    /** @throws io.dynamicendpoints.domain.workflow.InvalidWorkflowException when the definition cannot run */
    public WorkflowView publish(WorkflowId id) {
        return change.apply(id, Workflow::publish);
    }
}
