package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.dynamicendpoints.application.user.CheckTokenStamp;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The claims an API access token must carry to be accepted, beyond its signature: a subject, an
 * expiry in the future (a token without one would live for ever), an issue time not in the future, a
 * not-before time (when present) that has passed, and the account's current {@link #STAMP stamp} — so
 * the tokens of a deleted account, or issued before a password reset, fail at once on every node.
 *
 * <p>The stamp is read from the database on every API call; Micronaut runs this validator on the
 * blocking pool ({@code reactive-validator-execute-on-blocking} in {@code application.yml}), never on
 * the event loop. The listener is not behind this check (see {@link ApiSecurityFilter}).
 */
@Singleton
final class ApiTokenClaims<T> implements GenericJwtClaimsValidator<T> {

    /** The claim holding the account's token stamp when the token was issued. */
    static final String STAMP = "stamp";

    /** How far apart the clocks of two nodes may be. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final CheckTokenStamp checkTokenStamp;
    private final Clock clock;

    ApiTokenClaims(CheckTokenStamp checkTokenStamp, Clock clock) {
        this.checkTokenStamp = checkTokenStamp;
        this.clock = clock;
    }

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable T request) {
        JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Instant now = clock.instant();
        String subject = set.getSubject();
        Object stamp = set.getClaim(STAMP);
        return subject != null && !subject.isBlank()
                && isAfter(set.getExpirationTime(), now)
                && isNotAfter(set.getIssueTime(), now.plus(CLOCK_SKEW))
                && (set.getNotBeforeTime() == null || isNotAfter(set.getNotBeforeTime(), now.plus(CLOCK_SKEW)))
                && stamp instanceof String current
                && checkTokenStamp.isCurrent(subject, current);
    }

    private static boolean isAfter(@Nullable Date time, Instant instant) {
        return time != null && time.toInstant().isAfter(instant);
    }

    private static boolean isNotAfter(@Nullable Date time, Instant instant) {
        return time != null && !time.toInstant().isAfter(instant);
    }
}
