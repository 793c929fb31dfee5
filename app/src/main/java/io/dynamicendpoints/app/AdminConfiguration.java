package io.dynamicendpoints.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The first admin ({@code dynamic-endpoints.admin.*}): created on first start with this password,
 * or with a random one printed once when none is set. {@code bcrypt-cost} trades login time for
 * resistance to offline guessing.
 */
@ConfigurationProperties("dynamic-endpoints.admin")
public record AdminConfiguration(
        @Bindable(defaultValue = "admin") String username,
        @Nullable String password,
        @Bindable(defaultValue = "12") int bcryptCost) {

    @Override
    public String toString() {
        return "AdminConfiguration[username=" + username + ", password=****, bcryptCost=" + bcryptCost + "]";
    }
}
