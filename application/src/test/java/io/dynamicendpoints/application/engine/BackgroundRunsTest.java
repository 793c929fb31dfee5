package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.fake.InMemoryVirtualRecords;
import io.dynamicendpoints.application.fake.InMemoryWorkflowRuns;
import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.fake.WorkflowFixtures;
import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Durable runs that find every worker busy still run on this node once a worker is free, without a restart. */
class BackgroundRunsTest {

    private final InMemoryWorkflowRuns runs = new InMemoryWorkflowRuns();
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
    private final BackgroundRuns background = new BackgroundRuns(runs, workflows, engine(), pool, "node-a",
            Clock.systemUTC());

    /** Every step kind has a handler (the engine insists); the workflows here have no steps. */
    private static WorkflowEngine engine() {
        StepTemplates templates = new StepTemplates(new TemplateEngine());
        return new WorkflowEngine(new StepHandlers(List.of(
                new VirtualConditionHandler(templates, Clock.systemUTC(), ZoneOffset.UTC),
                new EndpointResponseHandler(templates),
                new StoreValueHandler(templates),
                new CreateRecordHandler(null, templates),
                new UpdateRecordHandler(null, templates),
                new FindRecordHandler(null, templates),
                new HttpRequestHandler(null, templates, null),
                new SseEventHandler(templates))));
    }

    @Test
    void runsWhatAFullPoolRefusedOnceAWorkerIsFree() throws Exception {
        Workflow workflow = workflows.add(WorkflowFixtures.aPublishedDataWorkflow("{\"ok\":true}"));
        CountDownLatch busy = new CountDownLatch(1);
        pool.execute(() -> await(busy)); // the only worker
        pool.execute(() -> await(busy)); // the only queue slot

        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String runId = background.accept(workflow, Map.of("n", i));
            background.start(runId, workflow, Map.of("n", i), ReplySink.NONE);
            refused.add(runId);
        }
        assertThat(background.waitingRuns()).isEqualTo(5);
        assertThat(runs.unfinished()).isEqualTo(5);

        busy.countDown();
        awaitIdle();
        // Recovery ticks hand what still waits to the idle worker (a run refused at the very moment
        // the worker went idle waits for the next tick).
        for (int tick = 0; tick < 3 && background.waitingRuns() > 0; tick++) {
            background.renewLeases();
            awaitIdle();
        }

        assertThat(background.waitingRuns()).isZero();
        assertThat(runs.unfinished()).as("every refused run finished: %s", refused).isZero();
    }

    @Test
    void runsBeyondTheWaitingRoomAreReleasedAndClaimedBackAsWorkersFreeUp() throws Exception {
        Workflow workflow = workflows.add(WorkflowFixtures.aPublishedDataWorkflow("{\"ok\":true}"));
        BackgroundRuns small = new BackgroundRuns(runs, workflows, engine(), pool, "node-a", Clock.systemUTC(),
                TraceRecorder.NONE, 2);
        CountDownLatch busy = new CountDownLatch(1);
        pool.execute(() -> await(busy));
        pool.execute(() -> await(busy));

        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String runId = small.accept(workflow, Map.of("n", i));
            small.start(runId, workflow, Map.of("n", i), ReplySink.NONE);
            accepted.add(runId);
        }
        assertThat(small.waitingRuns()).isEqualTo(2);
        assertThat(runs.unfinished()).isEqualTo(5);

        busy.countDown();
        awaitIdle();
        // The recovery ticks hand the waiting runs to the idle workers (a run refused at the very
        // moment a worker went idle waits for the next tick)...
        for (int tick = 0; tick < 3 && small.waitingRuns() > 0; tick++) {
            small.renewLeases();
            awaitIdle();
        }

        // ...and the worker that ran them claimed the three released ones back: no lease, no restart.
        assertThat(runs.unfinished()).as("every accepted run finished: %s", accepted).isZero();
        assertThat(small.waitingRuns()).isZero();
    }

    @Test
    void anotherNodeMayTakeARunThisNodeReleased() {
        Workflow workflow = workflows.add(WorkflowFixtures.aPublishedDataWorkflow("{\"ok\":true}"));
        BackgroundRuns small = new BackgroundRuns(runs, workflows, engine(), pool, "node-a", Clock.systemUTC(),
                TraceRecorder.NONE, 1);
        CountDownLatch busy = new CountDownLatch(1);
        pool.execute(() -> await(busy));
        pool.execute(() -> await(busy));

        String waits = small.accept(workflow, Map.of("n", 1));
        small.start(waits, workflow, Map.of("n", 1), ReplySink.NONE);
        String overflow = small.accept(workflow, Map.of("n", 2));
        small.start(overflow, workflow, Map.of("n", 2), ReplySink.NONE);
        small.renewLeases();

        // No lease ran out, and this node renews what it holds, yet the released run is free to take.
        assertThat(runs.claimExpired("node-b", Instant.now(), Duration.ofDays(1), 10))
                .extracting(WorkflowRuns.PendingRun::id).containsExactly(overflow);
        busy.countDown();
    }

    @Test
    void aCleanStopHandsEveryUnfinishedRunBackAtOnce() throws Exception {
        Workflow workflow = workflows.add(WorkflowFixtures.aPublishedDataWorkflow("{\"ok\":true}"));
        CountDownLatch busy = new CountDownLatch(1);
        pool.execute(() -> await(busy)); // a run that outlasts the grace period
        pool.execute(() -> await(busy));
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String runId = background.accept(workflow, Map.of("n", i));
            background.start(runId, workflow, Map.of("n", i), ReplySink.NONE);
            accepted.add(runId);
        }

        int handedBack = background.stop(Duration.ofMillis(200));

        assertThat(handedBack).isEqualTo(3);
        // No lease ran out, yet another node takes every one of them now.
        assertThat(runs.claimExpired("node-b", Instant.now(), Duration.ofDays(1), 10))
                .extracting(WorkflowRuns.PendingRun::id).containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void aRunExecutedAgainStoresItsRecordOnce() {
        InMemoryVirtualRecords records = new InMemoryVirtualRecords();
        StepTemplates templates = new StepTemplates(new TemplateEngine());
        CreateRecordHandler handler = new CreateRecordHandler(records, templates);
        CreateRecordStep step = new CreateRecordStep("keep", "order", Map.of("n", "1"), List.of());
        RunClaim first = new RunClaim("run-1", RunClaim.FIRST_ATTEMPT);

        handler.execute(step, new ExecutionContext(first, Map.of(), ReplySink.NONE));
        handler.execute(step, new ExecutionContext(new RunClaim("run-1", 2), Map.of(), ReplySink.NONE));
        handler.execute(step, new ExecutionContext("a-sync-run", Map.of(), ReplySink.NONE));

        assertThat(records.newest("order", 10)).hasSize(2);
    }

    /** Waits (bounded) until no worker is busy, nothing is queued and no refused run waits. */
    private void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 500 && !(idle() && idle()); i++) {
            Thread.sleep(10);
        }
    }

    private boolean idle() throws InterruptedException {
        Thread.sleep(5); // a worker between two runs is not idle yet
        return pool.getActiveCount() == 0 && pool.getQueue().isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
