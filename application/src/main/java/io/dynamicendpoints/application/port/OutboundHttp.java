package io.dynamicendpoints.application.port;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    /** A call that did not produce a response: refused destination, connection failure or timeout. */
    final class OutboundCallException extends RuntimeException {

        public OutboundCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
