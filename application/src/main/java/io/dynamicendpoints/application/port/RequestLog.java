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

    /** Stores the entries, all or none; an id already stored is an error. */
    void append(List<RequestLogEntry> entries);

    Optional<RequestLogEntry> find(RequestId id);

    /** One workflow's entries that match the query, newest first, at most {@code query.limit()} of them. */
    RequestLogPage list(RequestLogQuery query);

    /**
     * Deletes at most {@code limit} entries that the expiry covers, oldest first, and returns how many
     * it deleted; callers repeat until it returns less than the limit, so that no single statement
     * locks or logs a million rows.
     */
    int deleteExpired(RequestLogExpiry expiry, int limit);
}
