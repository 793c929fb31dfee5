package io.dynamicendpoints.application.port;

import io.dynamicendpoints.application.port.WorkflowRuns.PendingRun;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link WorkflowRuns} promises, written once and run against the in-memory fake and each
 * JDBC adapter (H2 and PostgreSQL). Time is always passed in, so every test fixes its own clock. Beyond
 * the port's javadoc the suite pins down three decisions: a lease claimed exactly {@code lease} ago has
 * not run out yet (expiry is strict), a non-positive limit claims nothing, and a finished run keeps its
 * first outcome (a node that finishes late cannot flip it).
 */
public abstract class WorkflowRunsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    protected static final Duration LEASE = Duration.ofSeconds(30);
    protected static final WorkflowId WORKFLOW = new WorkflowId(7);

    private WorkflowRuns runs;

    /** The implementation under test, holding no run; called before every test. */
    protected abstract WorkflowRuns emptyRuns();

    /**
     * How a second node sees the same runs. The fake's nodes share one instance; an adapter over a
     * database should answer with an instance of its own (its own connections), as another process would.
     */
    protected WorkflowRuns secondNode(WorkflowRuns first) {
        return first;
    }

    @BeforeEach
    void startEmpty() {
        runs = emptyRuns();
    }

    @Test
    void acceptStoresARunAlreadyClaimedByTheNode() {
        String id = runs.accept(WORKFLOW, Map.of("order", 17), "node-a", T0);

        assertThat(runs.find(id)).contains(new PendingRun(id, WORKFLOW, Map.of("order", 17), "running", 1));
        assertThat(runs.unfinished()).isEqualTo(1);
    }

    @Test
    void acceptGivesEveryRunItsOwnUuid() {
        String first = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String second = runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        assertThat(second).isNotEqualTo(first);
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void theRequestDataSurvivesARoundTrip() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "Grüße, \"quoted\"");
        data.put("count", 42);
        data.put("big", 3_000_000_000L);
        data.put("price", 9.5);
        data.put("vip", false);
        data.put("nothing", null);
        data.put("items", Arrays.asList(Map.of("sku", "A-1"), 2, null));
        data.put("__headers", Map.of("content-type", "application/json"));

        String id = runs.accept(new WorkflowId(12), data, "node-a", T0);

        PendingRun found = runs.find(id).orElseThrow();
        assertThat(found.workflow()).isEqualTo(new WorkflowId(12));
        assertThat(found.data()).isEqualTo(data);
    }

    @Test
    void findReturnsEmptyForAnUnknownId() {
        runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        assertThat(runs.find("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    void aRunWhoseLeaseHoldsIsNotClaimed() {
        runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        assertThat(runs.claimExpired("node-b", T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(runs.claimExpired("node-b", T0.plus(LEASE), LEASE, 10)).isEmpty();
    }

    @Test
    void aRunWhoseLeaseRanOutIsClaimedAndCountsAnotherAttempt() {
        String id = runs.accept(WORKFLOW, Map.of("order", 17), "node-a", T0);

        List<PendingRun> won = runs.claimExpired("node-b", T0.plus(LEASE).plusSeconds(1), LEASE, 10);

        PendingRun expected = new PendingRun(id, WORKFLOW, Map.of("order", 17), "running", 2);
        assertThat(won).containsExactly(expected);
        assertThat(runs.find(id)).contains(expected);
        assertThat(runs.unfinished()).isEqualTo(1);
    }

    @Test
    void aClaimedRunHasAFreshLease() {
        runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        Instant claimed = T0.plus(LEASE).plusSeconds(1);
        runs.claimExpired("node-b", claimed, LEASE, 10);

        assertThat(runs.claimExpired("node-c", claimed.plusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(runs.claimExpired("node-c", claimed.plus(LEASE).plusSeconds(1), LEASE, 10))
                .extracting(PendingRun::attempts).containsExactly(3);
    }

    @Test
    void aNodeMayReclaimItsOwnExpiredRun() {
        String id = runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        assertThat(runs.claimExpired("node-a", T0.plus(LEASE).plusSeconds(1), LEASE, 10))
                .extracting(PendingRun::id).containsExactly(id);
    }

    @Test
    void claimExpiredTakesTheOldestRunsFirstUpToTheLimit() {
        String first = runs.accept(WORKFLOW, Map.of("n", 1), "node-a", T0);
        String second = runs.accept(WORKFLOW, Map.of("n", 2), "node-a", T0.plusSeconds(1));
        String third = runs.accept(WORKFLOW, Map.of("n", 3), "node-a", T0.plusSeconds(2));
        Instant later = T0.plus(LEASE).plusSeconds(10);

        assertThat(runs.claimExpired("node-b", later, LEASE, 2)).extracting(PendingRun::id)
                .containsExactly(first, second);
        assertThat(runs.claimExpired("node-b", later, LEASE, 2)).extracting(PendingRun::id)
                .containsExactly(third);
    }

    @Test
    void claimExpiredWithoutRoomClaimsNothing() {
        String id = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        Instant later = T0.plus(LEASE).plusSeconds(1);

        assertThat(runs.claimExpired("node-b", later, LEASE, 0)).isEmpty();
        assertThat(runs.claimExpired("node-b", later, LEASE, -1)).isEmpty();
        assertThat(runs.find(id)).map(PendingRun::attempts).contains(1);
    }

    @Test
    void finishedRunsAreNeverClaimed() {
        String done = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String failed = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        runs.finish(first(done), false, null, T0.plusSeconds(1));
        runs.finish(first(failed), true, "HTTP call timed out", T0.plusSeconds(1));

        assertThat(runs.claimExpired("node-b", T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    }

    @Test
    void finishMarksTheRunDoneOrFailed() {
        String done = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String failed = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String open = runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        runs.finish(first(done), false, null, T0.plusSeconds(1));
        runs.finish(first(failed), true, "HTTP call timed out", T0.plusSeconds(2));

        assertThat(runs.find(done)).map(PendingRun::status).contains("done");
        assertThat(runs.find(failed)).map(PendingRun::status).contains("failed");
        assertThat(runs.find(open)).map(PendingRun::status).contains("running");
        assertThat(runs.unfinished()).isEqualTo(1);
    }

    @Test
    void aFinishedRunKeepsItsFirstOutcome() {
        String id = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        runs.finish(first(id), false, null, T0.plusSeconds(1));

        runs.finish(first(id), true, "late failure from a node whose lease ran out", T0.plusSeconds(2));

        assertThat(runs.find(id)).map(PendingRun::status).contains("done");
    }

    @Test
    void finishIgnoresAnUnknownId() {
        String id = runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        runs.finish(first("00000000-0000-0000-0000-000000000000"), true, "nobody", T0);

        assertThat(runs.find(id)).map(PendingRun::status).contains("running");
        assertThat(runs.unfinished()).isEqualTo(1);
    }

    @Test
    void renewKeepsTheNodesRunsFromBeingClaimed() {
        String kept = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String abandoned = runs.accept(WORKFLOW, Map.of(), "node-dead", T0);

        runs.renew("node-a", T0.plus(LEASE).minusSeconds(1));

        assertThat(runs.claimExpired("node-b", T0.plus(LEASE).plusSeconds(1), LEASE, 10))
                .extracting(PendingRun::id).containsExactly(abandoned);
        assertThat(runs.claimExpired("node-b", T0.plus(LEASE.multipliedBy(2)), LEASE, 10))
                .extracting(PendingRun::id).containsExactly(kept);
    }

    @Test
    void aReleasedRunIsClaimedAtOnceAndNoLongerRenewed() {
        String released = runs.accept(WORKFLOW, Map.of("order", 18), "node-a", T0);
        String kept = runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        runs.release(released, "node-a");
        runs.renew("node-a", T0.plusSeconds(1));

        assertThat(runs.claimExpired("node-a", T0.plusSeconds(2), LEASE, 10))
                .containsExactly(new PendingRun(released, WORKFLOW, Map.of("order", 18), "running", 2));
        assertThat(runs.claimExpired("node-b", T0.plusSeconds(2), LEASE, 10)).isEmpty();
        assertThat(runs.find(kept).map(PendingRun::attempts)).contains(1);
    }

    @Test
    void releaseLeavesAnotherNodesRunAndFinishedRunsAlone() {
        String others = runs.accept(WORKFLOW, Map.of(), "node-b", T0);
        String finished = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        runs.finish(first(finished), false, null, T0);

        runs.release(others, "node-a");
        runs.release(finished, "node-a");
        runs.release("00000000-0000-0000-0000-000000000000", "node-a");

        assertThat(runs.claimExpired("node-a", T0.plusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(runs.find(finished).map(PendingRun::status)).contains("done");
    }

    @Test
    void renewLeavesFinishedRunsFinished() {
        String id = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        runs.finish(first(id), true, "boom", T0.plusSeconds(1));

        runs.renew("node-a", T0.plusSeconds(2));

        assertThat(runs.find(id)).map(PendingRun::status).contains("failed");
        assertThat(runs.unfinished()).isZero();
    }

    @Test
    void renewOfANodeWithoutRunsChangesNothing() {
        runs.accept(WORKFLOW, Map.of(), "node-a", T0);

        runs.renew("node-b", T0.plus(LEASE));

        assertThat(runs.claimExpired("node-c", T0.plus(LEASE).plusSeconds(1), LEASE, 10)).hasSize(1);
    }

    @Test
    void unfinishedCountsTheRunsOfEveryNode() {
        runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        runs.accept(WORKFLOW, Map.of(), "node-b", T0);
        String done = runs.accept(WORKFLOW, Map.of(), "node-b", T0);
        runs.finish(first(done), false, null, T0.plusSeconds(1));

        assertThat(runs.unfinished()).isEqualTo(2);
        assertThat(secondNode(runs).unfinished()).isEqualTo(2);
    }

    @Test
    void aSecondNodeSeesTheRunsTheFirstAccepted() {
        String id = runs.accept(WORKFLOW, Map.of("order", 17), "node-a", T0);

        assertThat(secondNode(runs).find(id)).map(PendingRun::data).contains(Map.of("order", 17));
    }

    @Test
    void racingNodesWinEveryExpiredRunExactlyOnce() throws Exception {
        int runCount = 40;
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < runCount; i++) {
            accepted.add(runs.accept(WORKFLOW, Map.of("n", i), "node-dead", T0.plusMillis(i)));
        }
        Instant later = T0.plus(LEASE).plusSeconds(5);
        Map<String, WorkflowRuns> nodes = Map.of("node-a", runs, "node-b", secondNode(runs));
        int threadsPerNode = 3;
        CyclicBarrier start = new CyclicBarrier(nodes.size() * threadsPerNode);
        List<Callable<List<PendingRun>>> claimers = new ArrayList<>();
        nodes.forEach((node, view) -> {
            for (int t = 0; t < threadsPerNode; t++) {
                claimers.add(() -> {
                    start.await();
                    List<PendingRun> won = new ArrayList<>();
                    List<PendingRun> batch;
                    do {
                        batch = view.claimExpired(node, later, LEASE, 4);
                        won.addAll(batch);
                    } while (!batch.isEmpty());
                    return won;
                });
            }
        });

        List<PendingRun> won = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(claimers.size())) {
            for (Future<List<PendingRun>> result : pool.invokeAll(claimers)) {
                won.addAll(result.get());
            }
        }

        assertThat(won).extracting(PendingRun::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(won).extracting(PendingRun::attempts).containsOnly(2);
        for (String id : accepted) {
            assertThat(runs.find(id)).map(PendingRun::attempts).contains(2);
        }
        assertThat(runs.unfinished()).isEqualTo(runCount);
    }

    @Test
    void aFinishFromAnAttemptThatLostTheRunChangesNothing() {
        String id = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        PendingRun takenOver = runs.claimExpired("node-b", T0.plus(LEASE).plusSeconds(1), LEASE, 10).getFirst();

        runs.finish(first(id), true, "the stalled node finishing late", T0.plus(LEASE).plusSeconds(2));

        assertThat(runs.find(id)).map(PendingRun::status).contains("running");
        runs.finish(new RunClaim(id, takenOver.attempts()), false, null, T0.plus(LEASE).plusSeconds(3));
        assertThat(runs.find(id)).map(PendingRun::status).contains("done");
    }

    @Test
    void releaseAllFreesEveryUnfinishedRunOfTheNodeAtOnce() {
        String first = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String second = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        String others = runs.accept(WORKFLOW, Map.of(), "node-b", T0);
        String finished = runs.accept(WORKFLOW, Map.of(), "node-a", T0);
        runs.finish(first(finished), false, null, T0);

        assertThat(runs.releaseAll("node-a")).isEqualTo(2);

        assertThat(runs.claimExpired("node-c", T0.plusSeconds(1), LEASE, 10)).extracting(PendingRun::id)
                .containsExactlyInAnyOrder(first, second).doesNotContain(others);
    }

    private static RunClaim first(String runId) {
        return new RunClaim(runId, RunClaim.FIRST_ATTEMPT);
    }
}
