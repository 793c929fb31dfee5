package io.dynamicendpoints.application.requestlog;

import java.util.Map;

/** A listing of the request log with parameters that make no sense; {@code violations} names each one. */
public final class InvalidRequestLogQueryException extends RuntimeException {

    private final Map<String, String> violations;

    public InvalidRequestLogQueryException(Map<String, String> violations) {
        super("Invalid request log query: " + violations);
        this.violations = Map.copyOf(violations);
    }

    public Map<String, String> violations() {
        return violations;
    }
}
