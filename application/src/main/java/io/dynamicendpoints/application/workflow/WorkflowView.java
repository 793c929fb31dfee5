package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.Map;

/** A workflow together with its public URL, as the admin API and console show it. */
public record WorkflowView(Workflow workflow, String url) {

    /** The api.md §6 document, with {@code id} and the derived {@code listener.url}. */
    public Map<String, Object> document() {
        return WorkflowDocument.write(workflow, url);
    }
}
