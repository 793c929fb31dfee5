package io.dynamicendpoints.application.receive;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** The reply to a listener request, one type per way an endpoint can answer. */
public sealed interface ListenerResponse {

    /** A {@code data} reply: status 200, the content type detected from the rendered text (none when empty). */
    record DataResponse(String body, String contentType) implements ListenerResponse {
    }

    /** An {@code html} reply: status 200, {@code text/html}. */
    record HtmlResponse(String body) implements ListenerResponse {
    }

    /** A {@code redirect} reply: status 302 to the rendered location. */
    record RedirectResponse(String location) implements ListenerResponse {
    }

    /** An answer without a body, such as a CORS preflight or a plain {@code OPTIONS}: 204. */
    record NoContentResponse(Map<String, String> headers) implements ListenerResponse {
    }

    /** A run that ended without producing a reply: 200 with an empty body. */
    record EmptyResponse() implements ListenerResponse {
    }

    /**
     * A reply that is an error the caller should see as such ({@code {"error": code, "message": ...}});
     * {@code reason} refines the code (a rejected JWT says why) and {@code step} names the failing step
     * of a workflow; both may be null.
     */
    record ErrorResponse(int status, String error, String reason, String step, String message,
                         Map<String, String> headers) implements ListenerResponse {

        public ErrorResponse(int status, String error, String message) {
            this(status, error, null, null, message, Map.of());
        }
    }

    /** Another reply with a status and extra headers of its own (an endpoint response step's, or CORS headers). */
    record Decorated(ListenerResponse response, Integer status, Map<String, String> headers)
            implements ListenerResponse {
    }

    /**
     * A reply that a run will produce later (a {@code continue} endpoint, or a run that must finish
     * first). {@code run} completes, never exceptionally, with the run for the request log (null when
     * none started) once its trace is as complete as the log will show it: for a sync run when it
     * ended, or at the sync deadline; for an async run as soon as it is stored. It may complete after
     * {@code reply}.
     */
    record Deferred(CompletionStage<ListenerResponse> reply, CompletionStage<StartedRun> run)
            implements ListenerResponse {

        private static final CompletionStage<StartedRun> NO_RUN = CompletableFuture.completedStage(null);

        public Deferred {
            run = run == null ? NO_RUN : run;
        }

        /** A later reply that no run of the request log's interest produces. */
        public Deferred(CompletionStage<ListenerResponse> reply) {
            this(reply, NO_RUN);
        }
    }

    /**
     * A live event stream ({@code sse}): frames as the run emits them, then {@code done}, then the end.
     * {@code runId} names the run that the first reader starts (null when there is none).
     */
    record EventStream(Flow.Publisher<SseFrame> frames, String runId) implements ListenerResponse {

        public EventStream(Flow.Publisher<SseFrame> frames) {
            this(frames, null);
        }
    }

    /** One Server-Sent Events frame; a frame with only a comment keeps the connection alive. */
    record SseFrame(String event, String data, String comment) {

        public static SseFrame of(String event, String data) {
            return new SseFrame(event, data, null);
        }

        public static SseFrame heartbeat() {
            return new SseFrame(null, null, "heartbeat");
        }
    }
}
