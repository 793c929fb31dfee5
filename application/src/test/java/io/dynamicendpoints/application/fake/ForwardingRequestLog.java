package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogExpiry;
import io.dynamicendpoints.application.port.RequestLogPage;
import io.dynamicendpoints.application.port.RequestLogQuery;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.List;
import java.util.Optional;

/**
 * An {@link InMemoryRequestLog} behind a door a test can tamper with: a subclass overrides the
 * operation it wants to refuse or slow down, and everything else reaches {@link #stored()}.
 */
public abstract class ForwardingRequestLog implements RequestLog {

    private final InMemoryRequestLog stored = new InMemoryRequestLog();

    /** What reached the log. */
    public InMemoryRequestLog stored() {
        return stored;
    }

    @Override
    public void append(List<RequestLogEntry> entries) {
        stored.append(entries);
    }

    @Override
    public Optional<RequestLogEntry> find(RequestId id) {
        return stored.find(id);
    }

    @Override
    public RequestLogPage list(RequestLogQuery query) {
        return stored.list(query);
    }

    @Override
    public void appendRunTrace(RunTrace trace) {
        stored.appendRunTrace(trace);
    }

    @Override
    public Optional<RunTrace> findRunTrace(String runId) {
        return stored.findRunTrace(runId);
    }

    @Override
    public int deleteExpired(RequestLogExpiry expiry, int limit) {
        return stored.deleteExpired(expiry, limit);
    }
}
