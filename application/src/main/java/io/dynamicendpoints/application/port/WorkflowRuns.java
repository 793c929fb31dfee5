package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable async runs. An accepted async request is written here before its caller is answered, so a
 * crash loses nothing; a node claims a run before executing it, so nodes sharing the database never run
 * one request at the same time; claims carry a lease that the running node renews, and runs whose
 * lease ran out (their node died) can be claimed again.
 */
public interface WorkflowRuns {

    /** Stores a new run already claimed by {@code node}, and returns its id. */
    String accept(WorkflowId workflow, Map<String, Object> data, String node, Instant now);

    /**
     * Claims up to {@code limit} runs that are unclaimed or whose lease expired before {@code now - lease},
     * for {@code node}; returns the runs this node won.
     */
    List<PendingRun> claimExpired(String node, Instant now, Duration lease, int limit);

    /** Renews the lease of every unfinished run that {@code node} holds. */
    void renew(String node, Instant now);

    /**
     * Gives up {@code node}'s claim on an unfinished run it cannot start now (its workers are all
     * busy), so that the next {@link #claimExpired} of any node takes it at once instead of after a
     * lease that this node would otherwise keep renewing. A run held by another node is left alone.
     */
    void release(String runId, String node);

    /**
     * Marks a run finished (done or failed) if {@code claim} still holds it; an unknown id, a finished
     * run, or a run another attempt holds now, is left as it is.
     */
    void finish(RunClaim claim, boolean failed, String error, Instant now);

    /**
     * Gives up every claim {@code node} holds on unfinished runs, as a clean stop does: another node,
     * or this one's next start, takes them at once instead of after the lease.
     */
    int releaseAll(String node);

    Optional<PendingRun> find(String runId);

    /** Runs not finished yet, all nodes together. */
    long unfinished();

    /** A run as stored: which workflow, the request's data, and its state. */
    record PendingRun(String id, WorkflowId workflow, Map<String, Object> data, String status, int attempts) {
    }
}
