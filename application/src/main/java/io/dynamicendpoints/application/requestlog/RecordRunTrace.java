package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores the trace of a durable async run or an {@code sse} run when it ends, so that reading its
 * request's entry shows the steps the run took ({@link ReadRequestLog#one}). One insert on the run's
 * own thread after the run is over: such runs already write to the database (an async run stores its
 * request and its end), and the listener's threads never wait for it. A failure is logged and the
 * entry simply shows no trace.
 *
 * <p>At most {@link #MAX_WAITING} runs wait for their trace to be stored; a run that ends while that
 * many wait skips its trace, which is counted ({@link #skipped()}) and warned about at most every
 * {@link LossCount#WARNING_INTERVAL}, never lost silently. Why: an {@code sse} caller has its answer before
 * the trace is stored, so nothing slows callers down when the database falls behind. Under load,
 * 35,000 finished runs once waited for their traces, each still holding its data; they filled the
 * heap, and the collector then took both cores from everything else.
 */
public final class RecordRunTrace implements TraceRecorder {

    static final int MAX_WAITING = 512;
    private static final Logger LOG = Logger.getLogger(RecordRunTrace.class.getName());

    private final RequestLog log;
    private final Clock clock;
    private final Semaphore waiting = new Semaphore(MAX_WAITING);
    private final LossCount skipped = new LossCount(LOG, count -> "Run traces arrive faster than the database stores them: "
            + count + " skipped since start (their log entries show no steps)");

    public RecordRunTrace(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void ended(String runId, WorkflowId workflow, List<TraceEntry> trace) {
        if (trace.isEmpty()) {
            return; // nothing ran: the entry's empty trace already says so
        }
        if (!waiting.tryAcquire()) {
            skipped.increment();
            return;
        }
        try {
            log.appendRunTrace(new RunTrace(runId, workflow, clock.instant(), RequestLogEntries.trace(trace)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the trace of run " + runId + "; its log entry shows none", e);
        } finally {
            waiting.release();
        }
    }

    /** Traces not stored because {@link #MAX_WAITING} runs were already waiting for theirs, since start. */
    public long skipped() {
        return skipped.sum();
    }
}
