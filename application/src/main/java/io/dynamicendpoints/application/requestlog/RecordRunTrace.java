package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores the trace of a durable async run or an {@code sse} run when it ends, so that reading its
 * request's entry shows the steps the run took ({@link ReadRequestLog#one}). One insert on the run's
 * own thread after the run is over: such runs already write to the database (an async run stores its
 * request and its end), and the listener's threads never wait for it. A failure is logged and the
 * entry simply shows no trace.
 */
public final class RecordRunTrace implements TraceRecorder {

    private static final Logger LOG = Logger.getLogger(RecordRunTrace.class.getName());

    private final RequestLog log;
    private final Clock clock;

    public RecordRunTrace(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void ended(String runId, WorkflowId workflow, List<TraceEntry> trace) {
        if (trace.isEmpty()) {
            return; // nothing ran: the entry's empty trace already says so
        }
        try {
            log.appendRunTrace(new RunTrace(runId, workflow, clock.instant(), RequestLogEntries.trace(trace)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the trace of run " + runId + "; its log entry shows none", e);
        }
    }
}
