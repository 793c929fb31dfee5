package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.fake.ForwardingRequestLog;
import io.dynamicendpoints.application.fake.InMemoryRequestLog;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RecordRunTraceTest {

    private static final WorkflowId WORKFLOW = new WorkflowId(7);

    @Test
    void storesTheTraceOfARunThatEnded() {
        InMemoryRequestLog log = new InMemoryRequestLog();
        RecordRunTrace traces = new RecordRunTrace(log, Clock.systemUTC());

        traces.ended("run-1", WORKFLOW, List.of(step()));

        assertThat(log.findRunTrace("run-1")).map(RunTrace::steps).hasValueSatisfying(steps -> assertThat(steps).hasSize(1));
        assertThat(traces.skipped()).isZero();
    }

    @Test
    void skipsAndCountsATraceWhileTheMostRunsAllowedWaitForTheirs() throws Exception {
        CountDownLatch storeBlocked = new CountDownLatch(1);
        CountDownLatch allWaiting = new CountDownLatch(RecordRunTrace.MAX_WAITING);
        StalledTraceStore log = new StalledTraceStore(allWaiting, storeBlocked);
        InMemoryRequestLog stored = log.stored();
        RecordRunTrace traces = new RecordRunTrace(log, Clock.systemUTC());
        List<Thread> runs = new ArrayList<>();
        for (int i = 0; i < RecordRunTrace.MAX_WAITING; i++) {
            String runId = "run-" + i;
            runs.add(Thread.ofVirtual().start(() -> traces.ended(runId, WORKFLOW, List.of(step()))));
        }
        assertThat(allWaiting.await(10, TimeUnit.SECONDS)).isTrue();

        traces.ended("one-too-many", WORKFLOW, List.of(step()));
        storeBlocked.countDown();
        for (Thread run : runs) {
            run.join(10_000);
        }

        assertThat(traces.skipped()).isEqualTo(1);
        assertThat(stored.findRunTrace("one-too-many")).isEmpty();
        assertThat(stored.findRunTrace("run-0")).isPresent();
        traces.ended("after", WORKFLOW, List.of(step()));
        assertThat(stored.findRunTrace("after")).as("once the backlog is stored, traces are stored again").isPresent();
    }

    private static TraceEntry step() {
        return new TraceEntry("ack", "endpoint_response", TraceEntry.Outcome.SUCCEEDED, 120, "200");
    }

    /** A database that has fallen behind: every trace waits until {@code release} opens. */
    private static final class StalledTraceStore extends ForwardingRequestLog {

        private final CountDownLatch arrived;
        private final CountDownLatch release;

        StalledTraceStore(CountDownLatch arrived, CountDownLatch release) {
            this.arrived = arrived;
            this.release = release;
        }

        @Override
        public void appendRunTrace(RunTrace trace) {
            arrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.appendRunTrace(trace);
        }
    }
}
