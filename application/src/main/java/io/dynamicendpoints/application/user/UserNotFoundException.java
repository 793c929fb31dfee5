package io.dynamicendpoints.application.user;

/** No user has this name. */
public final class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(String username) {
        super("No user named '" + username + "'");
    }
}
