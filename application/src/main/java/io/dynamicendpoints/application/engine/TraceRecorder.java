package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.List;

/**
 * Where the trace of a run goes when it ends, for runs that go on after their caller was answered
 * (durable async runs, {@code sse} streams): their request's log entry was written before the trace
 * was complete. Called on the run's thread once the run is over; it must not fail the run.
 */
@FunctionalInterface
public interface TraceRecorder {

    /** Keeps nothing: for a platform with the request log off, and tests that do not look. */
    TraceRecorder NONE = (runId, workflow, trace) -> {
    };

    void ended(String runId, WorkflowId workflow, List<TraceEntry> trace);
}
