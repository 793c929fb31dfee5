package io.dynamicendpoints.adapters.persistence.run;

import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.RunEffect;
import io.dynamicendpoints.application.port.RunTakenOverException;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Stores a step's effect once per durable run, for the adapters that store effects (records). Called
 * inside the effect's own transaction, it first locks the run's row and checks that the effect's
 * attempt still holds the run (fencing: a node whose lease ran out commits nothing), then returns the
 * result of the step's earlier execution if there was one, and otherwise stores the effect and notes it
 * ({@code run_effect}), both committed with the caller's transaction or not at all.
 */
@Singleton
public final class RunEffects {

    private final WorkflowRunRowRepository rows;

    RunEffects(WorkflowRunRowRepository rows) {
        this.rows = rows;
    }

    /**
     * @param store writes the effect and returns its result (a record id, a count)
     * @throws RunTakenOverException when another attempt holds the run or it finished
     */
    public long once(RunEffect effect, LongSupplier store) {
        RunClaim claim = effect.claim();
        Optional<Integer> holder = rows.lockHoldingAttempt(claim.runId());
        if (holder.isEmpty() || holder.get() != claim.attempt()) {
            throw new RunTakenOverException(claim);
        }
        Optional<Long> earlier = rows.findEffect(claim.runId(), effect.stepId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long result = store.getAsLong();
        rows.insertEffect(claim.runId(), effect.stepId(), result);
        return result;
    }
}
