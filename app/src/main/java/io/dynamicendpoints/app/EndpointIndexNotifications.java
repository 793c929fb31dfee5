package io.dynamicendpoints.app;

import io.dynamicendpoints.adapters.persistence.workflow.PostgresWorkflowNotifications;
import io.dynamicendpoints.application.port.WorkflowChange;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * On PostgreSQL, brings another node's workflow changes into this node's endpoint index as soon as
 * they commit, instead of at the next poll of {@link EndpointIndexRefresh}, which stays as the safety
 * net. On H2 there is only one node, so there is nothing to hear.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
@Requires(property = "dynamic-endpoints.endpoints.notify", notEquals = "false")
final class EndpointIndexNotifications implements PostgresWorkflowNotifications.Receiver {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointIndexNotifications.class);

    private final PublishedEndpoints endpoints;
    private final PostgresWorkflowNotifications.Database database;
    private final Duration firstRetry;
    private volatile PostgresWorkflowNotifications notifications;

    EndpointIndexNotifications(PublishedEndpoints endpoints,
                               @Value("${datasources.default.url}") String url,
                               @Value("${datasources.default.username:}") String username,
                               @Nullable @Value("${datasources.default.password:}") String password,
                               @Value("${dynamic-endpoints.endpoints.notify-retry:100ms}") Duration firstRetry) {
        this.endpoints = endpoints;
        this.database = new PostgresWorkflowNotifications.Database(url, username, password);
        this.firstRetry = firstRetry;
    }

    @EventListener
    void startListening(StartupEvent started) {
        notifications = PostgresWorkflowNotifications.start(database, firstRetry, this);
    }

    /** Cheap when nothing changed (one counter query); a full reload when changes went unheard while disconnected. */
    @Override
    public void listening() {
        endpoints.refreshIfChanged();
    }

    @Override
    public void changed(List<WorkflowChange> changes) {
        long start = System.nanoTime();
        endpoints.apply(changes);
        LOG.debug("Endpoint index: {} announced changes applied in {} µs", changes.size(), (System.nanoTime() - start) / 1_000);
    }

    /** The listener, once started; tests cut its connection. */
    PostgresWorkflowNotifications notifications() {
        return notifications;
    }

    @PreDestroy
    void stopListening() {
        if (notifications != null) {
            notifications.close();
        }
    }
}
