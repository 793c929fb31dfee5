package io.dynamicendpoints.application.port;

import java.util.Objects;

/**
 * One executor's hold on a durable run: the run and the attempt it claimed. Every claim starts a new
 * attempt, so an executor whose lease ran out (its node stalled, lost the database, was presumed dead)
 * can still run, but can no longer commit for the run: effects and the finish check the attempt
 * (a fencing token) in the same transaction as what they write.
 */
public record RunClaim(String runId, int attempt) {

    /** The attempt of a run this node accepted and runs at once. */
    public static final int FIRST_ATTEMPT = 1;

    public RunClaim {
        Objects.requireNonNull(runId, "runId");
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1");
        }
    }

    /** The effect of one step of this attempt. */
    public RunEffect effectOf(String stepId) {
        return new RunEffect(this, stepId);
    }
}
