package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.template.CompiledTemplate;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateOutput;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.Workflow;

/**
 * A published workflow as the listener serves it: the definition plus its templates, parsed once per
 * revision so that a request only renders.
 */
public record PublishedEndpoint(
        Workflow workflow,
        CompiledTemplate reply,
        CompiledTemplate endpointKey,
        CompiledTemplate endpointSecret,
        CompiledTemplate corsDomains) {

    /** @throws io.dynamicendpoints.application.template.TemplateException when a template does not parse */
    static PublishedEndpoint compile(Workflow workflow, TemplateEngine templates) {
        EndpointListener listener = workflow.listener();
        return new PublishedEndpoint(workflow,
                templates.compile(listener.replyTemplate(), replyOutput(listener.returnType())),
                templates.compile(listener.jwt().endpointKey()),
                templates.compile(listener.jwt().endpointSecret().template()),
                templates.compile(listener.cors().domains()));
    }

    /** How the reply's printed values are escaped (docs/scripting.md, "Escaping"). */
    static TemplateOutput replyOutput(ReturnType returnType) {
        return switch (returnType) {
            case DATA -> TemplateOutput.DATA;
            case HTML -> TemplateOutput.HTML;
            case REDIRECT, CONTINUE, SSE -> TemplateOutput.TEXT;
        };
    }

    @Override
    public String toString() {
        return "PublishedEndpoint[workflow=" + workflow.id().map(Object::toString).orElse("?")
                + ", revision=" + workflow.revision() + "]";
    }
}
