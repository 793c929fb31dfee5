package io.dynamicendpoints.adapters.http.stop;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how the stop went once Micronaut's graceful shutdown has waited for the open connections (it
 * listens to the same event first, {@link Ordered#HIGHEST_PRECEDENCE}), before the database pool and
 * executors close: requests finished and refused, and connections still open when the grace period ran out.
 */
@Singleton
final class StopEnding implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(StopEnding.class);

    private final Stopping stopping;
    private final BeanProvider<GracefulShutdownManager> graceful;

    StopEnding(Stopping stopping, BeanProvider<GracefulShutdownManager> graceful) {
        this.stopping = stopping;
        this.graceful = graceful;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        if (!stopping.begun()) {
            return; // the context stopped without its server (a test, a refused start): nothing was served
        }
        long open = graceful.find(null).map(manager -> manager.reportActiveTasks().orElse(0)).orElse(0L);
        LOG.info("Stopped serving: {} requests finished, {} refused with 503, {} connections still open",
                stopping.finished(), stopping.refusedCount(), open);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }
}
