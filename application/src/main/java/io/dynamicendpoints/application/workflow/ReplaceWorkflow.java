package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.Map;
import java.util.random.RandomGenerator;

/** Replaces a workflow's definition; its URL (the hashes) stays as it was. */
public final class ReplaceWorkflow {

    private final Workflows workflows;
    private final PublishedEndpoints endpoints;
    private final TemplateCheck templateCheck;
    private final EndpointUrls urls;
    private final RandomGenerator random;

    public ReplaceWorkflow(Workflows workflows, PublishedEndpoints endpoints, TemplateEngine templates,
                           EndpointUrls urls, RandomGenerator random) {
        this.workflows = workflows;
        this.endpoints = endpoints;
        this.templateCheck = new TemplateCheck(templates);
        this.urls = urls;
        this.random = random;
    }

    public WorkflowView replace(WorkflowId id, Map<String, Object> definition) {
        Workflow current = workflows.find(id).orElseThrow(() -> new WorkflowNotFoundException(id));
        Workflow read = WorkflowDocument.read(definition, current.address(),
                listener -> listener.withGeneratedCredentials(random));
        Workflow next = new Workflow(current.id(), current.revision(), read.name(), read.description(), read.runMode(),
                read.published(), read.listener(), read.steps());
        templateCheck.check(next);
        Workflow stored = workflows.replace(next).orElseThrow(() -> new WorkflowNotFoundException(id));
        endpoints.refresh();
        return new WorkflowView(stored, urls.of(stored.address()));
    }
}
