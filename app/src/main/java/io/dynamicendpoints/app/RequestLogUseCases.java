package io.dynamicendpoints.app;

import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.receive.RequestRecorder;
import io.dynamicendpoints.application.requestlog.PruneRequestLog;
import io.dynamicendpoints.application.requestlog.ReadRequestLog;
import io.dynamicendpoints.application.requestlog.RecordRunTrace;
import io.dynamicendpoints.application.requestlog.RecordRefusedRequest;
import io.dynamicendpoints.application.requestlog.ReplayRequest;
import io.dynamicendpoints.application.requestlog.RequestJournal;
import io.dynamicendpoints.application.requestlog.RequestLogEntries;
import io.dynamicendpoints.application.requestlog.RequestLogFeed;
import io.dynamicendpoints.application.requestlog.RequestLogSettings;
import io.dynamicendpoints.application.requestlog.RequestLogWriter;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Wires the request log: the journal the listener records into (or nothing, when the log is off),
 * the writer that empties it, and the admin use cases. Kept apart from {@link UseCases} so that the
 * listener's wiring there stays one line longer, not thirty.
 */
@Factory
final class RequestLogUseCases {

    @Singleton
    RequestLogSettings requestLogSettings(RequestLogConfiguration configuration) {
        return configuration.settings();
    }

    /** Typed as itself only, so that {@link #requestRecorder} is the one {@link RequestRecorder} bean. */
    @Singleton
    @Bean(typed = RequestJournal.class)
    RequestJournal requestJournal(RequestLogSettings settings) {
        return new RequestJournal(settings.queueCapacity(), settings.maxQueuedBytes());
    }

    @Singleton
    RequestRecorder requestRecorder(RequestLogConfiguration configuration, RequestJournal journal) {
        return configuration.enabled() ? journal : RequestRecorder.NONE;
    }

    /** The traces of async and sse runs, stored when they end, for their entries; nothing when the log is off. */
    @Singleton
    TraceRecorder traceRecorder(RequestLogConfiguration configuration, RequestLog log, Clock clock) {
        return configuration.enabled() ? new RecordRunTrace(log, clock) : TraceRecorder.NONE;
    }

    @Singleton
    RequestLogEntries requestLogEntries(Json json, RequestLogSettings settings) {
        return new RequestLogEntries(new RequestExtraction(json), json, settings);
    }

    /** Closed on shutdown, which stops its delivery thread. */
    @Singleton
    @Bean(preDestroy = "close")
    RequestLogFeed requestLogFeed() {
        return RequestLogFeed.onOwnThread();
    }

    @Singleton
    RequestLogWriter requestLogWriter(RequestJournal journal, RequestLogEntries entries, RequestLog log,
                                      RequestLogSettings settings, RequestLogFeed feed) {
        // A batch may hold half of what the queue may: together, memory stays within 1.5 times
        // max-queued-bytes however large the bodies.
        return new RequestLogWriter(journal, entries, log, settings.batchSize(), settings.linger(),
                settings.sparseLinger(), settings.maxQueuedBytes() / 2, feed);
    }

    @Singleton
    ReadRequestLog readRequestLog(RequestLog log, Workflows workflows, RequestLogEntries entries) {
        return new ReadRequestLog(log, workflows, entries);
    }

    @Singleton
    ReplayRequest replayRequest(RequestLog log, Workflows workflows, PublishedEndpoints endpoints,
                                ListenerFactory listeners, Clock clock, RequestLogEntries entries, RequestLogFeed feed) {
        return new ReplayRequest(log, workflows, endpoints, listeners::withRecorder, entries, clock, feed);
    }

    @Singleton
    PruneRequestLog pruneRequestLog(RequestLog log, Workflows workflows, RequestLogSettings settings, Clock clock) {
        return new PruneRequestLog(log, workflows, settings.retention(), settings.pruneBatchSize(), clock);
    }

    @Singleton
    RecordRefusedRequest recordRefusedRequest(PublishedEndpoints endpoints, RequestRecorder recorder, Clock clock) {
        return new RecordRefusedRequest(endpoints, recorder, clock);
    }
}
