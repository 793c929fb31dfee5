package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trace of a run that went on after its caller was answered (a durable async run, an {@code sse}
 * stream), stored when the run ended. Its request's log entry names the run but could not hold the
 * trace; reading the entry joins this (entries are never changed once written).
 *
 * @param steps the trace in the shape the log shows ({@code step_id}, {@code kind}, {@code outcome},
 *              {@code duration_ms}, {@code detail})
 */
public record RunTrace(String runId, WorkflowId workflowId, Instant endedAt, List<Map<String, Object>> steps) {

    public RunTrace {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(endedAt, "endedAt");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
