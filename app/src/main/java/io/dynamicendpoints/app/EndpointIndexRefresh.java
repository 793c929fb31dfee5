package io.dynamicendpoints.app;

import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the in-memory endpoint index in step with changes made by other processes that share the
 * database: one cheap counter query per interval, a reload only when it moved.
 */
@Singleton
final class EndpointIndexRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointIndexRefresh.class);

    private final PublishedEndpoints endpoints;

    EndpointIndexRefresh(PublishedEndpoints endpoints) {
        this.endpoints = endpoints;
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
