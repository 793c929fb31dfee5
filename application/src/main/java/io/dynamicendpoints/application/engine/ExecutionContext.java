package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.RunEffect;
import io.dynamicendpoints.domain.run.TraceEntry;

import io.dynamicendpoints.domain.record.VirtualRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's state: its id, the {@code __data} notepad every step reads and writes, where replies go,
 * and the trace. A run executes on one thread; the notepad is not shared between runs.
 */
public final class ExecutionContext {

    private final String runId;
    private final Map<String, Object> data;
    private final ReplySink sink;
    private final RunClaim claim;
    private final List<TraceEntry> trace = Collections.synchronizedList(new ArrayList<>());
    private volatile String failedStep;
    private volatile StepFailure failureReason;

    public ExecutionContext(String runId, Map<String, Object> data, ReplySink sink) {
        this(runId, data, sink, null);
    }

    /** A durable run's context: its effects are stored once, and only while {@code claim} holds the run. */
    public ExecutionContext(RunClaim claim, Map<String, Object> data, ReplySink sink) {
        this(claim.runId(), data, sink, claim);
    }

    private ExecutionContext(String runId, Map<String, Object> data, ReplySink sink, RunClaim claim) {
        this.runId = runId;
        this.data = new LinkedHashMap<>(data);
        this.sink = sink;
        this.claim = claim;
    }

    public String runId() {
        return runId;
    }

    /** The live notepad, for handlers to read and write. */
    public Map<String, Object> data() {
        return data;
    }

    /** The variables templates see: only {@code __data}. */
    public Map<String, Object> templateVariables() {
        return Map.of(VirtualRecord.VARIABLE, data);
    }

    /**
     * What a storing step stores under, when this run is durable (async): a run executed again after a
     * crash then finds what its steps stored already. Empty for a sync run, which is never executed twice.
     */
    public Optional<RunEffect> effectOf(String stepId) {
        return claim == null ? Optional.empty() : Optional.of(claim.effectOf(stepId));
    }

    public ReplySink sink() {
        return sink;
    }

    public List<TraceEntry> trace() {
        synchronized (trace) {
            return List.copyOf(trace);
        }
    }

    void record(TraceEntry entry) {
        trace.add(entry);
    }

    void failedAt(String stepId, StepFailure reason) {
        if (failedStep == null) {
            failureReason = reason;
            failedStep = stepId; // written last: a reader that sees the step sees its reason
        }
    }

    /** The first step that failed, or null. */
    public String failedStep() {
        return failedStep;
    }

    /** Why the first failed step failed, or null: what its caller may learn of it. */
    public StepFailure failureReason() {
        return failureReason;
    }
}
