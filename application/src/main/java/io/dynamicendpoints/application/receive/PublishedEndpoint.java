package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.template.CompiledTemplate;
import io.dynamicendpoints.domain.workflow.Workflow;

/** A published workflow as the listener serves it: the definition plus its reply template, parsed once. */
public record PublishedEndpoint(Workflow workflow, CompiledTemplate reply) {
}
