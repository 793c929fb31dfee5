package io.dynamicendpoints.adapters.http.admin;

import io.dynamicendpoints.application.workflow.WorkflowView;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** One row of {@code GET /api/workflows}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record WorkflowSummary(long id, String name, boolean published, String runMode, String returnType, String url) {

    static WorkflowSummary of(WorkflowView view) {
        var workflow = view.workflow();
        return new WorkflowSummary(workflow.requireId().value(), workflow.name(), workflow.published(),
                workflow.runMode().externalName(), workflow.listener().returnType().externalName(), view.url());
    }
}
