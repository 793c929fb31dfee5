package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.RunTakenOverException;
import io.dynamicendpoints.domain.run.TraceEntry;

import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.List;
import java.util.logging.Logger;

/**
 * Runs a workflow's step tree for one request: depth first, siblings in document order (so runs are
 * deterministic), each step's children only after it succeeded. A failing step stops its own branch,
 * is recorded in the trace, and tells a caller who still waits; the other branches go on.
 *
 * <p>A failure is told apart by audience: the caller learns its {@link StepFailure} only; the trace
 * keeps the detail; the server log gets one line per failed step, with URLs' secrets cut.
 */
public final class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

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
            outcome = new StepOutcome.Failed(StepFailure.STEP_ERROR, "Steps are nested deeper than " + MAX_DEPTH + " levels");
        } else {
            try {
                outcome = handlers.execute(step, context);
            } catch (RunTakenOverException takenOver) {
                // Another attempt holds the run now and runs it in full: this one stops, storing nothing more.
                throw takenOver;
            } catch (RuntimeException e) {
                outcome = new StepOutcome.Failed(StepFailure.of(e),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
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
                // The reason leads, so that an admin finds in the trace what the caller was told.
                String detail = failed.detail().isBlank() ? failed.reason().code()
                        : failed.reason().code() + ": " + failed.detail();
                context.record(new TraceEntry(step.id(), step.kind().externalName(), TraceEntry.Outcome.FAILED,
                        micros, detail));
                LOG.warning(() -> "Run " + context.runId() + ": step '" + step.id() + "' ("
                        + step.kind().externalName() + ") failed, " + RedactedUrls.in(detail));
                context.failedAt(step.id(), failed.reason());
                context.sink().failed(step.id(), failed.reason());
            }
        }
    }
}
