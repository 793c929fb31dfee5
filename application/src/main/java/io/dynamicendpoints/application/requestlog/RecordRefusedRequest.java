package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.receive.RequestRecorder;

import java.time.Clock;

/**
 * Records a request to a listener URL that the HTTP server refused before the listener ran (a body
 * over the size limit: 413; a method the listener does not take: 405; a request it cannot read: 400),
 * when the URL names a published endpoint. Unknown URLs are not recorded, like everywhere else in the log.
 */
public final class RecordRefusedRequest {

    private final PublishedEndpoints endpoints;
    private final RequestRecorder recorder;
    private final Clock clock;

    public RecordRefusedRequest(PublishedEndpoints endpoints, RequestRecorder recorder, Clock clock) {
        this.endpoints = endpoints;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * @param request what is known of the request (its body, if read at all, is usually not)
     * @param error   the error code the caller got, such as {@code payload_too_large}
     */
    public void record(IncomingRequest request, int status, String error, String message) {
        endpoints.find(request.firstHash(), request.secondHash()).ifPresent(endpoint -> recorder.record(
                new ListenerExchange(endpoint.workflow(), request, new ErrorResponse(status, error, message),
                        clock.instant(), 0, true)));
    }
}
