package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.port.WorkflowsContract;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryWorkflowsTest extends WorkflowsContract {

    @Override
    protected Workflows emptyWorkflows() {
        return new InMemoryWorkflows();
    }
}
