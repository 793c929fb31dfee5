package io.dynamicendpoints.adapters.http.stop;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.graceful.GracefulShutdownManager;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Begins the stop when the server stops accepting connections (SIGTERM runs Micronaut's shutdown hook,
 * which stops the server first and the application context after). Why here: this event comes before
 * the context's {@code ShutdownEvent}, on which Micronaut's graceful shutdown waits for the open
 * connections and after which the connection pool and executors are closed; requests arriving from
 * now on are refused rather than started on a node whose database access is about to go.
 *
 * <p>It then waits up to {@code dynamic-endpoints.shutdown.drain-delay} while connections are open,
 * before Micronaut's graceful shutdown closes the idle ones. Why: a keep-alive connection closed
 * while its client is sending the next request breaks that request with no answer at all; during the
 * delay the request gets a 503 with {@code Connection: close} instead, and the client moves on.
 */
@Singleton
final class StopBeginning implements ApplicationEventListener<ServerShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StopBeginning.class);
    private static final long POLL_MILLIS = 50;

    private final Stopping stopping;
    private final BeanProvider<GracefulShutdownManager> graceful;
    private final Duration gracePeriod;
    private final Duration drainDelay;

    StopBeginning(Stopping stopping, BeanProvider<GracefulShutdownManager> graceful,
                  @Value("${dynamic-endpoints.shutdown.grace-period:20s}") Duration gracePeriod,
                  @Value("${dynamic-endpoints.shutdown.drain-delay:1s}") Duration drainDelay) {
        this.stopping = stopping;
        this.graceful = graceful;
        this.gracePeriod = gracePeriod;
        this.drainDelay = drainDelay;
    }

    @Override
    public void onApplicationEvent(ServerShutdownEvent event) {
        if (stopping.begun()) {
            return;
        }
        stopping.begin();
        LOG.info("Stopping: readiness is DOWN, new requests get 503, {} connections open, requests in flight have {} s to finish",
                openConnections(), gracePeriod.toSeconds());
        drain();
    }

    private void drain() {
        long deadline = System.nanoTime() + drainDelay.toNanos();
        try {
            while (System.nanoTime() < deadline && openConnections() > 0) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long openConnections() {
        return graceful.find(null).map(manager -> manager.reportActiveTasks().orElse(0)).orElse(0L);
    }
}
