package io.dynamicendpoints.application.requestlog;

/**
 * A logged request that cannot be replayed as it was: its workflow is gone or not published, or its
 * body was only partly kept. {@code reason} is a short code for the caller to branch on.
 */
public final class ReplayRefusedException extends RuntimeException {

    private final String reason;

    public ReplayRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
