package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.List;
import java.util.Optional;

/**
 * One page of a workflow's log, newest first.
 *
 * @param next where the following page starts; empty when this page is the last
 */
public record RequestLogPage(List<RequestLogEntry> items, Optional<RequestLogCursor> next) {

    public RequestLogPage {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }
}
