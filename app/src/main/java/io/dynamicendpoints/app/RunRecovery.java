package io.dynamicendpoints.app;

import io.dynamicendpoints.application.engine.BackgroundRuns;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps durable runs moving: renews this node's leases, claims runs whose node stopped renewing (it
 * crashed or was killed) so that no accepted request is lost, and on a clean stop hands this node's
 * unfinished runs back at once.
 */
@Singleton
final class RunRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);
    /**
     * Runs claimed per query. A backlog (a node's runs after a crash) is claimed chunk after chunk in
     * one pass, as long as workers can take them, not one chunk per interval: 50 per 5 s drained
     * 10 runs a second.
     */
    static final int CHUNK = 256;

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
            int total = 0;
            int resumed;
            do {
                resumed = background.resumeExpired(configuration.lease(), CHUNK);
                total += resumed;
            } while (resumed == CHUNK);
            if (total > 0) {
                LOG.info("Resumed {} runs whose node stopped or handed them back", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not renew or resume runs: {}", e.getMessage());
        }
    }

    /** Before the database closes (this bean depends on it, so it is destroyed first). */
    @PreDestroy
    void handBackOnStop() {
        try {
            int handedBack = background.stop(configuration.stopGrace());
            LOG.info("Stopped background runs; {} unfinished runs handed back for another node or the next start",
                    handedBack);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Could not hand back unfinished runs ({}); they resume after their lease", e.getMessage());
        }
    }
}
