package io.dynamicendpoints.adminui.base;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the console listens and how long an idle sign-in lasts. Plain settings: the composition root
 * builds them from its configuration ({@code dynamic-endpoints.admin-ui.*}).
 *
 * @param host           interface to bind; loopback unless the operator decides otherwise
 * @param port           0 picks a free port (tests)
 * @param sessionTimeout an idle session is closed and its user signed out after this long
 */
public record ConsoleSettings(String host, int port, Duration sessionTimeout) {

    public ConsoleSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The console port is 0 to 65535, got " + port);
        }
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        if (sessionTimeout.toSeconds() < 60) {
            throw new IllegalArgumentException("The console session timeout is at least one minute");
        }
    }
}
