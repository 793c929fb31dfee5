package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to a known endpoint together with the answer it got, as the listener hands it over for
 * the request log. It holds references only (no copies, no masking): turning it into a log entry is
 * the background writer's work, off the listener's hot path.
 *
 * @param workflow              the workflow whose endpoint the request named
 * @param receivedAt            when the listener began with it
 * @param durationNanos         how long the listener took to answer
 * @param refusedBeforeListener the platform refused the request before the listener ran (a body too
 *                              large, a method the listener does not take): no check was made
 * @param run                   the workflow run the request started, or null (most requests: the
 *                              field costs nothing when there is no run)
 */
public record ListenerExchange(
        Workflow workflow,
        IncomingRequest request,
        ListenerResponse response,
        Instant receivedAt,
        long durationNanos,
        boolean refusedBeforeListener,
        StartedRun run) {

    /** An exchange that started no run. */
    public ListenerExchange(Workflow workflow, IncomingRequest request, ListenerResponse response, Instant receivedAt,
                            long durationNanos, boolean refusedBeforeListener) {
        this(workflow, request, response, receivedAt, durationNanos, refusedBeforeListener, null);
    }

    public ListenerExchange {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
