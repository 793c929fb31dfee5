package io.dynamicendpoints.adapters.http.security;

import io.dynamicendpoints.adapters.http.error.ApiError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/**
 * Micronaut's answers to {@code POST /login}, except for a throttled attempt: 429
 * {@code too_many_attempts} with {@code Retry-After} instead of 401. It says only that this address
 * failed too often, never whether the account exists: names that do not exist are throttled alike.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
@Requires(property = "micronaut.security.authentication", value = "bearer")
final class ThrottleAwareLoginHandler extends AccessRefreshTokenLoginHandler {

    ThrottleAwareLoginHandler(AccessRefreshTokenGenerator accessRefreshTokenGenerator) {
        super(accessRefreshTokenGenerator);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse authenticationFailed, HttpRequest<?> request) {
        if (authenticationFailed instanceof TooManyLoginAttempts throttled) {
            long seconds = throttled.retryAfterSeconds();
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ApiError.of("too_many_attempts",
                            "Too many failed sign-ins from this address: try again in " + seconds + " s"));
        }
        return super.loginFailed(authenticationFailed, request);
    }
}
