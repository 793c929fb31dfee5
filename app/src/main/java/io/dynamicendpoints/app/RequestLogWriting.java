package io.dynamicendpoints.app;

import io.dynamicendpoints.application.requestlog.RequestJournal;
import io.dynamicendpoints.application.requestlog.RequestLogWriter;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Runs the request log's writer on a thread of its own from start-up, and on shutdown stores what is
 * still queued before the database connection pool closes (this bean depends on it, so Micronaut
 * destroys this bean first).
 */
@Context
@Requires(property = "dynamic-endpoints.request-log.enabled", notEquals = "false")
final class RequestLogWriting {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLogWriting.class);
    /** How long the writer waits for requests before it looks whether it should stop. */
    private static final Duration POLL = Duration.ofMillis(200);
    /** After a failed write, wait this long: a database that is down is not hammered. */
    private static final Duration BACK_OFF = Duration.ofSeconds(1);

    private final RequestLogWriter writer;
    private final RequestJournal journal;
    private final Thread thread;
    private volatile boolean running = true;

    RequestLogWriting(RequestLogWriter writer, RequestJournal journal) {
        this.writer = writer;
        this.journal = journal;
        this.thread = Thread.ofPlatform().name("request-log-writer").daemon(true).unstarted(this::run);
        thread.start();
    }

    private void run() {
        while (running) {
            long failedBefore = writer.failed();
            try {
                writer.writeNextBatch(POLL);
                if (writer.failed() > failedBefore) {
                    Thread.sleep(BACK_OFF);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("The request log writer failed; it carries on", e);
            }
        }
    }

    @PreDestroy
    void drain() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(30));
        int stored = writer.drain();
        LOG.info("Request log: stored {} queued requests on shutdown ({} written, {} dropped, {} lost in all)",
                stored, writer.written(), journal.dropped(), writer.failed());
    }
}
