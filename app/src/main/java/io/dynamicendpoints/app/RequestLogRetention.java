package io.dynamicendpoints.app;

import io.dynamicendpoints.application.requestlog.PruneRequestLog;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the request log's retention every {@code dynamic-endpoints.request-log.prune-interval}. */
@Singleton
final class RequestLogRetention {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLogRetention.class);

    private final PruneRequestLog pruneRequestLog;

    RequestLogRetention(PruneRequestLog pruneRequestLog) {
        this.pruneRequestLog = pruneRequestLog;
    }

    @Scheduled(fixedDelay = "${dynamic-endpoints.request-log.prune-interval:1h}", initialDelay = "1m")
    void prune() {
        try {
            int deleted = pruneRequestLog.prune();
            if (deleted > 0) {
                LOG.info("Request log retention: deleted {} expired entries", deleted);
            }
        } catch (RuntimeException e) {
            // A database hiccup must not kill the schedule; the next run catches up.
            LOG.warn("Request log retention failed: {}", e.getMessage());
        }
    }
}
