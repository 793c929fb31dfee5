package io.dynamicendpoints.app;

import io.dynamicendpoints.application.requestlog.RequestJournal;
import io.dynamicendpoints.application.requestlog.RequestLogWriter;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request log in {@code /health}: how many requests wait, were stored, were dropped because the
 * queue was full, or were lost because the database refused them. Drops never make the platform
 * unhealthy (the listener keeps answering), but they are always visible here and in the log.
 */
@Singleton
final class RequestLogHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final RequestJournal journal;
    private final RequestLogWriter writer;
    private final RequestLogConfiguration configuration;

    RequestLogHealthIndicator(RequestJournal journal, RequestLogWriter writer, RequestLogConfiguration configuration) {
        this.journal = journal;
        this.writer = writer;
        this.configuration = configuration;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", configuration.enabled());
        details.put("queued", journal.queued());
        details.put("written", writer.written());
        details.put("dropped", journal.dropped());
        details.put("failed", writer.failed());
        return details;
    }

    @Override
    protected String getName() {
        return "requestLog";
    }
}
