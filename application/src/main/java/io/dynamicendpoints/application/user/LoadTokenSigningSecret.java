package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.PlatformSettings;
import io.dynamicendpoints.domain.listener.RandomHex;

import java.util.random.RandomGenerator;

/**
 * The secret that signs API access tokens: generated (256 bits) on first start and kept in the
 * database, so tokens survive restarts, every node of a cluster accepts them, and no secret ever sits
 * in the code or the default configuration.
 */
public final class LoadTokenSigningSecret {

    static final String SETTING = "api.token-signing-secret";

    private final PlatformSettings settings;
    private final RandomGenerator random;

    public LoadTokenSigningSecret(PlatformSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    public String load() {
        return settings.getOrCreate(SETTING, () -> RandomHex.of(random, 32));
    }
}
