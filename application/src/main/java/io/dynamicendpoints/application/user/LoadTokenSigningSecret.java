package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.PlatformSettings;
import io.dynamicendpoints.domain.listener.RandomHex;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The secret that signs API access tokens. By default it is generated (256 random bits) on the first
 * start and kept in the database, so tokens survive restarts, every node of a cluster shares it, and no
 * secret sits in the code or the default configuration. An operator may set one instead; a secret too
 * short to be safe is refused, so the platform never runs with a weak key (or with none).
 */
public final class LoadTokenSigningSecret {

    static final String SETTING = "api.token-signing-secret";

    /** HS256 needs a key of at least 256 bits (RFC 7518 §3.2). */
    public static final int MINIMUM_BYTES = 32;

    private final PlatformSettings settings;
    private final RandomGenerator random;
    private final Optional<String> configured;

    public LoadTokenSigningSecret(PlatformSettings settings, RandomGenerator random, Optional<String> configured) {
        this.settings = settings;
        this.random = random;
        this.configured = configured.filter(secret -> !secret.isEmpty());
    }

    public LoadTokenSigningSecret(PlatformSettings settings, RandomGenerator random) {
        this(settings, random, Optional.empty());
    }

    /**
     * @throws TokenSigningSecretException when the configured or stored secret is shorter than 256 bits
     *                                     (the message names the setting, never the value)
     */
    public String load() {
        if (configured.isPresent()) {
            return checked(configured.get(), "The configured token secret (DYNAMIC_ENDPOINTS_TOKEN_SECRET)");
        }
        return checked(settings.getOrCreate(SETTING, () -> RandomHex.of(random, MINIMUM_BYTES)),
                "The stored token secret (platform_setting '" + SETTING + "')");
    }

    private static String checked(String secret, String what) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new TokenSigningSecretException(what + " is shorter than " + MINIMUM_BYTES
                    + " bytes (256 bits); set one of at least " + MINIMUM_BYTES + " characters, e.g. `openssl rand -hex 32`");
        }
        return secret;
    }

    /** No safe signing secret can be had: the platform must not start. */
    public static final class TokenSigningSecretException extends IllegalStateException {

        TokenSigningSecretException(String message) {
            super(message);
        }
    }
}
