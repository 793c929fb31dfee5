package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.port.WorkflowRuns.PendingRun;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Durable async runs. {@link #accept} writes the request to the database before its caller is
 * answered, so a crash loses nothing accepted; a bounded pool runs it; a run whose node died (its
 * lease ran out) is claimed again by {@link #resumeExpired}, on this node or another one sharing the
 * database, and never by two at once.
 */
public final class BackgroundRuns {

    private static final Logger LOG = Logger.getLogger(BackgroundRuns.class.getName());

    private final WorkflowRuns runs;
    private final Workflows workflows;
    private final WorkflowEngine engine;
    private final ExecutorService pool;
    private final String node;
    private final Clock clock;
    private final TraceRecorder traces;

    public BackgroundRuns(WorkflowRuns runs, Workflows workflows, WorkflowEngine engine, ExecutorService pool,
                          String node, Clock clock) {
        this(runs, workflows, engine, pool, node, clock, TraceRecorder.NONE);
    }

    /** @param traces where each run's trace goes when it ended (the request log) */
    public BackgroundRuns(WorkflowRuns runs, Workflows workflows, WorkflowEngine engine, ExecutorService pool,
                          String node, Clock clock, TraceRecorder traces) {
        this.traces = traces;
        this.runs = runs;
        this.workflows = workflows;
        this.engine = engine;
        this.pool = pool;
        this.node = node;
        this.clock = clock;
    }

    /** Stores the request durably, claimed by this node; returns the run id. Blocking (one insert). */
    public String accept(Workflow workflow, Map<String, Object> data) {
        return runs.accept(workflow.requireId(), data, node, clock.instant());
    }

    /**
     * Runs an accepted run on the pool. When the pool is full the run stays stored, and is picked up
     * again once its lease runs out.
     */
    public void start(String runId, Workflow workflow, Map<String, Object> data, ReplySink sink) {
        try {
            pool.execute(() -> execute(runId, workflow, data, sink));
        } catch (RejectedExecutionException full) {
            LOG.warning("Run " + runId + " waits for a free worker; it is stored and will resume after its lease");
        }
    }

    /** Claims runs whose node stopped renewing them and runs them here; returns how many were claimed. */
    public int resumeExpired(Duration lease, int limit) {
        int claimed = 0;
        for (PendingRun run : runs.claimExpired(node, clock.instant(), lease, limit)) {
            claimed++;
            Workflow workflow = workflows.find(run.workflow()).orElse(null);
            if (workflow == null) {
                runs.finish(run.id(), true, "The workflow was deleted before the run could resume", clock.instant());
                continue;
            }
            LOG.info("Resuming run " + run.id() + " of workflow " + run.workflow() + " (attempt " + run.attempts() + ")");
            start(run.id(), workflow, run.data(), ReplySink.NONE);
        }
        return claimed;
    }

    /** Tells other nodes this node is alive and still working on its runs. */
    public void renewLeases() {
        runs.renew(node, clock.instant());
    }

    private void execute(String runId, Workflow workflow, Map<String, Object> data, ReplySink sink) {
        ExecutionContext context = new ExecutionContext(runId, data, sink);
        try {
            engine.run(workflow, context);
            String failed = context.failedStep();
            runs.finish(runId, failed != null, failed == null ? null : "Step '" + failed + "' failed", clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + runId + " stopped: " + e.getMessage(), e);
            runs.finish(runId, true, e.getMessage(), clock.instant());
        } finally {
            traces.ended(runId, workflow.requireId(), context.trace());
        }
    }
}
