package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Stores a new workflow from its JSON definition: generates the URL hashes, and the endpoint key and
 * secret when authentication is on and none were given.
 */
public final class CreateWorkflow {

    private final Workflows workflows;
    private final PublishedEndpoints endpoints;
    private final TemplateCheck templateCheck;
    private final EndpointUrls urls;
    private final RandomGenerator random;

    public CreateWorkflow(Workflows workflows, PublishedEndpoints endpoints, TemplateEngine templates,
                          EndpointUrls urls, RandomGenerator random) {
        this.workflows = workflows;
        this.endpoints = endpoints;
        this.templateCheck = new TemplateCheck(templates);
        this.urls = urls;
        this.random = random;
    }

    /** @throws io.dynamicendpoints.domain.workflow.InvalidWorkflowException naming each bad field */
    public WorkflowView create(Map<String, Object> definition) {
        Workflow workflow = WorkflowDocument.read(definition, EndpointAddress.generate(random),
                listener -> listener.withGeneratedCredentials(random));
        templateCheck.check(workflow);
        Workflow stored = workflows.add(workflow);
        endpoints.refresh();
        return new WorkflowView(stored, urls.of(stored.address()));
    }
}
