package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.List;

/** The stored workflows, for admins. */
public final class ReadWorkflows {

    private final Workflows workflows;
    private final EndpointUrls urls;

    public ReadWorkflows(Workflows workflows, EndpointUrls urls) {
        this.workflows = workflows;
        this.urls = urls;
    }

    public List<WorkflowView> all() {
        return workflows.all().stream().map(workflow -> new WorkflowView(workflow, urls.of(workflow.address()))).toList();
    }

    public WorkflowView one(WorkflowId id) {
        return workflows.find(id)
                .map(workflow -> new WorkflowView(workflow, urls.of(workflow.address())))
                .orElseThrow(() -> new WorkflowNotFoundException(id));
    }
}
