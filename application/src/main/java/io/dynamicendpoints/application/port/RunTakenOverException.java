package io.dynamicendpoints.application.port;

/**
 * The run is no longer this executor's to commit for: another claim (a later attempt) holds it, or it
 * finished. Nothing was written; the holder of the run carries on.
 */
public final class RunTakenOverException extends RuntimeException {

    public RunTakenOverException(RunClaim claim) {
        super("Run " + claim.runId() + " attempt " + claim.attempt() + " was taken over; its effect was not stored");
    }
}
