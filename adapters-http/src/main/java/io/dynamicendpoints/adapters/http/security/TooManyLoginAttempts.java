package io.dynamicendpoints.adapters.http.security;

import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;

import java.time.Duration;

/**
 * A sign-in refused by the throttle before the password was checked; {@link ThrottleAwareLoginHandler}
 * turns it into 429 with {@code Retry-After}, so a script backs off instead of taking it for a wrong password.
 */
final class TooManyLoginAttempts extends AuthenticationFailed {

    private final Duration retryAfter;

    TooManyLoginAttempts(Duration retryAfter) {
        super(AuthenticationFailureReason.CUSTOM);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up: the form {@code Retry-After} takes. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
