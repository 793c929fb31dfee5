package io.dynamicendpoints.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The API token signing secret ({@code dynamic-endpoints.token.secret}, environment variable
 * {@code DYNAMIC_ENDPOINTS_TOKEN_SECRET}). Unset, the platform generates one on its first start and
 * keeps it in the database, which every node of a cluster reads.
 */
@ConfigurationProperties("dynamic-endpoints.token")
public record TokenConfiguration(@Nullable String secret) {

    /** Never prints the secret: configuration objects end up in logs and error messages. */
    @Override
    public String toString() {
        return "TokenConfiguration[secret=" + (secret == null || secret.isEmpty() ? "(generated)" : "****") + "]";
    }
}
