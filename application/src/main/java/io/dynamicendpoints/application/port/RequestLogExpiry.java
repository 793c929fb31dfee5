package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which log entries have outlived their retention: those received before {@code receivedBefore},
 * of one workflow only, or of every workflow except those that keep their entries for a time of
 * their own.
 */
public record RequestLogExpiry(Instant receivedBefore, Optional<WorkflowId> only, Set<WorkflowId> except) {

    public RequestLogExpiry {
        Objects.requireNonNull(receivedBefore, "receivedBefore");
        only = only == null ? Optional.empty() : only;
        except = except == null ? Set.of() : Set.copyOf(except);
        if (only.isPresent() && !except.isEmpty()) {
            throw new IllegalArgumentException("An expiry names one workflow or exceptions, not both");
        }
    }

    /** Entries of {@code workflow} received before {@code cutoff}. */
    public static RequestLogExpiry ofWorkflow(WorkflowId workflow, Instant cutoff) {
        return new RequestLogExpiry(cutoff, Optional.of(workflow), Set.of());
    }

    /** Entries of every workflow but {@code except}, received before {@code cutoff}. */
    public static RequestLogExpiry ofAllBut(Set<WorkflowId> except, Instant cutoff) {
        return new RequestLogExpiry(cutoff, Optional.empty(), except);
    }

    public boolean covers(WorkflowId workflow, Instant receivedAt) {
        return receivedAt.isBefore(receivedBefore)
                && only.map(workflow::equals).orElse(true)
                && !except.contains(workflow);
    }
}
