package io.dynamicendpoints.domain.listener;

import java.util.random.RandomGenerator;

/**
 * Whether an endpoint demands a JWT, and the issuer ({@code endpoint_key}) and HMAC secret
 * ({@code endpoint_secret}) the token must match. Both are templates evaluated without request data.
 */
public record JwtRequirement(boolean enabled, String endpointKey, EndpointSecret endpointSecret) {

    public static final JwtRequirement OFF = new JwtRequirement(false, "", EndpointSecret.NONE);

    public JwtRequirement {
        endpointKey = endpointKey == null ? "" : endpointKey;
        endpointSecret = endpointSecret == null ? EndpointSecret.NONE : endpointSecret;
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
        EndpointSecret secret = endpointSecret.isBlank() ? new EndpointSecret(RandomHex.of(random, 32)) : endpointSecret;
        return new JwtRequirement(true, key, secret);
    }
}
