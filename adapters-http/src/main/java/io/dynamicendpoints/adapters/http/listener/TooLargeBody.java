package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.receive.BodyRefusal;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.requestlog.RecordRefusedRequest;

/**
 * The listener's 413 for a body the server stopped reading at {@code micronaut.server.max-request-size}
 * (which follows {@code dynamic-endpoints.listener.max-body-size}), before the use case could see it:
 * answered as the use case would, and recorded in the request log like its own refusals.
 */
final class TooLargeBody {

    private TooLargeBody() {
    }

    /** Records the refusal of {@code refused} (whose body is left out) and returns the answer. */
    static ListenerResponse refuse(IncomingRequest refused, long maxBytes, RecordRefusedRequest requestLog) {
        String message = "The body is larger than this endpoint accepts (at most " + maxBytes + " bytes)";
        requestLog.record(refused, 413, "payload_too_large", message);
        return BodyRefusal.TOO_LARGE.response(message);
    }
}
