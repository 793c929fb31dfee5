package io.dynamicendpoints.application.receive;

/** A request body the listener refuses to read; the message tells the caller what to fix. */
public final class UnreadableBodyException extends RuntimeException {

    private final BodyRefusal refusal;

    public UnreadableBodyException(BodyRefusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public BodyRefusal refusal() {
        return refusal;
    }

    public ListenerResponse.ErrorResponse response() {
        return refusal.response(getMessage());
    }
}
