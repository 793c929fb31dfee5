package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refuses a definition whose templates do not parse, so the mistake surfaces on save, not on the first request. */
final class TemplateCheck {

    private final TemplateEngine templates;

    TemplateCheck(TemplateEngine templates) {
        this.templates = templates;
    }

    void check(Workflow workflow) {
        EndpointListener listener = workflow.listener();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("listener.return_data", listener.returnData());
        fields.put("listener.return_html", listener.returnHtml());
        fields.put("listener.return_redirect", listener.returnRedirect());
        fields.put("listener.endpoint_key", listener.jwt().endpointKey());
        fields.put("listener.endpoint_secret", listener.jwt().endpointSecret().template());
        fields.put("listener.cors_domains", listener.cors().domains());
        Map<String, String> violations = new LinkedHashMap<>();
        fields.forEach((field, source) -> {
            try {
                templates.compile(source);
            } catch (TemplateException e) {
                violations.put(field, "The template does not parse: " + e.getMessage());
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidWorkflowException(violations);
        }
    }
}
