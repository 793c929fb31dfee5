package io.dynamicendpoints.application.user;

import java.util.Map;

/** A user that cannot be created as asked; {@link #details()} names each bad field. */
public final class InvalidUserException extends RuntimeException {

    private final Map<String, String> details;

    public InvalidUserException(Map<String, String> details) {
        super("Invalid user: " + details.keySet());
        this.details = Map.copyOf(details);
    }

    public Map<String, String> details() {
        return details;
    }
}
