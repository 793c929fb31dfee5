package io.dynamicendpoints.adapters.persistence.run;

import io.dynamicendpoints.adapters.persistence.commit.GroupCommit;
import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WorkflowRuns} in the {@code workflow_run} table of the default datasource (H2 or PostgreSQL),
 * shared by every node.
 *
 * <p>Claiming is optimistic: a plain {@code SELECT} lists candidates, then one conditional
 * {@code UPDATE} per candidate takes it only if it is still claimable, and the update count tells
 * whether this node won. Each statement commits on its own, so a won run is visible to every node at
 * once and no lock is held while the others race; a lost candidate is simply skipped, so a node may
 * return fewer runs than it asked for. {@code SELECT ... FOR UPDATE SKIP LOCKED} would spare the lost
 * updates, but H2 does not support it and the house rule is one set of queries for both databases.
 */
@Singleton
public final class JdbcWorkflowRuns implements WorkflowRuns {

    /** Journal writes one commit takes at most. */
    static final int MAX_BATCH = 64;

    private final WorkflowRunRowRepository rows;
    private final WorkflowRunRowMapper mapper;
    private final GroupCommit<WorkflowRunRow, String> accepts;
    private final GroupCommit<Finish, Integer> finishes;

    JdbcWorkflowRuns(WorkflowRunRowRepository rows, WorkflowRunRowMapper mapper,
                     TransactionOperations<Connection> transactions) {
        this.rows = rows;
        this.mapper = mapper;
        this.accepts = new GroupCommit<>(transactions, row -> rows.save(row).id(), MAX_BATCH);
        this.finishes = new GroupCommit<>(transactions, this::finishAndForgetEffects, MAX_BATCH);
    }

    /**
     * The run is in the journal when this returns: concurrent accepts share a commit
     * ({@link GroupCommit}), and each caller waits for the one holding its row.
     */
    @Override
    public String accept(WorkflowId workflow, Map<String, Object> data, String node, Instant now) {
        Objects.requireNonNull(workflow, "workflow");
        String id = UUID.randomUUID().toString();
        return accepts.submit(mapper.acceptedRow(id, workflow, data, Objects.requireNonNull(node, "node"),
                Objects.requireNonNull(now, "now")));
    }

    @Override
    public List<PendingRun> claimExpired(String node, Instant now, Duration lease, int limit) {
        Objects.requireNonNull(node, "node");
        if (limit <= 0) {
            return List.of();
        }
        Instant expiredBefore = now.minus(lease);
        List<PendingRun> won = new ArrayList<>();
        for (String id : rows.findClaimable(expiredBefore, limit)) {
            if (rows.claim(id, node, now, expiredBefore) == 1) {
                // Read back rather than patch the candidate: attempts counts every claim, ours included.
                rows.findById(id).map(mapper::toRun).ifPresent(won::add);
            }
        }
        return List.copyOf(won);
    }

    @Override
    public void renew(String node, Instant now) {
        rows.renew(Objects.requireNonNull(node, "node"), Objects.requireNonNull(now, "now"));
    }

    @Override
    public void release(String runId, String node) {
        rows.release(Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(node, "node"));
    }

    @Override
    public void finish(RunClaim claim, boolean failed, String error, Instant now) {
        RunStatus outcome = failed ? RunStatus.FAILED : RunStatus.DONE;
        finishes.submit(new Finish(claim, outcome.storedName(), error, Objects.requireNonNull(now, "now")));
    }

    /** A finished run is never executed again, so what its steps stored need not be remembered. */
    private int finishAndForgetEffects(Finish finish) {
        int finished = rows.finish(finish.claim().runId(), finish.claim().attempt(), finish.status(), finish.error(),
                finish.now());
        if (finished == 1) {
            rows.deleteEffects(finish.claim().runId());
        }
        return finished;
    }

    @Override
    public int releaseAll(String node) {
        return rows.releaseAll(Objects.requireNonNull(node, "node"));
    }

    @Override
    public Optional<PendingRun> find(String runId) {
        return rows.findById(runId).map(mapper::toRun);
    }

    @Override
    public long unfinished() {
        return rows.countUnfinished();
    }

    /** A run's outcome on its way to the journal. */
    private record Finish(RunClaim claim, String status, String error, Instant now) {
    }
}
