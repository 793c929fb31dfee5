package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.ExecutionContext;
import io.dynamicendpoints.domain.run.TraceEntry;

import java.util.List;
import java.util.Objects;

/**
 * The workflow run a request started, as the request log records it: the run's id and the steps it
 * had taken when the entry was made. A durable (async) or streaming ({@code sse}) run goes on after
 * its caller is answered, so its entry carries the id and an empty trace; the run's own trace is
 * stored when it ends (see {@link RequestRecorder#runEnded}).
 */
public record StartedRun(String runId, List<TraceEntry> trace) {

    public StartedRun {
        Objects.requireNonNull(runId, "runId");
        trace = trace == null ? List.of() : trace;
    }

    /** The run as far as it got now. */
    public static StartedRun of(ExecutionContext context) {
        return new StartedRun(context.runId(), context.trace());
    }

    /** A run that goes on elsewhere: its id only. */
    public static StartedRun started(String runId) {
        return new StartedRun(runId, List.of());
    }
}
