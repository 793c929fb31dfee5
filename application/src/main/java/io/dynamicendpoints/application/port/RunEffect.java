package io.dynamicendpoints.application.port;

import java.util.Objects;

/**
 * What a step of a durable run stores, named by run and step so that it is stored once: a run executed
 * again (after a crash, or by a node that took it over) finds the effect of a step that already
 * committed and gets its result back instead of storing it twice.
 */
public record RunEffect(RunClaim claim, String stepId) {

    public RunEffect {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(stepId, "stepId");
    }
}
