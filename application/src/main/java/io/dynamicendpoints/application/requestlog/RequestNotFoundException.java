package io.dynamicendpoints.application.requestlog;

/** No log entry has this id (it never existed, or its retention is over). */
public final class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException(String id) {
        super("No logged request with id " + id);
    }
}
