package io.dynamicendpoints.app;

import io.micronaut.runtime.Micronaut;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts the whole platform: listener, APIs and database in one process. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // The application module logs through java.util.logging (it knows no framework); route it to logback.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
