package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WorkflowRuns} in a map, for tests of the engine. It honours the same contract as the JDBC
 * adapter ({@code WorkflowRunsContract}): runs are claimed oldest first, a lease runs out strictly
 * before {@code now - lease}, a finished run keeps its first outcome, and the run's data comes back as
 * a JSON store would hand it (see {@link JsonRoundTrip}). Every method locks the whole store, so
 * "nodes" sharing one instance from several threads win each run exactly once, as nodes sharing the
 * database do.
 */
public final class InMemoryWorkflowRuns implements WorkflowRuns {

    private static final Comparator<Run> OLDEST_FIRST = Comparator.comparing(Run::createdAt).thenComparing(Run::id);

    private final Map<String, Run> byId = new HashMap<>();

    @Override
    public synchronized String accept(WorkflowId workflow, Map<String, Object> data, String node, Instant now) {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(now, "now");
        String id = UUID.randomUUID().toString();
        byId.put(id, new Run(id, workflow, JsonRoundTrip.copy(data), Status.RUNNING, node, now, 1, null, now, null));
        return id;
    }

    @Override
    public synchronized List<PendingRun> claimExpired(String node, Instant now, Duration lease, int limit) {
        Objects.requireNonNull(node, "node");
        Instant expiredBefore = now.minus(lease);
        List<Run> won = byId.values().stream()
                .filter(run -> run.status().unfinished())
                .filter(run -> run.claimedBy() == null || run.claimedAt().isBefore(expiredBefore))
                .sorted(OLDEST_FIRST)
                .limit(Math.max(limit, 0))
                .map(run -> run.claimed(node, now))
                .toList();
        won.forEach(run -> byId.put(run.id(), run));
        return won.stream().map(Run::toPendingRun).toList();
    }

    @Override
    public synchronized void renew(String node, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Run> held = byId.values().stream()
                .filter(run -> run.status().unfinished() && node.equals(run.claimedBy()))
                .toList();
        held.forEach(run -> byId.put(run.id(), run.renewed(now)));
    }

    @Override
    public synchronized void release(String runId, String node) {
        Run run = byId.get(runId);
        if (run != null && run.status().unfinished() && node.equals(run.claimedBy())) {
            byId.put(runId, run.released());
        }
    }

    @Override
    public synchronized void finish(RunClaim claim, boolean failed, String error, Instant now) {
        Run run = byId.get(claim.runId());
        if (run != null && run.status().unfinished() && run.attempts() == claim.attempt()) {
            byId.put(claim.runId(), run.finished(failed ? Status.FAILED : Status.DONE, error, now));
        }
    }

    @Override
    public synchronized int releaseAll(String node) {
        List<Run> held = byId.values().stream()
                .filter(run -> run.status().unfinished() && node.equals(run.claimedBy())).toList();
        held.forEach(run -> byId.put(run.id(), run.released()));
        return held.size();
    }

    @Override
    public synchronized Optional<PendingRun> find(String runId) {
        return Optional.ofNullable(byId.get(runId)).map(Run::toPendingRun);
    }

    @Override
    public synchronized long unfinished() {
        return byId.values().stream().filter(run -> run.status().unfinished()).count();
    }

    /** The stored states, by the names the JDBC adapter writes. */
    private enum Status {
        PENDING("pending"), RUNNING("running"), DONE("done"), FAILED("failed");

        private final String storedName;

        Status(String storedName) {
            this.storedName = storedName;
        }

        boolean unfinished() {
            return this == PENDING || this == RUNNING;
        }
    }

    /** Everything the table keeps about a run, including what {@link PendingRun} leaves out. */
    private record Run(String id, WorkflowId workflow, Map<String, Object> data, Status status, String claimedBy,
                       Instant claimedAt, int attempts, String error, Instant createdAt, Instant finishedAt) {

        Run claimed(String node, Instant now) {
            return new Run(id, workflow, data, Status.RUNNING, node, now, attempts + 1, error, createdAt, finishedAt);
        }

        Run released() {
            return new Run(id, workflow, data, status, null, claimedAt, attempts, error, createdAt, finishedAt);
        }

        Run renewed(Instant now) {
            return new Run(id, workflow, data, status, claimedBy, now, attempts, error, createdAt, finishedAt);
        }

        Run finished(Status outcome, String why, Instant now) {
            return new Run(id, workflow, data, outcome, claimedBy, claimedAt, attempts, why, createdAt, now);
        }

        PendingRun toPendingRun() {
            return new PendingRun(id, workflow, data, status.storedName, attempts);
        }
    }
}
