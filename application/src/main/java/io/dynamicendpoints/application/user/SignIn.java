package io.dynamicendpoints.application.user;

import io.dynamicendpoints.domain.user.User;

import java.time.Duration;
import java.util.Optional;

/** How a sign-in attempt ended ({@link AuthenticateUser}). */
public sealed interface SignIn {

    /** The account, when the attempt succeeded. */
    default Optional<User> user() {
        return this instanceof SignedIn signedIn ? Optional.of(signedIn.account()) : Optional.empty();
    }

    record SignedIn(User account) implements SignIn {
    }

    /** Wrong name or wrong password; which of the two is never said. */
    record Refused() implements SignIn {
    }

    /**
     * Too many failures from this address: the password was not checked. Said alike for names that
     * exist and names that do not.
     */
    record Throttled(Duration retryAfter) implements SignIn {
    }
}
