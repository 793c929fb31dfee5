package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the listener reports each request to a known endpoint and its answer: the request log's
 * hook into {@link ReceiveRequest}. An implementation must return at once and never fail the
 * request, because it runs on the listener's hot path.
 */
@FunctionalInterface
public interface RequestRecorder {

    /** Records nothing: for tests that do not look at the log, and for a platform with the log off. */
    RequestRecorder NONE = exchange -> {
    };

    void record(ListenerExchange exchange);

    /**
     * Answers a request with {@code answer}, timing it, and records the exchange, including an answer
     * that failed with an exception (as the 500 the caller then gets). Recording never changes the answer.
     */
    default ListenerResponse recordAnswer(Workflow workflow, IncomingRequest request, Clock clock,
                                          Supplier<ListenerResponse> answer) {
        Instant receivedAt = clock.instant();
        long started = System.nanoTime();
        ListenerResponse response;
        try {
            response = answer.get();
        } catch (RuntimeException e) {
            recordQuietly(new ListenerExchange(workflow, request, new ErrorResponse(500, "internal_error",
                    "The server failed to handle the request"), receivedAt, System.nanoTime() - started, false));
            throw e;
        }
        if (response instanceof ListenerResponse.Deferred deferred) {
            // A run answers later: record the answer the caller actually gets, timed when it gets it,
            // once the run's trace is as complete as the entry will show it (see Deferred#run).
            return new ListenerResponse.Deferred(deferred.reply().whenComplete((done, failure) -> {
                long duration = System.nanoTime() - started;
                ListenerResponse answered = done != null ? done
                        : new ErrorResponse(500, "internal_error", "The workflow run failed unexpectedly");
                deferred.run().whenComplete((run, ignored) -> recordQuietly(
                        new ListenerExchange(workflow, request, answered, receivedAt, duration, false, run)));
            }), deferred.run());
        }
        recordQuietly(new ListenerExchange(workflow, request, response, receivedAt, System.nanoTime() - started, false,
                response instanceof ListenerResponse.EventStream stream && stream.runId() != null
                        ? StartedRun.started(stream.runId()) : null));
        return response;
    }

    private void recordQuietly(ListenerExchange exchange) {
        try {
            record(exchange);
        } catch (RuntimeException e) {
            Logger.getLogger(RequestRecorder.class.getName()).log(Level.WARNING,
                    "Could not record a request to workflow " + exchange.workflow().id().map(Object::toString).orElse("?"), e);
        }
    }
}
