package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.random.RandomGenerator;

/** Gives a workflow new hashes, for when its URL leaked: the old URL answers 404 from now on. */
public final class RegenerateEndpointUrl {

    private final ChangeWorkflow change;
    private final RandomGenerator random;

    public RegenerateEndpointUrl(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls,
                                 RandomGenerator random) {
        this.change = new ChangeWorkflow(workflows, endpoints, urls);
        this.random = random;
    }

    public WorkflowView regenerate(WorkflowId id) {
        return change.apply(id, workflow -> workflow.withAddress(EndpointAddress.generate(random)));
    }
}
