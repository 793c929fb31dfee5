package io.dynamicendpoints.application.port;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Calls other systems over HTTP for the {@code http_request} step. Implementations enforce the
 * timeout and refuse destinations the platform's address policy forbids (loopback, private and
 * link-local addresses unless allowed), because a workflow's URL is a template fed by callers.
 */
public interface OutboundHttp {

    /** @throws OutboundCallException when the call cannot be made or does not finish in time */
    Response send(Request request);

    record Request(String method, String url, Map<String, String> headers, String body, Duration timeout) {
    }

    record Response(int status, Map<String, List<String>> headers, String body) {
    }

    /** Why a call produced no response; the engine tells a caller this much, never the message. */
    enum CallFailure {
        /** The host did not resolve, refused the connection, or broke it before answering. */
        UNREACHABLE,
        /** No answer within the step's timeout (or the connect timeout). */
        TIMEOUT,
        /** The address policy forbids the destination. */
        REFUSED_ADDRESS,
        /** The rendered URL is not an absolute http or https URL. */
        INVALID_URL,
        /** The run was stopped while it waited for the answer. */
        INTERRUPTED
    }

    /**
     * A call that did not produce a response. The message is for admins (the run's trace, the server
     * log): it may name the host, the address or the URL, so it is never sent to the workflow's caller.
     */
    final class OutboundCallException extends RuntimeException {

        private final CallFailure failure;

        public OutboundCallException(CallFailure failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = Objects.requireNonNull(failure, "failure");
        }

        public CallFailure failure() {
            return failure;
        }
    }
}
