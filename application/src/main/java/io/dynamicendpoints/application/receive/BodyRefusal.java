package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;

/**
 * Why a listener refuses to read a request's body. Each reason is its own error reply (status and
 * code), so the caller, the request log and the tests can tell them apart; none of them runs the
 * workflow, and none is a server error.
 */
public enum BodyRefusal {

    /** Larger than {@code dynamic-endpoints.listener.max-body-size}. */
    TOO_LARGE(413, "payload_too_large"),
    /** A form with more fields, or a multipart body with more parts, than the listener reads. */
    TOO_MANY_FIELDS(413, "too_many_fields"),
    /** Declared as JSON (or {@code +json}) but not parseable. */
    INVALID_JSON(400, "invalid_json"),
    /** Declared as {@code multipart/form-data} but without a boundary or with a broken structure. */
    INVALID_MULTIPART(400, "invalid_multipart"),
    /** Declared in a charset the platform cannot decode. */
    UNSUPPORTED_CHARSET(415, "unsupported_charset");

    private final int status;
    private final String error;

    BodyRefusal(int status, String error) {
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public ErrorResponse response(String message) {
        return new ErrorResponse(status, error, message);
    }
}
