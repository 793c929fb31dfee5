package io.dynamicendpoints.app;

import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the in-memory endpoint index before the server listens, and keeps it in step with changes
 * made by other processes that share the database: one cheap counter query per interval, a reload
 * only when it moved.
 */
@Singleton
final class EndpointIndexRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointIndexRefresh.class);

    private final PublishedEndpoints endpoints;

    EndpointIndexRefresh(PublishedEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * The context starts, and with it this, before the server binds its port: a webhook that arrives
     * right after a restart finds its endpoint, never a 404 from an index still loading.
     */
    @EventListener
    void loadBeforeListening(StartupEvent started) {
        long start = System.nanoTime();
        endpoints.refresh();
        LOG.info("Endpoint index: {} published endpoints loaded in {} ms", endpoints.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Scheduled(fixedDelay = "${dynamic-endpoints.endpoints.refresh-interval:1s}",
            initialDelay = "${dynamic-endpoints.endpoints.refresh-interval:1s}")
    void refreshIfChanged() {
        try {
            endpoints.refreshIfChanged();
        } catch (RuntimeException e) {
            // A database hiccup must not kill the schedule; the index keeps serving what it has.
            LOG.warn("Could not check for workflow changes: {}", e.getMessage());
        }
    }
}
