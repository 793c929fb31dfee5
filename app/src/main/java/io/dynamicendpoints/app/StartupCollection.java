package io.dynamicendpoints.app;

import io.dynamicendpoints.adminui.base.JettyConsoleServer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * One garbage collection once the platform has started, console included, so that a platform at rest
 * holds about what it needs rather than what starting it took.
 *
 * <p>Why: starting allocates far more than it keeps (migrations, every published endpoint's templates
 * parsed, the console's routes), and the heap grows to absorb that churn. The periodic collection
 * ({@code -XX:G1PeriodicGCInterval} in {@code scripts/jdk.sh}) gives it back, but only after 30 s
 * of quiet. A restart on a database with 1,000 endpoints measured 380 MB of RSS without this
 * collection and 291 MB with it. It costs one pause of some tens of milliseconds (45 ms measured),
 * while the platform has barely started to serve.
 */
@Singleton
@Requires(property = "dynamic-endpoints.startup-collection.enabled", notEquals = "false")
final class StartupCollection implements ApplicationEventListener<ServerStartupEvent> {

    private final Optional<JettyConsoleServer> console;
    private final Runnable collect;

    @Inject
    StartupCollection(Optional<JettyConsoleServer> console) {
        this(console, System::gc);
    }

    StartupCollection(Optional<JettyConsoleServer> console, Runnable collect) {
        this.console = console;
        this.collect = collect;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        // On a thread of its own: the console starts in the background, and start-up must not wait for it.
        Thread.ofPlatform().name("startup-collection").daemon().start(this::collectOnceStarted);
    }

    void collectOnceStarted() {
        try {
            console.ifPresent(JettyConsoleServer::url); // waits until the console has started
        } catch (IllegalStateException e) {
            // The console did not start (FirstStart reports it); what started is still worth collecting.
        }
        collect.run();
    }
}
