package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogCursor;
import io.dynamicendpoints.application.port.RequestLogExpiry;
import io.dynamicendpoints.application.port.RequestLogPage;
import io.dynamicendpoints.application.port.RequestLogQuery;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RequestLog} in a map, for tests of the use cases. It honours {@code RequestLogContract}:
 * appends are all or nothing, listings sort newest first by arrival then id, the body search ignores
 * case and takes its text literally. Every method locks the whole store, like a transaction would.
 */
public final class InMemoryRequestLog implements RequestLog {

    private static final Comparator<RequestLogEntry> NEWEST_FIRST =
            Comparator.comparing(RequestLogEntry::receivedAt).thenComparing(RequestLogEntry::id).reversed();

    private final Map<RequestId, RequestLogEntry> byId = new HashMap<>();
    private final Map<String, RunTrace> traces = new HashMap<>();
    private int appends;

    @Override
    public synchronized void append(List<RequestLogEntry> entries) {
        for (RequestLogEntry entry : entries) {
            if (byId.containsKey(entry.id())) {
                throw new IllegalStateException("Request " + entry.id() + " is already logged");
            }
        }
        if (entries.stream().map(RequestLogEntry::id).distinct().count() != entries.size()) {
            throw new IllegalStateException("A batch holds the same request twice");
        }
        entries.forEach(entry -> byId.put(entry.id(), entry));
        appends++;
    }

    @Override
    public synchronized Optional<RequestLogEntry> find(RequestId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized RequestLogPage list(RequestLogQuery query) {
        List<RequestLogEntry> matching = byId.values().stream()
                .filter(entry -> entry.workflowId().equals(query.workflowId()))
                .filter(entry -> query.status().map(range -> range.contains(entry.status())).orElse(true))
                .filter(entry -> query.from().map(from -> !entry.receivedAt().isBefore(from)).orElse(true))
                .filter(entry -> query.to().map(to -> entry.receivedAt().isBefore(to)).orElse(true))
                .filter(entry -> query.before().map(cursor -> cursor.isBefore(entry)).orElse(true))
                .filter(entry -> query.bodyText().map(text -> entry.body().text().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT))).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new RequestLogPage(matching, Optional.empty());
        }
        List<RequestLogEntry> page = matching.subList(0, query.limit());
        return new RequestLogPage(page, Optional.of(RequestLogCursor.after(page.getLast())));
    }

    @Override
    public synchronized void appendRunTrace(RunTrace trace) {
        traces.put(trace.runId(), trace);
    }

    @Override
    public synchronized Optional<RunTrace> findRunTrace(String runId) {
        return Optional.ofNullable(traces.get(runId));
    }

    @Override
    public synchronized int deleteExpired(RequestLogExpiry expiry, int limit) {
        int deletedTraces = 0;
        for (Iterator<RunTrace> stored = traces.values().iterator(); stored.hasNext() && deletedTraces < limit; ) {
            RunTrace trace = stored.next();
            if (expiry.covers(trace.workflowId(), trace.endedAt())) {
                stored.remove();
                deletedTraces++;
            }
        }
        int deleted = deletedTraces;
        for (Iterator<RequestLogEntry> entries = new ArrayList<>(byId.values()).iterator();
             entries.hasNext() && deleted < limit; ) {
            RequestLogEntry entry = entries.next();
            if (expiry.covers(entry.workflowId(), entry.receivedAt())) {
                byId.remove(entry.id());
                deleted++;
            }
        }
        return deleted;
    }

    /** Every stored entry, in no particular order: for tests that count. */
    public synchronized List<RequestLogEntry> all() {
        return List.copyOf(byId.values());
    }

    /** How many successful {@link #append} calls there were: for tests of batching. */
    public synchronized int appends() {
        return appends;
    }
}
