package io.dynamicendpoints.domain.listener;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Whether an endpoint demands a JWT, and the issuer ({@code endpoint_key}) and HMAC secret
 * ({@code endpoint_secret}) the token must match. Both are templates evaluated without request data.
 *
 * @param requireExp       refuse tokens without an {@code exp} claim (default: a token that never
 *                         expires is a standing credential, so we refuse it)
 * @param maxTokenLifetime when present, refuse tokens whose {@code exp - iat} is longer
 */
public record JwtRequirement(boolean enabled, String endpointKey, EndpointSecret endpointSecret,
                             boolean requireExp, Optional<Duration> maxTokenLifetime) {

    public static final JwtRequirement OFF = new JwtRequirement(false, "", EndpointSecret.NONE);

    public JwtRequirement {
        endpointKey = endpointKey == null ? "" : endpointKey;
        endpointSecret = endpointSecret == null ? EndpointSecret.NONE : endpointSecret;
        maxTokenLifetime = maxTokenLifetime == null ? Optional.empty() : maxTokenLifetime;
        maxTokenLifetime.ifPresent(lifetime -> {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("A maximum token lifetime is positive");
            }
        });
    }

    /** The documented settings with our safe defaults: {@code exp} required, no lifetime cap. */
    public JwtRequirement(boolean enabled, String endpointKey, EndpointSecret endpointSecret) {
        this(enabled, endpointKey, endpointSecret, true, Optional.empty());
    }

    /**
     * Fills in a generated key (128 bits) and secret (256 bits) where authentication is on and the
     * admin gave none, as the product does the first time authentication is switched on.
     */
    public JwtRequirement withGeneratedCredentials(RandomGenerator random) {
        if (!enabled) {
            return this;
        }
        String key = endpointKey.isBlank() ? RandomHex.of(random, 16) : endpointKey;
        EndpointSecret secret = endpointSecret.isBlank() ? EndpointSecret.generate(random) : endpointSecret;
        return new JwtRequirement(true, key, secret, requireExp, maxTokenLifetime);
    }

    /** The same requirement with a freshly generated secret: every caller must switch to the new one. */
    public JwtRequirement withRotatedSecret(RandomGenerator random) {
        return new JwtRequirement(enabled, endpointKey, EndpointSecret.generate(random), requireExp, maxTokenLifetime);
    }
}
