package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.dynamicendpoints.domain.workflow.Workflow;

import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.step.FindRecordStep;
import io.dynamicendpoints.domain.step.HttpRequestStep;
import io.dynamicendpoints.domain.step.SseEventStep;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.StoreValueStep;
import io.dynamicendpoints.domain.step.UpdateRecordStep;
import io.dynamicendpoints.domain.step.VirtualConditionStep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a definition whose templates do not parse, listener and steps alike, so the mistake
 * surfaces on save with the field's path, not on the first request.
 */
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
        addSteps(fields, "steps", workflow.steps());
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

    private static void addSteps(Map<String, String> fields, String path, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            String at = path + "[" + i + "]";
            Step step = steps.get(i);
            switch (step) {
                case VirtualConditionStep c -> {
                    for (int j = 0; j < c.conditions().size(); j++) {
                        fields.put(at + ".conditions[" + j + "].left", c.conditions().get(j).left());
                        fields.put(at + ".conditions[" + j + "].right", c.conditions().get(j).right());
                    }
                    addSteps(fields, at + ".yes", c.yes());
                    addSteps(fields, at + ".no", c.no());
                }
                case EndpointResponseStep r -> {
                    fields.put(at + ".return_data", r.returnData());
                    fields.put(at + ".return_html", r.returnHtml());
                    fields.put(at + ".return_redirect", r.returnRedirect());
                    addMap(fields, at + ".headers", r.headers());
                }
                case StoreValueStep v -> fields.put(at + ".value", v.value());
                case CreateRecordStep c -> addMap(fields, at + ".fields", c.fields());
                case UpdateRecordStep u -> {
                    addMap(fields, at + ".where", u.where());
                    addMap(fields, at + ".fields", u.fields());
                }
                case FindRecordStep f -> addMap(fields, at + ".where", f.where());
                case HttpRequestStep h -> {
                    fields.put(at + ".url", h.url());
                    fields.put(at + ".body", h.body());
                    addMap(fields, at + ".headers", h.headers());
                }
                case SseEventStep e -> {
                    fields.put(at + ".event", e.event());
                    fields.put(at + ".data", e.data());
                }
            }
            if (!(step instanceof VirtualConditionStep)) {
                addSteps(fields, at + ".then", step.children());
            }
        }
    }

    private static void addMap(Map<String, String> fields, String path, Map<String, String> values) {
        values.forEach((name, source) -> fields.put(path + "." + name, source));
    }
}
