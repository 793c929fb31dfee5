package io.dynamicendpoints.domain.traffic;

import java.time.Instant;
import java.util.Objects;

/**
 * How recently and how often one endpoint was called.
 *
 * @param lastRequestAt when its newest logged request arrived
 * @param recentCount   how many requests arrived since the instant the caller asked about
 */
public record EndpointActivity(Instant lastRequestAt, long recentCount) {

    public EndpointActivity {
        Objects.requireNonNull(lastRequestAt, "lastRequestAt");
        if (recentCount < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
    }
}
