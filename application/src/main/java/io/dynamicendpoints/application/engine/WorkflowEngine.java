package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.run.TraceEntry;

import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.List;

/**
 * Runs a workflow's step tree for one request: depth first, siblings in document order (so runs are
 * deterministic), each step's children only after it succeeded. A failing step stops its own branch,
 * is recorded in the trace, and tells a caller who still waits; the other branches go on.
 */
public final class WorkflowEngine {

    /** Guards against a hand-written definition nested deep enough to exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private final StepHandlers handlers;

    public WorkflowEngine(StepHandlers handlers) {
        this.handlers = handlers;
    }

    /** Runs every step; returns when the run is over. The context holds the trace and the notepad. */
    public void run(Workflow workflow, ExecutionContext context) {
        runAll(workflow.steps(), context, 0);
    }

    private void runAll(List<Step> steps, ExecutionContext context, int depth) {
        for (Step step : steps) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            runOne(step, context, depth);
        }
    }

    private void runOne(Step step, ExecutionContext context, int depth) {
        long started = System.nanoTime();
        StepOutcome outcome;
        if (depth >= MAX_DEPTH) {
            outcome = new StepOutcome.Failed("Steps are nested deeper than " + MAX_DEPTH + " levels");
        } else {
            try {
                outcome = handlers.execute(step, context);
            } catch (RuntimeException e) {
                outcome = new StepOutcome.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        long micros = (System.nanoTime() - started) / 1_000;
        switch (outcome) {
            case StepOutcome.Next next -> {
                context.record(new TraceEntry(step.id(), step.kind().externalName(), TraceEntry.Outcome.SUCCEEDED,
                        micros, next.detail()));
                runAll(next.children(), context, depth + 1);
            }
            case StepOutcome.Failed failed -> {
                context.record(new TraceEntry(step.id(), step.kind().externalName(), TraceEntry.Outcome.FAILED,
                        micros, failed.message()));
                context.failedAt(step.id());
                context.sink().failed(step.id(), failed.message());
            }
        }
    }
}
