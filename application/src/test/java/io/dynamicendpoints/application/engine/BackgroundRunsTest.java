package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.fake.InMemoryWorkflowRuns;
import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.fake.WorkflowFixtures;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
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
        background.renewLeases(); // the recovery tick hands what still waits to the idle worker
        awaitIdle();

        assertThat(background.waitingRuns()).isZero();
        assertThat(runs.unfinished()).as("every refused run finished: %s", refused).isZero();
    }

    @Test
    void aRunBeyondTheWaitingRoomIsReleasedAndTheNextRecoveryPassRunsIt() throws Exception {
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
        small.renewLeases(); // the node keeps renewing what it holds: the released runs are not among them
        assertThat(small.waitingRuns()).isEqualTo(2);
        assertThat(runs.unfinished()).isEqualTo(5);

        busy.countDown();
        awaitIdle();
        // Recovery passes as RunRecovery makes them: hand waiting runs to idle workers, then claim. Not
        // one lease runs out here, yet the three released runs are claimed (as many per pass as may wait).
        int claimed = 0;
        for (int pass = 0; pass < 5 && runs.unfinished() > 0; pass++) {
            small.renewLeases();
            awaitIdle();
            claimed += small.resumeExpired(Duration.ofMinutes(5), 100);
            awaitIdle();
        }

        assertThat(claimed).isEqualTo(3);
        assertThat(runs.unfinished()).as("every accepted run finished without a restart: %s", accepted).isZero();
    }

    private void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 500 && (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()); i++) {
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
