package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.random.RandomGenerator;

/**
 * Replaces an endpoint's JWT secret with a new 256-bit one: tokens signed with the old secret fail
 * from the next request on, so every caller must switch.
 */
public final class RotateEndpointSecret {

    private final ChangeWorkflow change;
    private final RandomGenerator random;

    public RotateEndpointSecret(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls,
                                RandomGenerator random) {
        this.change = new ChangeWorkflow(workflows, endpoints, urls);
        this.random = random;
    }

    public WorkflowView rotate(WorkflowId id) {
        return change.apply(id, workflow -> new Workflow(workflow.id(), workflow.revision(), workflow.name(),
                workflow.description(), workflow.runMode(), workflow.published(),
                workflow.listener().withJwt(workflow.listener().jwt().withRotatedSecret(random)), workflow.steps()));
    }
}
