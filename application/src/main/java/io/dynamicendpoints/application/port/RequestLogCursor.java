package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A position in a workflow's log, newest first: the last entry a page showed. Entries sort by
 * arrival time, then by id, so that the position is exact even when two entries share a microsecond.
 */
public record RequestLogCursor(Instant receivedAt, RequestId id) {

    public RequestLogCursor {
        receivedAt = Objects.requireNonNull(receivedAt, "receivedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(id, "id");
    }

    public static RequestLogCursor after(RequestLogEntry entry) {
        return new RequestLogCursor(entry.receivedAt(), entry.id());
    }

    /** Whether {@code entry} comes after this position in newest-first order. */
    public boolean isBefore(RequestLogEntry entry) {
        int time = entry.receivedAt().compareTo(receivedAt);
        return time < 0 || (time == 0 && entry.id().compareTo(id) < 0);
    }
}
