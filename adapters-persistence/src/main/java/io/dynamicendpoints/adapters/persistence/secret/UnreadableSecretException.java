package io.dynamicendpoints.adapters.persistence.secret;

/** A stored secret that the configured keys do not open; the message says what to check. */
public final class UnreadableSecretException extends RuntimeException {

    public UnreadableSecretException(String message) {
        super(message);
    }
}
