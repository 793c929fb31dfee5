package io.dynamicendpoints.app;

import io.dynamicendpoints.adminui.base.ConsoleSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The admin console ({@code dynamic-endpoints.admin-ui.*}): its own port (api.md §1), bound to loopback
 * unless {@code host} says otherwise, and how long an idle sign-in lasts. {@code enabled=false} runs the
 * platform without it.
 */
@ConfigurationProperties("dynamic-endpoints.admin-ui")
public record AdminUiConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "127.0.0.1") String host,
        @Bindable(defaultValue = "8081") int port,
        @Bindable(defaultValue = "30m") Duration sessionTimeout) {

    ConsoleSettings settings() {
        return new ConsoleSettings(host, port, sessionTimeout);
    }
}
