package io.dynamicendpoints.app;

import io.dynamicendpoints.adminui.base.ConsoleSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Hands the admin console its settings; the console's own beans live in the admin-ui module. */
@Factory
final class ConsoleWiring {

    @Singleton
    ConsoleSettings consoleSettings(AdminUiConfiguration configuration) {
        return configuration.settings();
    }
}
