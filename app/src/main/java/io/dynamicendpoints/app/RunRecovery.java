package io.dynamicendpoints.app;

import io.dynamicendpoints.application.engine.BackgroundRuns;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps durable runs moving: renews this node's leases, and claims runs whose node stopped renewing
 * (it crashed or was killed) so that no accepted request is lost.
 */
@Singleton
final class RunRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);
    private static final int BATCH = 50;

    private final BackgroundRuns background;
    private final RunConfiguration configuration;

    RunRecovery(BackgroundRuns background, RunConfiguration configuration) {
        this.background = background;
        this.configuration = configuration;
    }

    @Scheduled(fixedDelay = "${dynamic-endpoints.runs.recovery-interval:5s}", initialDelay = "1s")
    void renewAndResume() {
        try {
            background.renewLeases();
            int resumed = background.resumeExpired(configuration.lease(), BATCH);
            if (resumed > 0) {
                LOG.info("Resumed {} runs whose node stopped", resumed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not renew or resume runs: {}", e.getMessage());
        }
    }
}
