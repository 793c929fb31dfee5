package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.port.WorkflowRunsContract;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryWorkflowRunsTest extends WorkflowRunsContract {

    @Override
    protected WorkflowRuns emptyRuns() {
        return new InMemoryWorkflowRuns();
    }
}
