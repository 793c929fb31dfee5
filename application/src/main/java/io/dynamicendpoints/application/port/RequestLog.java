package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.List;
import java.util.Optional;

/**
 * The stored request log ("Dynamic Endpoint Details"). Written in batches by a background writer,
 * read by admins newest first, and trimmed by the retention job. Entries are never changed once
 * written.
 */
public interface RequestLog {

    /**
     * Stores the entries, all or none. Ids are unique by construction (made from the arrival time and
     * 74 random bits), so a store need not check them one by one: the writer calls this for every
     * request the listener answers, and a unique index per entry is the cost a store saves.
     */
    void append(List<RequestLogEntry> entries);

    /**
     * An empty batch for {@link #append(RequestLogBatch)}. A store that encodes entries overrides both;
     * by default a batch keeps its entries and is stored with {@link #append(List)}.
     */
    default RequestLogBatch newBatch() {
        return new EntryBatch();
    }

    /** Stores a batch this log made, or one of its {@linkplain RequestLogBatch#parts() parts}, all or none, as {@link #append(List)} does. */
    default void append(RequestLogBatch batch) {
        if (!(batch instanceof EntryBatch entries)) {
            throw new IllegalArgumentException("A batch made by another request log: " + batch.getClass().getName());
        }
        append(entries.entries());
    }

    Optional<RequestLogEntry> find(RequestId id);

    /** One workflow's entries that match the query, newest first, at most {@code query.limit()} of them. */
    RequestLogPage list(RequestLogQuery query);

    /**
     * Stores the trace of a run that ended after its request was logged; a trace already stored for
     * the run (it ran again after its node died) is replaced.
     */
    void appendRunTrace(RunTrace trace);

    /** The stored trace of a run, if it ended and its trace has not expired. */
    Optional<RunTrace> findRunTrace(String runId);

    /**
     * Deletes at most {@code limit} entries that the expiry covers, oldest first, and at most
     * {@code limit} run traces it covers (by their end), and returns how many it deleted of both;
     * callers repeat until it returns less than the limit, so that no single statement locks or logs
     * a million rows.
     */
    int deleteExpired(RequestLogExpiry expiry, int limit);
}
