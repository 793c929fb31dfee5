package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.RunTakenOverException;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.port.WorkflowRuns.PendingRun;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    /**
     * Runs the pool refused, held in memory until a worker is free. This node keeps renewing their
     * lease (it still holds them), so without this they would wait for the node to restart.
     */
    static final int MAX_WAITING = 10_000;
    /**
     * Released runs are claimed back in chunks of this size whenever fewer than this many wait: small
     * enough that one claim (an update per run) is quick, so the workers never run dry while it runs.
     */
    static final int CLAIM_CHUNK = 256;
    /** A lease no live node's claim outlasts: claiming with it takes only runs nobody holds. */
    private static final Duration ONLY_RELEASED = Duration.ofDays(36_500);

    private final WorkflowRuns runs;
    private final Workflows workflows;
    private final WorkflowEngine engine;
    private final ExecutorService pool;
    private final String node;
    private final Clock clock;
    private final TraceRecorder traces;
    private final int maxWaiting;
    private final BlockingQueue<Waiting> waiting;
    /** Runs this node released since it last found none to claim back: a hint, other nodes may take them. */
    private final AtomicInteger released = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();

    public BackgroundRuns(WorkflowRuns runs, Workflows workflows, WorkflowEngine engine, ExecutorService pool,
                          String node, Clock clock) {
        this(runs, workflows, engine, pool, node, clock, TraceRecorder.NONE);
    }

    /** @param traces where each run's trace goes when it ended (the request log) */
    public BackgroundRuns(WorkflowRuns runs, Workflows workflows, WorkflowEngine engine, ExecutorService pool,
                          String node, Clock clock, TraceRecorder traces) {
        this(runs, workflows, engine, pool, node, clock, traces, MAX_WAITING);
    }

    BackgroundRuns(WorkflowRuns runs, Workflows workflows, WorkflowEngine engine, ExecutorService pool,
                   String node, Clock clock, TraceRecorder traces, int maxWaiting) {
        this.maxWaiting = maxWaiting;
        this.waiting = new LinkedBlockingQueue<>(maxWaiting);
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
     * Runs an accepted run on the pool. When the pool is full the run waits in memory (at most
     * {@link #MAX_WAITING} of them) and a worker takes it when it finishes its current run; beyond
     * that this node gives up its claim, so the run stays stored only: the first worker that finds no
     * run waiting claims it back (or another node's recovery claims it), without waiting for a lease.
     */
    public void start(String runId, Workflow workflow, Map<String, Object> data, ReplySink sink) {
        start(new RunClaim(runId, RunClaim.FIRST_ATTEMPT), workflow, data, sink);
    }

    private void start(RunClaim claim, Workflow workflow, Map<String, Object> data, ReplySink sink) {
        String runId = claim.runId();
        Waiting run = new Waiting(claim, workflow, data, sink);
        if (!submit(run) && !waiting.offer(run)) {
            runs.release(runId, node);
            if (released.getAndIncrement() == 0) {
                LOG.warning("Async runs arrive faster than " + maxWaiting + " waiting runs drain; the surplus "
                        + "stays stored and is claimed back as workers free up");
            }
        }
    }

    private boolean submit(Waiting run) {
        try {
            pool.execute(() -> {
                execute(run);
                runWaiting();
            });
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    /** A worker that finished a run takes the runs that found the pool full, until none is left. */
    private void runWaiting() {
        Waiting next;
        while (!pool.isShutdown() && (next = waiting.poll()) != null) {
            execute(next);
            if (waiting.size() < CLAIM_CHUNK) {
                claimReleased(); // refill before the waiting runs run out
            }
        }
        claimReleased();
    }

    /** Takes back as many released runs as may wait here; one worker at a time asks the database. */
    private void claimReleased() {
        if (released.get() == 0 || pool.isShutdown() || !claiming.compareAndSet(false, true)) {
            return;
        }
        try {
            int room = Math.min(Math.min(maxWaiting - waiting.size(), released.get()), CLAIM_CHUNK);
            if (room <= 0) {
                return;
            }
            List<PendingRun> won = runs.claimExpired(node, clock.instant(), ONLY_RELEASED, room);
            released.updateAndGet(left -> won.isEmpty() ? 0 : Math.max(0, left - won.size()));
            won.forEach(this::resume);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not claim back released runs: " + e.getMessage(), e);
        } finally {
            claiming.set(false);
        }
    }

    /** Hands waiting runs to idle workers: for when every worker finished before the runs were refused. */
    private void submitWaiting() {
        Waiting next;
        while ((next = waiting.poll()) != null) {
            if (!submit(next)) {
                waiting.offer(next);
                return;
            }
        }
    }

    /** How many refused runs wait in memory for a worker. */
    int waitingRuns() {
        return waiting.size();
    }

    /** Claims runs whose node stopped renewing them and runs them here; returns how many were claimed. */
    public int resumeExpired(Duration lease, int limit) {
        int claimed = 0;
        // Claim no more than can wait for a worker here, or the claims would only be released again.
        int room = Math.min(limit, maxWaiting - waiting.size());
        for (PendingRun run : runs.claimExpired(node, clock.instant(), lease, room)) {
            claimed++;
            LOG.info("Resuming run " + run.id() + " of workflow " + run.workflow() + " (attempt " + run.attempts() + ")");
            resume(run);
        }
        return claimed;
    }

    private void resume(PendingRun run) {
        Workflow workflow = workflows.find(run.workflow()).orElse(null);
        if (workflow == null) {
            runs.finish(new RunClaim(run.id(), run.attempts()), true,
                    "The workflow was deleted before the run could resume", clock.instant());
            return;
        }
        start(new RunClaim(run.id(), run.attempts()), workflow, run.data(), ReplySink.NONE);
    }

    /**
     * A clean stop: lets the runs in progress finish within {@code grace} (interrupting those that
     * do not; their effects are stored once, so running them again elsewhere is harmless), then gives
     * up this node's claim on every unfinished run, so that another node, or this one's next start,
     * takes them at once instead of after the lease. Returns how many runs were handed back.
     */
    public int stop(Duration grace) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
        waiting.clear();
        return runs.releaseAll(node);
    }

    /** Tells other nodes this node is alive and still working on its runs. */
    public void renewLeases() {
        runs.renew(node, clock.instant());
        submitWaiting();
        if (waiting.isEmpty()) {
            claimReleased(); // for when every worker went idle before the runs were released
        }
    }

    private void execute(Waiting run) {
        RunClaim claim = run.claim();
        String runId = claim.runId();
        Workflow workflow = run.workflow();
        ExecutionContext context = new ExecutionContext(claim, run.data(), run.sink());
        try {
            engine.run(workflow, context);
            String failed = context.failedStep();
            runs.finish(claim, failed != null,
                    failed == null ? null : "Step '" + failed + "' failed: " + context.failureReason().code(),
                    clock.instant());
        } catch (RunTakenOverException takenOver) {
            LOG.info(takenOver.getMessage());
            return; // the attempt holding the run records its trace
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + runId + " stopped: " + e.getMessage(), e);
            runs.finish(claim, true, e.getMessage(), clock.instant());
        }
        traces.ended(runId, workflow.requireId(), context.trace());
    }

    /** An accepted run on its way to a worker. */
    private record Waiting(RunClaim claim, Workflow workflow, Map<String, Object> data, ReplySink sink) {
    }
}
