package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.function.UnaryOperator;

/**
 * The read-change-store-refresh sequence that publishing, unpublishing and regenerating a URL share.
 * The index is refreshed before returning, so the caller's next request already sees the change.
 */
final class ChangeWorkflow {

    private final Workflows workflows;
    private final PublishedEndpoints endpoints;
    private final EndpointUrls urls;

    ChangeWorkflow(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls) {
        this.workflows = workflows;
        this.endpoints = endpoints;
        this.urls = urls;
    }

    WorkflowView apply(WorkflowId id, UnaryOperator<Workflow> change) {
        Workflow current = workflows.find(id).orElseThrow(() -> new WorkflowNotFoundException(id));
        Workflow stored = workflows.replace(change.apply(current)).orElseThrow(() -> new WorkflowNotFoundException(id));
        endpoints.refresh();
        return new WorkflowView(stored, urls.of(stored.address()));
    }
}
